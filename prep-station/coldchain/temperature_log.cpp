// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/coldchain/temperature_log.h"
#include "prep-station/csv_rows.h"

#include "prep-station/time/paris_time.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace prep::station {

namespace {

// EN 12830:2018 temperature recorders cover -80 to +85 C (reference.md 6.1).
constexpr double kRecorderMinC = -80;
constexpr double kRecorderMaxC = 85;

bool hasExplicitOffset(std::string_view ts)
{
    if (ts.empty())
        return false;
    if (ts.back() == 'Z' || ts.back() == 'z')
        return true;
    // "+01:00" / "-0100" after the time part (the date's '-' come before the 'T').
    const size_t t = ts.find_first_of("T ");
    return t != std::string_view::npos && ts.find_first_of("+-", t) != std::string_view::npos;
}

} // namespace

Result<TemperatureLog> parseLoggerCsv(std::string_view content)
{
    return parseLoggerCsv(content, LoggerCsvOptions{});
}

Result<TemperatureLog> parseLoggerCsv(std::string_view content, const LoggerCsvOptions& options)
{
    TemperatureLog log;
    if (content.substr(0, 3) == "\xEF\xBB\xBF")
        content.remove_prefix(3);
    enum class Expect { LoggerId, Header, Reading } expect = Expect::LoggerId;
    int lineNo = 0;
    int previousLine = 0;
    auto bad = [&](const std::string& why) {
        return makeError(Error::Kind::Invalid, "logger file line " + std::to_string(lineNo) + ": " + why);
    };
    size_t pos = 0;
    while (pos < content.size()) {
        size_t end = content.find('\n', pos);
        if (end == std::string_view::npos)
            end = content.size();
        const std::string_view line = trimBlanks(content.substr(pos, end - pos));
        pos = end + 1;
        ++lineNo;
        if (line.empty() || line.front() == '#')
            continue;
        if (line.find('\0') != std::string_view::npos)
            return bad("binary data");
        const size_t comma = line.find(',');
        if (comma == std::string_view::npos || line.find(',', comma + 1) != std::string_view::npos)
            return bad("expected two comma-separated fields");
        const std::string_view first = trimBlanks(line.substr(0, comma));
        const std::string_view second = trimBlanks(line.substr(comma + 1));
        switch (expect) {
        case Expect::LoggerId:
            if (first != "logger_id" || second.empty())
                return bad("expected \"logger_id,<id>\" as the first record");
            log.loggerId = std::string(second);
            expect = Expect::Header;
            continue;
        case Expect::Header:
            if (first != "timestamp")
                return bad("expected the header \"timestamp,temperature_C\"");
            if (second == "temperature_F" || second == "temperature_K" || second == "temperature_f")
                return bad("temperatures are in " + std::string(second.substr(12)) +
                           ": only degrees Celsius (temperature_C) are accepted; convert the file");
            if (second != "temperature_C")
                return bad("unknown column \"" + std::string(second) + "\", expected temperature_C");
            expect = Expect::Reading;
            continue;
        case Expect::Reading:
            break;
        }
        if (!hasExplicitOffset(first))
            return bad("timestamp \"" + std::string(first) + "\" has no UTC offset (write Z or +01:00)");
        auto at = parseIso8601(first);
        if (!at)
            return bad(at.error().message);
        double celsius = 0;
        const char* b = second.data();
        const char* e = second.data() + second.size();
        auto [ptr, ec] = std::from_chars(b, e, celsius);
        if (second.empty() || ec != std::errc() || ptr != e || !std::isfinite(celsius))
            return bad("temperature \"" + std::string(second) + "\" is not a number");
        if (auto added = appendReading(log, {*at, celsius}, previousLine, options); !added)
            return bad(added.error().message);
        previousLine = lineNo;
    }
    if (expect != Expect::Reading || log.readings.empty())
        return makeError(Error::Kind::Invalid, "logger file: no readings (expected logger_id, header, then rows)");
    return log;
}

Result<Ok> appendReading(TemperatureLog& log, const TemperatureReading& reading, int previousLine,
                         const LoggerCsvOptions& options)
{
    auto wrong = [](const std::string& why) { return makeError(Error::Kind::Invalid, why); };
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", reading.celsius);
    if (!std::isfinite(reading.celsius) || reading.celsius < kRecorderMinC || reading.celsius > kRecorderMaxC)
        return wrong("temperature " + std::string(text) + " C is outside the recorder range -80..85 C");
    if (!log.readings.empty()) {
        const UtcTime last = log.readings.back().at;
        if (reading.at == last)
            return wrong("duplicate timestamp " + formatUtcIso(reading.at) + " (also line " +
                         std::to_string(previousLine) + ")");
        if (reading.at < last)
            return wrong("timestamp " + formatUtcIso(reading.at) + " is earlier than line " +
                         std::to_string(previousLine) + " (readings must be in time order)");
        const auto gap = std::chrono::duration_cast<std::chrono::minutes>(reading.at - last);
        if (reading.at - last > options.maxGap)
            return wrong("gap of " + std::to_string(gap.count()) + " min after line " + std::to_string(previousLine) +
                         " (more than " + std::to_string(options.maxGap.count()) + " min without a reading)");
    }
    log.readings.push_back(reading);
    return Ok{};
}

} // namespace prep::station
