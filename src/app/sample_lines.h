// A line written the way people read it ("12.5", "HUR", "85", "20"), for the sample workspaces.
#pragma once

#include <string>

#include "core/document.h"

namespace facturier::app {

inline Line sampleLine(const std::string& description, const char* quantity, const char* unit, const char* price,
                       const char* rate, VatCategory category = VatCategory::Standard) {
    Line l;
    l.description = description;
    l.quantity = *parseDecimal(quantity);
    l.unitCode = unit;
    l.unitPrice = *parseDecimal(price);
    l.vatCategory = category;
    l.vatRate = *parseDecimal(rate);
    return l;
}

}  // namespace facturier::app
