// The user's local calendar day. Every "today" of the app and of the CLI (default dates, overdue,
// reminders, recurring catch-up, archives) is the day on the user's wall clock, never the UTC day.
#pragma once

#include <cstdint>

#include "core/date.h"

namespace facturier::app {

// How far the local clock is ahead of UTC at `epochSeconds`, in the time zone the C library is set to
// (TZ; daylight saving time included): 3600 in Paris in winter, 7200 in summer.
std::int64_t utcOffsetAt(std::int64_t epochSeconds);
// The local calendar day at `epochSeconds` (core's localDay with that offset).
Date localDayAt(std::int64_t epochSeconds);
// Seconds since 1970-01-01T00:00Z now.
std::int64_t nowEpochSeconds();

}  // namespace facturier::app
