// The local day through the C library (localtime_r honours TZ and daylight saving time).
#include "app/clock.h"

#include <chrono>
#include <ctime>

namespace facturier::app {

std::int64_t utcOffsetAt(std::int64_t epochSeconds) {
    std::time_t t = static_cast<std::time_t>(epochSeconds);
    std::tm local{};
    if (!localtime_r(&t, &local)) return 0;
    // The local wall clock read back as if it were UTC, minus the instant: the offset. (tm_gmtoff
    // says the same where it exists; this needs only the standard fields.)
    Date day = Date::fromYmd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
    std::int64_t wall = static_cast<std::int64_t>(day.days) * 86400 + local.tm_hour * 3600 + local.tm_min * 60 + local.tm_sec;
    return wall - epochSeconds;
}

Date localDayAt(std::int64_t epochSeconds) { return localDay(epochSeconds, utcOffsetAt(epochSeconds)); }

std::int64_t nowEpochSeconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace facturier::app
