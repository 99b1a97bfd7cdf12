// EPC069-12 payload.
#include "core/epc_qr.h"

#include "core/identifiers.h"
#include "core/text.h"

namespace facturier {

namespace {
// Cuts UTF-8 text to at most `max` characters without splitting one, and drops line breaks.
std::string clip(const std::string& s, std::size_t max) { return truncateCodePoints(normalizeText(s, false), max); }
}  // namespace

std::optional<std::string> epcPayload(const EpcTransfer& t) {
    if (t.amount.currency.code != "EUR") return std::nullopt;
    if (t.amount.minor < 1 || t.amount.minor > 99999999999) return std::nullopt;
    if (!isValidIban(t.iban) || t.beneficiaryName.empty()) return std::nullopt;
    if (!t.bic.empty() && !isValidBic(t.bic)) return std::nullopt;
    std::string p = "BCD\n002\n1\nSCT\n";
    p += compactIdentifier(t.bic) + "\n";
    p += clip(t.beneficiaryName, 70) + "\n";
    p += compactIdentifier(t.iban) + "\n";
    p += "EUR" + t.amount.toPlainString() + "\n";
    p += "\n";   // purpose code: none
    p += "\n";   // structured reference: none (the unstructured text carries the invoice number)
    p += clip(t.remittanceText, 140);
    return p;
}

}  // namespace facturier
