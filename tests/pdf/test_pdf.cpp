#include <doctest.h>

#include <array>
#include <cstring>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>

#include "app/session.h"
#include "core/validation.h"
#include "pdf/invoice_pdf.h"
#include "pdf_text.h"

using namespace facturier;

namespace {
Workspace sample() { return app::sampleWorkspace(Date::fromYmd(2026, 11, 23)); }

std::string textOf(const std::vector<std::uint8_t>& pdf, const std::string& name) { return testing::pdfText(pdf, name); }
using testing::plainSpaces;
bool contains(const std::string& hay, const std::string& needle) { return plainSpaces(hay).find(plainSpaces(needle)) != std::string::npos; }
}  // namespace

TEST_CASE("an invoice renders to a PDF showing its number, totals and mandatory mentions") {
    Workspace ws = sample();
    const Document& d = ws.documents[0];
    auto r = pdf::renderDocument(d);
    REQUIRE_MESSAGE(r.ok, r.error);
    CHECK(r.pages == 1);
    REQUIRE(r.bytes.size() > 1000);
    CHECK(std::string(r.bytes.begin(), r.bytes.begin() + 5) == "%PDF-");
    std::string text = textOf(r.bytes, "invoice");
    Totals t = computeTotals(d);
    CHECK(contains(text, d.number));
    CHECK(contains(text, formatMoney(t.money(t.grandTotal), Locale::Fr)));
    CHECK(contains(text, formatMoney(t.money(t.vatTotal), Locale::Fr)));
    CHECK(contains(text, formatMoney(t.money(t.lineNetSum), Locale::Fr)));
    LegalMentions m = legalMentions(d);
    CHECK(contains(text, m.recoveryIndemnity));
    CHECK(contains(text, m.earlyPayment));
    CHECK(contains(text, "Société Générale des Œuvres"));
    CHECK(contains(text, "SIRET 73282932000074"));
}

TEST_CASE("a reverse-charge invoice for a foreign buyer is in English with its mention") {
    Workspace ws = sample();
    const Document& d = ws.documents[1];
    REQUIRE(d.language == "en");
    auto r = pdf::renderDocument(d);
    REQUIRE(r.ok);
    std::string text = textOf(r.bytes, "reverse");
    CHECK(contains(text, "Invoice"));
    CHECK(contains(text, "Müller & Söhne GmbH"));
    CHECK(contains(text, exemptionFor(VatCategory::ReverseCharge, false)->textEn.substr(0, 30)));
    CHECK(contains(text, formatMoney(computeTotals(d).money(computeTotals(d).grandTotal), Locale::En)));
}

TEST_CASE("200 lines with long descriptions break over pages with page n / N") {
    Workspace ws = sample();
    Document d = ws.documents[0];
    d.lines.clear();
    for (int i = 0; i < 200; ++i) {
        Line l;
        l.description = "Ligne " + std::to_string(i + 1) + " — " + std::string(i % 50 == 0 ? 1000 : 40, 'e') + " « fin »";
        l.unitPrice = Decimal::fromInt(10 + i);
        d.lines.push_back(l);
    }
    auto r = pdf::renderDocument(d);
    REQUIRE_MESSAGE(r.ok, r.error);
    CHECK(r.pages > 4);
    std::string text = textOf(r.bytes, "long");
    CHECK(contains(text, "Page 1 / " + std::to_string(r.pages)));
    CHECK(contains(text, "Page " + std::to_string(r.pages) + " / " + std::to_string(r.pages)));
    CHECK(contains(text, "Ligne 200"));
    Totals t = computeTotals(d);
    CHECK(contains(text, formatMoney(t.money(t.grandTotal), Locale::Fr)));
}

TEST_CASE("a missing font is an error, not a crash") {
    pdf::RenderOptions o;
    o.regularFont = "/nonexistent.ttf";
    auto r = pdf::renderDocument(sample().documents[0], o);
    CHECK_FALSE(r.ok);
    CHECK(r.bytes.empty());
}

TEST_CASE("downloads get a meaningful ASCII file name") {
    Workspace ws = sample();
    CHECK(pdf::suggestedFileName(ws.documents[0], "pdf") == "F-2026-0001_Societe_Generale_des_OEuvres.pdf" );
}
