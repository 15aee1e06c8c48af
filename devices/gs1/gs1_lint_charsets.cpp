// SPDX-License-Identifier: GPL-3.0-or-later
// Character sets and check characters: N, CSET 82, CSET 39, CSET 64 (base64url), mod-10 check digit, and the
// mod-1021 alphanumeric check pair of AI (8013) GMN.
#include "devices/gs1/gs1_linters.h"

#include <array>

namespace prep::devices::gs1lint {

namespace {

using E = Gs1LintError;

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A 128-entry membership table built from the characters of a set.
struct CharSet
{
    std::array<bool, 128> in{};
    constexpr explicit CharSet(std::string_view chars)
    {
        for (char c : chars)
            in[std::size_t(c)] = true;
    }
    constexpr bool has(char c) const { return static_cast<unsigned char>(c) < 128 && in[std::size_t(c)]; }
};

constexpr std::string_view kCset82 =
    "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
constexpr CharSet kCset82Set{kCset82};
constexpr CharSet kCset39Set{"#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"};
constexpr CharSet kCset64Set{"-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"};

Gs1LintResult charsIn(std::string_view d, const CharSet& set, E error)
{
    for (std::size_t i = 0; i < d.size(); ++i)
        if (!set.has(d[i]))
            return {error, i, 1};
    return {};
}

} // namespace

Gs1LintResult csetNumeric(std::string_view d)
{
    for (std::size_t i = 0; i < d.size(); ++i)
        if (!isDigit(d[i]))
            return {E::NonDigitCharacter, i, 1};
    return {};
}

Gs1LintResult cset82(std::string_view d)
{
    return charsIn(d, kCset82Set, E::InvalidCset82Character);
}

Gs1LintResult cset39(std::string_view d)
{
    return charsIn(d, kCset39Set, E::InvalidCset39Character);
}

Gs1LintResult cset64(std::string_view d)
{
    // Up to two '=' pad the data to a multiple of three characters.
    std::size_t pads = 0;
    while (pads < d.size() && d[d.size() - pads - 1] == '=')
        ++pads;
    const std::size_t len = d.size() - pads;
    if (pads > 2 || (pads > 0 && d.size() % 3 != 0))
        return {E::InvalidCset64Padding, len, pads};
    return charsIn(d.substr(0, len), kCset64Set, E::InvalidCset64Character);
}

Gs1LintResult csum(std::string_view d)
{
    if (d.empty())
        return {E::TooShortForCheckDigit, 0, 0};
    // Weights 3, 1, 3, ... counted from the digit before the check digit.
    int weight = d.size() % 2 == 0 ? 3 : 1, sum = 0;
    for (std::size_t i = 0; i + 1 < d.size(); ++i) {
        if (!isDigit(d[i]))
            return {E::NonDigitCharacter, i, 1};
        sum += weight * (d[i] - '0');
        weight = 4 - weight;
    }
    const std::size_t last = d.size() - 1;
    if (!isDigit(d[last]))
        return {E::NonDigitCharacter, last, 1};
    if ((10 - sum % 10) % 10 + '0' != d[last])
        return {E::IncorrectCheckDigit, last, 1};
    return {};
}

Gs1LintResult csumAlpha(std::string_view d)
{
    // GS1 General Specifications 7.9.5: the first 97 primes weight the characters' CSET 82 values from the right;
    // the sum mod 1021 is written as two CSET 32 characters.
    static constexpr std::array<unsigned, 97> kPrimes = {
        2,   3,   5,   7,   11,  13,  17,  19,  23,  29,  31,  37,  41,  43,  47,  53,  59,  61,  67,  71,
        73,  79,  83,  89,  97,  101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173,
        179, 181, 191, 193, 197, 199, 211, 223, 227, 229, 233, 239, 241, 251, 257, 263, 269, 271, 277, 281,
        283, 293, 307, 311, 313, 317, 331, 337, 347, 349, 353, 359, 367, 373, 379, 383, 389, 397, 401, 409,
        419, 421, 431, 433, 439, 443, 449, 457, 461, 463, 467, 479, 487, 491, 499, 503, 509};
    static constexpr std::string_view kCset32 = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    if (d.size() > kPrimes.size() + 2)
        return {E::TooLongForCheckPairImplementation, 0, d.size()};
    if (d.size() < 2)
        return {E::TooShortForCheckPair, 0, d.size()};
    const std::size_t n = d.size() - 2;
    unsigned sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t value = kCset82.find(d[i]);
        if (value == std::string_view::npos)
            return {E::InvalidCset82Character, i, 1};
        sum += unsigned(value) * kPrimes[n - 1 - i];
    }
    sum %= 1021;
    if (d[n] != kCset32[sum >> 5] || d[n + 1] != kCset32[sum & 31])
        return {E::IncorrectCheckPair, n, 2};
    return {};
}

} // namespace prep::devices::gs1lint
