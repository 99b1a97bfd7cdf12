// The exchange rate of a draft not in euros (rate per euro, date, source), with the VAT in euros it
// gives: CGI ann. II art. 242 nonies A asks for the VAT in euros, BR-FR-CO-12 for BT-6 and BT-111.
#pragma once

#include <optional>

#include "core/document.h"
#include "ui/i18n.h"

namespace facturier::ui {

// Shows nothing for a euro document (and clears `rate`); true when `rate` changed.
bool exchangeRateFields(std::optional<ExchangeRate>& rate, const Document& draft, std::int64_t vatTotal,
                        const Translator& tr);

}  // namespace facturier::ui
