// VAT: EN 16931 categories (BT-151), the seller's regime, French rates and the mandatory mention
// each exemption requires, in French and English (CGI art. 242 nonies A; FACTS.md).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/money.h"

namespace facturier {

enum class VatCategory {
    Standard,       // S: standard or reduced rate
    ZeroRated,      // Z
    Exempt,         // E: exempt, with a reason (e.g. art. 293 B franchise, art. 261 CGI)
    ReverseCharge,  // AE: autoliquidation (services to an EU business, sub-contracting…)
    IntraEu,        // K: intra-EU supply of goods (art. 262 ter I CGI)
    Export,         // G: export outside the EU (art. 262 I CGI)
    OutsideScope,   // O: not subject to VAT
};

// The seller's VAT situation, which sets the default category of new lines.
enum class VatRegime {
    Registered,  // assujetti: FR rates 20, 10, 5.5, 2.1
    Franchise,   // franchise en base, art. 293 B du CGI: no VAT, mention required
};

std::string_view categoryCode(VatCategory c);                    // "S", "AE", …
std::optional<VatCategory> categoryFromCode(std::string_view code);
bool categoryHasRate(VatCategory c);                              // only S carries a non-zero rate

// French VAT rates a registered seller may use.
std::vector<Decimal> frenchVatRates();  // 20, 10, 5.5, 2.1
bool isFrenchVatRate(Decimal rate);

// Exemption reason (BT-120) and its code (BT-121, VATEX list) printed for a non-S category.
struct VatExemption {
    std::string code;       // "VATEX-FR-FRANCHISE", "VATEX-EU-AE", …
    std::string textFr;     // printed verbatim on a French invoice
    std::string textEn;
};
// The mention of a category; for E, `franchise` picks art. 293 B over a generic exemption.
std::optional<VatExemption> exemptionFor(VatCategory c, bool franchise);

}  // namespace facturier
