// Civil date arithmetic (Howard Hinnant's days-from-civil algorithm, re-derived here).
#include "core/date.h"

#include <cstdio>

namespace facturier {

namespace {
int daysFromCivil(int y, int m, int d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}
void civilFromDays(int z, int& y, int& m, int& d) {
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = yoe + era * 400;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp + (mp < 10 ? 3 : -9);
    y += m <= 2;
}
bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
}  // namespace

int daysInMonth(int y, int m) {
    static const int k[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : k[m - 1];
}
bool isValidYmd(int y, int m, int d) {
    return y >= 1900 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

Date Date::fromYmd(int y, int m, int d) { return Date{daysFromCivil(y, m, d)}; }
int Date::year() const { int y, m, d; civilFromDays(days, y, m, d); return y; }
int Date::month() const { int y, m, d; civilFromDays(days, y, m, d); return m; }
int Date::day() const { int y, m, d; civilFromDays(days, y, m, d); return d; }

Date Date::addMonths(int n) const {
    int y, m, d;
    civilFromDays(days, y, m, d);
    int total = y * 12 + (m - 1) + n;
    int ny = total / 12, nm = total % 12 + 1;
    int nd = d > daysInMonth(ny, nm) ? daysInMonth(ny, nm) : d;
    return fromYmd(ny, nm, nd);
}
Date Date::endOfMonth() const {
    int y, m, d;
    civilFromDays(days, y, m, d);
    return fromYmd(y, m, daysInMonth(y, m));
}
int Date::weekday() const { return ((days % 7) + 7 + 3) % 7; }  // 1970-01-01 was a Thursday

std::string Date::iso() const {
    int y, m, d;
    civilFromDays(days, y, m, d);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}
std::string Date::compact() const {
    int y, m, d;
    civilFromDays(days, y, m, d);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", y, m, d);
    return buf;
}

int daysBetween(Date from, Date to) { return to.days - from.days; }

namespace {
bool readInt(std::string_view s, int& out) {
    if (s.empty() || s.size() > 4) return false;
    out = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        out = out * 10 + (c - '0');
    }
    return true;
}
}  // namespace

std::optional<Date> parseIsoDate(std::string_view t) {
    int y, m, d;
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    if (!readInt(t.substr(0, 4), y) || !readInt(t.substr(5, 2), m) || !readInt(t.substr(8, 2), d)) return std::nullopt;
    if (!isValidYmd(y, m, d)) return std::nullopt;
    return Date::fromYmd(y, m, d);
}

std::optional<Date> parseUserDate(std::string_view t) {
    while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    if (auto iso = parseIsoDate(t)) return iso;
    // d/m/yyyy or d.m.yyyy
    size_t a = t.find_first_of("/.");
    if (a == std::string_view::npos) return std::nullopt;
    size_t b = t.find(t[a], a + 1);
    if (b == std::string_view::npos) return std::nullopt;
    int d, m, y;
    if (!readInt(t.substr(0, a), d) || !readInt(t.substr(a + 1, b - a - 1), m) || !readInt(t.substr(b + 1), y))
        return std::nullopt;
    if (t.size() - b - 1 == 2) y += 2000;
    if (!isValidYmd(y, m, d)) return std::nullopt;
    return Date::fromYmd(y, m, d);
}

Date localDay(std::int64_t epochSeconds, std::int64_t utcOffsetSeconds) {
    std::int64_t local = epochSeconds + utcOffsetSeconds;
    std::int64_t days = local / 86400;
    if (local % 86400 < 0) --days;  // floor: 1969-12-31T23:00 is day −1, not day 0
    return Date{static_cast<int>(days)};
}

std::optional<std::int64_t> parseIsoInstant(std::string_view t) {
    if (t.size() < 17 || t[10] != 'T' || t[13] != ':') return std::nullopt;
    auto date = parseIsoDate(t.substr(0, 10));
    int h, mi, s = 0;
    if (!date || !readInt(t.substr(11, 2), h) || !readInt(t.substr(14, 2), mi) || h > 23 || mi > 59) return std::nullopt;
    std::string_view rest = t.substr(16);
    if (!rest.empty() && rest.front() == ':') {
        if (rest.size() < 3 || !readInt(rest.substr(1, 2), s) || s > 59) return std::nullopt;
        rest.remove_prefix(3);
    }
    std::int64_t offset = 0;
    if (rest == "Z") offset = 0;
    else if (rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':') {
        int oh, om;
        if (!readInt(rest.substr(1, 2), oh) || !readInt(rest.substr(4, 2), om) || oh > 14 || om > 59) return std::nullopt;
        offset = (rest[0] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
    } else {
        return std::nullopt;
    }
    return static_cast<std::int64_t>(date->days) * 86400 + h * 3600 + mi * 60 + s - offset;
}

std::string formatDate(Date date, bool french) {
    int y, m, d;
    civilFromDays(date.days, y, m, d);
    char buf[32];
    if (french) {
        std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d, m, y);
    } else {
        static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        std::snprintf(buf, sizeof buf, "%d %s %04d", d, months[m - 1], y);
    }
    return buf;
}

}  // namespace facturier
