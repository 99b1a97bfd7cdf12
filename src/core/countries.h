// Country names in French and English for ISO 3166-1 alpha-2 codes, generated at build time from
// Debian's iso-codes (tools/country_names.py): a document prints "Allemagne" / "Germany", never "DE".
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace facturier {

struct CountryNameEntry {
    const char* code;  // "DE"
    const char* en;    // "Germany"
    const char* fr;    // "Allemagne"
};
std::span<const CountryNameEntry> countryNameTable();  // sorted by code (generated)
// The country's name in French or English; the code itself when it is not a known country.
std::string countryName(std::string_view code, bool french);

}  // namespace facturier
