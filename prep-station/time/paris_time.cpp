// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/time/paris_time.h"

#include <QDateTime>
#include <QTimeZone>

#include <array>
#include <cstdio>
#include <vector>

namespace prep::station {

using namespace std::chrono;

namespace {

const QTimeZone& parisZone()
{
    static const QTimeZone zone("Europe/Paris");
    return zone;
}

sys_days lastSunday(year y, month m)
{
    return sys_days(year_month_weekday_last(y, m, weekday_last(Sunday)));
}

std::string twoDigits(int v)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d", v);
    return buf;
}

// "YYYY-MM-DDTHH:MM:SS[.mmm]" of a civil (offset-free) time point.
std::string civilIso(sys_time<milliseconds> civil)
{
    const sys_days day = floor<days>(civil);
    const year_month_day ymd(day);
    const hh_mm_ss hms(civil - day);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()), int(hms.hours().count()), int(hms.minutes().count()),
                  int(hms.seconds().count()));
    std::string out = buf;
    if (const auto ms = hms.subseconds().count(); ms != 0) {
        std::snprintf(buf, sizeof buf, ".%03d", int(ms));
        out += buf;
    }
    return out;
}

std::string offsetText(minutes offset)
{
    const char sign = offset < minutes(0) ? '-' : '+';
    const int total = int(offset < minutes(0) ? -offset.count() : offset.count());
    return sign + twoDigits(total / 60) + ":" + twoDigits(total % 60);
}

// A small cursor over the text being parsed, so every error can say what was expected where.
struct Cursor
{
    std::string_view text;
    size_t pos = 0;

    bool atEnd() const { return pos >= text.size(); }
    char peek() const { return atEnd() ? '\0' : text[pos]; }
    bool digits(int count, int& out)
    {
        out = 0;
        for (int i = 0; i < count; ++i) {
            if (atEnd() || text[pos] < '0' || text[pos] > '9')
                return false;
            out = out * 10 + (text[pos++] - '0');
        }
        return true;
    }
    bool literal(char c)
    {
        if (peek() != c)
            return false;
        ++pos;
        return true;
    }
};

Error invalid(std::string_view text, const std::string& why)
{
    return makeError(Error::Kind::Invalid, "date-time \"" + std::string(text) + "\": " + why);
}

} // namespace

minutes parisOffsetByEuRule(UtcTime at)
{
    const year y = year_month_day(floor<days>(at)).year();
    const sys_seconds summerStart = lastSunday(y, March) + hours(1);
    const sys_seconds summerEnd = lastSunday(y, October) + hours(1);
    return (at >= summerStart && at < summerEnd) ? minutes(120) : minutes(60);
}

minutes parisOffset(UtcTime at)
{
    const QTimeZone& zone = parisZone();
    if (!zone.isValid())
        return parisOffsetByEuRule(at);
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(at.time_since_epoch().count(), Qt::UTC);
    return duration_cast<minutes>(seconds(zone.offsetFromUtc(utc)));
}

std::string formatUtcIso(UtcTime at)
{
    return civilIso(at) + "Z";
}

std::string formatParisIso(UtcTime at)
{
    const minutes offset = parisOffset(at);
    return civilIso(at + offset) + offsetText(offset);
}

std::string formatParisDisplay(UtcTime at)
{
    const auto local = at + parisOffset(at);
    const sys_days day = floor<days>(local);
    const year_month_day ymd(day);
    const hh_mm_ss hms(local - day);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%02u/%02u/%04d %02d:%02d", unsigned(ymd.day()), unsigned(ymd.month()),
                  int(ymd.year()), int(hms.hours().count()), int(hms.minutes().count()));
    return buf;
}

std::string formatParisAi7003(UtcTime at)
{
    const auto local = floor<minutes>(at + parisOffset(at));
    const sys_days day = floor<days>(local);
    const year_month_day ymd(day);
    const hh_mm_ss hms(local - day);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%02d%02u%02u%02d%02d", int(ymd.year()) % 100, unsigned(ymd.month()),
                  unsigned(ymd.day()), int(hms.hours().count()), int(hms.minutes().count()));
    return buf;
}

Result<UtcTime> parseIso8601(std::string_view text)
{
    Cursor c{text};
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, ms = 0;
    if (!c.digits(4, y) || !c.literal('-') || !c.digits(2, mo) || !c.literal('-') || !c.digits(2, d))
        return invalid(text, "expected a date YYYY-MM-DD");
    if (!c.literal('T') && !c.literal(' '))
        return invalid(text, "expected 'T' and a time after the date");
    if (!c.digits(2, h) || !c.literal(':') || !c.digits(2, mi))
        return invalid(text, "expected a time HH:MM");
    if (c.literal(':')) {
        if (!c.digits(2, s))
            return invalid(text, "expected seconds SS");
        if (c.literal('.') || c.literal(',')) {
            // Keep milliseconds; finer digits are dropped (truncated), as the store is millisecond-resolution.
            int scale = 100;
            size_t count = 0;
            while (!c.atEnd() && c.peek() >= '0' && c.peek() <= '9') {
                ms += (c.peek() - '0') * scale;
                scale /= 10;
                ++c.pos;
                ++count;
            }
            if (count == 0)
                return invalid(text, "expected digits after the decimal point");
        }
    }
    const year_month_day ymd{year(y), month(unsigned(mo)), day(unsigned(d))};
    if (!ymd.ok())
        return invalid(text, "no such calendar date");
    if (h > 23 || mi > 59 || s > 59)
        return invalid(text, "hour, minute or second out of range");
    const sys_time<milliseconds> civil = sys_days(ymd) + hours(h) + minutes(mi) + seconds(s) + milliseconds(ms);

    if (c.atEnd()) {
        // Paris wall-clock time: find every offset that maps back to this wall-clock reading.
        std::vector<UtcTime> matches;
        for (const minutes candidate : {minutes(60), minutes(120)}) {
            const UtcTime utc = civil - candidate;
            if (parisOffset(utc) == candidate)
                matches.push_back(utc);
        }
        if (matches.empty())
            return invalid(text, "this local time does not exist in Europe/Paris (skipped by the spring change to "
                                 "summer time)");
        if (matches.size() > 1)
            return invalid(text, "this local time happens twice in Europe/Paris (autumn change back to winter "
                                 "time); add the offset, +02:00 for the first or +01:00 for the second");
        return matches.front();
    }
    if (c.literal('Z') || c.literal('z')) {
        if (!c.atEnd())
            return invalid(text, "unexpected text after 'Z'");
        return UtcTime(civil);
    }
    const char sign = c.peek();
    if (sign != '+' && sign != '-')
        return invalid(text, "expected 'Z', an offset such as +01:00, or nothing after the time");
    ++c.pos;
    int oh = 0, om = 0;
    if (!c.digits(2, oh))
        return invalid(text, "expected an offset +HH:MM");
    c.literal(':');
    if (!c.digits(2, om) || !c.atEnd())
        return invalid(text, "expected an offset +HH:MM");
    if (oh > 14 || om > 59)
        return invalid(text, "offset out of range");
    const minutes offset = (sign == '-' ? -1 : 1) * (hours(oh) + minutes(om));
    return UtcTime(civil - offset);
}

} // namespace prep::station
