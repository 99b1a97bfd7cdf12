#include <doctest.h>

#include "core/identifiers.h"

using namespace facturier;

TEST_CASE("SIREN and SIRET are checked with Luhn") {
    CHECK(isValidSiren("732 829 320"));
    CHECK_FALSE(isValidSiren("732829321"));
    CHECK_FALSE(isValidSiren("73282932"));
    CHECK(isValidSiret("732 829 320 00074"));
    CHECK_FALSE(isValidSiret("73282932000075"));
    CHECK(isValidSiret("35600000000010"));  // La Poste: digit sum divisible by 5
}

TEST_CASE("a French VAT number carries the key computed from the SIREN") {
    CHECK(frenchVatFromSiren("732829320") == "FR44732829320");
    CHECK(isValidFrenchVat("FR 44 732829320"));
    CHECK_FALSE(isValidFrenchVat("FR45732829320"));
    CHECK_FALSE(isValidFrenchVat("FR4473282932"));
}

TEST_CASE("EU VAT numbers follow each country's format") {
    CHECK(isValidEuVat("DE123456789"));
    CHECK(isValidEuVat("ATU12345678"));
    CHECK(isValidEuVat("NL123456789B01"));
    CHECK(isValidEuVat("BE0123456789"));
    CHECK(isValidEuVat("ESX1234567X"));
    CHECK_FALSE(isValidEuVat("DE12345678"));
    CHECK_FALSE(isValidEuVat("AT12345678"));
    CHECK_FALSE(isValidEuVat("US123456789"));
}

TEST_CASE("IBAN uses the ISO 13616 mod-97 check and BIC its ISO 9362 shape") {
    CHECK(isValidIban("FR76 3000 6000 0112 3456 7890 189"));
    CHECK(isValidIban("DE89370400440532013000"));
    CHECK(isValidIban("GB82WEST12345698765432"));
    CHECK_FALSE(isValidIban("FR7630006000011234567890188"));
    CHECK_FALSE(isValidIban("ZZ7630006000011234567890189"));
    CHECK_FALSE(isValidIban("FR76"));
    CHECK(formatIban("FR7630006000011234567890189") == "FR76 3000 6000 0112 3456 7890 189");
    CHECK(isValidBic("BNPAFRPP"));
    CHECK(isValidBic("BNPAFRPPXXX"));
    CHECK_FALSE(isValidBic("BNPAZZPP"));
    CHECK_FALSE(isValidBic("BNP1FRPP"));
}

TEST_CASE("country codes and e-mail addresses") {
    CHECK(isCountryCode("FR"));
    CHECK(isCountryCode("DE"));
    CHECK_FALSE(isCountryCode("ZZ"));
    CHECK_FALSE(isCountryCode("fr"));
    CHECK(isEuCountry("IT"));
    CHECK_FALSE(isEuCountry("CH"));
    CHECK(isValidEmail("zoe.lefevre@example.fr"));
    CHECK_FALSE(isValidEmail("zoe@"));
    CHECK_FALSE(isValidEmail("zoe@@example.fr"));
    CHECK_FALSE(isValidEmail("zoe lefevre@example.fr"));
    CHECK_FALSE(isValidEmail("zoe@example"));
}
