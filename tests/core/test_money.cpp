#include <doctest.h>

#include "core/money.h"

using namespace facturier;

TEST_CASE("roundings are named and half away from zero rounds both signs away from zero") {
    CHECK(divideRounded(5, 10, Rounding::HalfAwayFromZero) == 1);
    CHECK(divideRounded(-5, 10, Rounding::HalfAwayFromZero) == -1);
    CHECK(divideRounded(4, 10, Rounding::HalfAwayFromZero) == 0);
    CHECK(divideRounded(15, 10, Rounding::HalfEven) == 2);
    CHECK(divideRounded(25, 10, Rounding::HalfEven) == 2);
    CHECK(divideRounded(-19, 10, Rounding::TowardZero) == -1);
}

TEST_CASE("adding two currencies is an error") {
    Money a{100, *currencyByCode("EUR")}, b{100, *currencyByCode("CHF")};
    CHECK_THROWS_AS(a + b, MoneyError);
    CHECK((a + a).minor == 200);
}

TEST_CASE("an amount that does not fit in 64 bits is detected, never wrapped") {
    CHECK_THROWS_AS(checkedAdd(INT64_MAX, 1), MoneyError);
    CHECK_THROWS_AS(checkedSub(INT64_MIN, 1), MoneyError);
    CHECK_THROWS_AS(narrow(static_cast<Wide>(INT64_MAX) + 1), MoneyError);
    Money big{INT64_MAX, euro()};
    Money one{1, euro()};
    CHECK_THROWS_AS(big + one, MoneyError);
}

TEST_CASE("the four required currencies have two minor digits") {
    for (const char* c : {"EUR", "CHF", "GBP", "USD"}) {
        auto cur = currencyByCode(c);
        REQUIRE(cur);
        CHECK(cur->minorDigits == 2);
    }
    CHECK(currencyByCode("JPY")->minorDigits == 0);
    CHECK_FALSE(currencyByCode("XXX"));
}

TEST_CASE("what people type is parsed as they mean it") {
    CHECK(parseDecimal("1 234,5")->scaled == 12345000);
    CHECK(parseDecimal("1234.50")->scaled == 12345000);
    CHECK(parseDecimal("1,234.50")->scaled == 12345000);
    CHECK(parseDecimal("1.234,50")->scaled == 12345000);
    CHECK(parseDecimal("12,5 %")->scaled == 125000);
    CHECK(parseDecimal("-3")->scaled == -30000);
    CHECK(parseDecimal("1\xE2\x80\xAF" "000,25 \xE2\x82\xAC")->scaled == 10002500);
    CHECK(parseDecimal("0,0001")->scaled == 1);
    CHECK(parseDecimal("1.234.567")->scaled == 12345670000);
    CHECK_FALSE(parseDecimal("abc"));
    CHECK_FALSE(parseDecimal("1,2,3"));
    CHECK_FALSE(parseDecimal("1.23456"));
    CHECK_FALSE(parseDecimal(""));
    CHECK_FALSE(parseDecimal("1.2.3,4"));
    auto m = parseMoney("19,99 €", euro());
    REQUIRE(m);
    CHECK(m->minor == 1999);
    CHECK_FALSE(parseMoney("19,999", euro()));
}

TEST_CASE("amounts are formatted per locale") {
    Money m{123456, euro()};
    CHECK(formatMoney(m, Locale::Fr) == "1\xE2\x80\xAF" "234,56\xC2\xA0\xE2\x82\xAC");
    CHECK(formatMoney(m, Locale::En) == "\xE2\x82\xAC" "1,234.56");
    CHECK(formatMoney(Money{-5, euro()}, Locale::En) == "-\xE2\x82\xAC" "0.05");
    CHECK(formatAmount(Money{100000000, euro()}, Locale::En) == "1,000,000.00");
    CHECK(formatPercent(Decimal::fromScaled(55000), Locale::Fr) == "5,5\xC2\xA0%");
    CHECK(formatPercent(Decimal::fromScaled(200000), Locale::En) == "20%");
    CHECK(Decimal::fromScaled(12345).toPlainString() == "1.2345");
    CHECK(Money{7, euro()}.toPlainString() == "0.07");
}

TEST_CASE("an amount in yen, a currency without minor units, is formatted instead of throwing") {
    // Formatting any JPY amount threw std::out_of_range (a fraction of "0" padded to −1 digits), so a
    // yen invoice could not be shown or printed.
    Currency yen = *currencyByCode("JPY");
    CHECK(Money{1234567, yen}.toPlainString() == "1234567");
    CHECK(formatMoney(Money{-1234567, yen}, Locale::En) == "-¥1,234,567");
    CHECK(formatMoney(Money{1234567, yen}, Locale::Fr) == "1\xE2\x80\xAF" "234\xE2\x80\xAF" "567\xC2\xA0¥");
}
