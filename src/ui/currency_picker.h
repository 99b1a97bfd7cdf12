// The currency picker: every ISO 4217 currency core knows, filtered as the user types a code; a typed
// code that is not a currency is said so, and never stored.
#pragma once

#include <string>

#include "ui/i18n.h"

namespace facturier::ui {

class CurrencyPicker {
public:
    // Shows `code` and lets the user pick another; true when `code` changed (always to a known code).
    bool draw(const char* id, std::string& code, const Translator& tr, float width);

private:
    char filter_[16] = "";
};

}  // namespace facturier::ui
