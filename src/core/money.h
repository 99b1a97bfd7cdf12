// Money and fixed decimals. Every amount is an int64 count of minor units of one ISO 4217 currency;
// quantities, unit prices and rates are fixed decimals with 4 places. No double anywhere.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <span>
#include <string>
#include <string_view>

namespace facturier {

// 128-bit intermediate for products of amounts and rates (GCC and clang, native and wasm).
__extension__ typedef __int128 Wide;

// Thrown when an amount would not fit in 64 bits, or two currencies are mixed.
struct MoneyError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// [SECTION] Rounding
// Every rounding in Facturier names its mode. EN 16931 amounts use HalfAwayFromZero.
enum class Rounding { HalfAwayFromZero, HalfEven, TowardZero };

// Divides num by den (den > 0) with the named rounding.
std::int64_t divideRounded(Wide num, Wide den, Rounding mode);

// [SECTION] Currency
struct Currency {
    std::string code;       // ISO 4217, e.g. "EUR"
    int minorDigits = 2;    // 2 for EUR/CHF/GBP/USD
    std::string symbol;     // "€", "CHF", "£", "$"
    bool operator==(const Currency& o) const { return code == o.code; }
};

// Known currencies; nullopt for an unknown code.
std::optional<Currency> currencyByCode(std::string_view code);
// Every known currency (what a document may be in).
std::span<const Currency> knownCurrencies();
Currency euro();

// [SECTION] Decimal (4 fixed places)
// A non-integral quantity, unit price or percentage, stored as value × 10^4.
struct Decimal {
    static constexpr std::int64_t kScale = 10000;
    std::int64_t scaled = 0;

    static Decimal fromInt(std::int64_t v);
    static Decimal fromScaled(std::int64_t s) { return Decimal{s}; }
    bool isZero() const { return scaled == 0; }
    bool operator==(const Decimal& o) const { return scaled == o.scaled; }
    bool operator!=(const Decimal& o) const { return scaled != o.scaled; }
    bool operator<(const Decimal& o) const { return scaled < o.scaled; }
    // Plain "1234.5" form with the fewest decimals (at least minDecimals), '.' separator.
    std::string toPlainString(int minDecimals = 0) const;
};

// [SECTION] Money
struct Money {
    std::int64_t minor = 0;  // count of minor units (cents)
    Currency currency = euro();

    static Money of(std::int64_t minor, const Currency& c) { return Money{minor, c}; }
    Money operator+(const Money& o) const;
    Money operator-(const Money& o) const;
    Money operator-() const;
    Money& operator+=(const Money& o) { return *this = *this + o; }
    Money& operator-=(const Money& o) { return *this = *this - o; }
    bool operator==(const Money& o) const { return minor == o.minor && currency == o.currency; }
    bool operator!=(const Money& o) const { return !(*this == o); }
    bool isZero() const { return minor == 0; }
    // Plain "1234.50" form with the currency's minor digits, '.' separator (XML, CSV).
    std::string toPlainString() const;
};

// Checked arithmetic on minor units.
std::int64_t checkedAdd(std::int64_t a, std::int64_t b);
std::int64_t checkedSub(std::int64_t a, std::int64_t b);
std::int64_t narrow(Wide v);

// amount × percent (Decimal, e.g. 20.0000) / 100, rounded to minor units with `mode`.
std::int64_t percentOf(std::int64_t minor, Decimal percent, Rounding mode);

// [SECTION] Parsing and formatting what people type and read
enum class Locale { Fr, En };

// Accepts "1 234,5", "1234.50", "1,234.50", "1.234,50", "-12", "12,5 %", "€ 12", "12 €".
// The last '.' or ',' followed by 1..4 digits (and no other separator after it) is the decimal mark;
// returns nullopt for anything else (letters, several decimal marks, more than 4 decimals).
std::optional<Decimal> parseDecimal(std::string_view text);
// Same, for an amount with at most the currency's minor digits.
std::optional<Money> parseMoney(std::string_view text, const Currency& currency);

// fr: "1 234,56 €" (narrow no-break space U+202F as group separator, no-break space before €)
// en: "€1,234.56"
std::string formatMoney(const Money& m, Locale locale);
// Amount without the currency sign, grouped per locale: "1 234,56" / "1,234.56".
std::string formatAmount(const Money& m, Locale locale);
// A decimal per locale with between minDecimals and 4 decimals: "2,5" / "2.5".
std::string formatDecimal(Decimal d, Locale locale, int minDecimals = 0);
// A percentage: "5,5 %" / "5.5%".
std::string formatPercent(Decimal d, Locale locale);

}  // namespace facturier
