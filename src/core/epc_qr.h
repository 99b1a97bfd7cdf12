// The EPC069-12 "SEPA Credit Transfer" QR payload (GiroCode), version 002, UTF-8: what banking apps
// read to prefill a transfer to the seller for the amount due, with the invoice number as reference.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/money.h"

namespace facturier {

struct EpcTransfer {
    std::string beneficiaryName;  // at most 70 characters
    std::string iban;
    std::string bic;              // optional in version 002
    Money amount;                 // EUR only, 0.01 to 999 999 999.99
    std::string remittanceText;   // at most 140 characters (the invoice number)
};

// The payload, or nullopt when the transfer cannot be expressed (not EUR, invalid IBAN, amount out of
// range, empty name).
std::optional<std::string> epcPayload(const EpcTransfer& t);

}  // namespace facturier
