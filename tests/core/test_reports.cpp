#include <doctest.h>

#include <map>
#include <random>

#include "core/reports.h"
#include "core/workspace.h"
#include "fixtures.h"

using namespace facturier;
using namespace facturier::testing;

namespace {
// A year of activity: invoices to three clients, some paid in full or in part, some credited, a
// quote with a deposit and a final invoice, a monthly recurring template, one invoice in CHF.
Workspace busyYear(std::uint32_t seed) {
    Workspace ws = workspace();
    std::mt19937 rng(seed);
    const char* clients[] = {"cli-b2b", "cli-de", "cli-b2c"};
    Date date = day(2025, 11, 3);
    for (int i = 0; i < 120; ++i) {
        date = date.addDays(static_cast<int>(rng() % 4));
        const char* client = clients[rng() % 3];
        Document d = newDraft(ws, DocumentType::Invoice, client, date);
        d.lines = {line("Prestation", 10000 * (1 + rng() % 5), 100 * (1000 + rng() % 90000),
                        client == std::string("cli-de") ? 0 : (rng() % 2 ? 200000 : 55000))};
        if (client == std::string("cli-de")) d.lines[0].vatCategory = VatCategory::ReverseCharge;
        if (rng() % 3 == 0) d.nature = OperationNature::Goods;
        std::string id = addDraft(ws, d).id;
        REQUIRE(issueDocument(ws, id, date).ok);
        std::int64_t due = balanceDue(ws, *ws.findDocument(id));
        switch (rng() % 5) {
        case 0: REQUIRE(recordPayment(ws, id, Payment{"", date.addDays(static_cast<int>(rng() % 50)), due}).ok); break;
        case 1: REQUIRE(recordPayment(ws, id, Payment{"", date.addDays(static_cast<int>(rng() % 20)), due / 3}).ok); break;
        case 2: {
            std::int64_t amount = due / 4;  // or the nearest amount VAT rounding can reach below it
            if (AmountFit fit = creditAmountFit(ws, id, amount); !fit.exact) amount = fit.below.value_or(0);
            auto cn = createCreditNote(ws, id, amount, date);
            REQUIRE(cn.ok);
            REQUIRE(issueDocument(ws, cn.id, date).ok);
            break;
        }
        default: break;
        }
    }
    // A quote, a 30 % deposit paid, the final invoice.
    Document q = newDraft(ws, DocumentType::Quote, "cli-b2b", day(2026, 9, 1));
    q.lines = {line("Rénovation", 10000, 500000000, 100000), line("Plans", 10000, 20000000)};
    std::string qid = addDraft(ws, q).id;
    REQUIRE(issueDocument(ws, qid, day(2026, 9, 1)).ok);
    auto dep = createDepositInvoice(ws, qid, Decimal::fromInt(30), std::nullopt, day(2026, 9, 2));
    REQUIRE(dep.ok);
    REQUIRE(issueDocument(ws, dep.id, day(2026, 9, 2)).ok);
    REQUIRE(recordPayment(ws, dep.id, Payment{"", day(2026, 9, 10), balanceDue(ws, *ws.findDocument(dep.id))}).ok);
    auto fin = convertQuoteToInvoice(ws, qid, day(2026, 11, 2));
    REQUIRE(fin.ok);
    REQUIRE(issueDocument(ws, fin.id, day(2026, 11, 2)).ok);
    // One invoice in another currency, counted apart.
    Document chf = newDraft(ws, DocumentType::Invoice, "cli-b2b", day(2026, 11, 3));
    chf.currency = *currencyByCode("CHF");
    chf.exchangeRate = ExchangeRate{Decimal::fromScaled(9364), day(2026, 11, 3), "BCE"};
    chf.lines = {line("Audit", 10000, 10000000)};
    REQUIRE(issueDocument(ws, addDraft(ws, chf).id, day(2026, 11, 3)).ok);
    RecurringTemplate t;
    t.name = "Hébergement";
    t.clientId = "cli-b2c";
    t.lines = {line("Hébergement", 10000, 1000000)};
    t.start = day(2026, 12, 1);
    REQUIRE(addRecurring(ws, t).ok);
    REQUIRE(integrityProblems(ws).empty());
    return ws;
}

// [SECTION] Naive recomputations: per document, with balanceDue and ISO strings, no shared helpers.
bool naiveCounts(const Workspace& ws, const Document& d) {
    return d.status != Status::Draft && d.type != DocumentType::Quote && d.currency.code == ws.settings.currency;
}
std::int64_t naiveRevenue(const Workspace& ws, const Document& d) {
    if (!naiveCounts(ws, d)) return 0;
    std::int64_t basis = computeTotals(d).taxBasis;
    if (d.type == DocumentType::CreditNote) return -basis;
    if (d.type == DocumentType::FinalInvoice)
        for (const auto& id : d.depositIds) basis -= computeTotals(*ws.findDocument(id)).taxBasis;
    return basis;
}
std::string yearMonth(Date d) { return d.iso().substr(0, 7); }
}  // namespace

TEST_CASE("every report figure equals a naive recomputation over a busy year") {
    for (std::uint32_t seed : {1u, 7u, 2026u}) {
        Workspace ws = busyYear(seed);
        Date today = day(2026, 11, 23);
        Reports r = computeReports(ws, today);
        CAPTURE(seed);
        CHECK(r.otherCurrencyDocuments == 1);

        // Revenue per month over the chart's 12 months (Dec 2025 … Nov 2026).
        std::map<std::string, std::int64_t> months;
        std::map<std::string, std::int64_t> perClient;
        for (const auto& d : ws.documents)
            if (naiveCounts(ws, d) && d.issueDate.iso() >= "2025-12-01" && d.issueDate.iso() <= "2026-11-23") {
                months[yearMonth(d.issueDate)] += naiveRevenue(ws, d);
                perClient[d.clientId] += naiveRevenue(ws, d);
            }
        REQUIRE(r.revenuePerMonth.size() == 12);
        CHECK(r.revenuePerMonth.front().month == 12);
        CHECK(r.revenuePerMonth.back().month == 11);
        for (const auto& m : r.revenuePerMonth) {
            char key[8];
            std::snprintf(key, sizeof key, "%04d-%02d", m.year, m.month);
            CHECK(m.amount == months[key]);
        }
        std::int64_t clientSum = 0;
        for (const auto& c : r.revenuePerClient) {
            CHECK(c.revenue == perClient[c.clientId]);
            clientSum += c.revenue;
        }
        std::int64_t monthSum = 0;
        for (const auto& m : r.revenuePerMonth) monthSum += m.amount;
        CHECK(clientSum == monthSum);

        // Collections per week: every payment from Monday 29 Sept 2026 to today, by week.
        REQUIRE(r.collectionsPerWeek.size() == 8);
        CHECK(r.collectionsPerWeek.back().monday == day(2026, 11, 23));
        for (const auto& w : r.collectionsPerWeek) {
            std::int64_t sum = 0;
            for (const auto& d : ws.documents)
                if (naiveCounts(ws, d))
                    for (const auto& p : d.payments)
                        if (p.date >= w.monday && p.date <= w.monday.addDays(6) && p.date <= today) sum += p.amount;
            CHECK(w.amount == sum);
        }

        // Aged balance, receivables, forecast.
        std::map<std::string, std::array<std::int64_t, kAgeBuckets>> aged;
        std::int64_t receivables = 0;
        for (const auto& d : ws.documents) {
            if (!naiveCounts(ws, d) || d.type == DocumentType::CreditNote) continue;
            std::int64_t b = balanceDue(ws, d);
            if (b <= 0) continue;
            receivables += b;
            int late = today.days - d.dueDate->days;
            int bucket = late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4;
            aged[d.clientId][bucket] += b;
        }
        CHECK(r.receivables == receivables);
        CHECK(r.agedTotal.total == receivables);
        for (const auto& row : r.agedBalance)
            for (int b = 0; b < kAgeBuckets; ++b) CHECK(row.buckets[b] == aged[row.clientId][b]);

        // DSO and collection rate.
        std::int64_t invoiced90 = 0;
        for (const auto& d : ws.documents)
            if (naiveCounts(ws, d) && today.days - d.issueDate.days < 90 && d.issueDate <= today) {
                std::int64_t due = computeTotals(d).dueAmount;
                invoiced90 += d.type == DocumentType::CreditNote ? -due : due;
            }
        CHECK(r.invoicedLast90Days == invoiced90);
        REQUIRE(invoiced90 > 0);
        CHECK(r.dsoDays == static_cast<int>((receivables * 90 + invoiced90 / 2) / invoiced90));
        std::int64_t invoiced = 0, collected = 0;
        for (const auto& d : ws.documents)
            if (naiveCounts(ws, d) && d.type != DocumentType::CreditNote && d.issueDate.iso() >= "2025-12-01") {
                std::int64_t net = computeTotals(d).dueAmount - creditedAmount(ws, d);
                invoiced += net;
                collected += net - std::max<std::int64_t>(0, balanceDue(ws, d));
            }
        CHECK(r.invoicedLast12Months == invoiced);
        CHECK(r.collectedOfLast12Months == collected);
        CHECK(r.collectionRatePermille == static_cast<int>((collected * 1000 + invoiced / 2) / invoiced));

        // Forecast: open balances due by the end of January (overdue in November), plus the
        // recurring hosting (120.00 incl. VAT, 1 Dec, due 30 days later on 31 Dec).
        std::int64_t nov = 0, dec = 0, jan = 0;
        for (const auto& d : ws.documents) {
            if (!naiveCounts(ws, d) || d.type == DocumentType::CreditNote) continue;
            std::int64_t b = balanceDue(ws, d);
            if (b <= 0) continue;
            std::string due = d.dueDate->iso();
            if (due <= "2026-11-30") nov += b;
            else if (due <= "2026-12-31") dec += b;
            else if (due <= "2027-01-31") jan += b;
        }
        REQUIRE(r.forecast.size() == 3);
        CHECK(r.forecast[0].fromInvoices == nov);
        CHECK(r.forecast[1].fromInvoices == dec);
        CHECK(r.forecast[2].fromInvoices == jan);
        CHECK(r.forecast[1].fromRecurring == 12000);  // 1 Dec + 30 days = 31 Dec
        CHECK(r.forecast[2].fromRecurring == 12000);  // 1 Jan + 30 days = 31 Jan
    }
}

TEST_CASE("VAT invoiced per rate equals the documents' breakdowns, credit notes and deposits deducted") {
    Workspace ws = busyYear(11);
    auto rows = vatReport(ws, day(2026, 1, 1), day(2026, 12, 31), VatBasis::Invoiced);
    std::map<std::pair<int, std::int64_t>, std::pair<std::int64_t, std::int64_t>> naive;
    for (const auto& d : ws.documents) {
        if (!naiveCounts(ws, d) || d.issueDate.year() != 2026) continue;
        int sign = d.type == DocumentType::CreditNote ? -1 : 1;
        for (const auto& v : computeTotals(d).vat) {
            auto& [b, t] = naive[{static_cast<int>(v.category), v.rate.scaled}];
            b += sign * v.basis;
            t += sign * v.vat;
        }
        if (d.type == DocumentType::FinalInvoice)
            for (const auto& id : d.depositIds)
                for (const auto& v : computeTotals(*ws.findDocument(id)).vat) {
                    auto& [b, t] = naive[{static_cast<int>(v.category), v.rate.scaled}];
                    b -= v.basis;
                    t -= v.vat;
                }
    }
    std::int64_t vat = 0;
    for (const auto& r : rows) {
        auto n = naive[{static_cast<int>(r.category), r.rate.scaled}];
        CHECK(r.basis == n.first);
        CHECK(r.vat == n.second);
        vat += r.vat;
    }
    CHECK(vat > 0);
    CHECK(rows.size() >= 3);  // 20 %, 10 % (the quote), 5.5 %, reverse charge
}

TEST_CASE("VAT collected follows the payments, in proportion per rate") {
    Workspace ws = workspace();
    Document d = newDraft(ws, DocumentType::Invoice, "cli-b2b", day(2026, 3, 2));
    d.lines = {line("Conseil", 10000, 1000000), line("Livres", 10000, 1000000, 55000)};  // 100 € at 20 %, 100 € at 5.5 %
    std::string id = addDraft(ws, d).id;
    REQUIRE(issueDocument(ws, id, day(2026, 3, 2)).ok);
    REQUIRE(recordPayment(ws, id, Payment{"", day(2026, 4, 10), 11275}).ok);  // half of 225.50
    auto march = vatReport(ws, day(2026, 3, 1), day(2026, 3, 31), VatBasis::Collected);
    CHECK(march.empty());
    auto april = vatReport(ws, day(2026, 4, 1), day(2026, 4, 30), VatBasis::Collected);
    REQUIRE(april.size() == 2);
    CHECK(april[0].rate == Decimal::fromInt(20));
    CHECK(april[0].basis == 5000);
    CHECK(april[0].vat == 1000);
    CHECK(april[1].basis == 5000);
    CHECK(april[1].vat == 275);
    // Invoiced basis: all of it in March.
    auto invoiced = vatReport(ws, day(2026, 3, 1), day(2026, 3, 31), VatBasis::Invoiced);
    REQUIRE(invoiced.size() == 2);
    CHECK(invoiced[0].vat == 2000);
}

TEST_CASE("with nothing invoiced, DSO and collection rate say so instead of dividing by zero") {
    Workspace ws = workspace();
    Reports r = computeReports(ws, day(2026, 11, 23));
    CHECK(r.dsoDays == -1);
    CHECK(r.collectionRatePermille == -1);
    CHECK(r.receivables == 0);
    CHECK(r.revenuePerMonth.size() == 12);
}

TEST_CASE("VAT collected over a busy year equals each payment's share of each rate, recomputed naively") {
    Workspace ws = busyYear(3);
    auto rows = vatReport(ws, day(2026, 1, 1), day(2026, 12, 31), VatBasis::Collected);
    std::map<std::pair<int, std::int64_t>, std::pair<std::int64_t, std::int64_t>> naive;
    auto add = [&](const VatBreakdown& v, std::int64_t basis, std::int64_t vat) {
        auto& [b, t] = naive[{static_cast<int>(v.category), v.rate.scaled}];
        b += basis;
        t += vat;
    };
    auto share = [](std::int64_t paid, std::int64_t part, std::int64_t whole) {  // half away from zero
        long double x = static_cast<long double>(paid) * part / whole;
        return static_cast<std::int64_t>(x < 0 ? x - 0.5L : x + 0.5L);
    };
    for (const auto& d : ws.documents) {
        if (!naiveCounts(ws, d)) continue;
        Totals t = computeTotals(d);
        if (d.type == DocumentType::CreditNote) {  // lowers goods VAT when issued; for services, what is left to collect
            if (d.nature == OperationNature::Goods && d.issueDate.year() == 2026)
                for (const auto& v : t.vat) add(v, -v.basis, -v.vat);
            continue;
        }
        for (const auto& v : t.vat) {
            if (d.nature == OperationNature::Goods) {  // goods: VAT due when invoiced
                if (d.issueDate.year() == 2026) add(v, v.basis, v.vat);
                continue;
            }
            std::int64_t basis = v.basis, vat = v.vat;
            if (d.type == DocumentType::FinalInvoice)
                for (const auto& id : d.depositIds)
                    for (const auto& dv : computeTotals(*ws.findDocument(id)).vat)
                        if (dv.category == v.category && dv.rate == v.rate) { basis -= dv.basis; vat -= dv.vat; }
            for (const auto& p : d.payments)
                if (p.date.year() == 2026 && !p.asCredit) add(v, share(p.amount, basis, t.dueAmount), share(p.amount, vat, t.dueAmount));
        }
    }
    std::int64_t total = 0;
    for (const auto& r : rows) {
        auto n = naive[{static_cast<int>(r.category), r.rate.scaled}];
        CHECK(r.basis == n.first);
        CHECK(r.vat == n.second);
        total += r.vat;
    }
    CHECK(total > 0);
}
