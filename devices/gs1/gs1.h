// SPDX-License-Identifier: GPL-3.0-or-later
// GS1 element strings (the content of a pack's GS1 DataMatrix, a GS1-128 label, or a scanner's keystrokes),
// parsed and validated exactly as the GS1 Barcode Syntax Dictionary says: formats, every linter it names (check
// digits, dates with DD = 00 the last day of the month, country and currency codes, IBAN...), mandatory and
// excluded AI pairings. Verdicts are those of GS1's Barcode Syntax Engine, checked on its own test vectors
// (tests/devices/gs1/gs1_engine_vectors_test.cpp).
#pragma once

#include "devices/error.h"
#include "devices/gs1/gs1_linters.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prep::devices {

inline constexpr char kGs1Separator = '\x1d'; // ASCII GS, how scanners transmit FNC1 between fields

struct Gs1Element
{
    std::string ai;    // "01"
    std::string title; // the dictionary's title, "GTIN"
    std::string value; // "03400930000007"
};

struct Gs1Message
{
    std::vector<Gs1Element> elements;

    // Human-readable interpretation: "(01)03400930000007(17)270531(10)AB12".
    std::string hri() const;
    const Gs1Element* find(std::string_view ai) const;
    // The raw element string, with GS after every field that needs one (never after the last).
    std::string elementString() const;
};

// What kind of rule an input breaks (the checks of GS1's Barcode Syntax Engine, in its terms).
enum class Gs1Fault : std::uint8_t {
    Syntax,                        // not an element string: unknown AI, bad brackets, non-GS1 symbol, too many AIs
    Value,                         // an AI's value: length, character set, or a linter (Gs1Problem::lint says which)
    ExcludedPair,                  // two AIs that may not appear together (ex=)
    MissingRequired,               // an AI without the AIs it requires (req=)
    RepeatedAi,                    // one AI twice with different values
    DigitalSignatureWithoutSerial, // (8030) over a GDTI, GCN or GRAI without its serial component
};

struct Gs1Problem
{
    Gs1Fault fault = Gs1Fault::Syntax;
    std::string ai;                       // the AI at fault, when there is one
    Gs1LintError lint = Gs1LintError::Ok; // for Gs1Fault::Value found by a linter
    std::string message;                  // names the AI and what is wrong
};

// Every problem of an input, for tools and tests that compare with GS1's engine check by check: a problem that
// stops parsing comes alone; otherwise one problem per message rule broken, in the engine's order.
struct Gs1Examination
{
    Gs1Message message; // meaningful only when `problems` is empty
    std::vector<Gs1Problem> problems;
};
Gs1Examination examineGs1(std::string_view input, bool checkRequisites = true);

// Parses a GS1 element string: raw with GS (0x1D) or the text "<GS>" as separator, an optional symbology
// identifier prefix ("]d2", "]C1", "]Q3", "]e0", "]J1"), or a bracketed HRI "(01)...(17)..." in which a '(' of
// data is written "\(". Every element is validated against the dictionary; the error names the AI and the rule it
// breaks, and marks the offending characters in brackets: "AI (17) ...: illegal month ...: 26[13]31".
Result<Gs1Message> parseGs1(std::string_view input);
// The same, choosing whether the mandatory associations (req=) are checked. The dictionary says they hold over
// all the carriers marking one item, so a single symbol read by a camera is checked without them; the vial check
// applies them to the pack's code. Excluded pairs, repeated AIs and the (8030) rule always apply, as in GS1's
// engine, where only the req= check may be switched off.
Result<Gs1Message> parseGs1(std::string_view input, bool checkPairings);

// A GS1 date YYMMDD; DD = 00 means the last day of the month. std::nullopt when the date does not exist.
// Years are 20YY, which the GS1 century rule (General Specifications §7.12) gives for YY 00-49 until 2049
// and for every YY up to 99 from 2050 onwards; use the overload to apply the rule against a reference year.
std::optional<std::chrono::year_month_day> gs1Date(std::string_view yymmdd);
std::optional<std::chrono::year_month_day> gs1Date(std::string_view yymmdd, std::chrono::year reference);

// A keyboard-wedge scanner types the code into a text field: the separator may arrive as another character or
// sequence, or be dropped altogether.
struct Gs1WedgeOptions
{
    // Sequences the scanner sends in place of GS (site configuration; a printable character that may occur in
    // lots and serials must not be listed). The text "<GS>" is always accepted.
    std::vector<std::string> separatorSubstitutes = {"^]", "{GS}", "[GS]"};
    // Give up rather than enumerate forever on pathological input.
    int maxReadings = 32;
};

// Every valid reading of a scan whose separators were dropped: a variable-length field may end wherever a
// known AI could begin. With separators present there is at most one reading.
Result<std::vector<Gs1Message>> gs1Readings(std::string_view input, const Gs1WedgeOptions& options = {});

// Parses a keyboard-wedge scan. When separators were dropped and the scan reads several ways, `plausible`
// (e.g. "the GTIN is in the catalogue and the pack carries lot, expiry and serial") may single out exactly one
// reading; otherwise the scan is refused with an error that says why, never guessed.
Result<Gs1Message> parseGs1Wedge(std::string_view input, const Gs1WedgeOptions& options = {},
                                 const std::function<bool(const Gs1Message&)>& plausible = {});

// GS1 mod-10 check digit over all digits of `digits` but the last: true when the last digit is right.
bool gs1CheckDigitValid(std::string_view digits);
// The check digit for `body` (the digits without it).
char gs1CheckDigit(std::string_view body);

} // namespace prep::devices
