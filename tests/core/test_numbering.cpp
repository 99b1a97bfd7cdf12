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
