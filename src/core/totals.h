// The one totals object of a document, computed by the EN 16931 rules (BR-CO-10…17, BR-S-08…).
// The screen, the PDF and the XML all print these numbers; nothing else adds amounts up.
#pragma once

#include <cstdint>
#include <vector>

#include "core/document.h"

namespace facturier {

struct LineTotal {
    std::int64_t gross = 0;      // quantity × unit price, rounded half away from zero to minor units
    std::int64_t allowance = 0;  // line discount (BT-136), rounded half away from zero
    std::int64_t net = 0;        // BT-131 = gross − allowance
};

struct AdjustmentTotal {
    std::int64_t amount = 0;     // BT-92 / BT-99, positive; its sign comes from isCharge
    bool isCharge = false;
    std::string reason;
    VatCategory vatCategory = VatCategory::Standard;
    Decimal vatRate;
    Decimal percent;             // BT-94 when the adjustment is a percentage
    bool isPercent = false;
    std::int64_t base = 0;       // BT-93 when a percentage
};

// One row of the VAT breakdown (BG-23) per (category, rate).
struct VatBreakdown {
    VatCategory category = VatCategory::Standard;
    Decimal rate;
    std::int64_t basis = 0;      // BT-116 = Σ line nets − allowances + charges of this group (BR-CO-…)
    std::int64_t vat = 0;        // BT-117 = basis × rate, rounded half away from zero (BR-S-09)
};

struct Totals {
    Currency currency;
    std::vector<LineTotal> lines;            // same order as Document::lines
    std::vector<AdjustmentTotal> adjustments;
    std::vector<VatBreakdown> vat;           // sorted: S by rate descending, then other categories
    std::int64_t lineNetSum = 0;             // BT-106 (BR-CO-10)
    std::int64_t allowanceSum = 0;           // BT-107 (BR-CO-11)
    std::int64_t chargeSum = 0;              // BT-108 (BR-CO-12)
    std::int64_t taxBasis = 0;               // BT-109 = BT-106 − BT-107 + BT-108 (BR-CO-13)
    std::int64_t vatTotal = 0;               // BT-110 = Σ BT-117 (BR-CO-14)
    std::int64_t grandTotal = 0;             // BT-112 = BT-109 + BT-110 (BR-CO-15)
    std::int64_t prepaid = 0;                // BT-113
    std::int64_t dueAmount = 0;              // BT-115 = BT-112 − BT-113 (BR-CO-16)

    Money money(std::int64_t minor) const { return Money{minor, currency}; }
};

// Named roundings, all half away from zero (EN 16931 amounts have 2 decimals; in a currency with 3
// minor digits every rounding is to hundredths, a multiple of amountStep minor units):
//  - line gross and line allowance, each to minor units (BR-LIN-04 net = gross − allowance)
//  - a percentage document adjustment of a VAT group, to minor units
//  - VAT per (category, rate), to minor units (BR-S-09, BR-CO-17), except where a credit note for
//    the rest carries the invoice's remaining VAT for that group (Document::carriedVat)
// Throws MoneyError on overflow.
Totals computeTotals(const Document& doc);

LineTotal computeLine(const Line& line, const Currency& currency);

// The largest amount one document may carry, in minor units (10^14: a trillion euros). Documents are
// refused beyond it (decoding, validate()), so sums over every document of a workspace (tens of
// thousands) always fit in 64 bits and no report, list or export can overflow on data that decoded.
constexpr std::int64_t kMaxDocumentAmount = 100'000'000'000'000;
// True when every line, group, total, prepaid amount and payment of `doc` (whose computed totals are
// `t`) is within kMaxDocumentAmount.
bool withinAmountLimit(const Document& doc, const Totals& t);

}  // namespace facturier
