// Regression tests for the faults found by trying real-world bug reports (issue 10), each named after
// what broke and holding the example's right value: currencies with 0 or 3 minor digits, credit notes
// "for the rest", negative quantities.
#include <doctest.h>

#include "core/reminders.h"
#include "core/totals.h"
#include "core/validation.h"
#include "fixtures.h"

using namespace facturier;
using namespace facturier::testing;

namespace {
Currency cur(const char* code) { return *currencyByCode(code); }
}  // namespace

// [SECTION] Currencies with 0 or 3 minor digits
TEST_CASE("a JPY amount formats without aborting (std::length_error in the decimal formatting)") {
    // 3 × 7,380 JPY at 20 %: 22,140 + 4,428 = 26,568 yen, no minor unit.
    Document d;
    d.currency = cur("JPY");
    d.lines = {line("Traduction", 30000, 73800000)};
    Totals t = computeTotals(d);
    CHECK(t.taxBasis == 22140);
    CHECK(t.vatTotal == 4428);
    CHECK(t.grandTotal == 26568);
    CHECK(t.money(t.grandTotal).toPlainString() == "26568");
    CHECK(formatMoney(t.money(t.grandTotal), Locale::En) == "\xC2\xA5" "26,568");
    CHECK(formatMoney(t.money(-t.grandTotal), Locale::Fr) == "-26\xE2\x80\xAF" "568\xC2\xA0\xC2\xA5");
    CHECK(formatAmount(Money{0, cur("JPY")}, Locale::Fr) == "0");
}

TEST_CASE("amounts in currencies with 3 minor digits keep their three decimals") {
    Document d;
    d.currency = cur("KWD");
    d.lines = {line("Consulting", 20000, 11255000, 0)};  // 2 × 1,125.5 KWD
    d.lines[0].vatCategory = VatCategory::Export;
    Totals t = computeTotals(d);
    CHECK(t.grandTotal == 2251000);
    CHECK(t.money(t.grandTotal).toPlainString() == "2251.000");
    CHECK(formatMoney(Money{1234, cur("TND")}, Locale::Fr) == "1,234\xC2\xA0TND");
    CHECK(parseMoney("1,234", cur("KWD"))->minor == 1234);
    // EN 16931 has 2 decimals (BR-DEC): a KWD document rounds each amount to hundredths of a dinar.
    CHECK(amountStep(cur("KWD")) == 10);
    CHECK(amountStep(cur("EUR")) == 1);
    CHECK(amountStep(cur("JPY")) == 1);
    Document k;
    k.currency = cur("KWD");
    k.lines = {line("Design", 30000, 123450)};  // 3 × 12.345 = 37.035 → 37.04
    Totals kt = computeTotals(k);
    CHECK(kt.taxBasis == 37040);
    CHECK(kt.vatTotal == 7410);  // 7.408 → 7.41
    CHECK(kt.money(kt.grandTotal).toAmountString() == "44.45");
    CHECK(kt.money(kt.grandTotal).toPlainString() == "44.450");
    CHECK_FALSE(parseMoney("1,2345", cur("KWD")));
}

TEST_CASE("every known currency formats, parses back and has 0, 2 or 3 minor digits") {
    auto all = knownCurrencies();
    CHECK(all.size() > 150);
    CHECK(all.front().code == "EUR");
    for (const auto& c : all) {
        CAPTURE(c.code);
        CHECK((c.minorDigits == 0 || c.minorDigits == 2 || c.minorDigits == 3));
        CHECK(currencyByCode(c.code)->minorDigits == c.minorDigits);
        for (std::int64_t minor : {std::int64_t{0}, std::int64_t{7}, std::int64_t{1234567}, std::int64_t{-98765432101}}) {
            Money m{minor, c};
            std::string plain = m.toPlainString();
            CHECK(plain.size() > static_cast<std::size_t>(c.minorDigits));
            for (Locale loc : {Locale::Fr, Locale::En}) {
                auto back = parseMoney(formatAmount(m, loc), c);
                REQUIRE(back);
                CHECK(back->minor == minor);
            }
            auto fromPlain = parseMoney(plain, c);
            REQUIRE(fromPlain);
            CHECK(fromPlain->minor == minor);
        }
    }
    for (const char* code : {"JPY", "KRW", "EUR", "CHF", "GBP", "USD", "PLN", "CZK", "SEK", "TND", "KWD"}) CHECK(currencyByCode(code));
    CHECK(currencyByCode("KRW")->minorDigits == 0);
    CHECK(currencyByCode("TND")->minorDigits == 3);
    CHECK_FALSE(currencyByCode("XAU"));  // a metal, not an invoicing currency
    CHECK_FALSE(currencyByCode("EURO"));
    CHECK_FALSE(currencyByCode("eur"));
}

TEST_CASE("a yen amount typed with a thousands separator is read as yen, not as decimals") {
    CHECK(parseMoney("7,380", cur("JPY"))->minor == 7380);
    CHECK(parseMoney("7.380", cur("JPY"))->minor == 7380);
    CHECK(parseMoney("-7 380", cur("JPY"))->minor == -7380);
    CHECK_FALSE(parseMoney("7,38", cur("JPY")));  // two decimals: not a yen amount
    CHECK(parseMoney("7,380", euro())->minor == 738);  // in euros the comma is a decimal mark
}

TEST_CASE("a JPY invoice is issued, paid and credited in whole yen") {
    Workspace ws = workspace();
    Document d = newDraft(ws, DocumentType::Invoice, "cli-b2b", day(2026, 3, 2));
    d.currency = cur("JPY");
    d.exchangeRate = ExchangeRate{Decimal::fromScaled(1612300), day(2026, 3, 2), "BCE"};
    d.lines = {line("Traduction", 30000, 73800000)};
    std::string id = addDraft(ws, d).id;
    REQUIRE(issueDocument(ws, id, day(2026, 3, 2)).ok);
    auto cn = createCreditNote(ws, id, 10001, day(2026, 3, 3));
    REQUIRE(cn.ok);
    CHECK(computeTotals(*ws.findDocument(cn.id)).grandTotal == 10001);
    REQUIRE(issueDocument(ws, cn.id, day(2026, 3, 3)).ok);
    CHECK(balanceDue(ws, *ws.findDocument(id)) == 26568 - 10001);
}

// [SECTION] A credit note "for the rest" must leave nothing
namespace {
// 1 × 166.68 € at 20 %: 166.68 + 33.34 = 200.02 €.
std::string invoiceOf20002(Workspace& ws) {
    Document d = newDraft(ws, DocumentType::Invoice, "cli-b2b", day(2026, 3, 2));
    d.lines = {line("Étude", 10000, 1666800)};
    std::string id = addDraft(ws, d).id;
    REQUIRE(issueDocument(ws, id, day(2026, 3, 2)).ok);
    REQUIRE(computeTotals(*ws.findDocument(id)).grandTotal == 20002);
    return id;
}
}  // namespace

TEST_CASE("crediting 100.03 then the rest of a 20 % invoice leaves 0.00 due, not 0.01") {
    Workspace ws = workspace();
    std::string inv = invoiceOf20002(ws);
    auto part = createCreditNote(ws, inv, 10003, day(2026, 3, 3));
    REQUIRE(part.ok);
    REQUIRE(issueDocument(ws, part.id, day(2026, 3, 3)).ok);
    CHECK(computeTotals(*ws.findDocument(part.id)).grandTotal == 10003);
    auto rest = createCreditNote(ws, inv, std::nullopt, day(2026, 3, 4));
    REQUIRE(rest.ok);
    const Document& cn = *ws.findDocument(rest.id);
    Totals t = computeTotals(cn);
    CHECK(t.grandTotal == 9999);  // was 9998: 0.01 € stayed due
    // 83.32 × 20 % rounds to 16.66, but the invoice's 33.34 of VAT less the 16.67 already credited
    // leaves 16.67: carried, within BR-CO-17's tolerance.
    REQUIRE(t.vat.size() == 1);
    CHECK(t.vat[0].basis == 8332);
    CHECK(t.vat[0].vat == 1667);
    REQUIRE(issueDocument(ws, rest.id, day(2026, 3, 4)).ok);
    const Document& invoice = *ws.findDocument(inv);
    CHECK(balanceDue(ws, invoice) == 0);
    CHECK(invoice.status == Status::Cancelled);
    // Together the credit notes carry exactly the invoice's basis and VAT.
    CHECK(computeTotals(*ws.findDocument(part.id)).taxBasis + t.taxBasis == 16668);
    CHECK(computeTotals(*ws.findDocument(part.id)).vatTotal + t.vatTotal == 3334);
    // No reminder (and no 40 € indemnity) on a balance credit notes closed.
    CHECK(remindersDue(ws, day(2026, 12, 31)).empty());
}

TEST_CASE("crediting 100.05 on a 20 % invoice is refused with the nearest amounts, not turned into 100.04") {
    Workspace ws = workspace();
    std::string inv = invoiceOf20002(ws);
    auto r = createCreditNote(ws, inv, 10005, day(2026, 3, 3));
    CHECK_FALSE(r.ok);
    CHECK(r.errorKey == "lifecycle.creditAmountNotExact");
    AmountFit fit = creditAmountFit(ws, inv, 10005);
    CHECK_FALSE(fit.exact);
    CHECK(fit.below == 10004);
    CHECK(fit.above == 10006);
    CHECK(creditAmountFit(ws, inv, 10004).exact);
    auto ok = createCreditNote(ws, inv, 10006, day(2026, 3, 3));
    REQUIRE(ok.ok);
    CHECK(computeTotals(*ws.findDocument(ok.id)).grandTotal == 10006);
}

TEST_CASE("every amount credited is exact or refused, and the rest always closes the invoice") {
    // Property over many invoices (one to three VAT rates) and amounts: an accepted amount is
    // credited to the cent; after the rest, nothing is due.
    for (std::int64_t cents = 101; cents < 30000; cents += 997) {
        Workspace ws = workspace();
        Document d = newDraft(ws, DocumentType::Invoice, "cli-b2b", day(2026, 3, 2));
        d.lines = {line("A", 10000, cents * 100)};
        if (cents % 3 == 0) d.lines.push_back(line("B", 30000, cents * 37, 55000));
        if (cents % 5 == 0) d.lines.push_back(line("C", 20000, cents * 11, 100000));
        std::string inv = addDraft(ws, d).id;
        REQUIRE(issueDocument(ws, inv, day(2026, 3, 2)).ok);
        std::int64_t total = computeTotals(*ws.findDocument(inv)).grandTotal;
        for (std::int64_t part : {total / 3, total / 7 + 1}) {
            CAPTURE(cents);
            CAPTURE(part);
            auto r = createCreditNote(ws, inv, part, day(2026, 3, 3));
            if (!r.ok) {
                CHECK(r.errorKey == "lifecycle.creditAmountNotExact");
                AmountFit fit = creditAmountFit(ws, inv, part);
                CHECK((fit.below || fit.above));
                continue;
            }
            CHECK(computeTotals(*ws.findDocument(r.id)).grandTotal == part);
            REQUIRE(issueDocument(ws, r.id, day(2026, 3, 3)).ok);
        }
        auto rest = createCreditNote(ws, inv, std::nullopt, day(2026, 3, 4));
        REQUIRE(rest.ok);
        REQUIRE(issueDocument(ws, rest.id, day(2026, 3, 4)).ok);
        CHECK(balanceDue(ws, *ws.findDocument(inv)) == 0);
        CHECK(ws.findDocument(inv)->status == Status::Cancelled);
        CHECK(validate(*ws.findDocument(rest.id), ws.seller).empty());
    }
}

TEST_CASE("a carried VAT applies only while the credit note's basis is unchanged") {
    Workspace ws = workspace();
    std::string inv = invoiceOf20002(ws);
    REQUIRE(issueDocument(ws, createCreditNote(ws, inv, 10003, day(2026, 3, 3)).id, day(2026, 3, 3)).ok);
    Document cn = *ws.findDocument(createCreditNote(ws, inv, std::nullopt, day(2026, 3, 4)).id);
    REQUIRE(cn.carriedVat.size() == 1);
    CHECK(computeTotals(cn).vatTotal == 1667);
    cn.lines[0].unitPrice.scaled -= 100;  // edited by hand: 83.31
    CHECK(computeTotals(cn).vatTotal == 1666);  // 83.31 × 20 % = 16.662, rounded
}

// [SECTION] Negative quantities
TEST_CASE("a line with a negative quantity is accepted and the unit price is not blamed for it") {
    Workspace ws = workspace();
    Document d = newDraft(ws, DocumentType::Invoice, "cli-b2b", day(2026, 3, 2));
    d.deliveryDate = day(2026, 3, 2);
    d.lines = {line("Chaises", 40000, 1250000), line("Chaise reprise (défaut)", -10000, 1250000)};
    Totals t = computeTotals(d);
    CHECK(t.lines[1].net == -12500);
    CHECK(t.taxBasis == 37500);   // 4 × 125 − 125
    CHECK(t.vatTotal == 7500);
    CHECK(t.grandTotal == 45000);
    for (const auto& issue : validate(d, ws.seller)) {
        CAPTURE(issue.key);
        CHECK(issue.path.find("lines[1]") == std::string::npos);
    }
    std::string id = addDraft(ws, d).id;
    CHECK(issueDocument(ws, id, day(2026, 3, 2)).ok);
}

TEST_CASE("only a negative unit price is refused, and the message points at the unit price (BR-27)") {
    Workspace ws = workspace();
    Document d = newDraft(ws, DocumentType::Invoice, "cli-b2b", day(2026, 3, 2));
    d.deliveryDate = day(2026, 3, 2);
    d.lines = {line("Remboursement", 10000, -500000)};
    auto issues = validate(d, ws.seller);
    bool pointed = false;
    for (const auto& i : issues) pointed |= i.key == "legal.lineNegativePrice" && i.path == "lines[0].unitPrice";
    CHECK(pointed);
    d.lines = {line("Remboursement", -10000, 500000)};
    for (const auto& i : validate(d, ws.seller)) CHECK(i.path.find("unitPrice") == std::string::npos);
}

TEST_CASE("a discount on a negative line reduces its magnitude, amount or percentage alike") {
    Line l = line("Reprise", -20000, 500000);  // −2 × 50.00 = −100.00
    l.discountKind = DiscountKind::Amount;
    l.discountAmount = 1000;
    CHECK(computeLine(l, euro()).net == -9000);
    l.discountKind = DiscountKind::Percent;
    l.discountPercent = Decimal::fromInt(10);
    CHECK(computeLine(l, euro()).net == -9000);
    Workspace ws = workspace();
    Document d = newDraft(ws, DocumentType::Invoice, "cli-b2b", day(2026, 3, 2));
    l.discountKind = DiscountKind::Amount;
    l.discountAmount = 10001;  // more than the line
    d.lines = {line("Chaises", 40000, 1250000), l};
    bool flagged = false;
    for (const auto& i : validate(d, ws.seller)) flagged |= i.path == "lines[1].discountAmount";
    CHECK(flagged);
}

TEST_CASE("a credit note or deposit of an invoice with a negative VAT group keeps positive prices") {
    Workspace ws = workspace();
    Document d = newDraft(ws, DocumentType::Invoice, "cli-b2b", day(2026, 3, 2));
    d.lines = {line("Prestations", 10000, 5000000), line("Avoir matériel 5,5 %", -10000, 100000, 55000)};
    std::string inv = addDraft(ws, d).id;
    REQUIRE(issueDocument(ws, inv, day(2026, 3, 2)).ok);
    std::int64_t total = computeTotals(*ws.findDocument(inv)).grandTotal;
    auto half = createCreditNote(ws, inv, total / 2, day(2026, 3, 3));
    if (half.ok) {
        const Document& cn = *ws.findDocument(half.id);
        for (const auto& l : cn.lines) CHECK(l.unitPrice.scaled >= 0);
        CHECK(computeTotals(cn).grandTotal == total / 2);
    } else {
        CHECK(half.errorKey == "lifecycle.creditAmountNotExact");
    }
}

// [SECTION] Found when issue 10 was tried from a clean clone
TEST_CASE("a credit amount whose share of a small VAT group rounds to nothing gives no 0-priced line") {
    // 1000 € at 20 % and 0.50 € at 5.5 %: crediting 1000.00 € was "exact" but made a 0.00 line at 5.5 %
    // that could not be issued (BR-FR-DEC-03).
    Workspace ws = workspace();
    Document d = newDraft(ws, DocumentType::Invoice, "cli-b2b", day(2026, 3, 2));
    d.lines = {line("Conseil", 10000, 10000000), line("Brochure", 10000, 5000, 55000)};
    std::string inv = addDraft(ws, d).id;
    REQUIRE(issueDocument(ws, inv, day(2026, 3, 2)).ok);
    for (std::int64_t amount : {std::int64_t{100000}, std::int64_t{1200}, std::int64_t{3}}) {
        CAPTURE(amount);
        AmountFit fit = creditAmountFit(ws, inv, amount);
        auto cn = createCreditNote(ws, inv, amount, day(2026, 3, 3));
        CHECK(cn.ok == fit.exact);
        if (!cn.ok) continue;
        for (const auto& l : ws.findDocument(cn.id)->lines) CHECK(l.unitPrice.scaled > 0);
        CHECK(computeTotals(*ws.findDocument(cn.id)).grandTotal == amount);
        CHECK(issueDocument(ws, cn.id, day(2026, 3, 3)).ok);
    }
}

TEST_CASE("the exchange rate's source is checked for characters the fonts cannot draw") {
    Workspace ws = workspace();
    Document d = newDraft(ws, DocumentType::Invoice, "cli-b2b", day(2026, 3, 2));
    d.deliveryDate = day(2026, 3, 2);
    d.currency = cur("USD");
    d.exchangeRate = ExchangeRate{Decimal::fromScaled(10800), day(2026, 3, 2), "BCE \xF0\x9F\x98\x80"};
    d.lines = {line("Licence", 10000, 1000000)};
    bool flagged = false;
    for (const auto& i : validate(d, ws.seller)) flagged |= i.key == "legal.unprintable" && i.path == "exchangeRate.source";
    CHECK(flagged);
}

TEST_CASE("two series with one pattern never issue one number twice") {
    Workspace ws = workspace();
    ws.findSeries("credit")->pattern = ws.findSeries("invoice")->pattern;  // F-{YYYY}-{SEQ:4} for both
    std::string inv = draftInvoice(ws);
    REQUIRE(issueDocument(ws, inv, day(2026, 3, 2)).ok);
    auto cn = createCreditNote(ws, inv, std::nullopt, day(2026, 3, 3));
    REQUIRE(cn.ok);
    OpResult r = issueDocument(ws, cn.id, day(2026, 3, 3));
    CHECK_FALSE(r.ok);
    CHECK(r.errorKey == "numbering.collision");
    CHECK(r.detail == ws.findDocument(inv)->number);
    CHECK_FALSE(isIssued(*ws.findDocument(cn.id)));
}

TEST_CASE("an all-negative invoice is refused for its total only, not for a prepaid amount it does not have") {
    Workspace ws = workspace();
    Document d = newDraft(ws, DocumentType::Invoice, "cli-b2b", day(2026, 3, 2));
    d.deliveryDate = day(2026, 3, 2);
    d.lines = {line("Reprise", -20000, 100000)};
    bool negative = false, prepaid = false;
    for (const auto& i : validate(d, ws.seller)) {
        negative |= i.key == "legal.negativeTotal";
        prepaid |= i.key == "legal.prepaidTooLarge";
    }
    CHECK(negative);
    CHECK_FALSE(prepaid);
}

TEST_CASE("a credit note keeps the delivery date and service period of the invoice it corrects") {
    Workspace ws = workspace();
    Document d = newDraft(ws, DocumentType::Invoice, "cli-b2b", day(2026, 11, 23));
    d.lines = {line("Conseil", 10000, 10000000)};
    d.deliveryDate = day(2026, 11, 20);
    d.periodStart = day(2026, 11, 1);
    std::string inv = addDraft(ws, d).id;
    REQUIRE(issueDocument(ws, inv, day(2026, 11, 23)).ok);
    auto cn = createCreditNote(ws, inv, std::nullopt, day(2026, 11, 26));
    REQUIRE(cn.ok);
    CHECK(ws.findDocument(cn.id)->deliveryDate == day(2026, 11, 20));  // was 26/11, the credit note's own date
    CHECK(ws.findDocument(cn.id)->periodStart == day(2026, 11, 1));
}
