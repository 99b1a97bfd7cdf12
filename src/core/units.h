// The units a line can be counted in (UN/ECE recommendation 20 codes, BT-130) and how a document
// names them in French and English, singular and plural. One list for the PDF, the screens' pickers
// (their translation keys "unit.<code>") and validation: a code outside it would print raw.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "core/money.h"

namespace facturier {

struct Unit {
    const char* code;                 // "H87"
    const char* fr;                   // "pièce"
    const char* frPlural;             // "pièces"
    const char* en;                   // "piece"
    const char* enPlural;             // "pieces"
};
std::span<const Unit> knownUnits();
const Unit* unitByCode(std::string_view code);
// The unit as printed after `quantity` in `language` ("fr" or "en"): French takes the plural from 2,
// English for anything but 1. An unknown code is returned as is (validation reports it before issue).
std::string unitLabel(std::string_view code, Decimal quantity, bool french);

}  // namespace facturier
