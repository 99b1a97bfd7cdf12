// JSON encoding and path-reporting decoding of the core types.
// Amounts are integers of minor units; decimals are strings ("5.5") so nothing goes through a double.
#include "io/json_codec.h"

#include <nlohmann/json.hpp>

namespace facturier::io {

using nlohmann::json;

// [SECTION] Encoding
namespace {
json enc(const Address& a) {
    return {{"line1", a.line1}, {"line2", a.line2}, {"postcode", a.postcode}, {"city", a.city}, {"country", a.country}};
}
json enc(const ElectronicAddress& a) { return {{"scheme", a.scheme}, {"id", a.id}}; }
json enc(const Seller& s) {
    json j = {{"name", s.name}, {"legalForm", s.legalForm == LegalForm::Company ? "company" : "individual"},
            {"legalFormName", s.legalFormName}, {"capital", s.capital}, {"rcs", s.rcs}, {"siren", s.siren},
            {"siret", s.siret}, {"vatNumber", s.vatNumber},
            {"vatRegime", s.vatRegime == VatRegime::Franchise ? "franchise" : "registered"},
            {"vatOnDebits", s.vatOnDebits}, {"address", enc(s.address)}, {"email", s.email}, {"phone", s.phone},
            {"iban", s.iban}, {"bic", s.bic}, {"logoMime", s.logoMime}, {"logoBase64", s.logoBase64}};
    if (!s.electronicAddress.empty()) j["electronicAddress"] = enc(s.electronicAddress);
    return j;
}
json enc(const Client& c) {
    json j = {{"id", c.id}, {"kind", c.kind == ClientKind::Business ? "business" : "consumer"}, {"name", c.name},
              {"siren", c.siren}, {"vatNumber", c.vatNumber}, {"address", enc(c.address)}, {"email", c.email},
              {"language", c.language}, {"paymentTermDays", c.paymentTermDays}};
    if (!c.electronicAddress.empty()) j["electronicAddress"] = enc(c.electronicAddress);
    return j;
}
json encDate(const std::optional<Date>& d) { return d ? json(d->iso()) : json(nullptr); }
json enc(const Line& l) {
    json j = {{"description", l.description}, {"itemReference", l.itemReference},
              {"quantity", l.quantity.toPlainString()}, {"unitCode", l.unitCode},
              {"unitPrice", l.unitPrice.toPlainString()}, {"vatCategory", std::string(categoryCode(l.vatCategory))},
              {"vatRate", l.vatRate.toPlainString()}};
    if (l.discountKind == DiscountKind::Percent) j["discountPercent"] = l.discountPercent.toPlainString();
    if (l.discountKind == DiscountKind::Amount) j["discountAmount"] = l.discountAmount;
    return j;
}
json enc(const Adjustment& a) {
    json j = {{"isCharge", a.isCharge}, {"reason", a.reason},
              {"vatCategory", std::string(categoryCode(a.vatCategory))}, {"vatRate", a.vatRate.toPlainString()}};
    if (a.isPercent) j["percent"] = a.percent.toPlainString();
    else j["amount"] = a.amount;
    return j;
}
json enc(const PaymentTerms& t) {
    return {{"days", t.days}, {"endOfMonth", t.endOfMonth}, {"penaltyRate", t.penaltyRate.toPlainString()},
            {"earlyPaymentDiscount", t.earlyPaymentDiscount}, {"earlyPaymentText", t.earlyPaymentText}};
}
json enc(const Document& d) {
    json lines = json::array(), adjustments = json::array(), payments = json::array(), reminders = json::array();
    for (const auto& l : d.lines) lines.push_back(enc(l));
    for (const auto& a : d.adjustments) adjustments.push_back(enc(a));
    for (const auto& p : d.payments)
        payments.push_back({{"id", p.id}, {"date", p.date.iso()}, {"amount", p.amount}, {"method", methodKey(p.method)},
                            {"reference", p.reference}, {"asCredit", p.asCredit}});
    for (const auto& r : d.reminders) reminders.push_back({{"date", r.date.iso()}, {"level", r.level}, {"note", r.note}});
    const char* nature = d.nature == OperationNature::Goods ? "goods" : d.nature == OperationNature::Both ? "both" : "services";
    json j = {{"id", d.id}, {"type", typeKey(d.type)}, {"status", statusKey(d.status)}, {"number", d.number},
            {"seriesId", d.seriesId}, {"language", d.language}, {"currency", d.currency.code},
            {"clientId", d.clientId}, {"seller", enc(d.seller)}, {"buyer", enc(d.buyer)},
            {"deliveryAddress", d.deliveryAddress ? enc(*d.deliveryAddress) : json(nullptr)}, {"nature", nature},
            {"issueDate", d.issueDate.iso()}, {"deliveryDate", encDate(d.deliveryDate)},
            {"periodStart", encDate(d.periodStart)}, {"dueDate", encDate(d.dueDate)},
            {"validUntil", encDate(d.validUntil)}, {"terms", enc(d.terms)}, {"lines", lines},
            {"adjustments", adjustments}, {"notes", d.notes}, {"purchaseOrder", d.purchaseOrder},
            {"correctsId", d.correctsId}, {"quoteId", d.quoteId}, {"depositIds", d.depositIds},
            {"prepaid", d.prepaid}, {"payments", payments}, {"reminders", reminders}, {"createdAt", d.createdAt},
            {"penaltyForId", d.penaltyForId}, {"recurringId", d.recurringId}, {"occurrence", d.occurrence}};
    if (d.exchangeRate)
        j["exchangeRate"] = {{"perEuro", d.exchangeRate->perEuro.toPlainString()}, {"date", d.exchangeRate->date.iso()},
                             {"source", d.exchangeRate->source}};
    if (d.paidAtIssue) j["paidAtIssue"] = true;
    if (!d.carriedVat.empty()) {
        json carried = json::array();
        for (const auto& c : d.carriedVat)
            carried.push_back({{"vatCategory", std::string(categoryCode(c.category))}, {"vatRate", c.rate.toPlainString()},
                               {"basis", c.basis}, {"vat", c.vat}});
        j["carriedVat"] = carried;
    }
    return j;
}
json enc(const RecurringTemplate& t) {
    json lines = json::array();
    for (const auto& l : t.lines) lines.push_back(enc(l));
    return {{"id", t.id}, {"name", t.name}, {"clientId", t.clientId}, {"lines", lines}, {"notes", t.notes},
            {"frequency", frequencyKey(t.frequency)}, {"interval", t.interval}, {"start", t.start.iso()},
            {"end", encDate(t.end)}, {"autoIssue", t.autoIssue}, {"active", t.active}, {"generated", t.generated}};
}
json enc(const DunningSettings& s) {
    json templates = json::array();
    for (const auto& t : s.templates)
        templates.push_back({{"level", t.level}, {"language", t.language}, {"subject", t.subject}, {"body", t.body}});
    return {{"friendlyDays", s.friendlyDays}, {"firmDays", s.firmDays}, {"formalDays", s.formalDays}, {"templates", templates}};
}
json enc(const Series& s) {
    return {{"id", s.id}, {"pattern", s.pattern}, {"yearlyReset", s.yearlyReset}, {"lastSeq", s.lastSeq},
            {"lastYear", s.lastYear}, {"lastIssueDate", encDate(s.lastIssueDate)}};
}
json enc(const CatalogueItem& c) {
    return {{"id", c.id}, {"name", c.name}, {"description", c.description}, {"unitCode", c.unitCode},
            {"unitPrice", c.unitPrice.toPlainString()}, {"vatCategory", std::string(categoryCode(c.vatCategory))},
            {"vatRate", c.vatRate.toPlainString()}};
}
json enc(const JournalEntry& e) {
    return {{"seq", e.seq}, {"kind", e.kind}, {"documentId", e.documentId}, {"number", e.number}, {"date", e.date},
            {"amount", e.amount}, {"currency", e.currency}, {"contentHash", e.contentHash},
            {"prevHash", e.prevHash}, {"hash", e.hash}};
}
}  // namespace

std::string encodeWorkspace(const Workspace& ws, int indent) {
    json clients = json::array(), catalogue = json::array(), documents = json::array(), series = json::array(),
         journal = json::array(), recurring = json::array();
    for (const auto& t : ws.recurring) recurring.push_back(enc(t));
    for (const auto& c : ws.clients) clients.push_back(enc(c));
    for (const auto& c : ws.catalogue) catalogue.push_back(enc(c));
    for (const auto& d : ws.documents) documents.push_back(enc(d));
    for (const auto& s : ws.series) series.push_back(enc(s));
    for (const auto& e : ws.journal.entries()) journal.push_back(enc(e));
    json settings = {{"documentLanguage", ws.settings.documentLanguage},
                     {"interfaceLanguage", ws.settings.interfaceLanguage},
                     {"defaultTerms", enc(ws.settings.defaultTerms)},
                     {"quoteValidityDays", ws.settings.quoteValidityDays}, {"currency", ws.settings.currency},
                     {"dunning", enc(ws.settings.dunning)}};
    json j = {{"schemaVersion", kSchemaVersion}, {"seller", enc(ws.seller)}, {"settings", settings},
              {"clients", clients}, {"catalogue", catalogue}, {"recurring", recurring}, {"documents", documents}, {"series", series},
              {"journal", journal}, {"nextId", ws.nextId}};
    return j.dump(indent);
}
std::string encodeDocument(const Document& d) { return enc(d).dump(); }
std::string encodeClient(const Client& c) { return enc(c).dump(); }
std::string encodeRecurring(const RecurringTemplate& t) { return enc(t).dump(); }
std::string encodeJournal(const Journal& journal) {
    json entries = json::array();
    for (const auto& e : journal.entries()) entries.push_back(enc(e));
    return entries.dump(1);
}
std::string encodeSeller(const Seller& s) { return enc(s).dump(); }

// [SECTION] Decoding with paths
namespace {
struct Failure {
    DecodeError error;
};

// A view of one JSON value and where it sits in the document.
class Reader {
public:
    Reader(const json& j, std::string path) : j_(j), path_(std::move(path)) {}
    [[noreturn]] void fail(const std::string& message) const { throw Failure{{path_, message}}; }
    Reader at(const char* key) const {
        if (!j_.is_object()) fail("expected an object");
        auto it = j_.find(key);
        static const json null;
        return Reader(it == j_.end() ? null : *it, child(key));
    }
    bool has(const char* key) const { return j_.is_object() && j_.contains(key) && !j_.at(key).is_null(); }
    bool isNull() const { return j_.is_null(); }
    std::string str(const std::string& fallback = "") const {
        if (j_.is_null()) return fallback;
        if (!j_.is_string()) fail("expected a string");
        return j_.get<std::string>();
    }
    std::string requiredStr() const {
        if (!j_.is_string()) fail("expected a string");
        return j_.get<std::string>();
    }
    std::int64_t integer(std::int64_t fallback = 0) const {
        if (j_.is_null()) return fallback;
        if (!j_.is_number_integer()) fail("expected an integer");
        return j_.get<std::int64_t>();
    }
    bool boolean(bool fallback = false) const {
        if (j_.is_null()) return fallback;
        if (!j_.is_boolean()) fail("expected true or false");
        return j_.get<bool>();
    }
    Decimal decimal(Decimal fallback = {}) const {
        if (j_.is_null()) return fallback;
        if (!j_.is_string()) fail("expected a decimal string such as \"5.5\"");
        auto d = parseDecimal(j_.get<std::string>());
        if (!d) fail("\"" + j_.get<std::string>() + "\" is not a decimal with at most 4 places");
        return *d;
    }
    Date date() const {
        auto d = parseIsoDate(requiredStr());
        if (!d) fail("expected a date YYYY-MM-DD");
        return *d;
    }
    std::optional<Date> optionalDate() const { return j_.is_null() ? std::nullopt : std::optional<Date>(date()); }
    template <typename F>
    void each(F&& f) const {
        if (j_.is_null()) return;
        if (!j_.is_array()) fail("expected an array");
        for (size_t i = 0; i < j_.size(); ++i) f(Reader(j_[i], path_ + "[" + std::to_string(i) + "]"));
    }
    template <typename E>
    E oneOf(std::initializer_list<std::pair<const char*, E>> options, E fallback) const {
        if (j_.is_null()) return fallback;
        std::string s = requiredStr();
        for (const auto& [name, value] : options) if (s == name) return value;
        fail("unknown value \"" + s + "\"");
    }
    const std::string& path() const { return path_; }

private:
    std::string child(const char* key) const { return path_.empty() ? key : path_ + "." + key; }
    const json& j_;
    std::string path_;
};

Address decAddress(const Reader& r) {
    Address a;
    a.line1 = r.at("line1").str();
    a.line2 = r.at("line2").str();
    a.postcode = r.at("postcode").str();
    a.city = r.at("city").str();
    a.country = r.at("country").str("FR");
    return a;
}
ElectronicAddress decElectronicAddress(const Reader& r) {
    ElectronicAddress a{r.at("scheme").str(), r.at("id").str()};
    if (a.id.size() > 125) r.at("id").fail("longer than 125 characters (BR-FR-25)");
    if (!a.id.empty() && a.scheme.empty()) r.at("scheme").fail("an electronic address needs its scheme");
    return a;
}
Seller decSeller(const Reader& r) {
    Seller s;
    s.name = r.at("name").str();
    s.legalForm = r.at("legalForm").oneOf<LegalForm>({{"company", LegalForm::Company}, {"individual", LegalForm::Individual}},
                                                     LegalForm::Individual);
    s.legalFormName = r.at("legalFormName").str();
    s.capital = r.at("capital").str();
    s.rcs = r.at("rcs").str();
    s.siren = r.at("siren").str();
    s.siret = r.at("siret").str();
    s.vatNumber = r.at("vatNumber").str();
    s.vatRegime = r.at("vatRegime").oneOf<VatRegime>({{"registered", VatRegime::Registered}, {"franchise", VatRegime::Franchise}},
                                                     VatRegime::Registered);
    s.vatOnDebits = r.at("vatOnDebits").boolean();
    if (r.has("address")) s.address = decAddress(r.at("address"));
    s.email = r.at("email").str();
    s.phone = r.at("phone").str();
    s.iban = r.at("iban").str();
    s.bic = r.at("bic").str();
    s.logoMime = r.at("logoMime").str();
    s.logoBase64 = r.at("logoBase64").str();
    if (r.has("electronicAddress")) s.electronicAddress = decElectronicAddress(r.at("electronicAddress"));
    return s;
}
Client decClient(const Reader& r) {
    Client c;
    c.id = r.at("id").requiredStr();
    c.kind = r.at("kind").oneOf<ClientKind>({{"business", ClientKind::Business}, {"consumer", ClientKind::Consumer}},
                                            ClientKind::Business);
    c.name = r.at("name").str();
    c.siren = r.at("siren").str();
    c.vatNumber = r.at("vatNumber").str();
    if (r.has("address")) c.address = decAddress(r.at("address"));
    c.email = r.at("email").str();
    c.language = r.at("language").oneOf<std::string>({{"fr", "fr"}, {"en", "en"}}, "fr");
    c.paymentTermDays = static_cast<int>(r.at("paymentTermDays").integer(30));
    if (r.has("electronicAddress")) c.electronicAddress = decElectronicAddress(r.at("electronicAddress"));
    return c;
}
VatCategory decCategory(const Reader& r) {
    auto c = categoryFromCode(r.str("S"));
    if (!c) r.fail("unknown VAT category \"" + r.str() + "\"");
    return *c;
}
Line decLine(const Reader& r) {
    Line l;
    l.description = r.at("description").str();
    l.itemReference = r.at("itemReference").str();
    l.quantity = r.at("quantity").decimal(Decimal::fromInt(1));
    l.unitCode = r.at("unitCode").str("C62");
    l.unitPrice = r.at("unitPrice").decimal();
    l.vatCategory = decCategory(r.at("vatCategory"));
    l.vatRate = r.at("vatRate").decimal();
    if (r.has("discountPercent")) {
        l.discountKind = DiscountKind::Percent;
        l.discountPercent = r.at("discountPercent").decimal();
    } else if (r.has("discountAmount")) {
        l.discountKind = DiscountKind::Amount;
        l.discountAmount = r.at("discountAmount").integer();
    }
    return l;
}
Adjustment decAdjustment(const Reader& r) {
    Adjustment a;
    a.isCharge = r.at("isCharge").boolean();
    a.reason = r.at("reason").str();
    a.vatCategory = decCategory(r.at("vatCategory"));
    a.vatRate = r.at("vatRate").decimal();
    a.isPercent = r.has("percent");
    if (a.isPercent) a.percent = r.at("percent").decimal();
    else a.amount = r.at("amount").integer();
    return a;
}
PaymentTerms decTerms(const Reader& r) {
    PaymentTerms t;
    t.days = static_cast<int>(r.at("days").integer(30));
    t.endOfMonth = r.at("endOfMonth").boolean();
    t.penaltyRate = r.at("penaltyRate").decimal(t.penaltyRate);
    t.earlyPaymentDiscount = r.at("earlyPaymentDiscount").boolean();
    t.earlyPaymentText = r.at("earlyPaymentText").str();
    return t;
}
Document decDocument(const Reader& r) {
    Document d;
    d.id = r.at("id").requiredStr();
    auto type = typeFromKey(r.at("type").requiredStr());
    if (!type) r.at("type").fail("unknown document type");
    d.type = *type;
    auto status = statusFromKey(r.at("status").str("draft"));
    if (!status) r.at("status").fail("unknown status");
    d.status = *status;
    d.number = r.at("number").str();
    if (d.status != Status::Draft && d.number.empty()) r.at("number").fail("an issued document has a number");
    d.seriesId = r.at("seriesId").str();
    d.language = r.at("language").oneOf<std::string>({{"fr", "fr"}, {"en", "en"}}, "fr");
    auto cur = currencyByCode(r.at("currency").str("EUR"));
    if (!cur) r.at("currency").fail("unknown currency");
    d.currency = *cur;
    d.clientId = r.at("clientId").str();
    if (r.has("seller")) d.seller = decSeller(r.at("seller"));
    if (r.has("buyer")) d.buyer = decClient(r.at("buyer"));
    if (r.has("deliveryAddress")) d.deliveryAddress = decAddress(r.at("deliveryAddress"));
    d.nature = r.at("nature").oneOf<OperationNature>(
        {{"services", OperationNature::Services}, {"goods", OperationNature::Goods}, {"both", OperationNature::Both}},
        OperationNature::Services);
    d.issueDate = r.at("issueDate").date();
    d.deliveryDate = r.at("deliveryDate").optionalDate();
    d.periodStart = r.at("periodStart").optionalDate();
    d.dueDate = r.at("dueDate").optionalDate();
    d.validUntil = r.at("validUntil").optionalDate();
    if (r.has("terms")) d.terms = decTerms(r.at("terms"));
    r.at("lines").each([&](const Reader& l) { d.lines.push_back(decLine(l)); });
    r.at("adjustments").each([&](const Reader& a) { d.adjustments.push_back(decAdjustment(a)); });
    if (r.has("exchangeRate")) {
        const Reader x = r.at("exchangeRate");
        ExchangeRate rate{x.at("perEuro").decimal(), x.at("date").date(), x.at("source").str()};
        if (rate.perEuro.scaled <= 0) x.at("perEuro").fail("expected a rate above 0");
        d.exchangeRate = rate;
    }
    d.paidAtIssue = r.at("paidAtIssue").boolean();
    r.at("carriedVat").each([&](const Reader& c) {
        CarriedVat v;
        v.category = decCategory(c.at("vatCategory"));
        v.rate = c.at("vatRate").decimal();
        v.basis = c.at("basis").integer();
        v.vat = c.at("vat").integer();
        d.carriedVat.push_back(v);
    });
    d.notes = r.at("notes").str();
    d.purchaseOrder = r.at("purchaseOrder").str();
    d.correctsId = r.at("correctsId").str();
    d.quoteId = r.at("quoteId").str();
    r.at("depositIds").each([&](const Reader& x) { d.depositIds.push_back(x.requiredStr()); });
    d.prepaid = r.at("prepaid").integer();
    r.at("payments").each([&](const Reader& p) {
        Payment pay;
        pay.id = p.at("id").str();
        pay.date = p.at("date").date();
        pay.amount = p.at("amount").integer();
        auto m = methodFromKey(p.at("method").str("transfer"));
        if (!m) p.at("method").fail("unknown payment method");
        pay.method = *m;
        pay.reference = p.at("reference").str();
        pay.asCredit = p.at("asCredit").boolean();
        d.payments.push_back(pay);
    });
    r.at("reminders").each([&](const Reader& x) {
        d.reminders.push_back(Reminder{x.at("date").date(), static_cast<int>(x.at("level").integer(1)), x.at("note").str()});
    });
    d.createdAt = r.at("createdAt").integer();
    d.penaltyForId = r.at("penaltyForId").str();
    d.recurringId = r.at("recurringId").str();
    d.occurrence = static_cast<int>(r.at("occurrence").integer(-1));
    // Amounts must fit: computing the totals now turns an overflow into a decoding error.
    bool within = false;
    try { within = withinAmountLimit(d, computeTotals(d)); } catch (const MoneyError& e) { r.at("lines").fail(e.what()); }
    if (!within) r.at("lines").fail("amounts beyond 10^14 minor units");
    return d;
}

RecurringTemplate decRecurring(const Reader& r) {
    RecurringTemplate t;
    t.id = r.at("id").requiredStr();
    t.name = r.at("name").str();
    t.clientId = r.at("clientId").str();
    r.at("lines").each([&](const Reader& l) { t.lines.push_back(decLine(l)); });
    t.notes = r.at("notes").str();
    auto f = frequencyFromKey(r.at("frequency").str("monthly"));
    if (!f) r.at("frequency").fail("unknown frequency");
    t.frequency = *f;
    t.interval = static_cast<int>(r.at("interval").integer(1));
    if (t.interval < 1 || t.interval > 52) r.at("interval").fail("expected 1 to 52");
    t.start = r.at("start").date();
    t.end = r.at("end").optionalDate();
    t.autoIssue = r.at("autoIssue").boolean();
    t.active = r.at("active").boolean(true);
    t.generated = static_cast<int>(r.at("generated").integer());
    if (t.generated < 0) r.at("generated").fail("expected a count ≥ 0");
    Document probe;
    probe.lines = t.lines;
    bool within = false;
    try { within = withinAmountLimit(probe, computeTotals(probe)); } catch (const MoneyError& e) { r.at("lines").fail(e.what()); }
    if (!within) r.at("lines").fail("amounts beyond 10^14 minor units");
    return t;
}
DunningSettings decDunning(const Reader& r) {
    DunningSettings s;
    s.friendlyDays = static_cast<int>(r.at("friendlyDays").integer(3));
    s.firmDays = static_cast<int>(r.at("firmDays").integer(15));
    s.formalDays = static_cast<int>(r.at("formalDays").integer(30));
    if (s.friendlyDays < 0 || s.firmDays < s.friendlyDays || s.formalDays < s.firmDays)
        r.fail("reminder days must grow: friendly ≤ firm ≤ formal notice");
    r.at("templates").each([&](const Reader& t) {
        ReminderTemplate tpl;
        tpl.level = static_cast<int>(t.at("level").integer(1));
        if (tpl.level < 1 || tpl.level > kReminderLevels) t.at("level").fail("expected 1, 2 or 3");
        tpl.language = t.at("language").oneOf<std::string>({{"fr", "fr"}, {"en", "en"}}, "fr");
        tpl.subject = t.at("subject").str();
        tpl.body = t.at("body").str();
        s.templates.push_back(tpl);
    });
    return s;
}

template <typename T, typename F>
Decoded<T> parseAndDecode(const std::string& text, F&& decode) {
    json j = json::parse(text, nullptr, false);
    if (j.is_discarded()) return {DecodeError{"", "not valid JSON"}};
    try {
        return {decode(Reader(j, ""))};
    } catch (const Failure& f) {
        return {f.error};
    } catch (const std::exception& e) {
        return {DecodeError{"", e.what()}};
    }
}

// The migration hook: each step rewrites the raw JSON of version n into version n + 1.
void migrate(json& j) {
    int version = j.contains("schemaVersion") && j["schemaVersion"].is_number_integer() ? j["schemaVersion"].get<int>() : 0;
    if (version > kSchemaVersion)
        throw Failure{{"schemaVersion", "saved by a newer Facturier (version " + std::to_string(version) + ")"}};
    if (version < 0) throw Failure{{"schemaVersion", "invalid version"}};
    if (version == 0) {
        // v0 stored line VAT rates as numbers; v1 stores decimal strings.
        if (j.contains("documents") && j["documents"].is_array())
            for (auto& d : j["documents"])
                if (d.is_object() && d.contains("lines") && d["lines"].is_array())
                    for (auto& l : d["lines"])
                        if (l.is_object() && l.contains("vatRate") && l["vatRate"].is_number())
                            l["vatRate"] = l["vatRate"].dump();
        j["schemaVersion"] = 1;
    }
}

JournalEntry decJournalEntry(const Reader& e);
Workspace decWorkspace(const Reader& r) {
    Workspace ws;
    if (r.has("seller")) ws.seller = decSeller(r.at("seller"));
    if (r.has("settings")) {
        Reader s = r.at("settings");
        ws.settings.documentLanguage = s.at("documentLanguage").oneOf<std::string>({{"fr", "fr"}, {"en", "en"}}, "fr");
        ws.settings.interfaceLanguage = s.at("interfaceLanguage").oneOf<std::string>({{"fr", "fr"}, {"en", "en"}}, "fr");
        if (s.has("defaultTerms")) ws.settings.defaultTerms = decTerms(s.at("defaultTerms"));
        ws.settings.quoteValidityDays = static_cast<int>(s.at("quoteValidityDays").integer(30));
        ws.settings.currency = s.at("currency").str("EUR");
        if (!currencyByCode(ws.settings.currency)) s.at("currency").fail("unknown currency");
        if (s.has("dunning")) ws.settings.dunning = decDunning(s.at("dunning"));
    }
    r.at("clients").each([&](const Reader& c) { ws.clients.push_back(decClient(c)); });
    r.at("catalogue").each([&](const Reader& c) {
        CatalogueItem item;
        item.id = c.at("id").requiredStr();
        item.name = c.at("name").str();
        item.description = c.at("description").str();
        item.unitCode = c.at("unitCode").str("C62");
        item.unitPrice = c.at("unitPrice").decimal();
        item.vatCategory = decCategory(c.at("vatCategory"));
        item.vatRate = c.at("vatRate").decimal();
        ws.catalogue.push_back(item);
    });
    r.at("recurring").each([&](const Reader& t) {
        RecurringTemplate rec = decRecurring(t);
        for (const auto& other : ws.recurring)
            if (other.id == rec.id) t.at("id").fail("duplicate template id \"" + rec.id + "\"");
        ws.recurring.push_back(std::move(rec));
    });
    r.at("documents").each([&](const Reader& d) {
        Document doc = decDocument(d);
        if (ws.findDocument(doc.id)) d.at("id").fail("duplicate document id \"" + doc.id + "\"");
        ws.documents.push_back(std::move(doc));
    });
    r.at("series").each([&](const Reader& s) {
        Series series;
        series.id = s.at("id").requiredStr();
        series.pattern = s.at("pattern").requiredStr();
        if (auto key = checkPattern(series.pattern); !key.empty()) s.at("pattern").fail("unusable pattern (" + key + ")");
        series.yearlyReset = s.at("yearlyReset").boolean(true);
        series.lastSeq = s.at("lastSeq").integer();
        series.lastYear = static_cast<int>(s.at("lastYear").integer());
        series.lastIssueDate = s.at("lastIssueDate").optionalDate();
        ws.series.push_back(series);
    });
    if (ws.series.empty()) ws.series = Workspace::withDefaultSeries().series;
    std::vector<JournalEntry> entries;
    r.at("journal").each([&](const Reader& e) { entries.push_back(decJournalEntry(e)); });
    ws.journal.assign(std::move(entries));
    ws.nextId = r.at("nextId").integer(1);
    return ws;
}
JournalEntry decJournalEntry(const Reader& e) {
    JournalEntry je;
    je.seq = e.at("seq").integer();
    je.kind = e.at("kind").requiredStr();
    je.documentId = e.at("documentId").str();
    je.number = e.at("number").str();
    je.date = e.at("date").str();
    je.amount = e.at("amount").integer();
    je.currency = e.at("currency").str();
    je.contentHash = e.at("contentHash").str();
    je.prevHash = e.at("prevHash").str();
    je.hash = e.at("hash").requiredStr();
    return je;
}
}  // namespace

Decoded<Workspace> decodeWorkspace(const std::string& text) {
    json j = json::parse(text, nullptr, false);
    if (j.is_discarded()) return {DecodeError{"", "not valid JSON"}};
    if (!j.is_object()) return {DecodeError{"", "expected an object"}};
    try {
        migrate(j);
        return {decWorkspace(Reader(j, ""))};
    } catch (const Failure& f) {
        return {f.error};
    } catch (const std::exception& e) {
        return {DecodeError{"", e.what()}};
    }
}
Decoded<Document> decodeDocument(const std::string& text) { return parseAndDecode<Document>(text, decDocument); }
Decoded<Client> decodeClient(const std::string& text) { return parseAndDecode<Client>(text, decClient); }
Decoded<std::vector<JournalEntry>> decodeJournal(const std::string& text) {
    return parseAndDecode<std::vector<JournalEntry>>(text, [](const Reader& r) {
        std::vector<JournalEntry> entries;
        if (r.isNull()) r.fail("expected an array");
        r.each([&](const Reader& e) { entries.push_back(decJournalEntry(e)); });
        return entries;
    });
}
Decoded<RecurringTemplate> decodeRecurring(const std::string& text) { return parseAndDecode<RecurringTemplate>(text, decRecurring); }
Decoded<Seller> decodeSeller(const std::string& text) { return parseAndDecode<Seller>(text, decSeller); }

}  // namespace facturier::io
