// SPDX-License-Identifier: GPL-3.0-or-later
// Temperature logger files: the history of a cooler, imported per shipment.
//
// Format (UTF-8 CSV, one record per line, LF or CRLF; blank lines and lines starting with '#' are ignored):
//   logger_id,LOG-0193
//   timestamp,temperature_C
//   2026-11-22T19:30:00Z,5.1
//   2026-11-22T19:35:00Z,5.3
// The first record names the logger; the second is the header; then one reading per line, timestamps in
// ISO 8601 with "Z" or an explicit offset (a reading without one is refused: local time is ambiguous once a
// year), strictly increasing, temperatures in degrees Celsius with '.' as decimal mark. A file in another unit
// (temperature_F, temperature_K), a duplicate or out-of-order timestamp, a gap longer than the allowed one, a
// temperature outside the recorder range of EN 12830 (-80..+85 C) or any garbage line is refused with the line
// number: a history with holes cannot prove a cold chain.
#pragma once

#include "prep-station/error.h"
#include "prep-station/time/clock.h"

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace prep::station {

struct TemperatureReading
{
    UtcTime at;
    double celsius;
};

struct TemperatureLog
{
    std::string loggerId;
    std::vector<TemperatureReading> readings; // in time order
};

struct LoggerCsvOptions
{
    std::chrono::minutes maxGap{30}; // site-policy.json cold_chain.max_gap_min
};

Result<TemperatureLog> parseLoggerCsv(std::string_view content);
Result<TemperatureLog> parseLoggerCsv(std::string_view content, const LoggerCsvOptions& options);

// The rules every continuous history obeys, whatever the file format: a temperature within the recorder range,
// strictly increasing times, no gap longer than allowed. Appends `reading` to `log`, or says what is wrong
// (without the line number, which the caller adds); `previousLine` names the line of the last reading.
Result<Ok> appendReading(TemperatureLog& log, const TemperatureReading& reading, int previousLine,
                         const LoggerCsvOptions& options);

} // namespace prep::station
