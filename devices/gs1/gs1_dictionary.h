// SPDX-License-Identifier: GPL-3.0-or-later
// The GS1 Barcode Syntax Dictionary (devices/data/gs1-syntax-dictionary.txt, Apache-2.0) as a lookup table:
// every Application Identifier's format, whether it needs a separator, its linters and its pairing rules.
// The parser takes every rule from here so that a new dictionary release needs no code change.
#pragma once

#include "devices/error.h"
#include "devices/gs1/gs1_linters.h"

#include <string>
#include <string_view>
#include <vector>

namespace prep::devices {

// One component of an AI's data field, e.g. "N6,yymmd0" or "[X..17]".
struct Gs1Component
{
    char charset = 'X'; // 'N' digits, 'X' CSET 82, 'Y' CSET 39, 'Z' base64url
    int minLength = 0;
    int maxLength = 0;
    bool optional = false;
    std::vector<std::string> linters;    // "csum", "yymmd0", "hhmi", ...
    std::vector<Gs1Linter> linterChecks; // the same, resolved when the dictionary is read
};

struct Gs1AiRule
{
    std::string ai;
    std::string title;
    bool predefinedLength = false; // "*" flag: never followed by a separator
    std::vector<Gs1Component> components;
    // Each req= attribute is a list of alternative groups (req=01+21,03: "01 and 21, or 03"); every attribute must be
    // met by one of its groups. An AI may carry several (250: req=01,8006 req=21).
    std::vector<std::vector<std::vector<std::string>>> requirements;
    std::vector<std::string> excludes; // ex=255,37: patterns, 'n' matches any digit
    int minLength() const;
    int maxLength() const;
};

class Gs1Dictionary
{
public:
    // The embedded dictionary, parsed once, on first use.
    static const Gs1Dictionary& embedded();
    static Result<Gs1Dictionary> parse(std::string_view text);

    // The rule for an AI given as the first 2-4 digits of `data` (AIs are prefix-free), or nullptr.
    const Gs1AiRule* matchPrefix(std::string_view data) const;
    const Gs1AiRule* find(std::string_view ai) const;
    size_t size() const { return m_rules.size(); }

private:
    std::vector<Gs1AiRule> m_rules; // sorted by AI
};

// True when `ai` matches a dictionary pattern such as "310n" or "35nn" or an exact AI.
bool gs1AiMatches(std::string_view pattern, std::string_view ai);

} // namespace prep::devices
