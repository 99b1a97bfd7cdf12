// Totals by the EN 16931 calculation model. Each rounding is named where it happens.
#include "core/totals.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace facturier {

namespace {
// 10^(8 − amountDigits): quantity (×10^4) × price (×10^4) is ×10^8; document amounts are counted in
// units of 10^−amountDigits (hundredths at most, BR-DEC), each worth amountStep minor units.
Wide productToAmountDivisor(const Currency& c) {
    Wide d = 1;
    for (int i = 0; i < 8 - amountDigits(c); ++i) d *= 10;
    return d;
}

using GroupKey = std::pair<int, std::int64_t>;  // (category, rate scaled)
GroupKey keyOf(VatCategory c, Decimal rate) {
    return {static_cast<int>(c), categoryHasRate(c) ? rate.scaled : 0};
}
}  // namespace

LineTotal computeLine(const Line& line, const Currency& currency) {
    LineTotal t;
    Wide product = static_cast<Wide>(line.quantity.scaled) * line.unitPrice.scaled;
    // Rounding "line gross": half away from zero to minor units (to hundredths for 3-digit currencies).
    const std::int64_t step = amountStep(currency);
    t.gross = narrow(static_cast<Wide>(divideRounded(product, productToAmountDivisor(currency), Rounding::HalfAwayFromZero)) * step);
    switch (line.discountKind) {
        case DiscountKind::None: break;
        // Rounding "line allowance": half away from zero to minor units.
        case DiscountKind::Percent: t.allowance = percentOf(t.gross, line.discountPercent, Rounding::HalfAwayFromZero, step); break;
        // A fixed discount reduces the line's magnitude: on a negative line (goods taken back) it is
        // negative too, so a 10.00 discount on −100.00 gives −90.00, as a percentage discount does.
        case DiscountKind::Amount: t.allowance = t.gross < 0 ? checkedSub(0, line.discountAmount) : line.discountAmount; break;
    }
    t.net = checkedSub(t.gross, t.allowance);
    return t;
}

Totals computeTotals(const Document& doc) {
    Totals t;
    t.currency = doc.currency;
    std::map<GroupKey, VatBreakdown> groups;
    auto group = [&](VatCategory c, Decimal rate) -> VatBreakdown& {
        auto key = keyOf(c, rate);
        auto it = groups.find(key);
        if (it == groups.end()) {
            VatBreakdown b;
            b.category = c;
            b.rate = categoryHasRate(c) ? rate : Decimal{};
            it = groups.emplace(key, b).first;
        }
        return it->second;
    };

    // BR-CO-10: sum of line net amounts; each line feeds its VAT group.
    for (const auto& line : doc.lines) {
        LineTotal lt = computeLine(line, doc.currency);
        t.lineNetSum = checkedAdd(t.lineNetSum, lt.net);
        VatBreakdown& g = group(line.vatCategory, line.vatRate);
        g.basis = checkedAdd(g.basis, lt.net);
        t.lines.push_back(lt);
    }

    // Document allowances and charges. A percentage is applied to each VAT group's line nets
    // (rounding "adjustment per group": half away from zero), giving one adjustment per group.
    std::map<GroupKey, std::int64_t> lineBasis;
    for (auto& [k, g] : groups) lineBasis[k] = g.basis;
    for (const auto& adj : doc.adjustments) {
        if (adj.isPercent) {
            for (auto& [k, base] : lineBasis) {
                if (base == 0) continue;
                AdjustmentTotal a;
                a.isCharge = adj.isCharge;
                a.reason = adj.reason;
                a.vatCategory = groups[k].category;
                a.vatRate = groups[k].rate;
                a.isPercent = true;
                a.percent = adj.percent;
                a.base = base;
                a.amount = percentOf(base, adj.percent, Rounding::HalfAwayFromZero, amountStep(doc.currency));
                t.adjustments.push_back(a);
            }
        } else {
            AdjustmentTotal a;
            a.isCharge = adj.isCharge;
            a.reason = adj.reason;
            a.vatCategory = adj.vatCategory;
            a.vatRate = categoryHasRate(adj.vatCategory) ? adj.vatRate : Decimal{};
            a.amount = adj.amount;
            t.adjustments.push_back(a);
        }
    }
    for (const auto& a : t.adjustments) {
        VatBreakdown& g = group(a.vatCategory, a.vatRate);
        if (a.isCharge) {
            t.chargeSum = checkedAdd(t.chargeSum, a.amount);    // BR-CO-12
            g.basis = checkedAdd(g.basis, a.amount);
        } else {
            t.allowanceSum = checkedAdd(t.allowanceSum, a.amount);  // BR-CO-11
            g.basis = checkedSub(g.basis, a.amount);
        }
    }

    // BR-CO-13 tax basis; per group VAT, rounding "VAT per rate": half away from zero (BR-S-09).
    t.taxBasis = checkedAdd(checkedSub(t.lineNetSum, t.allowanceSum), t.chargeSum);
    for (auto& [k, g] : groups) {
        g.vat = categoryHasRate(g.category) ? percentOf(g.basis, g.rate, Rounding::HalfAwayFromZero, amountStep(doc.currency)) : 0;
        // A credit note for the rest carries the VAT left on the invoice for an unchanged basis.
        for (const auto& c : doc.carriedVat)
            if (keyOf(c.category, c.rate) == k && c.basis == g.basis && categoryHasRate(g.category)) g.vat = c.vat;
        t.vatTotal = checkedAdd(t.vatTotal, g.vat);  // BR-CO-14
        t.vat.push_back(g);
    }
    std::sort(t.vat.begin(), t.vat.end(), [](const VatBreakdown& a, const VatBreakdown& b) {
        if (a.category != b.category) return static_cast<int>(a.category) < static_cast<int>(b.category);
        return b.rate < a.rate;
    });
    t.grandTotal = checkedAdd(t.taxBasis, t.vatTotal);  // BR-CO-15
    t.prepaid = doc.prepaid;
    t.dueAmount = checkedSub(t.grandTotal, t.prepaid);  // BR-CO-16 (no rounding amount BT-114)
    return t;
}

bool withinAmountLimit(const Document& doc, const Totals& t) {
    auto ok = [](std::int64_t v) { return v <= kMaxDocumentAmount && v >= -kMaxDocumentAmount; };
    for (const auto& l : t.lines) if (!ok(l.gross) || !ok(l.net)) return false;
    for (const auto& g : t.vat) if (!ok(g.basis) || !ok(g.vat)) return false;
    if (!ok(t.lineNetSum) || !ok(t.taxBasis) || !ok(t.grandTotal) || !ok(t.prepaid) || !ok(t.dueAmount)) return false;
    for (const auto& p : doc.payments) if (!ok(p.amount)) return false;
    return true;
}

}  // namespace facturier
