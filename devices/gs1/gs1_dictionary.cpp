// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/gs1/gs1_dictionary.h"

#include "devices/embedded.h"

#include <algorithm>
#include <charconv>

namespace prep::devices {

namespace {

std::vector<std::string> split(std::string_view s, char sep)
{
    std::vector<std::string> out;
    size_t start = 0;
    while (true) {
        const size_t end = s.find(sep, start);
        out.emplace_back(s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos)
            return out;
        start = end + 1;
    }
}

bool toInt(std::string_view s, int& out)
{
    if (s.empty())
        return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
}

bool isFlagToken(std::string_view t)
{
    static constexpr std::string_view kFlagChars = "*!?\"$%&'()+,-./:;<=>@[\\]^_`{|}~";
    return !t.empty() &&
           std::all_of(t.begin(), t.end(), [](char c) { return kFlagChars.find(c) != std::string_view::npos; });
}

bool isComponentToken(std::string_view t)
{
    if (t.empty())
        return false;
    const char c = t[0] == '[' && t.size() > 1 ? t[1] : t[0];
    return (c == 'N' || c == 'X' || c == 'Y' || c == 'Z') && t.find('=') == std::string_view::npos;
}

// Fills `c` from "N6,yymmd0" or "[X..17]"; an empty `unknownLinter` on success names a linter we do not have.
bool parseComponent(std::string_view token, Gs1Component& c, std::string& unknownLinter)
{
    auto parts = split(token, ',');
    std::string_view head = parts[0];
    if (head.size() > 2 && head.front() == '[' && head.back() == ']') {
        c.optional = true;
        head = head.substr(1, head.size() - 2);
    }
    if (head.size() < 2)
        return false;
    c.charset = head[0];
    std::string_view len = head.substr(1);
    if (len.substr(0, 2) == "..") {
        c.minLength = 1;
        if (!toInt(len.substr(2), c.maxLength))
            return false;
    } else {
        if (!toInt(len, c.minLength))
            return false;
        c.maxLength = c.minLength;
    }
    c.linters.assign(parts.begin() + 1, parts.end());
    for (const auto& name : c.linters) {
        const Gs1Linter check = gs1Linter(name);
        if (!check) {
            unknownLinter = name;
            return false;
        }
        c.linterChecks.push_back(check);
    }
    return true;
}

} // namespace

int Gs1AiRule::minLength() const
{
    int n = 0;
    for (const auto& c : components)
        if (!c.optional)
            n += c.minLength;
    return n;
}

int Gs1AiRule::maxLength() const
{
    int n = 0;
    for (const auto& c : components)
        n += c.maxLength;
    return n;
}

bool gs1AiMatches(std::string_view pattern, std::string_view ai)
{
    if (pattern.size() != ai.size())
        return false;
    for (size_t i = 0; i < ai.size(); ++i)
        if (pattern[i] != ai[i] && !(pattern[i] == 'n' && ai[i] >= '0' && ai[i] <= '9'))
            return false;
    return true;
}

Result<Gs1Dictionary> Gs1Dictionary::parse(std::string_view text)
{
    Gs1Dictionary dict;
    int lineNo = 0;
    for (size_t start = 0; start < text.size();) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string line(text.substr(start, end - start));
        start = end + 1;
        ++lineNo;
        // Comment lines are most of the file: skip them before any tokenising.
        if (const auto first = line.find_first_not_of(" \t\r"); first == std::string::npos || line[first] == '#')
            continue;
        std::string title;
        if (auto hash = line.find('#'); hash != std::string::npos) {
            title = line.substr(hash + 1);
            line.resize(hash);
            const auto b = title.find_first_not_of(' ');
            const auto e = title.find_last_not_of(' ');
            title = b == std::string::npos ? std::string() : title.substr(b, e - b + 1);
        }
        std::vector<std::string> tokens;
        for (size_t p = line.find_first_not_of(" \t\r"); p != std::string::npos;) {
            const size_t q = line.find_first_of(" \t\r", p);
            tokens.push_back(line.substr(p, q == std::string::npos ? std::string::npos : q - p));
            p = q == std::string::npos ? q : line.find_first_not_of(" \t\r", q);
        }
        if (tokens.empty())
            continue;
        auto bad = [&](const std::string& why) {
            return makeDeviceError(DeviceError::Kind::Config,
                                   "GS1 dictionary line " + std::to_string(lineNo) + ": " + why);
        };

        Gs1AiRule rule;
        rule.title = title;
        size_t i = 1;
        if (i < tokens.size() && isFlagToken(tokens[i]))
            rule.predefinedLength = tokens[i++].find('*') != std::string::npos;
        for (; i < tokens.size() && isComponentToken(tokens[i]); ++i) {
            Gs1Component c;
            std::string unknownLinter;
            if (!parseComponent(tokens[i], c, unknownLinter))
                return bad(unknownLinter.empty() ? "bad component '" + tokens[i] + "'"
                                                 : "linter '" + unknownLinter + "' is not implemented");
            rule.components.push_back(std::move(c));
        }
        if (rule.components.empty())
            return bad("no data format");
        for (; i < tokens.size(); ++i) {
            const std::string& t = tokens[i];
            if (t.rfind("req=", 0) == 0) {
                std::vector<std::vector<std::string>> groups;
                for (const auto& g : split(std::string_view(t).substr(4), ','))
                    groups.push_back(split(g, '+'));
                rule.requirements.push_back(std::move(groups));
            } else if (t.rfind("ex=", 0) == 0) {
                for (const auto& p : split(std::string_view(t).substr(3), ','))
                    rule.excludes.push_back(p);
            }
        }

        // "3100-3105" and "91-99" are ranges of AIs sharing one rule.
        const std::string& aiToken = tokens[0];
        const auto dash = aiToken.find('-');
        if (dash == std::string::npos) {
            rule.ai = aiToken;
            dict.m_rules.push_back(std::move(rule));
        } else {
            const std::string from = aiToken.substr(0, dash), to = aiToken.substr(dash + 1);
            int a = 0, b = 0;
            if (from.size() != to.size() || !toInt(from, a) || !toInt(to, b) || a > b)
                return bad("bad AI range '" + aiToken + "'");
            for (int v = a; v <= b; ++v) {
                Gs1AiRule r = rule;
                r.ai = std::to_string(v);
                r.ai.insert(0, from.size() - r.ai.size(), '0');
                dict.m_rules.push_back(std::move(r));
            }
        }
    }
    if (dict.m_rules.empty())
        return makeDeviceError(DeviceError::Kind::Config, "GS1 dictionary is empty");
    std::sort(dict.m_rules.begin(), dict.m_rules.end(), [](const auto& x, const auto& y) { return x.ai < y.ai; });
    return dict;
}

const Gs1Dictionary& Gs1Dictionary::embedded()
{
    static const Gs1Dictionary kDictionary = [] {
        auto parsed = parse(embeddedFile("gs1-syntax-dictionary.txt"));
        // The embedded file is reviewed with the code and tested; an unparsable copy is a build defect.
        return parsed ? std::move(parsed.value()) : Gs1Dictionary();
    }();
    return kDictionary;
}

const Gs1AiRule* Gs1Dictionary::find(std::string_view ai) const
{
    auto it = std::lower_bound(m_rules.begin(), m_rules.end(), ai,
                               [](const Gs1AiRule& r, std::string_view key) { return r.ai < key; });
    return it != m_rules.end() && it->ai == ai ? &*it : nullptr;
}

const Gs1AiRule* Gs1Dictionary::matchPrefix(std::string_view data) const
{
    for (size_t n = 2; n <= 4 && n <= data.size(); ++n)
        if (const Gs1AiRule* r = find(data.substr(0, n)))
            return r;
    return nullptr;
}

} // namespace prep::devices
