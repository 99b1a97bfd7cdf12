// Dashboard and report figures, each computed in one pass over the documents.
#include "core/reports.h"

#include <algorithm>
#include <map>

#include "core/workspace.h"

namespace facturier {

AgeBucket ageBucket(int daysPastDue) {
    if (daysPastDue <= 0) return NotDue;
    if (daysPastDue <= 30) return Days1to30;
    if (daysPastDue <= 60) return Days31to60;
    if (daysPastDue <= 90) return Days61to90;
    return Over90;
}

Date mondayOf(Date d) { return d.addDays(-d.weekday()); }

namespace {
bool counts(const Workspace& ws, const Document& d) {
    return isIssued(d) && isInvoiceLike(d.type) && d.currency.code == ws.settings.currency;
}
// The VAT rows of a document as the VAT return counts them: a final invoice less the rows of the
// deposits it deducts (their VAT was counted with them), a credit note negative.
std::vector<VatBreakdown> netVatRows(const Workspace& ws, const Document& d) {
    std::vector<VatBreakdown> rows = computeTotals(d).vat;
    auto subtract = [&](const VatBreakdown& dep) {
        for (auto& r : rows)
            if (r.category == dep.category && r.rate == dep.rate) { r.basis -= dep.basis; r.vat -= dep.vat; return; }
        rows.push_back({dep.category, dep.rate, -dep.basis, -dep.vat});
    };
    if (d.type == DocumentType::FinalInvoice)
        for (const auto& id : d.depositIds)
            if (const Document* dep = ws.findDocument(id); dep && isIssued(*dep))
                for (const auto& r : computeTotals(*dep).vat) subtract(r);
    if (d.type == DocumentType::CreditNote)
        for (auto& r : rows) { r.basis = -r.basis; r.vat = -r.vat; }
    return rows;
}
Date firstOfMonth(Date d) { return Date::fromYmd(d.year(), d.month(), 1); }
void addRow(std::vector<VatRow>& out, VatCategory c, Decimal rate, std::int64_t basis, std::int64_t vat) {
    for (auto& r : out)
        if (r.category == c && r.rate == rate) { r.basis += basis; r.vat += vat; return; }
    out.push_back({c, rate, basis, vat});
}
}  // namespace

std::int64_t revenueOf(const Workspace& ws, const Document& d) {
    if (!counts(ws, d)) return 0;
    std::int64_t revenue = 0;
    for (const auto& r : netVatRows(ws, d)) revenue += r.basis;
    return revenue;
}

VatBasis defaultVatBasis(const Workspace& ws) {
    return ws.seller.vatOnDebits ? VatBasis::Invoiced : VatBasis::Collected;
}

std::vector<VatRow> vatReport(const Workspace& ws, Date from, Date to, VatBasis basis) {
    std::vector<VatRow> out;
    for (const auto& d : ws.documents) {
        if (!counts(ws, d)) continue;
        if (basis == VatBasis::Invoiced || d.nature == OperationNature::Goods) {
            if (d.issueDate < from || d.issueDate > to) continue;
            for (const auto& r : netVatRows(ws, d)) addRow(out, r.category, r.rate, r.basis, r.vat);
            continue;
        }
        if (d.type == DocumentType::CreditNote) continue;  // it lowers what is left to collect
        std::vector<VatBreakdown> rows = netVatRows(ws, d);
        std::int64_t asked = computeTotals(d).dueAmount;
        if (asked <= 0) continue;
        for (const auto& p : d.payments) {
            if (p.asCredit || p.date < from || p.date > to) continue;
            // Each payment carries the document's VAT in proportion: amount × row / amount asked,
            // rounded half away from zero per row.
            for (const auto& r : rows)
                addRow(out, r.category, r.rate,
                       divideRounded(static_cast<Wide>(p.amount) * r.basis, asked, Rounding::HalfAwayFromZero),
                       divideRounded(static_cast<Wide>(p.amount) * r.vat, asked, Rounding::HalfAwayFromZero));
        }
    }
    std::sort(out.begin(), out.end(), [](const VatRow& a, const VatRow& b) {
        if (a.category != b.category) return a.category < b.category;
        return b.rate < a.rate;
    });
    return out;
}

Reports computeReports(const Workspace& ws, Date today) { return computeReports(ws, today, documentFigures(ws)); }

Reports computeReports(const Workspace& ws, Date today, const std::vector<DocumentFigures>& figures) {
    Reports rep;
    rep.currency = currencyByCode(ws.settings.currency).value_or(euro());

    Date thisMonday = mondayOf(today);
    Date firstWeek = thisMonday.addDays(-7 * 7);
    for (int w = 0; w < 8; ++w) rep.collectionsPerWeek.push_back({firstWeek.addDays(7 * w), 0});
    Date firstMonth = firstOfMonth(today).addMonths(-11);
    for (int m = 0; m < 12; ++m) {
        Date d = firstMonth.addMonths(m);
        rep.revenuePerMonth.push_back({d.year(), d.month(), 0});
    }
    Date ninetyDaysAgo = today.addDays(-89);
    Date forecastStart = firstOfMonth(today);
    for (int m = 0; m < 3; ++m) {
        Date d = forecastStart.addMonths(m);
        rep.forecast.push_back({d.year(), d.month(), 0, 0});
    }
    Date forecastEnd = forecastStart.addMonths(3).addDays(-1);
    auto monthIndex = [](Date from, Date d) { return (d.year() - from.year()) * 12 + d.month() - from.month(); };

    std::map<std::string, std::size_t> ageRow, revenueRow;
    std::int64_t invoiced90 = 0;
    for (std::size_t i = 0; i < ws.documents.size(); ++i) {
        const Document& d = ws.documents[i];
        if (!isIssued(d) || !isInvoiceLike(d.type)) continue;
        if (d.currency.code != ws.settings.currency) { ++rep.otherCurrencyDocuments; continue; }
        for (const auto& p : d.payments)
            if (p.date >= firstWeek && p.date <= today) rep.collectionsPerWeek[daysBetween(firstWeek, p.date) / 7].amount += p.amount;

        // Only a final invoice needs its VAT rows (less its deposits); the others are their tax basis.
        std::int64_t revenue = d.type == DocumentType::FinalInvoice ? revenueOf(ws, d)
                               : d.type == DocumentType::CreditNote  ? -figures[i].taxBasis
                                                                     : figures[i].taxBasis;
        bool inYear = d.issueDate >= firstMonth && d.issueDate <= today;
        if (inYear) {
            rep.revenuePerMonth[monthIndex(firstMonth, d.issueDate)].amount += revenue;
            auto [it, fresh] = revenueRow.try_emplace(d.clientId, rep.revenuePerClient.size());
            if (fresh) rep.revenuePerClient.push_back({d.clientId, d.buyer.name, 0});
            rep.revenuePerClient[it->second].revenue += revenue;
        }
        bool credit = d.type == DocumentType::CreditNote;
        std::int64_t asked = figures[i].due;  // BT-115 before payments
        if (d.issueDate >= ninetyDaysAgo && d.issueDate <= today) invoiced90 += credit ? -asked : asked;
        if (credit) continue;
        std::int64_t balance = figures[i].balance;
        if (inYear) {
            std::int64_t net = asked - figures[i].credited;  // one pass: no creditedAmount() per document
            rep.invoicedLast12Months += net;
            rep.collectedOfLast12Months += net - std::max<std::int64_t>(balance, 0);
        }
        if (balance <= 0 || d.status == Status::Cancelled) continue;
        rep.receivables += balance;
        int pastDue = d.dueDate ? daysBetween(*d.dueDate, today) : 0;
        auto [it, fresh] = ageRow.try_emplace(d.clientId, rep.agedBalance.size());
        if (fresh) rep.agedBalance.push_back({d.clientId, d.buyer.name, {}, 0});
        ClientAge& row = rep.agedBalance[it->second];
        row.buckets[ageBucket(pastDue)] += balance;
        row.total += balance;
        rep.agedTotal.buckets[ageBucket(pastDue)] += balance;
        rep.agedTotal.total += balance;
        Date due = d.dueDate.value_or(today);
        if (due <= forecastEnd) rep.forecast[due < forecastStart ? 0 : monthIndex(forecastStart, due)].fromInvoices += balance;
    }
    for (const auto& u : upcomingRecurring(ws, today, forecastEnd)) {
        const Client* c = ws.findClient(u.clientId);
        Date due = u.date.addDays(c ? c->paymentTermDays : ws.settings.defaultTerms.days);
        if (due <= forecastEnd) rep.forecast[monthIndex(forecastStart, due)].fromRecurring += u.total;
    }
    rep.invoicedLast90Days = invoiced90;
    if (invoiced90 > 0)
        rep.dsoDays = static_cast<int>(divideRounded(static_cast<Wide>(rep.receivables) * 90, invoiced90, Rounding::HalfAwayFromZero));
    if (rep.invoicedLast12Months > 0)
        rep.collectionRatePermille = static_cast<int>(divideRounded(static_cast<Wide>(rep.collectedOfLast12Months) * 1000,
                                                                    rep.invoicedLast12Months, Rounding::HalfAwayFromZero));
    auto byTotal = [](const ClientAge& a, const ClientAge& b) { return a.total > b.total; };
    std::stable_sort(rep.agedBalance.begin(), rep.agedBalance.end(), byTotal);
    std::stable_sort(rep.revenuePerClient.begin(), rep.revenuePerClient.end(),
                     [](const ClientRevenue& a, const ClientRevenue& b) { return a.revenue > b.revenue; });
    return rep;
}

}  // namespace facturier
