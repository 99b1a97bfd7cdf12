// The lists people pick from in several views: units (UN/ECE rec. 20) and VAT treatments.
#pragma once

#include <cstdint>
#include <iterator>

#include "core/document.h"

namespace facturier::ui {

// The units offered in the pickers (every one is in core's knownUnits(), with a name on the PDF).
inline const char* const kUnitCodes[] = {"C62", "H87", "LS", "E48", "HUR", "DAY", "WEE", "MON", "ANN", "MIN",
                                         "KGM", "MTR", "MTK", "LTR", "SET", "PR"};

struct VatChoice {
    const char* key;  // translation key
    VatCategory category;
    std::int64_t rate;  // Decimal scaled
};
inline const VatChoice kVatChoices[] = {
    {"vat.s20", VatCategory::Standard, 200000}, {"vat.s10", VatCategory::Standard, 100000},
    {"vat.s55", VatCategory::Standard, 55000},  {"vat.s21", VatCategory::Standard, 21000},
    {"vat.e", VatCategory::Exempt, 0},          {"vat.ae", VatCategory::ReverseCharge, 0},
    {"vat.k", VatCategory::IntraEu, 0},         {"vat.g", VatCategory::Export, 0},
    {"vat.o", VatCategory::OutsideScope, 0},    {"vat.z", VatCategory::ZeroRated, 0},
};

// Index in kVatChoices of a category and rate, or -1.
inline int vatChoiceIndex(VatCategory category, Decimal rate) {
    for (int i = 0; i < static_cast<int>(std::size(kVatChoices)); ++i)
        if (kVatChoices[i].category == category && (!categoryHasRate(category) || kVatChoices[i].rate == rate.scaled)) return i;
    return -1;
}

}  // namespace facturier::ui
