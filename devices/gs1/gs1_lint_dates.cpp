// SPDX-License-Identifier: GPL-3.0-or-later
// Dates and times: YYMMDD and YYYYMMDD (the "0" variants allow DD = 00, "the last day of the month"), HH, MI, SS
// and HHMI.
#include "devices/gs1/gs1_linters.h"

#include <string>

namespace prep::devices::gs1lint {

namespace {

using E = Gs1LintError;

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int twoDigits(std::string_view d, std::size_t at)
{
    return (d[at] - '0') * 10 + (d[at + 1] - '0');
}

Gs1LintResult allDigits(std::string_view d)
{
    for (std::size_t i = 0; i < d.size(); ++i)
        if (!isDigit(d[i]))
            return {E::NonDigitCharacter, i, 1};
    return {};
}

// A two-digit field 00..max of exactly two characters.
Gs1LintResult twoDigitField(std::string_view d, int max, E tooShort, E tooLong, E illegal)
{
    if (d.size() != 2)
        return {d.size() < 2 ? tooShort : tooLong, 0, d.size()};
    if (auto r = allDigits(d); !r.ok())
        return r;
    if (twoDigits(d, 0) > max)
        return {illegal, 0, 2};
    return {};
}

} // namespace

Gs1LintResult yyyymmd0(std::string_view d)
{
    if (d.size() != 8)
        return {d.size() < 8 ? E::DateTooShort : E::DateTooLong, 0, d.size()};
    if (auto r = allDigits(d); !r.ok())
        return r;
    const int year = twoDigits(d, 0) * 100 + twoDigits(d, 2), month = twoDigits(d, 4), day = twoDigits(d, 6);
    if (month < 1 || month > 12)
        return {E::IllegalMonth, 4, 2};
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int last = month == 2 && leap ? 29 : kDays[month - 1];
    if (day > last)
        return {E::IllegalDay, 6, 2};
    return {};
}

Gs1LintResult yyyymmdd(std::string_view d)
{
    if (auto r = yyyymmd0(d); !r.ok())
        return r;
    if (d[6] == '0' && d[7] == '0')
        return {E::IllegalDay, 6, 2};
    return {};
}

Gs1LintResult yymmd0(std::string_view d)
{
    if (d.size() != 6)
        return {d.size() < 6 ? E::DateTooShort : E::DateTooLong, 0, d.size()};
    if (auto r = allDigits(d); !r.ok())
        return r;
    // Only 29 February depends on the century; the reference's sliding window (around 2021) puts YY 72-99 in
    // the 1900s and the rest in the 2000s, which gives the same leap years as any window but for YY = 00.
    const int yy = twoDigits(d, 0);
    std::string full = (yy >= 72 ? "19" : "20") + std::string(d);
    auto r = yyyymmd0(full);
    if (!r.ok())
        r.pos -= 2;
    return r;
}

Gs1LintResult yymmdd(std::string_view d)
{
    if (auto r = yymmd0(d); !r.ok())
        return r;
    if (d[4] == '0' && d[5] == '0')
        return {E::IllegalDay, 4, 2};
    return {};
}

Gs1LintResult hh(std::string_view d)
{
    return twoDigitField(d, 23, E::HourTooShort, E::HourTooLong, E::IllegalHour);
}

Gs1LintResult mi(std::string_view d)
{
    return twoDigitField(d, 59, E::MinuteTooShort, E::MinuteTooLong, E::IllegalMinute);
}

Gs1LintResult ss(std::string_view d)
{
    return twoDigitField(d, 59, E::SecondTooShort, E::SecondTooLong, E::IllegalSecond);
}

Gs1LintResult hhmi(std::string_view d)
{
    if (d.size() != 4)
        return {d.size() < 4 ? E::HourWithMinuteTooShort : E::HourWithMinuteTooLong, 0, d.size()};
    if (auto r = hh(d.substr(0, 2)); !r.ok())
        return r;
    auto r = mi(d.substr(2, 2));
    if (!r.ok())
        r.pos += 2;
    return r;
}

} // namespace prep::devices::gs1lint
