// Civil dates (proleptic Gregorian), counted in days since 1970-01-01. An invoice date is a calendar
// day; the only time-zone arithmetic is localDay(): which day an instant is for the user.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace facturier {

struct Date {
    int days = 0;  // days since 1970-01-01

    static Date fromYmd(int y, int m, int d);
    int year() const;
    int month() const;
    int day() const;
    Date addDays(int n) const { return Date{days + n}; }
    Date addMonths(int n) const;  // clamps the day to the month's length
    Date endOfMonth() const;
    int weekday() const;          // 0 = Monday … 6 = Sunday
    std::string iso() const;      // "2026-11-23"
    std::string compact() const;  // "20261123" (CII format 102)

    bool operator==(const Date& o) const { return days == o.days; }
    bool operator!=(const Date& o) const { return days != o.days; }
    bool operator<(const Date& o) const { return days < o.days; }
    bool operator<=(const Date& o) const { return days <= o.days; }
    bool operator>(const Date& o) const { return days > o.days; }
    bool operator>=(const Date& o) const { return days >= o.days; }
};

int daysBetween(Date from, Date to);  // to − from
bool isValidYmd(int y, int m, int d);
int daysInMonth(int y, int m);
std::optional<Date> parseIsoDate(std::string_view text);  // "YYYY-MM-DD", validated
// What people type: "23/11/2026" (fr), "2026-11-23"; nullopt otherwise.
std::optional<Date> parseUserDate(std::string_view text);
// "23/11/2026" (fr) or "23 Nov 2026" (en).
std::string formatDate(Date d, bool french);

// The calendar day of an instant (seconds since 1970-01-01T00:00Z) for a user whose clock is
// `utcOffsetSeconds` ahead of UTC (Paris in winter: 3600; Los Angeles in winter: -28800). Every
// "today" is this local day, never the UTC day: at 00:30 in Paris it is already the next day.
Date localDay(std::int64_t epochSeconds, std::int64_t utcOffsetSeconds);
// An ISO 8601 instant with its offset: "2026-11-29T23:30:00Z", "2026-11-30T00:30+01:00" (seconds
// optional) → seconds since 1970-01-01T00:00Z; nullopt otherwise (no offset = no instant).
std::optional<std::int64_t> parseIsoInstant(std::string_view text);

}  // namespace facturier
