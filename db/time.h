// SPDX-License-Identifier: GPL-3.0-or-later
// Times in the db layer: always UTC, millisecond precision, passed in by the caller (the db never reads a clock,
// so tests and the crash harness decide what "now" is).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace prep::db {

using UtcTime = std::chrono::sys_time<std::chrono::milliseconds>;

// "2026-11-22T10:15:30.123Z": ISO 8601, UTC, always with milliseconds, so text order is time order.
std::string formatUtc(UtcTime t);
// Accepts what formatUtc writes (and the same without milliseconds); std::nullopt for anything else.
std::optional<UtcTime> parseUtc(std::string_view text);
// "20261122": the UTC calendar day, used in preparation and shipment numbers.
std::string utcDayStamp(UtcTime t);

} // namespace prep::db
