// Checks of the identifiers printed on invoices: SIREN/SIRET (Luhn), VAT numbers (French key and EU
// formats), IBAN (ISO 13616 mod 97), BIC (ISO 9362), ISO 3166 country codes, e-mail addresses.
#pragma once

#include <string>
#include <string_view>

namespace facturier {

// Removes blanks (spaces, no-break spaces, tabs) and dashes, upper-cases ASCII letters.
std::string compactIdentifier(std::string_view text);

bool luhnValid(std::string_view digits);
bool isValidSiren(std::string_view text);   // 9 digits, Luhn
bool isValidSiret(std::string_view text);   // 14 digits, Luhn (La Poste's SIRETs use their own rule)
// FR + 2-digit key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97.
bool isValidFrenchVat(std::string_view text);
std::string frenchVatFromSiren(std::string_view siren);
// Country prefix + that country's format (all EU member states and XI); FR also checks the key.
bool isValidEuVat(std::string_view text);
bool isValidIban(std::string_view text);
bool isValidBic(std::string_view text);
bool isCountryCode(std::string_view code);   // ISO 3166-1 alpha-2, assigned codes
bool isEuCountry(std::string_view code);
bool isValidEmail(std::string_view text);
// "FR76 3000 6000 0112 3456 7890 189": groups of 4 for printing.
std::string formatIban(std::string_view iban);

}  // namespace facturier
