// CSV import of clients and catalogue items: an RFC 4180 reader, header synonyms in French and
// English for the mapping, the preview that checks each line, and the import of the valid ones.
#include "io/csv_import.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/identifiers.h"
#include "core/tax.h"

namespace facturier::io {

// [SECTION] Reading
namespace {
char detectSeparator(const std::string& text) {
    std::size_t end = text.find('\n');
    std::string first = text.substr(0, end);
    int semi = 0, comma = 0, tab = 0;
    bool quoted = false;
    for (char c : first) {
        if (c == '"') quoted = !quoted;
        else if (!quoted) { semi += c == ';'; comma += c == ','; tab += c == '\t'; }
    }
    if (tab > semi && tab > comma) return '\t';
    return comma > semi ? ',' : ';';
}
std::string trim(const std::string& s) {
    std::size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
    return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}
}  // namespace

// Strict (RFC 3629, as nlohmann_json checks it when saving): no overlong forms, no surrogates, ≤ U+10FFFF.
std::string windows1252ToUtf8(const std::string& text) {
    // 0x80–0x9F as Windows-1252 assigns them (0 where it assigns nothing: kept as U+FFFD).
    static const char16_t high[32] = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                                      0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
                                      0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
    std::string out;
    for (unsigned char c : text) {
        char32_t cp = c < 0x80 ? c : c < 0xA0 ? (high[c - 0x80] ? high[c - 0x80] : 0xFFFD) : c;
        if (cp < 0x80) out += static_cast<char>(cp);
        else if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
        else {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    return out;
}

CsvTable parseCsv(const std::string& input) {
    CsvTable t;
    std::string text = input.rfind("\xEF\xBB\xBF", 0) == 0 ? input.substr(3) : input;
    if (!isValidUtf8(text)) {
        text = windows1252ToUtf8(text);
        t.fromWindows1252 = true;
    }
    t.separator = detectSeparator(text);
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, fieldStarted = false;
    int line = 1, rowLine = 1;
    auto endRow = [&] {
        row.push_back(trim(field));
        field.clear();
        bool blank = std::all_of(row.begin(), row.end(), [](const std::string& f) { return f.empty(); });
        if (!blank) {
            if (t.header.empty() && t.rows.empty()) t.header = row;
            else { t.rows.push_back(row); t.lineNumbers.push_back(rowLine); }
        }
        row.clear();
        fieldStarted = false;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') { field += '"'; ++i; }
            else if (c == '"') quoted = false;
            else { if (c == '\n') ++line; field += c; }
            continue;
        }
        if (c == '"' && !fieldStarted) { quoted = true; fieldStarted = true; continue; }
        if (c == t.separator) { row.push_back(trim(field)); field.clear(); fieldStarted = false; continue; }
        if (c == '\r') continue;
        if (c == '\n') { endRow(); ++line; rowLine = line; continue; }
        if (c != ' ' && c != '\t') fieldStarted = true;
        field += c;
    }
    if (quoted) {
        t.ok = false;
        t.error = "line " + std::to_string(rowLine) + ": unterminated quote";
        t.errorKey = "import.unterminatedQuote";
        t.errorLine = rowLine;
        return t;
    }
    if (!field.empty() || !row.empty()) endRow();
    if (t.header.empty()) {
        t.ok = false;
        t.error = "empty file";
        t.errorKey = "import.emptyFile";
    }
    return t;
}

// [SECTION] Mapping
const std::vector<std::string>& importFields(ImportKind kind) {
    static const std::vector<std::string> clients = {"name", "kind", "siren", "vatNumber", "email", "line1", "line2",
                                                     "postcode", "city", "country", "language", "paymentTermDays"};
    static const std::vector<std::string> items = {"name", "description", "unitCode", "unitPrice", "vatRate"};
    return kind == ImportKind::Clients ? clients : items;
}

bool isRequiredField(ImportKind kind, const std::string& field) {
    return field == "name" || (kind == ImportKind::Catalogue && field == "unitPrice");
}

namespace {
// Lower case ASCII, accents folded (é→e …), only letters and digits kept: "Code postal" → "codepostal".
std::string fold(const std::string& s) {
    static const std::pair<const char*, char> accents[] = {{"é", 'e'}, {"è", 'e'}, {"ê", 'e'}, {"ë", 'e'}, {"à", 'a'}, {"â", 'a'},
                                                           {"î", 'i'}, {"ï", 'i'}, {"ô", 'o'}, {"û", 'u'}, {"ù", 'u'}, {"ç", 'c'},
                                                           {"É", 'e'}, {"È", 'e'}, {"À", 'a'}, {"Ç", 'c'}};
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        bool replaced = false;
        for (const auto& [from, to] : accents) {
            std::size_t n = std::char_traits<char>::length(from);
            if (s.compare(i, n, from) == 0) { out += to; i += n; replaced = true; break; }
        }
        if (replaced) continue;
        unsigned char c = static_cast<unsigned char>(s[i++]);
        if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
    }
    return out;
}
const std::vector<std::pair<std::string, std::vector<std::string>>>& synonyms(ImportKind kind) {
    static const std::vector<std::pair<std::string, std::vector<std::string>>> clients = {
        {"name", {"name", "nom", "raisonsociale", "client", "societe", "company", "denomination", "customer"}},
        {"kind", {"kind", "type", "typedeclient", "categorie", "b2bb2c"}},
        {"siren", {"siren", "sirensiret", "siret"}},
        {"vatNumber", {"vatnumber", "vat", "tvaintracommunautaire", "numerodetva", "ntva", "tvaintra", "vatid", "numerotva"}},
        {"email", {"email", "mail", "courriel", "adresseemail", "emailaddress"}},
        {"line1", {"line1", "adresse", "address", "rue", "street", "adresse1", "address1", "addressline1"}},
        {"line2", {"line2", "adresse2", "address2", "complement", "complementdadresse", "addressline2"}},
        {"postcode", {"postcode", "codepostal", "cp", "zip", "zipcode", "postalcode"}},
        {"city", {"city", "ville", "commune", "town"}},
        {"country", {"country", "pays", "codepays", "countrycode"}},
        {"language", {"language", "langue", "lang"}},
        {"paymentTermDays", {"paymenttermdays", "paymenttermsdays", "delaidepaiement", "delai", "echeance", "terms", "paymentterms", "joursdepaiement"}},
    };
    static const std::vector<std::pair<std::string, std::vector<std::string>>> items = {
        {"name", {"name", "nom", "designation", "libelle", "article", "produit", "service", "item", "product"}},
        {"description", {"description", "detail", "details"}},
        {"unitCode", {"unitcode", "unite", "unit", "u"}},
        {"unitPrice", {"unitprice", "prix", "prixht", "prixunitaire", "prixunitaireht", "price", "pu", "puht", "tarif", "montantht"}},
        {"vatRate", {"vatrate", "tva", "tauxdetva", "tauxtva", "vat", "taux"}},
    };
    return kind == ImportKind::Clients ? clients : items;
}
}  // namespace

std::vector<int> guessMapping(ImportKind kind, const std::vector<std::string>& header) {
    const auto& fields = importFields(kind);
    std::vector<int> mapping(fields.size(), -1);
    std::set<int> used;
    for (std::size_t f = 0; f < fields.size(); ++f) {
        const auto& names = synonyms(kind)[f].second;
        for (std::size_t col = 0; col < header.size() && mapping[f] < 0; ++col) {
            if (used.count(static_cast<int>(col))) continue;
            std::string h = fold(header[col]);
            if (std::find(names.begin(), names.end(), h) != names.end()) {
                mapping[f] = static_cast<int>(col);
                used.insert(static_cast<int>(col));
            }
        }
    }
    return mapping;
}

// [SECTION] Preview
namespace {
std::optional<ClientKind> parseKind(const std::string& v) {
    std::string f = fold(v);
    if (f.empty()) return std::nullopt;
    for (const char* s : {"b2b", "business", "entreprise", "professionnel", "pro", "societe", "company"})
        if (f == s) return ClientKind::Business;
    for (const char* s : {"b2c", "consumer", "particulier", "individual", "prive", "private"})
        if (f == s) return ClientKind::Consumer;
    return std::nullopt;
}
std::optional<std::string> parseCountry(const std::string& v) {
    std::string f = fold(v);
    static const std::pair<const char*, const char*> names[] = {
        {"france", "FR"}, {"allemagne", "DE"}, {"germany", "DE"}, {"belgique", "BE"}, {"belgium", "BE"}, {"espagne", "ES"},
        {"spain", "ES"}, {"italie", "IT"}, {"italy", "IT"}, {"suisse", "CH"}, {"switzerland", "CH"}, {"luxembourg", "LU"},
        {"paysbas", "NL"}, {"netherlands", "NL"}, {"royaumeuni", "GB"}, {"unitedkingdom", "GB"}, {"portugal", "PT"},
        {"autriche", "AT"}, {"austria", "AT"}, {"irlande", "IE"}, {"ireland", "IE"}, {"etatsunis", "US"}, {"unitedstates", "US"}};
    for (const auto& [name, code] : names)
        if (f == name) return std::string(code);
    std::string code;
    for (char c : v) if (c != ' ') code += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (isCountryCode(code)) return code;
    return std::nullopt;
}
std::optional<std::string> parseUnit(const std::string& v) {
    std::string f = fold(v);
    static const std::pair<const char*, const char*> units[] = {
        {"heure", "HUR"}, {"heures", "HUR"}, {"h", "HUR"}, {"hour", "HUR"}, {"hours", "HUR"}, {"jour", "DAY"}, {"jours", "DAY"},
        {"j", "DAY"}, {"day", "DAY"}, {"days", "DAY"}, {"unite", "C62"}, {"unit", "C62"}, {"u", "C62"}, {"piece", "C62"},
        {"pieces", "C62"}, {"pce", "C62"}, {"forfait", "C62"}, {"mois", "MON"}, {"month", "MON"}, {"semaine", "WEE"},
        {"week", "WEE"}, {"an", "ANN"}, {"annee", "ANN"}, {"year", "ANN"}, {"minute", "MIN"}, {"min", "MIN"}, {"kg", "KGM"},
        {"m", "MTR"}, {"metre", "MTR"}, {"m2", "MTK"}, {"l", "LTR"}, {"litre", "LTR"}, {"lot", "SET"}, {"set", "SET"}};
    for (const auto& [name, code] : units)
        if (f == name) return std::string(code);
    static const char* codes[] = {"C62", "HUR", "DAY", "MON", "WEE", "ANN", "MIN", "KGM", "MTR", "MTK", "LTR", "SET"};
    for (const char* c : codes)
        if (fold(c) == f) return std::string(c);
    return std::nullopt;
}
std::string lowerAscii(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}
// "12", "1 250", "-3": the part of a number before its decimal comma.
bool looksLikeWholePart(const std::string& s) {
    std::size_t i = !s.empty() && s[0] == '-' ? 1 : 0;
    if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    for (; i < s.size(); ++i)
        if (!std::isdigit(static_cast<unsigned char>(s[i])) && s[i] != ' ' && s[i] != '.') return false;
    return true;
}
// "50", "5", "50 €", "5 %": what follows a decimal comma.
bool looksLikeDecimals(const std::string& s) {
    std::size_t digits = 0;
    while (digits < s.size() && std::isdigit(static_cast<unsigned char>(s[digits]))) ++digits;
    if (digits == 0 || digits > 4) return false;
    std::string rest = s.substr(digits);
    rest.erase(0, rest.find_first_not_of(' '));
    return rest.empty() || rest == "%" || rest == "\xE2\x82\xAC";  // €
}
// The VAT rates a seller may put on an item: for a French seller the French rates (core/tax) or 0;
// nothing but 0 under the franchise (art. 293 B). Elsewhere core knows no list: any rate 0–100.
const char* vatRateProblem(const Seller& seller, const Decimal& rate) {
    if (rate.scaled < 0 || rate.scaled > 100 * Decimal::kScale) return "import.vatRate";
    if (rate.isZero()) return nullptr;
    if (seller.vatRegime == VatRegime::Franchise) return "import.vatRateFranchise";
    if (seller.address.country == "FR" && !isFrenchVatRate(rate)) return "import.vatRateFrench";
    return nullptr;
}
}  // namespace

std::optional<DecimalCommaClash> findDecimalCommaClash(const CsvTable& table) {
    if (table.separator != ',') return std::nullopt;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& cells = table.rows[r];
        if (cells.size() <= table.header.size()) continue;
        for (std::size_t c = 0; c + 1 < cells.size(); ++c)
            if (looksLikeWholePart(cells[c]) && looksLikeDecimals(cells[c + 1]))
                return DecimalCommaClash{table.lineNumbers[r], cells[c], cells[c + 1]};
    }
    return std::nullopt;
}

ImportPreview previewImport(const Workspace& ws, ImportKind kind, const CsvTable& table, const std::vector<int>& mapping) {
    ImportPreview p;
    p.kind = kind;
    p.columns = table.header.size();
    p.decimalComma = findDecimalCommaClash(table);
    const auto& fields = importFields(kind);
    std::set<std::string> names, sirens;
    if (kind == ImportKind::Clients)
        for (const auto& c : ws.clients) {
            names.insert(lowerAscii(c.name));
            if (!c.siren.empty()) sirens.insert(c.siren);
        }
    else
        for (const auto& i : ws.catalogue) names.insert(lowerAscii(i.name));

    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& cells = table.rows[r];
        auto value = [&](const std::string& field) -> std::string {
            auto it = std::find(fields.begin(), fields.end(), field);
            int col = it == fields.end() ? -1 : mapping.at(static_cast<std::size_t>(it - fields.begin()));
            // Cells are normalised as typed text is (tab → space, CR LF → LF, controls removed).
            return col >= 0 && static_cast<std::size_t>(col) < cells.size() ? normalizeText(cells[static_cast<std::size_t>(col)], field == "description")
                                                                            : std::string();
        };
        ImportRow row;
        row.line = table.lineNumbers[r];
        row.cells = cells.size();
        auto issue = [&](const char* field, const char* key) { row.issues.push_back({field, key}); };
        // A line with more or fewer cells than the header cannot be read column by column: in a
        // comma-separated file "Stylo bille,12,50,20" is 12.00 at 50 % VAT, not 12.50 at 20 %.
        if (cells.size() != table.header.size()) issue("", "import.cellCount");
        if (kind == ImportKind::Clients) {
            Client& c = row.client;
            c.name = value("name");
            c.siren = compactIdentifier(value("siren"));
            if (c.siren.size() == 14) c.siren = c.siren.substr(0, 9);  // a SIRET gives the SIREN
            c.vatNumber = compactIdentifier(value("vatNumber"));
            c.email = value("email");
            c.address = {value("line1"), value("line2"), value("postcode"), value("city"), "FR"};
            if (std::string country = value("country"); !country.empty()) {
                if (auto code = parseCountry(country)) c.address.country = *code;
                else issue("country", "legal.country");
            }
            std::string kindText = value("kind");
            if (auto k = parseKind(kindText)) c.kind = *k;
            else if (!kindText.empty()) issue("kind", "import.kind");
            else c.kind = (!c.siren.empty() || !c.vatNumber.empty()) ? ClientKind::Business : ClientKind::Consumer;
            std::string lang = fold(value("language"));
            c.language = (lang == "en" || lang == "english" || lang == "anglais") ? "en" : (lang.empty() ? (c.isFrench() ? "fr" : "en") : "fr");
            if (std::string terms = value("paymentTermDays"); !terms.empty()) {
                auto d = parseDecimal(terms);
                if (!d || d->scaled % Decimal::kScale != 0) issue("paymentTermDays", "import.number");
                else c.paymentTermDays = static_cast<int>(d->scaled / Decimal::kScale);
            }
            for (const auto& v : validateClient(c))
                if (v.path != "address.country" || std::none_of(row.issues.begin(), row.issues.end(), [](const auto& i) { return i.field == "country"; }))
                    row.issues.push_back({v.path, v.key});
            if (!c.name.empty() && !names.insert(lowerAscii(c.name)).second) issue("name", "import.duplicate");
            else if (!c.siren.empty() && !sirens.insert(c.siren).second) issue("siren", "import.duplicate");
        } else {
            CatalogueItem& item = row.item;
            item.name = value("name");
            item.description = value("description");
            if (item.name.empty()) issue("name", "import.nameRequired");
            if (std::string unit = value("unitCode"); !unit.empty()) {
                if (auto code = parseUnit(unit)) item.unitCode = *code;
                else issue("unitCode", "import.unit");
            }
            auto price = parseDecimal(value("unitPrice"));
            if (!price || price->scaled < 0) issue("unitPrice", "import.price");
            else item.unitPrice = *price;
            if (std::string rate = value("vatRate"); !rate.empty()) {
                auto r = parseDecimal(rate);
                if (!r) issue("vatRate", "import.vatRate");
                else if (const char* problem = vatRateProblem(ws.seller, *r)) issue("vatRate", problem);
                else {
                    item.vatRate = *r;
                    if (r->isZero()) item.vatCategory = VatCategory::Exempt;
                }
            } else if (ws.seller.vatRegime == VatRegime::Franchise) {
                item.vatRate = Decimal{};
                item.vatCategory = VatCategory::Exempt;
            }
            if (!item.name.empty() && !names.insert(lowerAscii(item.name)).second) issue("name", "import.duplicate");
        }
        p.valid += row.ok();
        p.rows.push_back(std::move(row));
    }
    return p;
}

std::size_t applyImport(Workspace& ws, const ImportPreview& preview) {
    std::size_t added = 0;
    for (const auto& row : preview.rows) {
        if (!row.ok()) continue;
        if (preview.kind == ImportKind::Clients) {
            Client c = row.client;
            c.id = ws.newId("cli");
            ws.clients.push_back(std::move(c));
        } else {
            CatalogueItem item = row.item;
            item.id = ws.newId("item");
            ws.catalogue.push_back(std::move(item));
        }
        ++added;
    }
    return added;
}

}  // namespace facturier::io
