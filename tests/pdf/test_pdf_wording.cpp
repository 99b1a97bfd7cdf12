// The words a PDF prints: references made from the document's links (not from notes), labels that read
// right in French and English, units and VAT treatments by name, nothing about paying on a credit note.
#include <doctest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <functional>
#include <memory>
#include <regex>
#include <string>

#include "app/exports.h"
#include "app/session.h"
#include "core/reminders.h"
#include "core/units.h"
#include "core/printable.h"
#include "core/validation.h"

#include "pdf_text.h"

using namespace facturier;

namespace {
// pdftotext of the PDF with whitespace runs made single spaces (pdftotext turns no-break spaces into
// plain ones: the French " : " is checked as a space before the colon).
std::string textOf(const Workspace& ws, const Document& d, const std::string& name) {
    auto r = app::documentPdf(ws, d);
    REQUIRE_MESSAGE(r.ok, r.error);
    return testing::squeezedText(testing::pdfText(r.bytes, "wording-" + name));
}
using testing::plainSpaces;
bool has(const std::string& text, const std::string& needle) { return plainSpaces(text).find(plainSpaces(needle)) != std::string::npos; }
const std::string kNbsp = " ";  // U+00A0 in the PDF, a space once extracted

struct Fixture {
    Workspace ws = app::sampleWorkspace(Date::fromYmd(2026, 11, 23));
    Date day = Date::fromYmd(2026, 12, 1);
    // An issued invoice of the sample workspace, in `language`.
    std::string invoice(const std::string& language, const std::function<void(Document&)>& edit = {}) {
        Document d = newDraft(ws, DocumentType::Invoice, ws.clients[0].id, day);
        d.language = language;
        d.lines = ws.documents[0].lines;
        if (edit) edit(d);
        std::string id = addDraft(ws, d).id;
        OpResult r = issueDocument(ws, id, day);
        REQUIRE_MESSAGE(r.ok, r.errorKey, (r.issues.empty() ? "" : " " + r.issues[0].key + " " + r.issues[0].path));
        return id;
    }
    const Document& doc(const std::string& id) { return *ws.findDocument(id); }
};
}  // namespace

TEST_CASE("a credit note prints the invoice it corrects from its link, with or without a note") {
    // The report: the credit note named its invoice only in a generated, editable note; with the
    // note removed the PDF no longer said which invoice it corrected (the XML still did).
    Fixture f;
    std::string inv = f.invoice("fr");
    OpResult cn = createCreditNote(f.ws, inv, std::nullopt, f.day);
    REQUIRE(cn.ok);
    CHECK(f.doc(cn.id).notes.empty());  // was "Avoir relatif à la facture F-… (01/12/2026)"
    REQUIRE(issueDocument(f.ws, cn.id, f.day).ok);
    std::string text = textOf(f.ws, f.doc(cn.id), "credit-fr");
    CHECK(has(text, "Avoir relatif à la facture " + f.doc(inv).number + " du 01/12/2026"));

    std::string invEn = f.invoice("en");
    OpResult cnEn = createCreditNote(f.ws, invEn, std::nullopt, f.day);
    REQUIRE(cnEn.ok);
    REQUIRE(issueDocument(f.ws, cnEn.id, f.day).ok);
    CHECK(has(textOf(f.ws, f.doc(cnEn.id), "credit-en"), "Credit note for invoice " + f.doc(invEn).number + " dated 1 Dec 2026"));
}

TEST_CASE("a credit note prints no due date and no late-payment terms; the invoice it corrects does") {
    // The report: credit notes printed "Échéance" and the late-payment penalties and 40 € indemnity.
    Fixture f;
    for (const char* language : {"fr", "en"}) {
        std::string inv = f.invoice(language);
        OpResult cn = createCreditNote(f.ws, inv, std::nullopt, f.day);
        REQUIRE(issueDocument(f.ws, cn.id, f.day).ok);
        CHECK_FALSE(asksForPayment(f.doc(cn.id)));
        LegalMentions m = legalMentions(f.doc(cn.id));
        REQUIRE_FALSE(m.penalties.empty());  // still in its XML (BR-FR PMD note)
        std::string credit = textOf(f.ws, f.doc(cn.id), std::string("credit-terms-") + language);
        std::string invoice = textOf(f.ws, f.doc(inv), std::string("invoice-terms-") + language);
        bool fr = std::string(language) == "fr";
        for (const std::string& t : {std::string(fr ? "Échéance" : "Due date"), m.penalties, m.recoveryIndemnity, m.earlyPayment}) {
            CHECK_MESSAGE(!has(credit, t), t);
            CHECK_MESSAGE(has(invoice, t.substr(0, 20)), t);
        }
    }
}

TEST_CASE("a final invoice prints the number, date and amount of each deposit it deducts") {
    // The report: the final invoice showed "Acomptes versés −6 153,00 €" without saying which deposits.
    Fixture f;
    Document q = newDraft(f.ws, DocumentType::Quote, f.ws.clients[0].id, f.day);
    q.lines = f.ws.documents[0].lines;
    std::string quote = addDraft(f.ws, q).id;
    REQUIRE(issueDocument(f.ws, quote, f.day).ok);
    std::string dep1 = createDepositInvoice(f.ws, quote, Decimal::fromInt(30), std::nullopt, f.day).id;
    REQUIRE(issueDocument(f.ws, dep1, f.day).ok);
    std::string dep2 = createDepositInvoice(f.ws, quote, std::nullopt, 10000, f.day).id;
    REQUIRE(issueDocument(f.ws, dep2, f.day).ok);
    OpResult fin = convertQuoteToInvoice(f.ws, quote, f.day);
    REQUIRE(fin.ok);
    REQUIRE(issueDocument(f.ws, fin.id, f.day).ok);
    std::string text = textOf(f.ws, f.doc(fin.id), "final");
    for (const std::string& dep : {dep1, dep2}) {
        Totals t = computeTotals(f.doc(dep));
        std::string expected = "Acompte déduit" + kNbsp + ": facture d'acompte " + f.doc(dep).number + " du 01/12/2026, " +
                               formatMoney(t.money(t.grandTotal), Locale::Fr) + " TTC";
        CHECK_MESSAGE(has(text, expected), expected);
    }
}

TEST_CASE("a penalty invoice prints the invoice it charges for from its link") {
    Fixture f;
    std::string late = f.invoice("en");
    OpResult p = createPenaltyInvoice(f.ws, late, f.day.addDays(90));
    REQUIRE(p.ok);
    REQUIRE(issueDocument(f.ws, p.id, f.day.addDays(90)).ok);
    CHECK(has(textOf(f.ws, f.doc(p.id), "penalty"), "Late-payment interest and recovery charge due on invoice " + f.doc(late).number + " dated 1 Dec 2026"));
}

TEST_CASE("an allowance prints its reason once: \"Remise fidélité 5 %\", never \"Remise Remise\"") {
    // The report: the editor's document discount (reason "Remise") printed as "Remise Remise 5 %", a
    // travel charge as "Frais Frais de" (its reason cut to the first wrapped line).
    Fixture f;
    std::string id = f.invoice("fr", [](Document& d) {
        Adjustment discount;
        discount.reason = "Remise";
        discount.percent = Decimal::fromInt(5);
        Adjustment travel;
        travel.isCharge = true;
        travel.isPercent = false;
        travel.amount = 18640;
        travel.reason = "Frais de déplacement et d'hébergement à Lyon pendant la semaine du salon";
        d.adjustments = {discount, travel};
    });
    std::string text = textOf(f.ws, f.doc(id), "allowance");
    CHECK_FALSE(has(text, "Remise Remise"));
    CHECK_FALSE(has(text, "Frais Frais"));
    CHECK(has(text, "Remise 5" + kNbsp + "%"));
    CHECK(has(text, "Frais de déplacement et d'hébergement à Lyon pendant la semaine du salon"));
}

TEST_CASE("unit codes print as words in the document's language: H87 is pièces / pieces, never H87") {
    Fixture f;
    for (const char* language : {"fr", "en"}) {
        std::string id = f.invoice(language, [](Document& d) {
            d.lines[0].unitCode = "H87";
            d.lines[0].quantity = Decimal::fromInt(3);
            d.lines[1].unitCode = "DAY";
            d.lines[1].quantity = Decimal::fromInt(1);
        });
        std::string text = textOf(f.ws, f.doc(id), std::string("units-") + language);
        CHECK_FALSE(has(text, "H87"));
        CHECK_FALSE(has(text, "DAY"));
        bool fr = std::string(language) == "fr";
        CHECK(has(text, fr ? "3 pièces" : "3 pieces"));
        CHECK(has(text, fr ? "1 jour" : "1 day"));
    }
}

TEST_CASE("every unit a document can carry has a printable name in both languages, and unknown codes are reported") {
    REQUIRE(knownUnits().size() >= 20);
    for (const Unit& u : knownUnits()) {
        for (const char* name : {u.fr, u.frPlural, u.en, u.enPlural}) {
            CHECK_MESSAGE(std::string(name) != u.code, u.code);
            CHECK_MESSAGE(unprintableCharacters(name).empty(), u.code);
        }
    }
    CHECK(unitLabel("DAY", Decimal::fromScaled(15000), true) == "jour");   // 1,5 jour
    CHECK(unitLabel("DAY", Decimal::fromScaled(15000), false) == "days");  // 1.5 days
    Fixture f;
    Document d = newDraft(f.ws, DocumentType::Invoice, f.ws.clients[0].id, f.day);
    d.lines = f.ws.documents[0].lines;
    d.lines[0].unitCode = "XYZ";
    bool reported = false;
    for (const auto& i : validate(d, f.ws.seller)) reported |= i.key == "legal.lineUnitUnknown" && i.path == "lines[0].unitCode" && i.detail == "XYZ";
    CHECK(reported);
}

TEST_CASE("English puts no space before a colon, French a no-break space; VAT treatments print by name") {
    // The report: "Issue date : 7 Jan 2026" on English documents; "AE", "O 0 %" printed as raw codes.
    Fixture f;
    auto reverseCharge = [](Document& d) {
        for (auto& l : d.lines) { l.vatCategory = VatCategory::ReverseCharge; l.vatRate = Decimal{}; }
    };
    f.ws.clients[1].language = "en";
    Document en = newDraft(f.ws, DocumentType::Invoice, f.ws.clients[1].id, f.day);
    en.lines = f.ws.documents[0].lines;
    reverseCharge(en);
    en.purchaseOrder = "PO-77";
    std::string enId = addDraft(f.ws, en).id;
    OpResult r = issueDocument(f.ws, enId, f.day);
    REQUIRE_MESSAGE(r.ok, r.errorKey, (r.issues.empty() ? "" : " " + r.issues[0].key + " " + r.issues[0].path));
    std::string text = textOf(f.ws, f.doc(enId), "colons-en");
    CHECK_FALSE(std::regex_search(text, std::regex("[^ ] :")));
    CHECK(has(text, "Issue date: 1 Dec 2026"));
    CHECK(has(text, "Your order: PO-77"));
    CHECK(has(text, "Reverse charge"));
    CHECK_FALSE(std::regex_search(text, std::regex("\\bAE\\b")));

    std::string frId = f.invoice("fr");
    std::string fr = textOf(f.ws, f.doc(frId), "colons-fr");
    CHECK(has(fr, "Date d'émission" + kNbsp + ": 01/12/2026"));
    CHECK(has(fr, "Échéance" + kNbsp + ":"));
}

TEST_CASE("a foreign buyer's country prints by name in the document's language, never as its code") {
    // The report: "10115 Berlin, DE" on the invoice of a German business.
    Fixture f;
    for (const char* language : {"fr", "en"}) {
        Client& de = f.ws.clients[1];
        REQUIRE(de.address.country == "DE");
        de.language = language;
        Document d = newDraft(f.ws, DocumentType::Invoice, de.id, f.day);
        d.language = language;
        d.lines = f.ws.documents[0].lines;
        for (auto& l : d.lines) { l.vatCategory = VatCategory::ReverseCharge; l.vatRate = Decimal{}; }
        std::string id = addDraft(f.ws, d).id;
        OpResult r = issueDocument(f.ws, id, f.day);
        REQUIRE_MESSAGE(r.ok, r.errorKey, (r.issues.empty() ? "" : " " + r.issues[0].key + " " + r.issues[0].path));
        std::string text = textOf(f.ws, f.doc(id), std::string("country-") + language);
        bool fr = std::string(language) == "fr";
        CHECK(has(text, fr ? "Allemagne" : "Germany"));
        CHECK(has(text, "69001 Lyon France"));  // the seller's country, for a reader abroad
        CHECK_FALSE(std::regex_search(text, std::regex("\\bDE\\b")));
    }
}
