// Money and fixed decimals. Every amount is an int64 count of minor units of one ISO 4217 currency;
// quantities, unit prices and rates are fixed decimals with 4 places. No double anywhere.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <span>
#include <string>
#include <string_view>
#include <vector>

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
    int minorDigits = 2;    // ISO 4217 minor units: 0 (JPY, KRW), 2 (EUR, CHF, GBP, USD), 3 (KWD, TND)
    std::string symbol;     // "€", "CHF", "£", "$"
    bool operator==(const Currency& o) const { return code == o.code; }
};

// EN 16931 amounts have at most 2 decimals (BR-DEC-01…BR-DEC-27): a document in a currency with 3 minor
// digits (KWD, TND…) computes its amounts in hundredths. amountDigits() is min(minorDigits, 2) and
// amountStep() the number of minor units in one such hundredth (10 for KWD, 1 otherwise): every
// document amount is a multiple of it.
int amountDigits(const Currency& c);
std::int64_t amountStep(const Currency& c);

// Known currencies (ISO 4217 list one, with minor units); nullopt for an unknown code.
std::optional<Currency> currencyByCode(std::string_view code);
Currency euro();
// Every known currency (what a document may be in): EUR first, then the European ones, then by code.
std::span<const Currency> knownCurrencies();

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
    // Plain "1234.50" form with the currency's minor digits, '.' separator (CSV).
    std::string toPlainString() const;
    // Plain form with the EN 16931 amount precision (amountDigits): "37.04" for 37.040 KWD (XML).
    // Exact for document amounts, which are multiples of amountStep(); others are rounded half away from zero.
    std::string toAmountString() const;
};

// Checked arithmetic on minor units.
std::int64_t checkedAdd(std::int64_t a, std::int64_t b);
std::int64_t checkedSub(std::int64_t a, std::int64_t b);
std::int64_t narrow(Wide v);

// amount × percent (Decimal, e.g. 20.0000) / 100, rounded to minor units with `mode`.
std::int64_t percentOf(std::int64_t minor, Decimal percent, Rounding mode);
// The same, rounded to a multiple of `step` minor units (amountStep of the document's currency).
std::int64_t percentOf(std::int64_t minor, Decimal percent, Rounding mode, std::int64_t step);

// [SECTION] Parsing and formatting what people type and read
enum class Locale { Fr, En };

// Accepts "1 234,5", "1234.50", "1,234.50", "1.234,50", "-12", "12,5 %", "€ 12", "12 €".
// The last '.' or ',' followed by 1..4 digits (and no other separator after it) is the decimal mark;
// returns nullopt for anything else (letters, several decimal marks, more than 4 decimals).
std::optional<Decimal> parseDecimal(std::string_view text);
// Same, for an amount with at most the currency's minor digits. For a currency without minor units
// (JPY, KRW), a single '.' or ',' followed by three digits groups thousands: "7,380" is 7380.
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
