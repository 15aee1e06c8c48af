// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/coldchain/logtag_csv.h"
#include "prep-station/csv_rows.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>

namespace prep::station {

namespace {

// Splits a row on commas; a cell in double quotes may hold commas ("Cooler 12, ward B"), quotes doubled inside.
std::vector<std::string> cells(std::string_view line)
{
    std::vector<std::string> out(1);
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"')
                out.back() += line[++i];
            else if (c == '"')
                quoted = false;
            else
                out.back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.emplace_back();
        } else {
            out.back() += c;
        }
    }
    for (auto& cell : out)
        cell = std::string(trimBlanks(cell));
    return out;
}

// The unit a temperature header names: UTF-8 or Windows-1252 degree sign (the Analyzer runs on Windows), "(C)".
std::optional<bool> fahrenheitColumn(std::string_view header)
{
    auto has = [&](std::string_view s) { return header.find(s) != std::string_view::npos; };
    const bool c = has("\u00B0C") ||
                   has("\xB0"
                       "C") ||
                   has("(C)") || has("deg C") || has("degC");
    const bool f = has("\u00B0F") ||
                   has("\xB0"
                       "F") ||
                   has("(F)") || has("deg F") || has("degF");
    if (c == f)
        return std::nullopt;
    return f;
}

bool digits(std::string_view s)
{
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// "2026-11-22" -> itself; "22/11/2026", "11/22/2026", "22.11.2026" -> refused as ambiguous (see the header).
Result<std::string> isoDate(std::string_view text)
{
    if (text.size() == 10 && text[4] == '-' && text[7] == '-' && digits(text.substr(0, 4)) &&
        digits(text.substr(5, 2)) && digits(text.substr(8, 2)))
        return std::string(text);
    if (text.find_first_of("/.") != std::string_view::npos)
        return makeError(Error::Kind::Invalid,
                         "date \"" + std::string(text) +
                             "\" is ambiguous (day and month order depend on the exporting PC's locale): export "
                             "with ISO dates (yyyy-mm-dd)");
    return makeError(Error::Kind::Invalid, "date \"" + std::string(text) + "\" is not a date (yyyy-mm-dd)");
}

// "19:30", "19:30:00", "7:30:00 PM" -> "19:30:00".
Result<std::string> time24(std::string_view text)
{
    auto wrong = makeError(Error::Kind::Invalid, "time \"" + std::string(text) + "\" is not a time (hh:mm[:ss])");
    int shift = -1; // -1: 24-hour clock; 0: AM; 12: PM
    if (text.size() > 3 && (text.substr(text.size() - 2) == "AM" || text.substr(text.size() - 2) == "PM")) {
        shift = text.substr(text.size() - 2) == "PM" ? 12 : 0;
        text = trimBlanks(text.substr(0, text.size() - 2));
    }
    const size_t c1 = text.find(':');
    if (c1 == std::string_view::npos || c1 == 0 || c1 > 2)
        return wrong;
    int h = 0;
    std::from_chars(text.data(), text.data() + c1, h);
    std::string_view rest = text.substr(c1 + 1);
    if (!digits(text.substr(0, c1)) || rest.size() < 2 || !digits(rest.substr(0, 2)))
        return wrong;
    const std::string mm(rest.substr(0, 2));
    std::string ss = "00";
    if (rest.size() > 2) {
        if (rest.size() != 5 || rest[2] != ':' || !digits(rest.substr(3)))
            return wrong;
        ss = std::string(rest.substr(3));
    }
    if (shift >= 0) {
        if (h < 1 || h > 12)
            return wrong;
        h = h % 12 + shift;
    }
    if (h > 23 || std::stoi(mm) > 59 || std::stoi(ss) > 59)
        return wrong;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%s:%s", h, mm.c_str(), ss.c_str());
    return std::string(buf);
}

} // namespace

Result<LoggerFile> parseLogTagCsv(std::string_view content, const LoggerCsvOptions& options)
{
    if (content.substr(0, 3) == "\xEF\xBB\xBF")
        content.remove_prefix(3);
    LoggerFile file;
    file.format = LoggerFormat::LogTagCsv;
    TemperatureLog log;
    int lineNo = 0, previousLine = 0;
    auto bad = [&](const std::string& why) {
        return makeError(Error::Kind::Invalid, "LogTag CSV line " + std::to_string(lineNo) + ": " + why);
    };
    size_t columns = 0, dateColumn = 0, timeColumn = 0, temperatureColumn = 0;
    bool fahrenheit = false;
    size_t pos = 0;
    while (pos < content.size()) {
        size_t end = content.find('\n', pos);
        if (end == std::string_view::npos)
            end = content.size();
        const std::string_view line = trimBlanks(content.substr(pos, end - pos));
        pos = end + 1;
        ++lineNo;
        if (line.find('\0') != std::string_view::npos)
            return bad("binary data");
        if (line.empty())
            continue;
        const auto row = cells(line);
        if (columns == 0) {
            if (row.size() == 2 && (row[0] == "Serial #" || row[0] == "Serial Number" || row[0] == "Serial number"))
                file.serial = std::string(row[1]);
            if (row.size() < 3)
                continue; // the recorder's description, one "key,value" per line
            for (size_t i = 0; i < row.size(); ++i) {
                if (row[i] == "Date")
                    dateColumn = i + 1;
                else if (row[i] == "Time")
                    timeColumn = i + 1;
                else if (row[i].substr(0, 11) == "Temperature") {
                    temperatureColumn = i + 1;
                    const auto unit = fahrenheitColumn(row[i]);
                    if (!unit)
                        return bad("the temperature column \"" + row[i] + "\" does not say its unit (°C or °F)");
                    fahrenheit = *unit;
                }
            }
            if (!dateColumn || !timeColumn || !temperatureColumn)
                return bad("expected the readings' header with Date, Time and Temperature (°C or °F) columns");
            if (file.serial.empty())
                return bad("no \"Serial #\" line before the readings: the recorder is not named");
            columns = row.size();
            continue;
        }
        if (row.size() != columns)
            return bad(std::to_string(row.size()) + " cells where the header has " + std::to_string(columns));
        auto date = isoDate(row[dateColumn - 1]);
        if (!date)
            return bad(date.error().message);
        auto time = time24(row[timeColumn - 1]);
        if (!time)
            return bad(time.error().message);
        auto at = parseLoggerLocalTime(*date + "T" + *time,
                                       log.readings.empty() ? std::nullopt : std::optional(log.readings.back().at));
        if (!at)
            return bad(at.error().message);
        std::string_view value = row[temperatureColumn - 1];
        double t = 0;
        auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), t);
        if (value.empty() || ec != std::errc() || ptr != value.data() + value.size() || !std::isfinite(t))
            return bad("temperature \"" + std::string(value) + "\" is not a number");
        if (auto added = appendReading(log, {*at, fahrenheit ? fahrenheitToCelsius(t) : t}, previousLine, options);
            !added)
            return bad(added.error().message);
        previousLine = lineNo;
    }
    if (columns == 0)
        return makeError(Error::Kind::Invalid, "LogTag CSV: no readings' header (Date, Time, Temperature) found");
    if (log.readings.size() < 2)
        return makeError(Error::Kind::Invalid, "LogTag CSV: fewer than two readings, no history to judge");
    log.loggerId = file.serial;
    file.history = std::move(log);
    return file;
}

} // namespace prep::station
