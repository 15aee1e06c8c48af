// SPDX-License-Identifier: GPL-3.0-or-later
// Judging any logger file, summary loggers included. A summary logger (Fridge-tag 2) says, per day, the minimum,
// the maximum and the minutes beyond its alarm limits, but not when: the verdict assumes the worst. The days the
// dose lived through are turned into the worst continuous history they allow, and that history is judged by the
// one set of rules in cold_chain.h (room-temperature budget, out of range, frozen, MKT), never by a copy of them:
//   - on each day, from the preparation (or midnight) on: first the minutes above 8 C at the day's maximum (all
//     of them charged to the room-temperature budget, as if right after preparation), then the minutes below
//     2 C at the day's minimum, then the rest of the day at a temperature the device's counts allow;
//   - minutes the device did not count against 8 / 2 C (its alarm was set elsewhere) are unknown: the whole day
//     is assumed at that extreme; a day that reached an extreme spends at least a minute there;
//   - a day on which the sensor could not measure for longer than the allowed gap, or without a minimum or
//     maximum ("---"), is a hole in the history and is refused, as a gap in continuous readings is (missing days are
//     refused when the file is read).
#pragma once

#include "prep-station/coldchain/cold_chain.h"
#include "prep-station/coldchain/logger_file.h"

namespace prep::station {

Result<TemperatureLog> worstCaseHistory(const DailySummaryLog& log, UtcTime preparedAt, std::chrono::minutes maxGap);

Result<ColdChainVerdict> evaluateColdChain(const LoggerFile& file, const ExpiryDecision& decision,
                                           const std::vector<std::string>& storage, const SitePolicy& policy);

} // namespace prep::station
