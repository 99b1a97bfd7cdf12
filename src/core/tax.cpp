// VAT categories and their mandatory mentions (texts from FACTS.md, printed verbatim).
#include "core/tax.h"

namespace facturier {

std::string_view categoryCode(VatCategory c) {
    switch (c) {
        case VatCategory::Standard: return "S";
        case VatCategory::ZeroRated: return "Z";
        case VatCategory::Exempt: return "E";
        case VatCategory::ReverseCharge: return "AE";
        case VatCategory::IntraEu: return "K";
        case VatCategory::Export: return "G";
        case VatCategory::OutsideScope: return "O";
    }
    return "S";
}

std::optional<VatCategory> categoryFromCode(std::string_view code) {
    for (auto c : {VatCategory::Standard, VatCategory::ZeroRated, VatCategory::Exempt, VatCategory::ReverseCharge,
                   VatCategory::IntraEu, VatCategory::Export, VatCategory::OutsideScope})
        if (categoryCode(c) == code) return c;
    return std::nullopt;
}

bool categoryHasRate(VatCategory c) { return c == VatCategory::Standard; }

std::vector<Decimal> frenchVatRates() {
    return {Decimal::fromScaled(200000), Decimal::fromScaled(100000), Decimal::fromScaled(55000),
            Decimal::fromScaled(21000)};
}

bool isFrenchVatRate(Decimal rate) {
    for (auto r : frenchVatRates())
        if (r == rate) return true;
    return false;
}

std::optional<VatExemption> exemptionFor(VatCategory c, bool franchise) {
    switch (c) {
        case VatCategory::Standard:
        case VatCategory::ZeroRated:
            return std::nullopt;
        case VatCategory::Exempt:
            if (franchise)
                return VatExemption{"VATEX-FR-FRANCHISE", "TVA non applicable, art. 293 B du CGI",
                                    "VAT not applicable, art. 293 B of the French General Tax Code (CGI)"};
            return VatExemption{"VATEX-EU-132", "Exonération de TVA, article 261 du CGI",
                                "VAT exempt, article 261 of the French General Tax Code (CGI)"};
        case VatCategory::ReverseCharge:
            return VatExemption{"VATEX-EU-AE", "Autoliquidation",
                                "Reverse charge (Autoliquidation): VAT to be paid by the customer, art. 196 of Directive 2006/112/EC"};
        case VatCategory::IntraEu:
            return VatExemption{"VATEX-EU-IC", "Exonération de TVA, article 262 ter, I du CGI",
                                "Intra-Community supply exempt from VAT, article 262 ter, I of the CGI"};
        case VatCategory::Export:
            return VatExemption{"VATEX-EU-G", "Exonération de TVA, article 262 I du CGI",
                                "Export exempt from VAT, article 262 I of the CGI"};
        case VatCategory::OutsideScope:
            return VatExemption{"VATEX-EU-O", "Opération hors du champ d'application de la TVA",
                                "Not subject to VAT"};
    }
    return std::nullopt;
}

}  // namespace facturier
