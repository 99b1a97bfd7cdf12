#include <doctest.h>

#include <random>
#include <vector>

#include "core/totals.h"
#include "fixtures.h"

using namespace facturier;
using namespace facturier::testing;

TEST_CASE("line nets are rounded once and the totals add the rounded nets, so no cent drifts") {
    Document d;
    // 3 × 0.3333 = 0.9999 → 1.00 each; the total is the sum of rounded nets (3.00), not round(2.9997).
    for (int i = 0; i < 3; ++i) d.lines.push_back(line("Lot", 30000, 3333));
    Totals t = computeTotals(d);
    CHECK(t.lines[0].net == 100);
    CHECK(t.lineNetSum == 300);
    CHECK(t.vat.size() == 1);
    CHECK(t.vat[0].vat == 60);
    CHECK(t.grandTotal == 360);
}

TEST_CASE("VAT is computed per rate on the group basis, not per line") {
    Document d;
    // Three lines of 0.05 at 20 %: per line VAT would be 0.01 × 3 = 0.03; per group 0.15 × 20 % = 0.03.
    // Seven lines of 0.07 at 5.5 %: per line 0.00 each; per group 0.49 × 5.5 % = 0.0270 → 0.03.
    for (int i = 0; i < 3; ++i) d.lines.push_back(line("A", 10000, 500));
    for (int i = 0; i < 7; ++i) d.lines.push_back(line("B", 10000, 700, 55000));
    Totals t = computeTotals(d);
    REQUIRE(t.vat.size() == 2);
    CHECK(t.vat[0].rate.scaled == 200000);
    CHECK(t.vat[0].basis == 15);
    CHECK(t.vat[0].vat == 3);
    CHECK(t.vat[1].basis == 49);
    CHECK(t.vat[1].vat == 3);
    CHECK(t.vatTotal == 6);
    CHECK(t.grandTotal == 70);
}

TEST_CASE("line discounts, document allowances and charges follow BR-CO-11 to BR-CO-13") {
    Document d;
    Line a = line("Développement", 25000, 6000000);  // 2.5 × 600 = 1500.00
    a.discountKind = DiscountKind::Percent;
    a.discountPercent = Decimal::fromInt(10);         // −150.00
    Line b = line("Livres", 20000, 199900, 55000);    // 2 × 19.99 = 39.98
    b.discountKind = DiscountKind::Amount;
    b.discountAmount = 398;
    d.lines = {a, b};
    Adjustment disc;
    disc.reason = "Remise fidélité";
    disc.isPercent = true;
    disc.percent = Decimal::fromInt(5);
    Adjustment ship;
    ship.isCharge = true;
    ship.isPercent = false;
    ship.amount = 1250;
    ship.reason = "Port";
    d.adjustments = {disc, ship};
    Totals t = computeTotals(d);
    CHECK(t.lines[0].net == 135000);
    CHECK(t.lines[1].net == 3600);
    CHECK(t.lineNetSum == 138600);
    REQUIRE(t.adjustments.size() == 3);             // 5 % on each VAT group + the charge
    CHECK(t.allowanceSum == 6750 + 180);
    CHECK(t.chargeSum == 1250);
    CHECK(t.taxBasis == 138600 - 6930 + 1250);
    CHECK(t.vat[0].basis == 135000 - 6750 + 1250);
    CHECK(t.vat[0].vat == 25900);
    CHECK(t.vat[1].basis == 3420);
    CHECK(t.vat[1].vat == 188);                     // 34.20 × 5.5 % = 1.881
    CHECK(t.grandTotal == t.taxBasis + 25900 + 188);
}

TEST_CASE("the amount due deducts what was prepaid") {
    Document d;
    d.lines = {line("Chantier", 10000, 100000000)};
    d.prepaid = 360000;
    Totals t = computeTotals(d);
    CHECK(t.grandTotal == 1200000);
    CHECK(t.dueAmount == 840000);
}

TEST_CASE("an overflowing document is refused instead of wrapping around") {
    Document d;
    d.lines = {line("Trop", 900000000000000LL, 900000000000000LL)};
    CHECK_THROWS_AS(computeTotals(d), MoneyError);
}

// ---------------------------------------------------------------------------------------------
// Property test: an independent recomputation straight from the EN 16931 rules.
namespace {
// Round n/d (d > 0) half away from zero, written differently from core's divideRounded.
long long roundDiv(Wide n, Wide d) {
    Wide twice = 2 * n;
    Wide q = twice >= 0 ? (twice + d) / (2 * d) : -((-twice + d) / (2 * d));
    return static_cast<long long>(q);
}

struct Naive {
    long long lineSum = 0, allowances = 0, charges = 0, basis = 0, vat = 0, grand = 0, due = 0;
    std::vector<std::pair<std::string, long long>> groupVat;
};

Naive recompute(const Document& d) {
    Naive n;
    struct Group { std::string key; long long base = 0; long long lineBase = 0; };
    std::vector<Group> groups;
    auto groupOf = [&](VatCategory c, Decimal r) -> Group& {
        std::string key = std::string(categoryCode(c)) + "/" + (c == VatCategory::Standard ? r.toPlainString() : "0");
        for (auto& g : groups) if (g.key == key) return g;
        groups.push_back(Group{key});
        return groups.back();
    };
    auto rateOf = [](const std::string& key) {
        return key[0] == 'S' ? *parseDecimal(key.substr(2)) : Decimal{};
    };
    for (const auto& l : d.lines) {
        long long gross = roundDiv(static_cast<Wide>(l.quantity.scaled) * l.unitPrice.scaled, 1000000);
        long long allowance = l.discountKind == DiscountKind::Percent ? roundDiv(static_cast<Wide>(gross) * l.discountPercent.scaled, 1000000)
                            : l.discountKind == DiscountKind::Amount  ? l.discountAmount : 0;
        long long net = gross - allowance;
        n.lineSum += net;
        auto& g = groupOf(l.vatCategory, l.vatRate);
        g.base += net;
        g.lineBase += net;
    }
    std::vector<std::pair<std::string, long long>> lineBases;
    for (auto& g : groups) lineBases.push_back({g.key, g.lineBase});
    for (const auto& a : d.adjustments) {
        if (a.isPercent) {
            for (auto& [key, base] : lineBases) {
                if (base == 0) continue;
                long long amt = roundDiv(static_cast<Wide>(base) * a.percent.scaled, 1000000);
                for (auto& g : groups) if (g.key == key) g.base += a.isCharge ? amt : -amt;
                (a.isCharge ? n.charges : n.allowances) += amt;
            }
        } else {
            auto& g = groupOf(a.vatCategory, a.vatRate);
            g.base += a.isCharge ? a.amount : -a.amount;
            (a.isCharge ? n.charges : n.allowances) += a.amount;
        }
    }
    for (auto& g : groups) {
        long long v = roundDiv(static_cast<Wide>(g.base) * rateOf(g.key).scaled, 1000000);
        n.vat += v;
        n.groupVat.push_back({g.key, v});
    }
    n.basis = n.lineSum - n.allowances + n.charges;
    n.grand = n.basis + n.vat;
    n.due = n.grand - d.prepaid;
    return n;
}

Document randomDocument(std::mt19937_64& rng) {
    auto pick = [&](long long lo, long long hi) { return std::uniform_int_distribution<long long>(lo, hi)(rng); };
    const VatCategory cats[] = {VatCategory::Standard, VatCategory::Standard, VatCategory::Standard, VatCategory::ZeroRated,
                                VatCategory::Exempt, VatCategory::ReverseCharge, VatCategory::IntraEu, VatCategory::Export,
                                VatCategory::OutsideScope};
    const long long rates[] = {200000, 100000, 55000, 21000};
    Document d;
    int lines = static_cast<int>(pick(1, 25));
    for (int i = 0; i < lines; ++i) {
        Line l;
        l.description = "Ligne " + std::to_string(i);
        l.quantity = Decimal::fromScaled(pick(1, 2) == 1 ? pick(1, 100) * 10000 : pick(1, 10000000));
        l.unitPrice = Decimal::fromScaled(pick(0, 3) == 0 ? pick(1, 99999) : pick(1, 1000000000));
        l.vatCategory = cats[pick(0, 8)];
        l.vatRate = Decimal::fromScaled(l.vatCategory == VatCategory::Standard ? rates[pick(0, 3)] : 0);
        switch (pick(0, 4)) {
            case 0: l.discountKind = DiscountKind::Percent; l.discountPercent = Decimal::fromScaled(pick(1, 1000000)); break;
            case 1: {
                long long gross = computeLine(l, euro()).gross;
                if (gross > 0) { l.discountKind = DiscountKind::Amount; l.discountAmount = pick(0, gross); }
                break;
            }
            default: break;
        }
        d.lines.push_back(l);
    }
    int adjustments = static_cast<int>(pick(0, 3));
    for (int i = 0; i < adjustments; ++i) {
        Adjustment a;
        a.isCharge = pick(0, 1) == 1;
        a.isPercent = pick(0, 1) == 1;
        a.percent = Decimal::fromScaled(pick(1, 300000));
        a.amount = pick(1, 50000);
        a.vatCategory = VatCategory::Standard;
        a.vatRate = Decimal::fromScaled(rates[pick(0, 3)]);
        d.adjustments.push_back(a);
    }
    return d;
}
}  // namespace

TEST_CASE("10,000 generated documents: breakdowns add up and an independent recomputation agrees to the cent") {
    std::mt19937_64 rng(20261123);
    int checked = 0;
    for (int i = 0; i < 10000; ++i) {
        Document d = randomDocument(rng);
        Totals t = computeTotals(d);
        Naive n = recompute(d);
        d.prepaid = t.grandTotal > 0 ? t.grandTotal / 3 : 0;
        t = computeTotals(d);
        n = recompute(d);
        long long basisSum = 0, vatSum = 0, lineSum = 0;
        for (const auto& g : t.vat) { basisSum += g.basis; vatSum += g.vat; }
        for (const auto& l : t.lines) lineSum += l.net;
        REQUIRE(basisSum == t.taxBasis);
        REQUIRE(vatSum == t.vatTotal);
        REQUIRE(lineSum == t.lineNetSum);
        REQUIRE(t.grandTotal == t.taxBasis + t.vatTotal);
        REQUIRE(t.dueAmount == t.grandTotal - t.prepaid);
        REQUIRE(t.lineNetSum == n.lineSum);
        REQUIRE(t.allowanceSum == n.allowances);
        REQUIRE(t.chargeSum == n.charges);
        REQUIRE(t.taxBasis == n.basis);
        REQUIRE(t.vatTotal == n.vat);
        REQUIRE(t.grandTotal == n.grand);
        REQUIRE(t.dueAmount == n.due);
        REQUIRE(t.vat.size() == n.groupVat.size());
        ++checked;
    }
    CHECK(checked == 10000);
}
