// The figures of the dashboard and the reports: collections per week, revenue per month and per
// client, aged balance, DSO, collection rate, VAT per period and rate, and a 3-month cash forecast.
// Every figure is in the workspace currency; documents in another currency are counted apart.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/tax.h"
#include "core/money.h"

namespace facturier {

struct Workspace;
struct Document;

// Revenue excl. VAT of a document, as the reports count it: invoices and deposit invoices by issue
// date, final invoices less the deposits they deduct (already counted), credit notes negative.
// Quotes, drafts and other currencies count 0.
std::int64_t revenueOf(const Workspace& ws, const Document& d);

struct WeekTotal {
    Date monday;
    std::int64_t amount = 0;
};
struct MonthTotal {
    int year = 0, month = 0;
    std::int64_t amount = 0;
};
// Aged balance: open invoices by days past their due date.
enum AgeBucket { NotDue, Days1to30, Days31to60, Days61to90, Over90, kAgeBuckets };
struct ClientAge {
    std::string clientId;
    std::string clientName;
    std::array<std::int64_t, kAgeBuckets> buckets{};
    std::int64_t total = 0;
};
struct ClientRevenue {
    std::string clientId;
    std::string clientName;
    std::int64_t revenue = 0;
};
// One row of the VAT return: a category and rate over a period.
struct VatRow {
    VatCategory category = VatCategory::Standard;
    Decimal rate;
    std::int64_t basis = 0;
    std::int64_t vat = 0;
};
// VAT is due when invoiced (goods, or services with the « débits » option) or when collected
// (services otherwise): each payment carries VAT in proportion to what the document still asked for.
enum class VatBasis { Invoiced, Collected };
struct ForecastMonth {
    int year = 0, month = 0;
    std::int64_t fromInvoices = 0;   // open balances falling due that month (overdue ones in the first)
    std::int64_t fromRecurring = 0;  // recurring invoices to be issued that month, due within it or later
};

struct Reports {
    Currency currency;
    int otherCurrencyDocuments = 0;
    std::vector<WeekTotal> collectionsPerWeek;   // last 8 weeks, oldest first, this week last
    std::vector<MonthTotal> revenuePerMonth;     // last 12 months, oldest first, this month last
    std::vector<ClientAge> agedBalance;          // per client, largest total first
    ClientAge agedTotal;                         // all clients
    std::int64_t receivables = 0;                // open balances of issued invoices
    std::int64_t invoicedLast90Days = 0;         // incl. VAT, credit notes deducted
    int dsoDays = -1;                            // receivables / invoiced in 90 days × 90; −1 when nothing invoiced
    std::int64_t invoicedLast12Months = 0;       // incl. VAT, net of credit notes
    std::int64_t collectedOfLast12Months = 0;    // what was paid of those invoices
    int collectionRatePermille = -1;             // collected / invoiced × 1000; −1 when nothing invoiced
    std::vector<ClientRevenue> revenuePerClient; // last 12 months, largest first
    std::vector<ForecastMonth> forecast;         // this month and the next two
};
Reports computeReports(const Workspace& ws, Date today);
struct DocumentFigures;
// The same from figures already computed by documentFigures(ws).
Reports computeReports(const Workspace& ws, Date today, const std::vector<DocumentFigures>& figures);

// VAT per category and rate for documents (Invoiced) or payments (Collected) dated in [from, to].
std::vector<VatRow> vatReport(const Workspace& ws, Date from, Date to, VatBasis basis);
// The basis the seller's profile calls for (see VatBasis).
VatBasis defaultVatBasis(const Workspace& ws);

AgeBucket ageBucket(int daysPastDue);
Date mondayOf(Date d);

}  // namespace facturier
