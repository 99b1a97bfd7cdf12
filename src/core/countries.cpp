// Country name lookup in the generated table.
#include "core/countries.h"

#include <algorithm>

namespace facturier {

std::string countryName(std::string_view code, bool french) {
    auto table = countryNameTable();
    auto it = std::lower_bound(table.begin(), table.end(), code, [](const CountryNameEntry& e, std::string_view c) { return std::string_view(e.code) < c; });
    if (it == table.end() || std::string_view(it->code) != code) return std::string(code);
    return french ? it->fr : it->en;
}

}  // namespace facturier
