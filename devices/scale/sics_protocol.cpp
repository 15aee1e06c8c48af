// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/scale/sics_protocol.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <vector>

namespace prep::devices {

namespace {

constexpr std::size_t kMaxLine = 256; // longer than any MT-SICS answer: garbage, drop it

bool isCommandToken(std::string_view t)
{
    if (t.empty() || t.size() > 5)
        return false;
    if (t == "@")
        return true;
    for (char c : t)
        if (!std::isupper(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c)))
            return false;
    return std::isupper(static_cast<unsigned char>(t[0]));
}

// A decimal number: optional '-', digits with at most one '.', at least one digit. No exponent, no '+', no
// hex: a balance never sends those, so they mean a corrupted line.
bool parseDecimal(std::string_view t, double& out)
{
    std::size_t i = 0;
    if (i < t.size() && t[i] == '-')
        ++i;
    int digits = 0, dots = 0;
    for (std::size_t j = i; j < t.size(); ++j) {
        if (std::isdigit(static_cast<unsigned char>(t[j])))
            ++digits;
        else if (t[j] == '.')
            ++dots;
        else
            return false;
    }
    if (digits == 0 || dots > 1 || digits > 12)
        return false;
    auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), out);
    return ec == std::errc() && ptr == t.data() + t.size() && std::isfinite(out);
}

bool isUnit(std::string_view t)
{
    if (t.empty() || t.size() > 4)
        return false;
    for (char c : t)
        if (!std::isalpha(static_cast<unsigned char>(c)))
            return false;
    return true;
}

SicsParse invalid(SicsParse p, std::string reason)
{
    p.status = ParseStatus::Invalid;
    p.reason = std::move(reason);
    return p;
}

} // namespace

SicsParse parseSicsAnswer(std::string_view bytes)
{
    SicsParse p;
    const auto lf = bytes.find('\n');
    if (lf == std::string_view::npos) {
        if (bytes.size() > kMaxLine) {
            p.consumed = bytes.size();
            return invalid(p, "line longer than " + std::to_string(kMaxLine) + " bytes without an end");
        }
        return p; // NeedMore
    }
    p.consumed = lf + 1;
    std::string_view line = bytes.substr(0, lf);
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    p.line = std::string(line);
    if (line.size() > kMaxLine)
        return invalid(p, "line too long");

    // Tokens split on spaces/tabs; a double-quoted token keeps its spaces.
    std::vector<std::string> tokens;
    std::vector<bool> quoted;
    for (std::size_t i = 0; i < line.size();) {
        const char c = line[i];
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t')
            return invalid(p, "control character in line");
        if (static_cast<unsigned char>(c) > 0x7e)
            return invalid(p, "non-ASCII byte in line");
        if (c == ' ' || c == '\t') {
            ++i;
            continue;
        }
        if (c == '"') {
            const auto end = line.find('"', i + 1);
            if (end == std::string_view::npos)
                return invalid(p, "unterminated quoted text");
            tokens.emplace_back(line.substr(i + 1, end - i - 1));
            quoted.push_back(true);
            i = end + 1;
            continue;
        }
        std::size_t j = i;
        while (j < line.size() && line[j] != ' ' && line[j] != '\t' && line[j] != '"')
            ++j;
        tokens.emplace_back(line.substr(i, j - i));
        quoted.push_back(false);
        i = j;
    }
    if (tokens.empty())
        return invalid(p, "empty line");
    if (quoted[0] || !isCommandToken(tokens[0]))
        return invalid(p, "\"" + tokens[0] + "\" is not an MT-SICS command echo");

    SicsAnswer& a = p.answer;
    a.command = tokens[0];
    if (a.generalError()) {
        if (tokens.size() != 1)
            return invalid(p, a.command + " followed by unexpected text");
        p.status = ParseStatus::Valid;
        return p;
    }
    if (tokens.size() < 2 || quoted[1] || tokens[1].size() != 1)
        return invalid(p, "missing status after " + a.command);
    const char st = tokens[1][0];
    if (std::string_view("SDAIL+-").find(st) == std::string_view::npos)
        return invalid(p, std::string("unknown status '") + st + "'");
    a.status = st;
    const std::size_t rest = tokens.size() - 2;

    // Error statuses carry nothing more.
    if (st == 'I' || st == 'L' || st == '+' || st == '-') {
        if (rest != 0)
            return invalid(p, a.command + " " + st + " followed by unexpected text");
        p.status = ParseStatus::Valid;
        return p;
    }
    if (rest == 0) {
        // "Z A", "TAC A", "@"-style acknowledgements; a weight answer without a value is not valid.
        if (st == 'A') {
            p.status = ParseStatus::Valid;
            return p;
        }
        return invalid(p, a.command + " " + st + " without a value");
    }
    if (rest == 1 && quoted[2]) {
        a.text = tokens[2];
        p.status = ParseStatus::Valid;
        return p;
    }
    if (rest == 2 && !quoted[2] && !quoted[3]) {
        double v = 0;
        if (!parseDecimal(tokens[2], v))
            return invalid(p, "\"" + tokens[2] + "\" is not a number");
        if (!isUnit(tokens[3]))
            return invalid(p, "\"" + tokens[3] + "\" is not a unit");
        a.value = v;
        a.valueText = tokens[2];
        a.unit = tokens[3];
        p.status = ParseStatus::Valid;
        return p;
    }
    // Other answers (I2 with unquoted fields, multi-field data) are kept as text for the commands that want it.
    if (st == 'A') {
        for (std::size_t i = 2; i < tokens.size(); ++i)
            a.text += (i > 2 ? " " : "") + tokens[i];
        p.status = ParseStatus::Valid;
        return p;
    }
    return invalid(p, "unexpected fields after " + a.command + " " + st);
}

std::optional<double> sicsGrams(double value, const std::string& unit)
{
    if (unit == "g")
        return value;
    if (unit == "mg")
        return value / 1000.0;
    if (unit == "kg")
        return value * 1000.0;
    return std::nullopt;
}

std::string formatSicsWeight(const std::string& prefix, double grams, int decimals)
{
    char value[32];
    std::snprintf(value, sizeof value, "%10.*f", decimals, grams);
    return prefix + " " + value + " g";
}

std::string describeSicsError(const SicsAnswer& a)
{
    if (a.command == "ES")
        return "syntax error (ES: command not understood by the balance)";
    if (a.command == "ET")
        return "transmission error (ET)";
    if (a.command == "EL")
        return "logical error (EL)";
    const std::string code = a.command + " " + a.status;
    switch (a.status) {
    case 'I':
        return code + ": not executable now (balance busy, or no stability within its timeout)";
    case 'L':
        return code + ": logical error (parameter not allowed)";
    case '+':
        return code + ": overload (weight above the balance's range)";
    case '-':
        return code + ": underload (weight below the balance's range, pan missing?)";
    default:
        return code;
    }
}

} // namespace prep::devices
