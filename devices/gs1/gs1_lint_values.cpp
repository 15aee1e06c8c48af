// SPDX-License-Identifier: GPL-3.0-or-later
// Rules on a value's content: zero / non-zero, no leading zero, a non-digit somewhere, yes-no flags, winding
// direction, hyphens, "piece of total", "position/end", percent-encoding, latitude and longitude.
#include "devices/gs1/gs1_linters.h"

namespace prep::devices::gs1lint {

namespace {

using E = Gs1LintError;

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

constexpr bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

Gs1LintResult allDigits(std::string_view d)
{
    for (std::size_t i = 0; i < d.size(); ++i)
        if (!isDigit(d[i]))
            return {E::NonDigitCharacter, i, 1};
    return {};
}

// Ten digits not above `max` (latitude and longitude, in 10^-7 degrees offset by 90 and 180).
Gs1LintResult tenDigitsAtMost(std::string_view d, unsigned long max, E badLength, E outOfRange)
{
    if (d.size() != 10)
        return {badLength, 0, d.size()};
    unsigned long value = 0;
    for (std::size_t i = 0; i < d.size(); ++i) {
        if (!isDigit(d[i]))
            return {E::NonDigitCharacter, i, 1};
        value = value * 10 + static_cast<unsigned long>(d[i] - '0');
    }
    if (value > max)
        return {outOfRange, 0, 10};
    return {};
}

// A single character among `allowed`.
Gs1LintResult oneOf(std::string_view d, std::string_view allowed, E error)
{
    if (d.size() != 1)
        return {error, 0, d.size()};
    if (allowed.find(d[0]) == std::string_view::npos)
        return {error, 0, 1};
    return {};
}

} // namespace

Gs1LintResult zero(std::string_view d)
{
    if (d.empty())
        return {E::NotZero, 0, 0};
    for (char c : d)
        if (c != '0')
            return {E::NotZero, 0, d.size()};
    return {};
}

Gs1LintResult nonZero(std::string_view d)
{
    if (auto r = allDigits(d); !r.ok())
        return r;
    if (d.find_first_not_of('0') == std::string_view::npos)
        return {E::IllegalZeroValue, 0, d.size()};
    return {};
}

Gs1LintResult noZeroPrefix(std::string_view d)
{
    if (!d.empty() && d[0] == '0')
        return {E::IllegalZeroPrefix, 0, 1};
    return allDigits(d);
}

Gs1LintResult hasNonDigit(std::string_view d)
{
    for (char c : d)
        if (!isDigit(c))
            return {};
    return {E::RequiresNonDigitCharacter, 0, d.size()};
}

Gs1LintResult yesNo(std::string_view d)
{
    return oneOf(d, "01", E::NotZeroOrOne);
}

Gs1LintResult winding(std::string_view d)
{
    // 0 face out, 1 face in, 9 undefined.
    return oneOf(d, "019", E::InvalidWindingDirection);
}

Gs1LintResult hyphen(std::string_view d)
{
    if (d.empty())
        return {E::NotHyphen, 0, 0};
    for (char c : d)
        if (c != '-')
            return {E::NotHyphen, 0, d.size()};
    return {};
}

Gs1LintResult pieceOfTotal(std::string_view d)
{
    // Two equal-length numbers: the piece, then the total; 1 <= piece <= total.
    if (auto r = allDigits(d); !r.ok())
        return r;
    if (d.empty() || d.size() % 2 != 0)
        return {E::InvalidLengthForPieceOfTotal, 0, d.size()};
    const std::size_t half = d.size() / 2;
    const std::string_view piece = d.substr(0, half), total = d.substr(half);
    if (piece.find_first_not_of('0') == std::string_view::npos)
        return {E::ZeroPieceNumber, 0, half};
    if (total.find_first_not_of('0') == std::string_view::npos)
        return {E::ZeroTotalPieces, half, half};
    if (piece > total) // equal lengths: text order is numeric order
        return {E::PieceNumberExceedsTotal, 0, d.size()};
    return {};
}

Gs1LintResult posInSeqSlash(std::string_view d)
{
    // "<position>/<end>", both without leading zero, position <= end.
    const std::size_t slash = d.find_first_not_of("0123456789");
    if (slash == 0 || slash == std::string_view::npos || d[slash] != '/')
        return {E::PositionInSequenceMalformed, 0, d.size()};
    const std::string_view pos = d.substr(0, slash), end = d.substr(slash + 1);
    if (end.empty() || end.find_first_not_of("0123456789") != std::string_view::npos)
        return {E::PositionInSequenceMalformed, 0, d.size()};
    if (pos[0] == '0')
        return {E::IllegalZeroPrefix, 0, pos.size()};
    if (end[0] == '0')
        return {E::IllegalZeroPrefix, slash + 1, end.size()};
    if (pos.size() > end.size() || (pos.size() == end.size() && pos > end))
        return {E::PositionExceedsEnd, 0, d.size()};
    return {};
}

Gs1LintResult pcEnc(std::string_view d)
{
    for (std::size_t i = 0; i < d.size(); ++i) {
        if (d[i] != '%')
            continue;
        if (i + 2 >= d.size())
            return {E::InvalidPercentSequence, i, d.size() - i};
        if (!isHex(d[i + 1]) || !isHex(d[i + 2]))
            return {E::InvalidPercentSequence, i, 3};
        i += 2;
    }
    return {};
}

Gs1LintResult latitude(std::string_view d)
{
    return tenDigitsAtMost(d, 1800000000UL, E::LatitudeInvalidLength, E::InvalidLatitude);
}

Gs1LintResult longitude(std::string_view d)
{
    return tenDigitsAtMost(d, 3600000000UL, E::LongitudeInvalidLength, E::InvalidLongitude);
}

} // namespace prep::devices::gs1lint
