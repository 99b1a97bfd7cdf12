// What the French reform adds to a printed document (issue 11): the VAT in euros of a document in another
// currency, with its rate, date and source; an invoice paid when issued says so and asks for no transfer.
// The XML carries the same: BT-6/BT-111, and BT-23 x2 with BT-113 = BT-112.
#include <doctest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>

#include "app/exports.h"
#include "app/session.h"
#include "core/einvoicing.h"
#include "core/totals.h"
#include "pdf_text.h"

using namespace facturier;

namespace {
std::string extracted(const std::vector<std::uint8_t>& pdf, const std::string& name) {
    return testing::squeezedText(testing::pdfText(pdf, "reform-" + name));
}
using testing::plainSpaces;
std::string plain(const std::string& s) { return plainSpaces(s); }
}  // namespace

TEST_CASE("a dollar invoice prints and carries its VAT in euros at its rate (BT-6, BT-111)") {
    Workspace ws = app::sampleWorkspace(Date::fromYmd(2026, 11, 23));
    Date day = Date::fromYmd(2026, 12, 1);
    Document d = newDraft(ws, DocumentType::Invoice, ws.clients[0].id, day);
    d.currency = *currencyByCode("USD");
    d.lines = ws.documents[0].lines;
    std::string id = addDraft(ws, d).id;
    OpResult refused = issueDocument(ws, id, day);  // no rate: refused before the platform would
    CHECK_FALSE(refused.ok);
    bool asked = false;
    for (const auto& i : refused.issues) asked |= i.key == "einvoice.exchangeRate" && i.path == "exchangeRate";
    CHECK(asked);
    ws.findDocument(id)->exchangeRate = ExchangeRate{Decimal::fromScaled(10823), day, "BCE"};
    REQUIRE(issueDocument(ws, id, day).ok);
    const Document& doc = *ws.findDocument(id);
    Totals t = computeTotals(doc);
    auto eur = vatInEuros(doc, t.vatTotal);
    REQUIRE(eur);
    // cents = VAT in cents / 1.0823, rounded half away from zero.
    CHECK(*eur == divideRounded(static_cast<Wide>(t.vatTotal) * 10000, 10823, Rounding::HalfAwayFromZero));
    std::string xml = app::facturXml(ws, doc);
    CHECK(xml.find("<ram:TaxCurrencyCode>EUR</ram:TaxCurrencyCode>") != std::string::npos);
    CHECK(xml.find("<ram:TaxTotalAmount currencyID=\"EUR\">" + Money{*eur, euro()}.toAmountString() + "</ram:TaxTotalAmount>") != std::string::npos);
    std::string text = extracted(app::documentPdf(ws, doc).bytes, "usd");
    CHECK(text.find("TVA en euros " + plain(formatMoney(Money{*eur, euro()}, Locale::Fr))) != std::string::npos);
    CHECK(text.find("1 € = 1,0823 USD, BCE, 01/12/2026") != std::string::npos);
}

TEST_CASE("an invoice paid when issued is S2 with nothing due, its payment recorded, and no transfer asked") {
    Workspace ws = app::sampleWorkspace(Date::fromYmd(2026, 11, 23));
    Date day = Date::fromYmd(2026, 12, 1);
    Document d = newDraft(ws, DocumentType::Invoice, ws.clients[0].id, day);
    d.lines = ws.documents[0].lines;
    d.paidAtIssue = true;
    std::string id = addDraft(ws, d).id;
    REQUIRE(issueDocument(ws, id, day).ok);
    const Document& doc = *ws.findDocument(id);
    CHECK(doc.status == Status::Paid);
    CHECK(balanceDue(ws, doc) == 0);
    CHECK(doc.dueDate == day);
    CHECK(billingMode(doc) == "S2");
    Totals t = computeTotals(doc);
    std::string xml = app::facturXml(ws, doc);
    CHECK(xml.find("<ram:ID>S2</ram:ID>") != std::string::npos);
    CHECK(xml.find("<ram:TotalPrepaidAmount>" + t.money(t.grandTotal).toAmountString() + "</ram:TotalPrepaidAmount>") != std::string::npos);
    CHECK(xml.find("<ram:DuePayableAmount>0.00</ram:DuePayableAmount>") != std::string::npos);
    std::string text = extracted(app::documentPdf(ws, doc).bytes, "paid");
    CHECK(text.find("Facture acquittée le 01/12/2026") != std::string::npos);
    CHECK(text.find("Paiement par virement") == std::string::npos);
}

TEST_CASE("the billing mode follows the nature and the situation, never x4 on a deposit (BR-FR-08, BR-FR-CO-08)") {
    Document d;
    d.nature = OperationNature::Goods;
    CHECK(billingMode(d) == "B1");
    d.nature = OperationNature::Both;
    CHECK(billingMode(d) == "M1");
    d.nature = OperationNature::Services;
    d.type = DocumentType::DepositInvoice;
    CHECK(billingMode(d) == "S1");
    d.type = DocumentType::FinalInvoice;
    d.depositIds = {"dep-1"};
    CHECK(billingMode(d) == "S4");
    d.type = DocumentType::CreditNote;
    d.paidAtIssue = true;
    CHECK(billingMode(d) == "S1");
}

TEST_CASE("a yen invoice prints its unit prices without decimals, as its amounts") {
    // Was "7,380.00" beside "¥22,140": a yen has no minor unit.
    Workspace ws = app::sampleWorkspace(Date::fromYmd(2026, 11, 23));
    Date day = Date::fromYmd(2026, 12, 1);
    Document d = newDraft(ws, DocumentType::Invoice, ws.clients[0].id, day);
    d.language = "en";
    d.currency = *currencyByCode("JPY");
    d.exchangeRate = ExchangeRate{Decimal::fromInt(161), day, "ECB"};
    d.lines = ws.documents[0].lines;
    d.lines.resize(1);
    d.lines[0].quantity = Decimal::fromInt(3);
    d.lines[0].unitPrice = Decimal::fromInt(7380);
    std::string id = addDraft(ws, d).id;
    REQUIRE(issueDocument(ws, id, day).ok);
    std::string text = extracted(app::documentPdf(ws, *ws.findDocument(id)).bytes, "jpy");
    CHECK(text.find("7,380.00") == std::string::npos);
    CHECK(text.find("7,380") != std::string::npos);
    CHECK(text.find("22,140") != std::string::npos);
}
