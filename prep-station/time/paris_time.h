// SPDX-License-Identifier: GPL-3.0-or-later
// Times are stored in UTC and shown in Europe/Paris local time, DST-correct (labels, screens, prepctl).
// GCC 12's <chrono> has no time-zone database, so the offset comes from Qt Core's QTimeZone; if the system has
// no zone data, the EU rule (summer time from the last Sunday of March to the last Sunday of October, both at
// 01:00 UTC, in force since 1996) is used instead, and the two are tested to agree.
#pragma once

#include "prep-station/error.h"
#include "prep-station/time/clock.h"

#include <chrono>
#include <string>
#include <string_view>

namespace prep::station {

// Offset of Europe/Paris local time from UTC at instant `at` (+1 h in winter, +2 h in summer).
std::chrono::minutes parisOffset(UtcTime at);

// "2026-11-22T19:30:00Z"; milliseconds are appended (".250") only when non-zero, so whole-second times (all
// that the UI and labels produce) print without them.
std::string formatUtcIso(UtcTime at);
// "2026-11-22T20:30:00+01:00" (same millisecond rule).
std::string formatParisIso(UtcTime at);
// "22/11/2026 20:30": what a French label or screen shows (minute resolution, seconds truncated).
std::string formatParisDisplay(UtcTime at);

// GS1 AI (7003) expiry date and time, YYMMDDhhmm in Europe/Paris local time (reference.md 4.2, 4.5).
std::string formatParisAi7003(UtcTime at);

// Reads "YYYY-MM-DDTHH:MM[:SS[.fff]]" (a space may replace the T) followed by "Z", "+HH:MM"/"-HH:MM" (or
// "+HHMM"), or nothing. Without an offset the time is Europe/Paris wall-clock time: a time that does not exist
// (the spring-forward gap) is refused, and one that happens twice (the autumn fall-back hour) is refused as
// ambiguous unless an offset says which.
Result<UtcTime> parseIso8601(std::string_view text);

// The EU summer-time rule alone, without the zone database (used as a fallback and to cross-check it).
std::chrono::minutes parisOffsetByEuRule(UtcTime at);

} // namespace prep::station
