// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/coldchain/fridge_tag.h"
#include "prep-station/csv_rows.h"

#include "prep-station/time/paris_time.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>

namespace prep::station {

using namespace std::chrono;

namespace {

// "+5.0", "-0.5", "27.5": the report writes an explicit sign on summaries but not on readings.
std::optional<double> number(std::string_view text)
{
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double v = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<int> wholeMinutes(std::string_view text)
{
    int v = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size() || v < 0)
        return std::nullopt;
    return v;
}

std::optional<year_month_day> isoDate(std::string_view text)
{
    int y = 0;
    unsigned m = 0, d = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto part = [&](size_t at, size_t n, auto& out) {
        auto [ptr, ec] = std::from_chars(text.data() + at, text.data() + at + n, out);
        return ec == std::errc() && ptr == text.data() + at + n;
    };
    if (!part(0, 4, y) || !part(5, 2, m) || !part(8, 2, d))
        return std::nullopt;
    const year_month_day date{year(y), month(m), day(d)};
    if (!date.ok())
        return std::nullopt;
    return date;
}

std::string dateText(year_month_day d)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                  static_cast<unsigned>(d.day()));
    return buf;
}

struct DayInProgress
{
    DailySummary day;
    bool hasDate = false, hasMin = false, hasMax = false;
    minutes internalTimeout{0}, externalTimeout{0};
};

class FridgeTagReader
{
public:
    explicit FridgeTagReader(const LoggerCsvOptions& options)
        : m_options(options)
    {}

    Result<LoggerFile> read(std::string_view content);

private:
    Result<Ok> field(const std::vector<std::string>& path, std::string_view key, std::string_view value);
    Result<Ok> reading(std::string_view line);
    Result<double> temperature(std::string_view key, std::string_view value) const;
    Result<LoggerFile> finish();
    Error bad(const std::string& why) const
    {
        return makeError(Error::Kind::Invalid, "Fridge-tag report line " + std::to_string(m_line) + ": " + why);
    }

    const LoggerCsvOptions& m_options;
    int m_line = 0;
    LoggerFile m_file;
    DailySummaryLog m_summary;
    bool m_deviceSeen = false, m_fahrenheit = false, m_unitSeen = false, m_useExternalSensor = false,
         m_dataHeaderSeen = false;
    std::optional<UtcTime> m_activated, m_reportCreated;
    int m_activatedLine = 0;
    std::map<int, AlarmLimit> m_alarms;
    std::vector<DayInProgress> m_days;
    TemperatureLog m_readings;
    int m_previousReadingLine = 0;
    bool m_activationReadingPending = false;
    TemperatureReading m_activationReading{};
};

Result<double> FridgeTagReader::temperature(std::string_view key, std::string_view value) const
{
    auto v = number(value);
    if (!v)
        return bad(std::string(key) + " \"" + std::string(value) + "\" is not a temperature");
    if (!m_unitSeen)
        return bad(std::string(key) + " before \"Temp unit\": the unit of the report is unknown");
    return m_fahrenheit ? fahrenheitToCelsius(*v) : *v;
}

Result<Ok> FridgeTagReader::field(const std::vector<std::string>& path, std::string_view key, std::string_view value)
{
    const size_t depth = path.size();
    auto minutesOf = [&](std::string_view v) -> Result<minutes> {
        auto m = wholeMinutes(v);
        if (!m || *m > 1440 * 366)
            return bad(std::string(key) + " \"" + std::string(v) + "\" is not a number of minutes");
        return minutes(*m);
    };
    if (depth == 1 && path[0] == "Conf") {
        if (key == "Serial")
            m_file.serial = std::string(value);
        else if (key == "Temp unit") {
            if (value != "C" && value != "F")
                return bad("Temp unit \"" + std::string(value) + "\" is neither C nor F");
            m_fahrenheit = value == "F";
            m_unitSeen = true;
        } else if (key == "Use ext devices")
            m_useExternalSensor = value == "1";
        return Ok{};
    }
    if (depth == 3 && path[0] == "Conf" && path[1] == "Alarm") {
        const int index = path[2] == "0" ? 0 : path[2] == "1" ? 1 : -1;
        if (index < 0)
            return Ok{}; // further alarm slots: not the low/high pair we judge on
        if (key == "T AL") {
            auto t = temperature(key, value);
            if (!t)
                return t.error();
            m_alarms[index].celsius = *t;
        } else if (key == "t AL") {
            auto m = minutesOf(value);
            if (!m)
                return m.error();
            m_alarms[index].delay = *m;
        }
        return Ok{};
    }
    if (depth == 1 && path[0] == "Hist" && (key == "TS Actv" || key == "TS Report Creation")) {
        auto at = parseLoggerLocalTime(value, std::nullopt);
        if (!at)
            return bad(std::string(key) + ": " + at.error().message);
        (key == "TS Actv" ? m_activated : m_reportCreated) = *at;
        if (key == "TS Actv")
            m_activatedLine = m_line;
        return Ok{};
    }
    if (depth >= 2 && path[0] == "Hist") {
        if (m_days.empty())
            return bad(std::string(key) + " outside a day of the history");
        DayInProgress& d = m_days.back();
        if (depth == 2 && key == "Date") {
            auto date = isoDate(value);
            if (!date)
                return bad("Date \"" + std::string(value) + "\" is not a date (yyyy-mm-dd)");
            d.day.date = *date;
            d.hasDate = true;
        } else if (depth == 2 && (key == "Min T" || key == "Max T")) {
            (key == "Min T" ? d.hasMin : d.hasMax) = true;
            if (value == "---") { // the device did not measure that day (sensor timeout)
                d.day.measured = false;
                return Ok{};
            }
            auto t = temperature(key, value);
            if (!t)
                return t.error();
            (key == "Min T" ? d.day.minC : d.day.maxC) = *t;
        } else if (depth == 4 && path[2] == "Alarm" && key == "t Acc" && (path[3] == "0" || path[3] == "1")) {
            auto m = minutesOf(value);
            if (!m)
                return m.error();
            if (*m > minutes(1440))
                return bad("t Acc " + std::string(value) + " min is more than a day");
            (path[3] == "0" ? d.day.minutesBelowLowAlarm : d.day.minutesAboveHighAlarm) = *m;
        } else if (depth == 3 && key == "t AccST" &&
                   (path[2] == "Int Sensor timeout" || path[2] == "Ext Sensor timeout")) {
            auto m = minutesOf(value);
            if (!m)
                return m.error();
            (path[2] == "Int Sensor timeout" ? d.internalTimeout : d.externalTimeout) = *m;
        }
    }
    return Ok{};
}

// "<TAB>2022-05-02 10:36<TAB>27.5<TAB>x": one reading of a 2 L.
Result<Ok> FridgeTagReader::reading(std::string_view line)
{
    line = trimBlanks(line);
    if (!m_dataHeaderSeen) {
        if (line.substr(0, 4) != "yyyy")
            return bad("expected the readings' header \"yyyy-MM-dd hh:mm<TAB>T<TAB>Out of limits\"");
        m_dataHeaderSeen = true;
        return Ok{};
    }
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos)
        return bad("expected \"date time<TAB>temperature\"");
    const std::string_view when = trimBlanks(line.substr(0, tab));
    std::string_view rest = trimBlanks(line.substr(tab + 1));
    const std::string_view value = trimBlanks(rest.substr(0, rest.find('\t')));
    const std::optional<UtcTime> previous = m_activationReadingPending ? std::optional(m_activationReading.at)
                                            : m_readings.readings.empty()
                                                ? std::nullopt
                                                : std::optional(m_readings.readings.back().at);
    auto at = parseLoggerLocalTime(when, previous);
    if (!at)
        return bad(at.error().message);
    auto t = temperature("reading", value);
    if (!t)
        return t.error();
    const TemperatureReading r{*at, *t};
    // The first row is stamped at activation, before the logger is put in place; the device's next reading may
    // come hours later. That row is no part of the history the gap rule protects, so it is dropped when a gap
    // follows it (and kept when the readings go on at the logging interval).
    if (m_readings.readings.empty() && !m_activationReadingPending && m_activated && *at == *m_activated) {
        m_activationReadingPending = true;
        m_activationReading = r;
        m_previousReadingLine = m_line;
        return Ok{};
    }
    if (m_activationReadingPending) {
        m_activationReadingPending = false;
        if (r.at - m_activationReading.at <= m_options.maxGap)
            if (auto kept = appendReading(m_readings, m_activationReading, 0, m_options); !kept)
                return bad(kept.error().message);
    }
    if (auto added = appendReading(m_readings, r, m_previousReadingLine, m_options); !added)
        return bad(added.error().message);
    m_previousReadingLine = m_line;
    return Ok{};
}

Result<LoggerFile> FridgeTagReader::read(std::string_view content)
{
    if (content.substr(0, 3) == "\xEF\xBB\xBF")
        content.remove_prefix(3);
    std::vector<std::string> path; // the open sections, one per indentation level
    bool inData = false;
    size_t pos = 0;
    while (pos < content.size()) {
        size_t end = content.find('\n', pos);
        if (end == std::string_view::npos)
            end = content.size();
        std::string_view line = content.substr(pos, end - pos);
        pos = end + 1;
        ++m_line;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.find('\0') != std::string_view::npos)
            return bad("binary data");
        if (trimBlanks(line).empty())
            continue;
        if (!m_deviceSeen) {
            m_deviceSeen = true;
            const std::string_view device = trimBlanks(line);
            if (device.substr(0, 8) != "Device: ")
                return bad("expected \"Device: ...Fridge-tag 2...\" as the first line");
            const size_t at = device.find("Fridge-tag 2");
            if (at == std::string_view::npos)
                return bad("device \"" + std::string(device.substr(8)) +
                           "\" is not a Fridge-tag 2, 2 E or 2 L (the only Berlinger reports read here)");
            const std::string_view model = trimBlanks(device.substr(at + 12));
            if (model == "L")
                m_file.format = LoggerFormat::FridgeTag2L;
            else if (model.empty() || model == "E")
                m_file.format = LoggerFormat::FridgeTag2;
            else
                return bad("device \"" + std::string(device.substr(8)) + "\" is not a Fridge-tag 2, 2 E or 2 L");
            continue;
        }
        if (line.front() == '\t') {
            if (!inData)
                return bad("a reading outside the Data section");
            if (auto r = reading(line); !r)
                return r.error();
            continue;
        }
        const size_t indent = line.find_first_not_of(' ');
        const std::string_view text = trimBlanks(line);
        if (indent > path.size())
            return bad("indented deeper than the section it belongs to");
        path.resize(indent);
        inData = false;
        if (text.back() == ':' && text.find(": ") == std::string_view::npos) {
            const std::string section(text.substr(0, text.size() - 1));
            path.push_back(section);
            inData = indent == 0 && section == "Data";
            if (indent == 1 && path[0] == "Hist" && wholeMinutes(section)) {
                m_days.push_back({});
                m_days.back().day.line = m_line;
            }
            continue;
        }
        // "key: value" pairs, several on a line separated by ", " ("Min T: +4.0, TS Min T: 00:42").
        std::string_view rest = text;
        while (!rest.empty()) {
            const size_t comma = rest.find(", ");
            const std::string_view pair = rest.substr(0, comma);
            rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 2);
            const size_t colon = pair.find(": ");
            if (colon == std::string_view::npos)
                return bad("expected \"key: value\", found \"" + std::string(pair) + "\"");
            if (auto ok = field(path, trimBlanks(pair.substr(0, colon)), trimBlanks(pair.substr(colon + 2))); !ok)
                return ok.error();
        }
    }
    return finish();
}

Result<LoggerFile> FridgeTagReader::finish()
{
    ++m_line; // messages about what is missing name the end of the file
    auto missing = [&](const std::string& what) {
        return makeError(Error::Kind::Invalid, "Fridge-tag report: " + what + " missing (line " +
                                                   std::to_string(m_line) + " is the end of the file)");
    };
    if (m_file.serial.empty())
        return missing("Conf: Serial");
    if (!m_unitSeen)
        return missing("Conf: Temp unit");
    if (!m_alarms.count(0) || !m_alarms.count(1))
        return missing("Conf: Alarm 0 (low) and 1 (high)");
    if (m_alarms[0].celsius >= m_alarms[1].celsius)
        return makeError(Error::Kind::Invalid, "Fridge-tag report: the low alarm limit is not below the high one");
    if (!m_activated || !m_reportCreated)
        return missing("Hist: TS Actv and TS Report Creation");
    if (m_days.empty())
        return missing("Hist: days");
    m_summary.loggerId = m_file.serial;
    m_summary.lowAlarm = m_alarms[0];
    m_summary.highAlarm = m_alarms[1];
    for (auto& d : m_days) {
        m_line = d.day.line;
        if (!d.hasDate || !d.hasMin || !d.hasMax)
            return bad("day without its Date, Min T and Max T");
        if (d.day.measured && d.day.minC > d.day.maxC)
            return bad("Min T is above Max T");
        if (d.day.measured && (d.day.minC < -80 || d.day.maxC > 85))
            return bad("temperature outside the recorder range -80..85 C");
        d.day.sensorTimeout = std::max(d.internalTimeout, m_useExternalSensor ? d.externalTimeout : minutes(0));
        m_summary.days.push_back(d.day);
    }
    // The report lists the newest day first; the history is kept oldest first, every day present.
    std::sort(m_summary.days.begin(), m_summary.days.end(),
              [](const DailySummary& a, const DailySummary& b) { return a.date < b.date; });
    for (size_t i = 0; i < m_summary.days.size(); ++i) {
        DailySummary& d = m_summary.days[i];
        m_line = d.line;
        if (i > 0) {
            const year_month_day expected{sys_days(m_summary.days[i - 1].date) + days(1)};
            if (d.date == m_summary.days[i - 1].date)
                return bad("day " + dateText(d.date) + " appears twice (also line " +
                           std::to_string(m_summary.days[i - 1].line) + ")");
            if (d.date != expected)
                return bad("no history for " + dateText(expected) + " (the next day listed is " + dateText(d.date) +
                           "): days without data cannot prove a cold chain");
        }
        auto midnight = parseIso8601(dateText(d.date) + "T00:00");
        auto nextMidnight = parseIso8601(dateText(year_month_day{sys_days(d.date) + days(1)}) + "T00:00");
        if (!midnight || !nextMidnight)
            return bad("day " + dateText(d.date) + " cannot be placed in time");
        d.from = std::max(*midnight, *m_activated);
        d.to = std::min(*nextMidnight, *m_reportCreated);
        if (d.to <= d.from)
            return bad("day " + dateText(d.date) + " lies outside the logger's activation (line " +
                       std::to_string(m_activatedLine) + ") and report creation");
    }
    if (m_file.format == LoggerFormat::FridgeTag2L || !m_readings.readings.empty() || m_dataHeaderSeen) {
        if (m_readings.readings.size() < 2)
            return missing("Data: readings");
        m_readings.loggerId = m_file.serial;
        m_file.history = m_readings;
        m_file.deviceSummary = m_summary;
    } else {
        m_file.history = m_summary;
    }
    return m_file;
}

} // namespace

Result<LoggerFile> parseFridgeTag(std::string_view content, const LoggerCsvOptions& options)
{
    return FridgeTagReader(options).read(content);
}

} // namespace prep::station
