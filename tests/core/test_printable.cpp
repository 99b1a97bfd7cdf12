// Characters the PDF fonts cannot draw are reported before issuing; outside text loses its controls.
#include <doctest.h>

#include <algorithm>

#include "core/countries.h"
#include "core/identifiers.h"
#include "core/printable.h"
#include "core/text.h"
#include "core/validation.h"
#include "core/workspace.h"
#include "fixtures.h"

using namespace facturier;
using namespace facturier::testing;

namespace {
const ValidationIssue* find(const std::vector<ValidationIssue>& issues, const std::string& key, const std::string& path) {
    auto it = std::find_if(issues.begin(), issues.end(), [&](const ValidationIssue& i) { return i.key == key && i.path == path; });
    return it == issues.end() ? nullptr : &*it;
}
bool allPrintable(const std::string& text) { return unprintableCharacters(text).empty(); }
}  // namespace

TEST_CASE("an emoji in a line description is reported before issuing, with the field and the character") {
    // The report: "Gâteau d'anniversaire 🎂" printed as a missing-glyph box, and the invoice was issued.
    Workspace ws = workspace();
    std::string id = draftInvoice(ws);
    Document* d = ws.findDocument(id);
    d->lines.push_back(line("Bougies", 10000, 10000));
    d->lines[2].description = "Gâteau d'anniversaire \xF0\x9F\x8E\x82";  // U+1F382
    auto issues = validate(*d, ws.seller);
    const ValidationIssue* issue = find(issues, "legal.unprintable", "lines[2].description");
    REQUIRE(issue != nullptr);
    CHECK(issue->severity == Severity::Error);
    CHECK(issue->detail == "\xF0\x9F\x8E\x82 (U+1F382)");
    OpResult r = issueDocument(ws, id, day(2026, 3, 2));
    CHECK_FALSE(r.ok);
    CHECK(ws.findDocument(id)->number.empty());
    // Nothing else in the document is reported: the accents and the apostrophe print.
    CHECK(std::count_if(issues.begin(), issues.end(), [](const ValidationIssue& i) { return i.key == "legal.unprintable"; }) == 1);
}

TEST_CASE("every printed field of the seller, the buyer and the document is checked for unprintable characters") {
    Workspace ws = workspace();
    Document d = *ws.findDocument(draftInvoice(ws));
    Seller s = ws.seller;
    const std::string cjk = "\xE6\xBC\xA2";  // 漢 U+6F22
    s.name += cjk;
    s.address.city += cjk;
    s.capital += cjk;
    d.buyer.name += cjk;
    d.buyer.address.line2 = cjk;
    d.deliveryAddress = Address{"Quai " + cjk, "", "94150", "Rungis", "FR"};
    d.notes = "Merci\n" + cjk;
    d.purchaseOrder = cjk;
    d.terms.earlyPaymentText = cjk;
    d.lines[0].itemReference = cjk;
    Adjustment a;
    a.reason = cjk;
    a.percent = Decimal::fromInt(5);
    d.adjustments = {a};
    auto issues = validate(d, s);
    for (const char* path : {"seller.name", "seller.address.city", "seller.capital", "buyer.name", "buyer.address.line2",
                             "deliveryAddress.line1", "notes", "purchaseOrder", "terms.earlyPaymentText",
                             "lines[0].itemReference", "adjustments[0].reason"}) {
        const ValidationIssue* issue = find(issues, "legal.unprintable", path);
        CHECK_MESSAGE(issue != nullptr, path);
        if (issue) CHECK(issue->detail == cjk + " (U+6F22)");
    }
}

TEST_CASE("a client whose name holds an emoji is reported on the client record") {
    Client c = frenchBusiness();
    c.name = "Boulangerie \xF0\x9F\xA5\x90 du Port";  // U+1F950
    auto issues = validateClient(c);
    const ValidationIssue* issue = find(issues, "legal.unprintable", "name");
    REQUIRE(issue != nullptr);
    CHECK(issue->detail == "\xF0\x9F\xA5\x90 (U+1F950)");
    CHECK(validateClient(frenchBusiness()).empty());
}

TEST_CASE("the letters of every European Latin alphabet, Greek and Cyrillic are printable") {
    // Before the font cut was widened, ł ř ș ő … were boxes in the browser's PDF.
    for (const char* text : {"Zażółć gęślą jaźń", "Příliš žluťoučký kůň úpěl ďábelské ódy", "Șoseaua Ștefan cel Mare, Țară",
                             "Árvíztűrő tükörfúrógép", "Ğüşiöç İı", "Ąžuolas Ėglė Ūla Ķekava Ļaudona Ņ", "Ŵŷ ẞ Œuvre Ÿ",
                             "Ελληνικά Ωμέγα", "Съешь же ещё этих мягких французских булок, ґ є і ї",
                             "€ £ ¥ ₽ ₴ ₺ № ™ ° ‰ – — ‘ ’ “ ” „ « » … • ½ × ÷ − ≤ ≥", "ﬁ ﬂ", "e\xCC\x81"})
        CHECK_MESSAGE(allPrintable(text), text);
}

TEST_CASE("emoji, CJK, controls, U+FFFD and invisible bidi marks are not printable, each named once") {
    CHECK_FALSE(isPrintable(0x1F600));
    CHECK_FALSE(isPrintable(0x6F22));
    CHECK_FALSE(isPrintable(0x1B));
    CHECK_FALSE(isPrintable(0x85));
    CHECK_FALSE(isPrintable(0xFFFD));
    CHECK_FALSE(isPrintable(0x2066));
    CHECK(isPrintable(U'a'));
    CHECK(isPrintable(0x20AC));
    std::u32string bad = unprintableCharacters("\xF0\x9F\x98\x80 a \xF0\x9F\x98\x80 \x1B\n");
    CHECK(bad == std::u32string{0x1F600, 0x1B});
    CHECK(describeCharacters(bad) == "\xF0\x9F\x98\x80 (U+1F600), U+001B");
    CHECK(unprintableCharacters("deux\nlignes").empty());
}

TEST_CASE("every currency symbol a document can print is printable") {
    // zł and Kč were boxes in the browser's PDF of a PLN or CZK invoice.
    REQUIRE(knownCurrencies().size() >= 12);
    for (const Currency& c : knownCurrencies()) {
        CHECK_MESSAGE(allPrintable(c.symbol), c.code);
        CHECK_MESSAGE(allPrintable(formatMoney(Money{-123456789, c}, Locale::Fr)), c.code);
        CHECK_MESSAGE(allPrintable(formatMoney(Money{-123456789, c}, Locale::En)), c.code);
    }
}

TEST_CASE("the legal mentions are printable in both languages") {
    Workspace ws = workspace();
    ws.seller.vatOnDebits = true;
    Document d = *ws.findDocument(draftInvoice(ws));
    d.seller = ws.seller;
    d.lines.push_back(line("Export", 10000, 10000, 0));
    d.lines.back().vatCategory = VatCategory::Export;
    d.lines.push_back(line("Exonéré", 10000, 10000, 0));
    d.lines.back().vatCategory = VatCategory::Exempt;
    for (const char* language : {"fr", "en"}) {
        d.language = language;
        LegalMentions m = legalMentions(d);
        for (const auto& text : {m.penalties, m.recoveryIndemnity, m.earlyPayment, m.vatOnDebits, m.sellerIdentity})
            CHECK_MESSAGE(allPrintable(text), text);
        for (const auto& text : m.vatExemptions) CHECK_MESSAGE(allPrintable(text), text);
    }
}

TEST_CASE("a backup's editable texts lose their control characters; issued documents stay as issued") {
    Workspace ws = workspace();
    std::string issued = draftInvoice(ws);
    REQUIRE(issueDocument(ws, issued, day(2026, 3, 2)).ok);
    Document asIssued = *ws.findDocument(issued);
    // As an older version could have issued it (before controls were normalised at input).
    ws.documents.mutableAt(0).notes = "Réf.\tA\r\nB";
    asIssued.notes = "Réf.\tA\r\nB";
    std::string draft = draftInvoice(ws);
    ws.findDocument(draft)->lines[0].description = "Ligne\tun\r\nLigne deux\x1B[0m\xC2\x85";
    ws.findDocument(draft)->purchaseOrder = "BC\r\n42";
    ws.clients[0].name = "Société\tGénérale\x07";
    ws.seller.name = "Atelier\r\nÉloïse";
    normalizeEditableTexts(ws);
    CHECK(ws.findDocument(draft)->lines[0].description == "Ligne un\nLigne deux[0m");
    CHECK(ws.findDocument(draft)->purchaseOrder == "BC 42");
    CHECK(ws.clients[0].name == "Société Générale");
    CHECK(ws.seller.name == "Atelier Éloïse");
    CHECK(*ws.findDocument(issued) == asIssued);
}

TEST_CASE("every country a party can be in has a printable name in French and English") {
    // The report: a German buyer's address printed "10115 Berlin, DE".
    CHECK(countryName("DE", true) == "Allemagne");
    CHECK(countryName("DE", false) == "Germany");
    CHECK(countryName("GB", true) == "Royaume-Uni");
    CHECK(countryName("XI", false) == "Northern Ireland");
    CHECK(countryName("ZZ", false) == "ZZ");
    int checked = 0;
    for (char a = 'A'; a <= 'Z'; ++a)
        for (char b = 'A'; b <= 'Z'; ++b) {
            std::string code{a, b};
            if (!isCountryCode(code)) continue;
            ++checked;
            for (bool fr : {true, false}) {
                std::string name = countryName(code, fr);
                CHECK_MESSAGE(name != code, code);
                CHECK_MESSAGE(unprintableCharacters(name).empty(), code, " ", name);
            }
        }
    CHECK(checked > 240);
}
