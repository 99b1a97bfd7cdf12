// The electronic invoicing address field (BT-34 for the seller, BT-49 for a client): an EAS scheme and
// the identifier, with the address Facturier derives when it is left empty shown as the hint.
#pragma once

#include "core/document.h"
#include "ui/i18n.h"

namespace facturier::ui {

// Draws the scheme picker and the identifier; `derived` is what is used when `address` is empty.
// True when `address` changed.
bool electronicAddressField(const char* id, ElectronicAddress& address, const ElectronicAddress& derived,
                            const Translator& tr, float width);

}  // namespace facturier::ui
