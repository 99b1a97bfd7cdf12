#include <doctest.h>

#include "core/numbering.h"

using namespace facturier;

TEST_CASE("number patterns expand their tokens") {
    Date d = Date::fromYmd(2026, 11, 23);
    CHECK(formatNumber("F-{YYYY}-{SEQ:4}", 42, d) == "F-2026-0042");
    CHECK(formatNumber("{YY}{MM}-{SEQ}", 7, d) == "2611-7");
    CHECK(formatNumber("AV{SEQ:6}", 1234567, d) == "AV1234567");
}

TEST_CASE("an unusable pattern is refused with a reason") {
    CHECK(checkPattern("F-{YYYY}") == "numbering.noSeq");
    CHECK(checkPattern("F-{SEQ}-{SEQ}") == "numbering.twoSeq");
    CHECK(checkPattern("F-{DD}-{SEQ}") == "numbering.unknownToken");
    CHECK(checkPattern("F-{SEQ") == "numbering.unclosed");
    CHECK(checkPattern("F-{SEQ:4}").empty());
    Series s{"x", "F-{SEQ:4}", true, 0, 0, std::nullopt};
    CHECK(peekNextNumber(s, Date::fromYmd(2026, 1, 1)).errorKey == "numbering.resetNeedsYear");
    s.yearlyReset = false;
    CHECK(peekNextNumber(s, Date::fromYmd(2026, 1, 1)).allocation->number == "F-0001");
}

TEST_CASE("dates: parsing, month arithmetic and formatting") {
    CHECK(parseIsoDate("2026-02-29") == std::nullopt);
    CHECK(parseIsoDate("2028-02-29")->iso() == "2028-02-29");
    CHECK(parseUserDate("23/11/2026")->iso() == "2026-11-23");
    CHECK(parseUserDate(" 2026-11-23 ")->iso() == "2026-11-23");
    CHECK_FALSE(parseUserDate("31/11/2026"));
    CHECK(Date::fromYmd(2026, 1, 31).addMonths(1).iso() == "2026-02-28");
    CHECK(Date::fromYmd(2026, 2, 10).endOfMonth().iso() == "2026-02-28");
    CHECK(Date::fromYmd(2026, 11, 23).weekday() == 0);
    CHECK(formatDate(Date::fromYmd(2026, 3, 5), true) == "05/03/2026");
    CHECK(formatDate(Date::fromYmd(2026, 3, 5), false) == "5 Mar 2026");
    CHECK(Date::fromYmd(2026, 3, 5).compact() == "20260305");
}

TEST_CASE("the local day of an instant depends on the user's offset from UTC, not on the UTC day") {
    std::int64_t at = *parseIsoInstant("2026-11-29T23:30:00Z");
    CHECK(localDay(at, 0).iso() == "2026-11-29");
    CHECK(localDay(at, 3600).iso() == "2026-11-30");        // Paris in winter: 00:30 on the 30th
    CHECK(localDay(at, 14 * 3600).iso() == "2026-11-30");   // Kiritimati
    CHECK(localDay(at, -8 * 3600).iso() == "2026-11-29");   // Los Angeles: 15:30
    CHECK(localDay(at, 1800).iso() == "2026-11-30");        // exactly midnight is the new day
    CHECK(localDay(at, 1799).iso() == "2026-11-29");
    CHECK(localDay(-3600, 0).iso() == "1969-12-31");         // before 1970: floored, not truncated
    CHECK(localDay(0, -1).iso() == "1969-12-31");
}

TEST_CASE("ISO instants are read with their offset; without one there is no instant") {
    CHECK(parseIsoInstant("1970-01-01T00:00:00Z") == 0);
    CHECK(parseIsoInstant("2026-11-29T23:30:00Z") == parseIsoInstant("2026-11-30T00:30:00+01:00"));
    CHECK(parseIsoInstant("2026-11-29T23:30Z") == parseIsoInstant("2026-11-29T15:30:00-08:00"));
    CHECK(*parseIsoInstant("2026-11-29T23:30:15Z") - *parseIsoInstant("2026-11-29T23:30Z") == 15);
    CHECK_FALSE(parseIsoInstant("2026-11-29T23:30:00"));
    CHECK_FALSE(parseIsoInstant("2026-11-29"));
    CHECK_FALSE(parseIsoInstant("2026-11-31T10:00Z"));
    CHECK_FALSE(parseIsoInstant("2026-11-29T24:00Z"));
    CHECK_FALSE(parseIsoInstant("2026-11-29T23:30:00+1"));
}
