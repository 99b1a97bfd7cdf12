#include <doctest.h>

#include <algorithm>

#include "core/validation.h"
#include "fixtures.h"

using namespace facturier;
using namespace facturier::testing;

namespace {
bool has(const std::vector<ValidationIssue>& issues, const std::string& key, const std::string& path) {
    return std::any_of(issues.begin(), issues.end(), [&](const ValidationIssue& i) { return i.key == key && i.path == path; });
}
Document invoiceFor(Workspace& ws, const std::string& client) {
    return *ws.findDocument(draftInvoice(ws, client));
}
}  // namespace

TEST_CASE("a complete French B2B invoice has no error") {
    Workspace ws = workspace();
    auto issues = validate(invoiceFor(ws, "cli-b2b"), ws.seller);
    CHECK_FALSE(hasErrors(issues));
}

TEST_CASE("every missing seller mention is reported with its field") {
    Workspace ws = workspace();
    Seller s = ws.seller;
    s.siren = "123";
    s.vatNumber.clear();
    s.capital.clear();
    s.rcs.clear();
    s.legalFormName.clear();
    s.iban = "FR7630006000011234567890188";
    auto issues = validate(invoiceFor(ws, "cli-b2b"), s);
    CHECK(has(issues, "legal.sellerSiren", "seller.siren"));
    CHECK(has(issues, "legal.sellerVatMissing", "seller.vatNumber"));
    CHECK(has(issues, "legal.sellerCapital", "seller.capital"));
    CHECK(has(issues, "legal.sellerRcs", "seller.rcs"));
    CHECK(has(issues, "legal.sellerLegalForm", "seller.legalFormName"));
    CHECK(has(issues, "payment.iban", "seller.iban"));
    CHECK(has(issues, "legal.sellerSiret", "seller.siret"));
}

TEST_CASE("a French business client needs its SIREN, a consumer does not") {
    Workspace ws = workspace();
    ws.findClient("cli-b2b")->siren.clear();
    Document d = invoiceFor(ws, "cli-b2b");
    CHECK(has(validate(d, ws.seller), "legal.buyerSiren", "buyer.siren"));
    Document c = invoiceFor(ws, "cli-b2c");
    auto issues = validate(c, ws.seller);
    CHECK_FALSE(hasErrors(issues));
}

TEST_CASE("B2B invoices need a penalty rate, payment terms within 60 days and a delivery date") {
    Workspace ws = workspace();
    Document d = invoiceFor(ws, "cli-b2b");
    d.terms.penaltyRate = Decimal{};
    d.terms.days = 75;
    d.deliveryDate.reset();
    auto issues = validate(d, ws.seller);
    CHECK(has(issues, "legal.penaltyRate", "terms.penaltyRate"));
    CHECK(has(issues, "legal.termsTooLong", "terms.days"));
    CHECK(has(issues, "legal.deliveryDate", "deliveryDate"));
}

TEST_CASE("line problems point at the line") {
    Workspace ws = workspace();
    Document d = invoiceFor(ws, "cli-b2b");
    d.lines[1].description.clear();
    d.lines[1].vatRate = Decimal::fromInt(19);
    d.lines[0].quantity = Decimal{};
    auto issues = validate(d, ws.seller);
    CHECK(has(issues, "legal.lineDescription", "lines[1].description"));
    CHECK(has(issues, "legal.vatRate", "lines[1].vatRate"));
    CHECK(has(issues, "legal.lineQuantity", "lines[0].quantity"));
}

TEST_CASE("a franchise seller must invoice every line as exempt, and prints art. 293 B") {
    Workspace ws = workspace(microEntrepreneur());
    Document d = invoiceFor(ws, "cli-b2c");
    CHECK(has(validate(d, ws.seller), "legal.franchiseVat", "lines[0].vatCategory"));
    for (auto& l : d.lines) { l.vatCategory = VatCategory::Exempt; l.vatRate = Decimal{}; }
    CHECK_FALSE(hasErrors(validate(d, ws.seller)));
    d.seller = ws.seller;
    auto m = legalMentions(d);
    REQUIRE(m.vatExemptions.size() == 1);
    CHECK(m.vatExemptions[0] == "TVA non applicable, art. 293 B du CGI");
}

TEST_CASE("reverse charge and intra-EU supplies need the buyer's VAT number and print their mention") {
    Workspace ws = workspace();
    ws.findClient("cli-de")->vatNumber.clear();
    Document d = invoiceFor(ws, "cli-de");
    for (auto& l : d.lines) { l.vatCategory = VatCategory::ReverseCharge; l.vatRate = Decimal{}; }
    CHECK(has(validate(d, ws.seller), "legal.buyerVatRequired", "buyer.vatNumber"));
    d.buyer.vatNumber = "DE123456789";
    CHECK_FALSE(hasErrors(validate(d, ws.seller)));
    d.language = "fr";
    d.lines[1].vatCategory = VatCategory::IntraEu;
    auto m = legalMentions(d);
    REQUIRE(m.vatExemptions.size() == 2);
    CHECK(m.vatExemptions[0] == "Autoliquidation");
    CHECK(m.vatExemptions[1] == "Exonération de TVA, article 262 ter, I du CGI");
}

TEST_CASE("export is only to a buyer outside the EU and prints art. 262 I") {
    Workspace ws = workspace();
    Document d = invoiceFor(ws, "cli-de");
    for (auto& l : d.lines) { l.vatCategory = VatCategory::Export; l.vatRate = Decimal{}; }
    CHECK(has(validate(d, ws.seller), "legal.exportBuyer", "lines[0].vatCategory"));
    CHECK(exemptionFor(VatCategory::Export, false)->textFr == "Exonération de TVA, article 262 I du CGI");
}

TEST_CASE("B2B mentions: penalties, the 40 euro indemnity and the early payment sentence") {
    Workspace ws = workspace();
    Document d = invoiceFor(ws, "cli-b2b");
    d.seller = ws.seller;
    auto m = legalMentions(d);
    CHECK(m.recoveryIndemnity == "Indemnité forfaitaire pour frais de recouvrement : 40 €");
    CHECK(m.earlyPayment == "Pas d'escompte pour paiement anticipé");
    CHECK(m.penalties.find("12,15") != std::string::npos);
    CHECK(m.sellerIdentity.find("SAS au capital de 10 000 €") != std::string::npos);
    Document c = invoiceFor(ws, "cli-b2c");
    CHECK(legalMentions(c).recoveryIndemnity.empty());
}

TEST_CASE("a document outside the scope of VAT cannot mix in other VAT categories (BR-O-11)") {
    Workspace ws = workspace();
    Document d = invoiceFor(ws, "cli-de");
    d.lines[0].vatCategory = VatCategory::OutsideScope;
    d.lines[0].vatRate = Decimal{};
    CHECK(has(validate(d, ws.seller), "legal.outsideScopeMixed", "lines"));
    d.lines[1].vatCategory = VatCategory::OutsideScope;
    d.lines[1].vatRate = Decimal{};
    CHECK_FALSE(has(validate(d, ws.seller), "legal.outsideScopeMixed", "lines"));
}
