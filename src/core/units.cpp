// Unit names per language.
#include "core/units.h"

#include <array>

namespace facturier {

namespace {
// Abbreviations that take no plural (h, kg, m²…) are the same in both numbers.
const std::array<Unit, 24> kUnits{{
    {"C62", "unité", "unités", "unit", "units"},
    {"H87", "pièce", "pièces", "piece", "pieces"},
    {"EA", "unité", "unités", "each", "each"},
    {"LS", "forfait", "forfaits", "lump sum", "lump sums"},
    {"E48", "prestation", "prestations", "service", "services"},
    {"SET", "lot", "lots", "set", "sets"},
    {"PR", "paire", "paires", "pair", "pairs"},
    {"XPK", "colis", "colis", "package", "packages"},
    {"MIN", "min", "min", "min", "min"},
    {"HUR", "h", "h", "h", "h"},
    {"DAY", "jour", "jours", "day", "days"},
    {"WEE", "semaine", "semaines", "week", "weeks"},
    {"MON", "mois", "mois", "month", "months"},
    {"ANN", "an", "ans", "year", "years"},
    {"GRM", "g", "g", "g", "g"},
    {"KGM", "kg", "kg", "kg", "kg"},
    {"TNE", "t", "t", "t", "t"},
    {"MTR", "m", "m", "m", "m"},
    {"KMT", "km", "km", "km", "km"},
    {"MTK", "m²", "m²", "m²", "m²"},
    {"MTQ", "m³", "m³", "m³", "m³"},
    {"LTR", "l", "l", "l", "l"},
    {"KWH", "kWh", "kWh", "kWh", "kWh"},
    {"P1", "%", "%", "%", "%"},
}};
}  // namespace

std::span<const Unit> knownUnits() { return kUnits; }

const Unit* unitByCode(std::string_view code) {
    for (const auto& u : kUnits)
        if (code == u.code) return &u;
    return nullptr;
}

std::string unitLabel(std::string_view code, Decimal quantity, bool french) {
    const Unit* u = unitByCode(code);
    if (!u) return std::string(code);
    Decimal magnitude = Decimal::fromScaled(quantity.scaled < 0 ? -quantity.scaled : quantity.scaled);
    bool plural = french ? magnitude.scaled >= 2 * Decimal::kScale : magnitude.scaled != Decimal::kScale;
    return french ? (plural ? u->frPlural : u->fr) : (plural ? u->enPlural : u->en);
}

}  // namespace facturier
