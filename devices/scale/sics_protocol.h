// SPDX-License-Identifier: GPL-3.0-or-later
// MT-SICS (Mettler Toledo Standard Interface Command Set) answers, parsed by a pure function over bytes.
// Lines are split on whitespace, never on fixed columns (reference.md 3.4), and anything that is not a well-formed
// answer is Invalid: a weight is never guessed from an unparseable line (scales.md §2).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace prep::devices {

enum class ParseStatus { Valid, Invalid, NeedMore };

struct SicsAnswer
{
    std::string command;         // echo: "S", "T", "TA", "TAC", "Z", "I2", "I4", ... or "ES"/"ET"/"EL"
    char status = 0;             // 'S' stable, 'D' dynamic, 'A' done, 'I' not executable, 'L' logical, '+', '-'
    std::optional<double> value; // the weight/tare value when the answer carries one
    std::string valueText;       // the value exactly as sent ("12.345"), for the record
    std::string unit;            // "g", "mg", "kg", ...
    std::string text;            // the quoted text of I2/I4 answers, without the quotes
    bool generalError() const { return command == "ES" || command == "ET" || command == "EL"; }
};

struct SicsParse
{
    ParseStatus status = ParseStatus::NeedMore;
    std::size_t consumed = 0; // bytes of the input this line used (including CR LF); skip them on Invalid too
    SicsAnswer answer;
    std::string line;   // the line without CR LF, for the record
    std::string reason; // why the line is Invalid
};

// Parses the first line of `bytes`. NeedMore when no line end has arrived yet (and the line is still short enough
// to be an answer); Invalid lines report how many bytes to drop so the caller can resynchronise.
SicsParse parseSicsAnswer(std::string_view bytes);

// Grams from a value and unit ("mg", "g", "kg"); nullopt for a unit the station does not weigh in.
std::optional<double> sicsGrams(double value, const std::string& unit);

// "S S     12.345 g": the value right-aligned in 10 characters, as a balance sends it.
std::string formatSicsWeight(const std::string& prefix, double grams, int decimals);

// Human meaning of an error answer, e.g. "S +" -> "overload", "ES" -> "syntax error (command not understood)".
std::string describeSicsError(const SicsAnswer& answer);

} // namespace prep::devices
