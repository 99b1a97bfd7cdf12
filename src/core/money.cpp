// Money, fixed decimals, named roundings, and locale parsing/formatting of amounts.
#include "core/money.h"

#include <algorithm>
#include <iterator>
#include <cctype>
#include <limits>

namespace facturier {

// [SECTION] Rounding
std::int64_t narrow(Wide v) {
    if (v > std::numeric_limits<std::int64_t>::max() || v < std::numeric_limits<std::int64_t>::min())
        throw MoneyError("amount overflow");
    return static_cast<std::int64_t>(v);
}

std::int64_t divideRounded(Wide num, Wide den, Rounding mode) {
    if (den <= 0) throw MoneyError("division by a non-positive number");
    bool negative = num < 0;
    Wide a = negative ? -num : num;
    Wide q = a / den, r = a % den;
    switch (mode) {
        case Rounding::HalfAwayFromZero:
            if (2 * r >= den) ++q;
            break;
        case Rounding::HalfEven:
            if (2 * r > den || (2 * r == den && (q % 2) == 1)) ++q;
            break;
        case Rounding::TowardZero:
            break;
    }
    return narrow(negative ? -q : q);
}

std::int64_t checkedAdd(std::int64_t a, std::int64_t b) {
    std::int64_t r;
    if (__builtin_add_overflow(a, b, &r)) throw MoneyError("amount overflow");
    return r;
}
std::int64_t checkedSub(std::int64_t a, std::int64_t b) {
    std::int64_t r;
    if (__builtin_sub_overflow(a, b, &r)) throw MoneyError("amount overflow");
    return r;
}

std::int64_t percentOf(std::int64_t minor, Decimal percent, Rounding mode) {
    return divideRounded(static_cast<Wide>(minor) * percent.scaled, 100 * Decimal::kScale, mode);
}
std::int64_t percentOf(std::int64_t minor, Decimal percent, Rounding mode, std::int64_t step) {
    return narrow(static_cast<Wide>(divideRounded(static_cast<Wide>(minor) * percent.scaled, static_cast<Wide>(100) * Decimal::kScale * step, mode)) * step);
}

// [SECTION] Currency
namespace {
// ISO 4217 (list one, currencies in circulation, 2025 edition) with their minor units: 0 (JPY, KRW, XOF…),
// 2, or 3 (the dinars of Bahrain, Iraq, Jordan, Kuwait, Libya, Tunisia and Oman's rial). Funds codes and
// metals (XAU, XDR…) have no minor unit and are not invoicing currencies. The symbol is the code where
// the code is what people read; the twelve first are shown in the pickers' first rows.
const Currency kCurrencies[] = {
    {"EUR", 2, "€"}, {"CHF", 2, "CHF"}, {"GBP", 2, "£"}, {"USD", 2, "$"}, {"SEK", 2, "kr"},
    {"DKK", 2, "kr."}, {"NOK", 2, "kr"}, {"PLN", 2, "zł"}, {"CZK", 2, "Kč"}, {"HUF", 2, "Ft"},
    {"RON", 2, "lei"}, {"JPY", 0, "¥"}, {"AED", 2, "AED"}, {"AFN", 2, "AFN"}, {"ALL", 2, "ALL"},
    {"AMD", 2, "AMD"}, {"ANG", 2, "ANG"}, {"AOA", 2, "AOA"}, {"ARS", 2, "ARS"}, {"AUD", 2, "AUD"},
    {"AWG", 2, "AWG"}, {"AZN", 2, "AZN"}, {"BAM", 2, "BAM"}, {"BBD", 2, "BBD"}, {"BDT", 2, "BDT"},
    {"BGN", 2, "BGN"}, {"BHD", 3, "BHD"}, {"BIF", 0, "BIF"}, {"BMD", 2, "BMD"}, {"BND", 2, "BND"},
    {"BOB", 2, "BOB"}, {"BRL", 2, "BRL"}, {"BSD", 2, "BSD"}, {"BTN", 2, "BTN"}, {"BWP", 2, "BWP"},
    {"BYN", 2, "BYN"}, {"BZD", 2, "BZD"}, {"CAD", 2, "CAD"}, {"CDF", 2, "CDF"}, {"CLP", 0, "CLP"},
    {"CNY", 2, "CNY"}, {"COP", 2, "COP"}, {"CRC", 2, "CRC"}, {"CUP", 2, "CUP"}, {"CVE", 2, "CVE"},
    {"DJF", 0, "DJF"}, {"DOP", 2, "DOP"}, {"DZD", 2, "DZD"}, {"EGP", 2, "EGP"}, {"ERN", 2, "ERN"},
    {"ETB", 2, "ETB"}, {"FJD", 2, "FJD"}, {"FKP", 2, "FKP"}, {"GEL", 2, "GEL"}, {"GHS", 2, "GHS"},
    {"GIP", 2, "GIP"}, {"GMD", 2, "GMD"}, {"GNF", 0, "GNF"}, {"GTQ", 2, "GTQ"}, {"GYD", 2, "GYD"},
    {"HKD", 2, "HKD"}, {"HNL", 2, "HNL"}, {"HTG", 2, "HTG"}, {"IDR", 2, "IDR"}, {"ILS", 2, "ILS"},
    {"INR", 2, "INR"}, {"IQD", 3, "IQD"}, {"IRR", 2, "IRR"}, {"ISK", 0, "ISK"}, {"JMD", 2, "JMD"},
    {"JOD", 3, "JOD"}, {"KES", 2, "KES"}, {"KGS", 2, "KGS"}, {"KHR", 2, "KHR"}, {"KMF", 0, "KMF"},
    {"KPW", 2, "KPW"}, {"KRW", 0, "KRW"}, {"KWD", 3, "KWD"}, {"KYD", 2, "KYD"}, {"KZT", 2, "KZT"},
    {"LAK", 2, "LAK"}, {"LBP", 2, "LBP"}, {"LKR", 2, "LKR"}, {"LRD", 2, "LRD"}, {"LSL", 2, "LSL"},
    {"LYD", 3, "LYD"}, {"MAD", 2, "MAD"}, {"MDL", 2, "MDL"}, {"MGA", 2, "MGA"}, {"MKD", 2, "MKD"},
    {"MMK", 2, "MMK"}, {"MNT", 2, "MNT"}, {"MOP", 2, "MOP"}, {"MRU", 2, "MRU"}, {"MUR", 2, "MUR"},
    {"MVR", 2, "MVR"}, {"MWK", 2, "MWK"}, {"MXN", 2, "MXN"}, {"MYR", 2, "MYR"}, {"MZN", 2, "MZN"},
    {"NAD", 2, "NAD"}, {"NGN", 2, "NGN"}, {"NIO", 2, "NIO"}, {"NPR", 2, "NPR"}, {"NZD", 2, "NZD"},
    {"OMR", 3, "OMR"}, {"PAB", 2, "PAB"}, {"PEN", 2, "PEN"}, {"PGK", 2, "PGK"}, {"PHP", 2, "PHP"},
    {"PKR", 2, "PKR"}, {"PYG", 0, "PYG"}, {"QAR", 2, "QAR"}, {"RSD", 2, "RSD"}, {"RUB", 2, "RUB"},
    {"RWF", 0, "RWF"}, {"SAR", 2, "SAR"}, {"SBD", 2, "SBD"}, {"SCR", 2, "SCR"}, {"SDG", 2, "SDG"},
    {"SGD", 2, "SGD"}, {"SHP", 2, "SHP"}, {"SLE", 2, "SLE"}, {"SOS", 2, "SOS"}, {"SRD", 2, "SRD"},
    {"SSP", 2, "SSP"}, {"STN", 2, "STN"}, {"SVC", 2, "SVC"}, {"SYP", 2, "SYP"}, {"SZL", 2, "SZL"},
    {"THB", 2, "THB"}, {"TJS", 2, "TJS"}, {"TMT", 2, "TMT"}, {"TND", 3, "TND"}, {"TOP", 2, "TOP"},
    {"TRY", 2, "TRY"}, {"TTD", 2, "TTD"}, {"TWD", 2, "TWD"}, {"TZS", 2, "TZS"}, {"UAH", 2, "UAH"},
    {"UGX", 0, "UGX"}, {"UYU", 2, "UYU"}, {"UZS", 2, "UZS"}, {"VED", 2, "VED"}, {"VES", 2, "VES"},
    {"VND", 0, "VND"}, {"VUV", 0, "VUV"}, {"WST", 2, "WST"}, {"XAF", 0, "XAF"}, {"XCD", 2, "XCD"},
    {"XCG", 2, "XCG"}, {"XOF", 0, "XOF"}, {"XPF", 0, "XPF"}, {"YER", 2, "YER"}, {"ZAR", 2, "ZAR"},
    {"ZMW", 2, "ZMW"}, {"ZWG", 2, "ZWG"},
};
}  // namespace

std::span<const Currency> knownCurrencies() { return kCurrencies; }

std::optional<Currency> currencyByCode(std::string_view code) {
    for (const auto& c : kCurrencies)
        if (c.code == code) return c;
    return std::nullopt;
}
Currency euro() { return kCurrencies[0]; }

int amountDigits(const Currency& c) { return std::min(c.minorDigits, 2); }
std::int64_t amountStep(const Currency& c) {
    std::int64_t step = 1;
    for (int i = amountDigits(c); i < c.minorDigits; ++i) step *= 10;
    return step;
}


// [SECTION] Decimal and Money
Decimal Decimal::fromInt(std::int64_t v) { return Decimal{narrow(static_cast<Wide>(v) * kScale)}; }

namespace {
std::string digitsWithPoint(std::int64_t scaledValue, int scaleDigits, int minDecimals, char point) {
    bool negative = scaledValue < 0;
    unsigned long long a = negative ? 0ULL - static_cast<unsigned long long>(scaledValue)
                                    : static_cast<unsigned long long>(scaledValue);
    unsigned long long pow10 = 1;
    for (int i = 0; i < scaleDigits; ++i) pow10 *= 10;
    std::string intPart = std::to_string(a / pow10);
    // The fraction has exactly scaleDigits digits (none for a currency without minor units: JPY, KRW).
    std::string frac = scaleDigits > 0 ? std::to_string(a % pow10) : std::string();
    if (frac.size() < static_cast<size_t>(scaleDigits)) frac.insert(0, static_cast<size_t>(scaleDigits) - frac.size(), '0');
    while (static_cast<int>(frac.size()) > minDecimals && !frac.empty() && frac.back() == '0') frac.pop_back();
    std::string out = negative ? "-" : "";
    out += intPart;
    if (!frac.empty()) out += point + frac;
    return out;
}
}  // namespace

std::string Decimal::toPlainString(int minDecimals) const { return digitsWithPoint(scaled, 4, minDecimals, '.'); }

Money Money::operator+(const Money& o) const {
    if (!(currency == o.currency)) throw MoneyError("cannot add " + currency.code + " and " + o.currency.code);
    return Money{checkedAdd(minor, o.minor), currency};
}
Money Money::operator-(const Money& o) const {
    if (!(currency == o.currency)) throw MoneyError("cannot subtract " + o.currency.code + " from " + currency.code);
    return Money{checkedSub(minor, o.minor), currency};
}
Money Money::operator-() const { return Money{checkedSub(0, minor), currency}; }

std::string Money::toPlainString() const {
    return digitsWithPoint(minor, currency.minorDigits, currency.minorDigits, '.');
}
std::string Money::toAmountString() const {
    std::int64_t step = amountStep(currency);
    std::int64_t hundredths = divideRounded(minor, step, Rounding::HalfAwayFromZero);
    return digitsWithPoint(hundredths, amountDigits(currency), amountDigits(currency), '.');
}

// [SECTION] Parsing
std::optional<Decimal> parseDecimal(std::string_view text) {
    // Keep digits, separators and a sign; drop blanks (incl. UTF-8 no-break spaces), %, currency signs.
    std::string s;
    bool negative = false, seenDigit = false;
    for (size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (std::isdigit(c)) { s += static_cast<char>(c); seenDigit = true; }
        else if (c == '.' || c == ',') s += static_cast<char>(c);
        else if (c == '-' && !seenDigit && !negative) negative = true;
        else if (c == '+' && !seenDigit) {}
        else if (c == ' ' || c == '\t' || c == '%' || c == '\'' || c == '$') {}
        else if (c == 0xC2 && i + 1 < text.size() && (unsigned char)text[i + 1] == 0xA0) ++i;   // U+00A0
        else if (c == 0xC2 && i + 1 < text.size() && (unsigned char)text[i + 1] == 0xA3) ++i;   // £
        else if (c == 0xE2 && i + 2 < text.size() && (unsigned char)text[i + 1] == 0x80 &&
                 (unsigned char)text[i + 2] == 0xAF) i += 2;                                     // U+202F
        else if (c == 0xE2 && i + 2 < text.size() && (unsigned char)text[i + 1] == 0x82 &&
                 (unsigned char)text[i + 2] == 0xAC) i += 2;                                     // €
        else return std::nullopt;
    }
    if (!seenDigit) return std::nullopt;
    // Rules: with both '.' and ',' present, the one that comes last is the decimal mark and appears
    // once, the other groups thousands by 3. With one kind only: once = decimal mark ("1,5", "1.234"
    // = 1.234), several times = thousands grouping ("1.234.567").
    std::string intDigits, fracDigits;
    size_t dots = static_cast<size_t>(std::count(s.begin(), s.end(), '.'));
    size_t commas = static_cast<size_t>(std::count(s.begin(), s.end(), ','));
    char mark = 0, group = 0;
    if (dots && commas) { mark = s[s.find_last_of(".,")]; group = mark == '.' ? ',' : '.'; }
    else if (dots == 1 || commas == 1) mark = dots ? '.' : ',';
    else if (dots > 1 || commas > 1) group = dots ? '.' : ',';
    size_t markPos = mark ? s.rfind(mark) : std::string::npos;
    if (mark && s.find(mark) != markPos) return std::nullopt;  // two decimal marks
    std::string head = s.substr(0, markPos);
    if (group) {
        size_t first = head.find(group);
        if (first == 0) return std::nullopt;
        for (size_t p = first; p != std::string::npos; p = head.find(group, p + 1)) {
            size_t next = head.find(group, p + 1);
            if ((next == std::string::npos ? head.size() : next) - p - 1 != 3) return std::nullopt;
        }
    }
    for (char c : head) if (c != group) intDigits += c;
    if (mark) {
        fracDigits = s.substr(markPos + 1);
        if (fracDigits.empty() || fracDigits.size() > 4) return std::nullopt;
    }
    if (intDigits.empty()) intDigits.assign(1, '0');
    if (intDigits.size() > 14) return std::nullopt;
    fracDigits.resize(4, '0');
    std::int64_t v = std::stoll(intDigits) * Decimal::kScale + std::stoll(fracDigits);
    return Decimal{negative ? -v : v};
}

std::optional<Money> parseMoney(std::string_view text, const Currency& currency) {
    auto d = parseDecimal(text);
    if (!d) return std::nullopt;
    // A currency without minor units has no decimal mark: "7,380" or "7.380" yen is 7380 (grouping), i.e.
    // the single separator followed by exactly three digits read as 7.380 is a thousand times too small.
    if (currency.minorDigits == 0 && d->scaled % Decimal::kScale != 0) {
        std::size_t marks = static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return c == '.' || c == ','; }));
        std::size_t after = 0;
        for (std::size_t i = text.find_last_of(".,") + 1; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) ++after;
        if (marks == 1 && after == 3) d = Decimal{d->scaled * 1000};
    }
    std::int64_t factor = Decimal::kScale;
    for (int i = 0; i < currency.minorDigits; ++i) factor /= 10;
    if (d->scaled % factor != 0) return std::nullopt;  // more decimals than the currency has
    return Money{d->scaled / factor, currency};
}

// [SECTION] Formatting
namespace {
const char* kNarrowNbsp = "\xE2\x80\xAF";  // U+202F, French thousands separator
const char* kNbsp = "\xC2\xA0";            // U+00A0, before the € sign in French

std::string grouped(std::string plain, Locale locale) {
    // plain is "-1234.56" style; regroup and swap the decimal mark.
    bool negative = !plain.empty() && plain[0] == '-';
    if (negative) plain.erase(0, 1);
    size_t dot = plain.find('.');
    std::string intPart = plain.substr(0, dot);
    std::string frac = dot == std::string::npos ? "" : plain.substr(dot + 1);
    std::string out;
    const std::string sep = locale == Locale::Fr ? kNarrowNbsp : ",";
    for (size_t i = 0; i < intPart.size(); ++i) {
        if (i > 0 && (intPart.size() - i) % 3 == 0) out += sep;
        out += intPart[i];
    }
    if (!frac.empty()) out += (locale == Locale::Fr ? "," : ".") + frac;
    return negative ? "-" + out : out;
}
}  // namespace

std::string formatAmount(const Money& m, Locale locale) { return grouped(m.toPlainString(), locale); }

std::string formatMoney(const Money& m, Locale locale) {
    std::string amount = formatAmount(m, locale);
    if (locale == Locale::Fr) return amount + kNbsp + m.currency.symbol;
    bool negative = !amount.empty() && amount[0] == '-';
    if (negative) amount.erase(0, 1);
    std::string sym = m.currency.symbol.size() > 2 && m.currency.symbol[0] != '\xE2' && m.currency.symbol[0] != '\xC2'
                          ? m.currency.symbol + kNbsp : m.currency.symbol;
    return (negative ? "-" : "") + sym + amount;
}

std::string formatDecimal(Decimal d, Locale locale, int minDecimals) {
    return grouped(d.toPlainString(minDecimals), locale);
}

std::string formatPercent(Decimal d, Locale locale) {
    return locale == Locale::Fr ? formatDecimal(d, locale) + kNbsp + "%" : formatDecimal(d, locale) + "%";
}

}  // namespace facturier
