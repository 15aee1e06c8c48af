// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/gs1/gs1.h"

#include "devices/gs1/gs1_dictionary.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace prep::devices {

namespace {

constexpr std::string_view kCset82 =
    "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
constexpr std::string_view kCset39 = "#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
constexpr std::string_view kBase64Url = "-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
// A scan is at most a few hundred characters; anything longer than a DataMatrix can hold is not a scan.
constexpr size_t kMaxInput = 3200;

DeviceError invalid(std::string message)
{
    return makeDeviceError(DeviceError::Kind::Protocol, std::move(message));
}

bool allDigits(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int number(std::string_view digits)
{
    int v = 0;
    for (char c : digits)
        v = v * 10 + (c - '0');
    return v;
}

std::string printable(std::string_view s)
{
    std::string out;
    for (unsigned char c : s) {
        if (c == 0x1d) {
            out += "<GS>";
        } else if (c < 0x20 || c >= 0x7f) {
            static constexpr char kHex[] = "0123456789ABCDEF";
            out += "\\x";
            out += kHex[c >> 4];
            out += kHex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
        if (out.size() > 60) {
            out += "...";
            break;
        }
    }
    return out;
}

bool validDate(int yy, int mm, int dd, bool dayZeroAllowed)
{
    if (mm < 1 || mm > 12)
        return false;
    if (dd == 0)
        return dayZeroAllowed;
    using namespace std::chrono;
    return year_month_day{year{2000 + yy}, month{unsigned(mm)}, day{unsigned(dd)}}.ok();
}

// Linters of the syntax dictionary (reference procedures at ref.gs1.org). Returns an error text or empty.
// Linters that need external tables (GS1 company prefixes, ISO country and currency lists) check only the
// shape of the data; they cannot make a wrong read pass a check digit.
std::string lint(const std::string& linter, std::string_view v)
{
    if (linter == "csum")
        return gs1CheckDigitValid(v) ? "" : "wrong check digit";
    if (linter == "yymmd0" || linter == "yymmdd") {
        if (v.size() != 6 || !allDigits(v) ||
            !validDate(number(v.substr(0, 2)), number(v.substr(2, 2)), number(v.substr(4, 2)), linter == "yymmd0"))
            return "not a valid date YYMMDD";
        return "";
    }
    if (linter == "yyyymmdd") {
        using namespace std::chrono;
        if (v.size() != 8 || !allDigits(v) ||
            !year_month_day{year{number(v.substr(0, 4))}, month{unsigned(number(v.substr(4, 2)))},
                            day{unsigned(number(v.substr(6, 2)))}}
                 .ok())
            return "not a valid date YYYYMMDD";
        return "";
    }
    if (linter == "hhmi")
        return v.size() == 4 && number(v.substr(0, 2)) <= 23 && number(v.substr(2, 2)) <= 59 ? ""
                                                                                             : "not a valid time HHMM";
    if (linter == "hh")
        return number(v) <= 23 ? "" : "not a valid hour";
    if (linter == "mi" || linter == "ss")
        return number(v) <= 59 ? "" : "not a valid minute or second";
    if (linter == "nonzero")
        return number(v) != 0 ? "" : "must not be zero";
    if (linter == "zero")
        return number(v) == 0 ? "" : "must be zero";
    if (linter == "yesno")
        return v == "0" || v == "1" ? "" : "must be 0 or 1";
    if (linter == "winding")
        return v == "0" || v == "1" || v == "9" ? "" : "winding must be 0, 1 or 9";
    if (linter == "pieceoftotal") {
        const int piece = number(v.substr(0, v.size() / 2)), total = number(v.substr(v.size() / 2));
        return piece >= 1 && piece <= total ? "" : "piece number must be between 1 and the total";
    }
    if (linter == "hyphen")
        return v == "-" ? "" : "must be a hyphen";
    if (linter == "iso3166alpha2")
        return v.size() == 2 && std::isupper(static_cast<unsigned char>(v[0])) &&
                       std::isupper(static_cast<unsigned char>(v[1]))
                   ? ""
                   : "not an ISO 3166 alpha-2 country code";
    // N10 fields: compared as text, equal lengths, so no integer overflow.
    if (linter == "latitude")
        return v.size() == 10 && v <= std::string_view("1800000000") ? "" : "latitude out of range";
    if (linter == "longitude")
        return v.size() == 10 && v <= std::string_view("3600000000") ? "" : "longitude out of range";
    if (linter == "nozeroprefix")
        return v.size() > 1 && v[0] == '0' ? "must not start with 0" : "";
    if (linter == "hasnondigit")
        return allDigits(v) ? "must contain a non-digit" : "";
    if (linter == "pcenc") {
        for (size_t i = 0; i < v.size(); ++i)
            if (v[i] == '%' && (i + 2 >= v.size() || !std::isxdigit(static_cast<unsigned char>(v[i + 1])) ||
                                !std::isxdigit(static_cast<unsigned char>(v[i + 2]))))
                return "bad percent-encoding";
        return "";
    }
    return "";
}

std::string checkCharset(char charset, std::string_view v)
{
    std::string_view allowed;
    const char* name = "";
    switch (charset) {
    case 'N':
        return allDigits(v) ? "" : "must be digits only";
    case 'Y':
        allowed = kCset39;
        name = "GS1 CSET 39";
        break;
    case 'Z':
        allowed = kBase64Url;
        name = "base64url";
        break;
    default:
        allowed = kCset82;
        name = "GS1 CSET 82";
        break;
    }
    for (char c : v)
        if (allowed.find(c) == std::string_view::npos)
            return std::string("character '") + printable(std::string_view(&c, 1)) + "' is not in " + name;
    return "";
}

// Checks one element's value against its rule; returns an error text naming the AI, or empty.
std::string validateElement(const Gs1AiRule& rule, std::string_view value)
{
    const std::string where = "AI (" + rule.ai + ")" + (rule.title.empty() ? "" : " " + rule.title);
    if (value.empty())
        return where + ": empty value";
    size_t pos = 0;
    for (size_t i = 0; i < rule.components.size(); ++i) {
        const Gs1Component& c = rule.components[i];
        if (pos == value.size() && c.optional)
            break;
        const size_t left = value.size() - pos;
        size_t take = std::min<size_t>(left, size_t(c.maxLength));
        if (take < size_t(c.minLength))
            return where + ": '" + printable(value) + "' is too short (" + std::to_string(rule.minLength()) +
                   (rule.minLength() == rule.maxLength() ? "" : "-" + std::to_string(rule.maxLength())) +
                   " characters expected)";
        const std::string_view part = value.substr(pos, take);
        if (auto e = checkCharset(c.charset, part); !e.empty())
            return where + ": " + e;
        for (const auto& l : c.linters)
            if (auto e = lint(l, part); !e.empty())
                return where + ": '" + printable(part) + "' " + e;
        pos += take;
    }
    if (pos != value.size())
        return where + ": '" + printable(value) + "' is too long (at most " + std::to_string(rule.maxLength()) +
               " characters)";
    return "";
}

bool hasAi(const std::vector<Gs1Element>& elements, std::string_view pattern)
{
    return std::any_of(elements.begin(), elements.end(), [&](const auto& e) { return gs1AiMatches(pattern, e.ai); });
}

// Mandatory and excluded pairings, over the whole message.
std::string validatePairings(const std::vector<Gs1Element>& elements)
{
    const auto& dict = Gs1Dictionary::embedded();
    for (const auto& e : elements) {
        const Gs1AiRule* rule = dict.find(e.ai);
        if (!rule)
            continue;
        for (const auto& other : elements)
            if (other.ai != e.ai)
                for (const auto& ex : rule->excludes)
                    if (gs1AiMatches(ex, other.ai))
                        return "AI (" + e.ai + ") and AI (" + other.ai + ") may not appear together";
        if (rule->requires_.empty())
            continue;
        const bool satisfied = std::any_of(rule->requires_.begin(), rule->requires_.end(), [&](const auto& group) {
            return std::all_of(group.begin(), group.end(), [&](const auto& p) { return hasAi(elements, p); });
        });
        if (!satisfied) {
            std::string alternatives;
            for (const auto& group : rule->requires_) {
                alternatives += alternatives.empty() ? "" : " or ";
                for (size_t i = 0; i < group.size(); ++i)
                    alternatives += (i ? "+(" : "(") + group[i] + ")";
            }
            return "AI (" + e.ai + ") requires " + alternatives + " in the same message";
        }
    }
    return "";
}

// Appends `element`, or refuses a repeated AI with a different value (a repeat with the same value is allowed
// and kept once).
std::string addElement(std::vector<Gs1Element>& elements, Gs1Element element)
{
    for (const auto& e : elements)
        if (e.ai == element.ai)
            return e.value == element.value ? "" : "AI (" + e.ai + ") appears twice with different values";
    elements.push_back(std::move(element));
    return "";
}

std::string replaceAll(std::string s, std::string_view from, std::string_view to)
{
    if (from.empty())
        return s;
    for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size()))
        s.replace(p, from.size(), to);
    return s;
}

// Strips the symbology identifier; refuses identifiers of non-GS1 symbols.
Result<std::string_view> stripSymbologyId(std::string_view s)
{
    if (s.size() >= 3 && s[0] == ']') {
        static constexpr std::array<std::string_view, 6> kGs1Ids = {"]d2", "]C1", "]Q3", "]e0", "]J1", "]d5"};
        const std::string_view id = s.substr(0, 3);
        if (std::find(kGs1Ids.begin(), kGs1Ids.end(), id) == kGs1Ids.end())
            return invalid("symbology identifier " + std::string(id) + " is not a GS1 symbol");
        s.remove_prefix(3);
    }
    return s;
}

Result<Gs1Message> parseHri(std::string_view s)
{
    const auto& dict = Gs1Dictionary::embedded();
    // An element starts at "(" + a known AI + ")"; anything else in a value is data.
    auto aiAt = [&](size_t p) -> const Gs1AiRule* {
        if (p >= s.size() || s[p] != '(')
            return nullptr;
        const size_t close = s.find(')', p);
        if (close == std::string_view::npos || close - p < 3 || close - p > 5)
            return nullptr;
        return dict.find(s.substr(p + 1, close - p - 1));
    };
    Gs1Message msg;
    size_t p = 0;
    while (p < s.size()) {
        const Gs1AiRule* rule = aiAt(p);
        if (!rule)
            return invalid("expected '(AI)' at position " + std::to_string(p + 1) + " of the HRI: '" +
                           printable(s.substr(p)) + "'");
        size_t start = p + rule->ai.size() + 2, end = start;
        while (end < s.size() && !aiAt(end))
            ++end;
        std::string_view value = s.substr(start, end - start);
        while (!value.empty() && value.front() == ' ')
            value.remove_prefix(1);
        while (!value.empty() && value.back() == ' ')
            value.remove_suffix(1);
        if (auto e = validateElement(*rule, value); !e.empty())
            return invalid(e);
        if (auto e = addElement(msg.elements, {rule->ai, rule->title, std::string(value)}); !e.empty())
            return invalid(e);
        p = end;
    }
    if (msg.elements.empty())
        return invalid("no GS1 element in the HRI");
    return msg;
}

Result<Gs1Message> parseRaw(std::string_view s)
{
    const auto& dict = Gs1Dictionary::embedded();
    Gs1Message msg;
    size_t p = 0;
    while (p < s.size()) {
        // A leading FNC1, a GS after a predefined-length field or a doubled GS carries no data.
        if (s[p] == kGs1Separator) {
            ++p;
            continue;
        }
        const Gs1AiRule* rule = dict.matchPrefix(s.substr(p));
        if (!rule)
            return invalid("unknown Application Identifier at position " + std::to_string(p + 1) + ": '" +
                           printable(s.substr(p, 4)) + "'");
        p += rule->ai.size();
        size_t end;
        if (rule->predefinedLength) {
            end = p + size_t(rule->maxLength());
            if (end > s.size())
                return invalid("AI (" + rule->ai + ") " + rule->title + ": '" + printable(s.substr(p)) +
                               "' is too short (" + std::to_string(rule->maxLength()) + " characters expected)");
        } else {
            end = s.find(kGs1Separator, p);
            if (end == std::string_view::npos)
                end = s.size();
        }
        const std::string_view value = s.substr(p, end - p);
        if (auto e = validateElement(*rule, value); !e.empty())
            return invalid(e);
        if (auto e = addElement(msg.elements, {rule->ai, rule->title, std::string(value)}); !e.empty())
            return invalid(e);
        p = end;
    }
    if (msg.elements.empty())
        return invalid("empty GS1 element string");
    return msg;
}

Result<std::string> normalise(std::string_view input)
{
    if (input.size() > kMaxInput)
        return invalid("input of " + std::to_string(input.size()) + " characters is longer than any GS1 symbol");
    auto stripped = stripSymbologyId(input);
    if (!stripped)
        return stripped.error();
    std::string s = replaceAll(std::string(*stripped), "<GS>", std::string(1, kGs1Separator));
    return replaceAll(std::move(s), "<gs>", std::string(1, kGs1Separator));
}

// Depth-first enumeration of the readings of a separator-less string.
struct ReadingSearch
{
    std::string_view s;
    int maxReadings = 32;
    long budget = 200000; // steps; pathological inputs stop here with an error
    std::vector<Gs1Element> current;
    std::vector<Gs1Message> found;
    bool exhausted = false;

    void run(size_t p)
    {
        if (exhausted || --budget < 0 || int(found.size()) >= maxReadings) {
            exhausted = true;
            return;
        }
        if (p == s.size()) {
            if (!current.empty() && validatePairings(current).empty())
                found.push_back(Gs1Message{current});
            return;
        }
        const Gs1AiRule* rule = Gs1Dictionary::embedded().matchPrefix(s.substr(p));
        if (!rule)
            return;
        const size_t start = p + rule->ai.size();
        const size_t left = s.size() - start;
        size_t lo = size_t(rule->minLength()), hi = std::min(left, size_t(rule->maxLength()));
        if (rule->predefinedLength)
            lo = hi = size_t(rule->maxLength());
        for (size_t len = lo; len <= hi && len <= left; ++len) {
            const std::string_view value = s.substr(start, len);
            if (!validateElement(*rule, value).empty())
                continue;
            const size_t before = current.size();
            if (!addElement(current, {rule->ai, rule->title, std::string(value)}).empty())
                continue;
            run(start + len);
            current.resize(before);
        }
    }
};

} // namespace

std::string Gs1Message::hri() const
{
    std::string out;
    for (const auto& e : elements)
        out += "(" + e.ai + ")" + e.value;
    return out;
}

const Gs1Element* Gs1Message::find(std::string_view ai) const
{
    for (const auto& e : elements)
        if (e.ai == ai)
            return &e;
    return nullptr;
}

std::string Gs1Message::elementString() const
{
    const auto& dict = Gs1Dictionary::embedded();
    std::string out;
    for (size_t i = 0; i < elements.size(); ++i) {
        out += elements[i].ai + elements[i].value;
        const Gs1AiRule* rule = dict.find(elements[i].ai);
        if (i + 1 < elements.size() && !(rule && rule->predefinedLength))
            out += kGs1Separator;
    }
    return out;
}

Result<Gs1Message> parseGs1(std::string_view input)
{
    return parseGs1(input, true);
}

Result<Gs1Message> parseGs1(std::string_view input, bool checkPairings)
{
    if (Gs1Dictionary::embedded().size() == 0)
        return makeDeviceError(DeviceError::Kind::Config, "the embedded GS1 syntax dictionary did not load");
    auto s = normalise(input);
    if (!s)
        return s.error();
    auto msg = !s->empty() && s->front() == '(' ? parseHri(*s) : parseRaw(*s);
    if (!msg)
        return msg;
    if (checkPairings)
        if (auto e = validatePairings(msg->elements); !e.empty())
            return invalid(e);
    return msg;
}

Result<std::vector<Gs1Message>> gs1Readings(std::string_view input, const Gs1WedgeOptions& options)
{
    auto s = normalise(input);
    if (!s)
        return s.error();
    for (const auto& sub : options.separatorSubstitutes)
        *s = replaceAll(std::move(*s), sub, std::string(1, kGs1Separator));
    // Carriage return / line feed are the scanner's "enter" suffix, not data.
    while (!s->empty() && (s->back() == '\r' || s->back() == '\n'))
        s->pop_back();
    const bool hasSeparators = s->find(kGs1Separator) != std::string::npos;
    if (hasSeparators || s->empty() || s->front() == '(') {
        auto msg = parseGs1(*s);
        if (!msg)
            return msg.error();
        return std::vector<Gs1Message>{std::move(*msg)};
    }
    ReadingSearch search;
    search.s = *s;
    search.maxReadings = options.maxReadings;
    search.run(0);
    if (search.exhausted)
        return invalid("the scan has no separators and too many possible readings to choose from");
    if (search.found.empty()) {
        auto strict = parseGs1(*s);
        return strict ? invalid("no valid reading") : strict.error();
    }
    return std::move(search.found);
}

Result<Gs1Message> parseGs1Wedge(std::string_view input, const Gs1WedgeOptions& options,
                                 const std::function<bool(const Gs1Message&)>& plausible)
{
    auto readings = gs1Readings(input, options);
    if (!readings)
        return readings.error();
    if (readings->size() == 1)
        return std::move(readings->front());
    std::vector<const Gs1Message*> kept;
    if (plausible)
        for (const auto& r : *readings)
            if (plausible(r))
                kept.push_back(&r);
    if (kept.size() == 1)
        return *kept.front();
    std::string ways;
    for (size_t i = 0; i < readings->size() && i < 3; ++i)
        ways += (i ? " or " : "") + (*readings)[i].hri();
    return makeDeviceError(DeviceError::Kind::Refused,
                           "the scanner dropped the GS separators and the scan reads " +
                               std::to_string(readings->size()) + " ways (" + ways +
                               "); configure the scanner to send GS, or scan the DataMatrix with the camera");
}

std::optional<std::chrono::year_month_day> gs1Date(std::string_view yymmdd)
{
    return gs1Date(yymmdd, std::chrono::year{2000});
}

std::optional<std::chrono::year_month_day> gs1Date(std::string_view yymmdd, std::chrono::year reference)
{
    using namespace std::chrono;
    if (yymmdd.size() != 6 || !allDigits(yymmdd))
        return std::nullopt;
    const int yy = number(yymmdd.substr(0, 2)), mm = number(yymmdd.substr(2, 2)), dd = number(yymmdd.substr(4, 2));
    // GS1 General Specifications §7.12: the century that puts the year within -49..+50 of the reference year.
    const int ref = int(reference);
    int y = ref - ref % 100 + yy;
    if (y - ref > 50)
        y -= 100;
    else if (y - ref < -49)
        y += 100;
    if (mm < 1 || mm > 12)
        return std::nullopt;
    const year_month ym{year{y}, month{unsigned(mm)}};
    const year_month_day date = dd == 0 ? year_month_day{year_month_day_last{ym.year(), month_day_last{ym.month()}}}
                                        : year_month_day{ym.year(), ym.month(), day{unsigned(dd)}};
    if (!date.ok())
        return std::nullopt;
    return date;
}

bool gs1CheckDigitValid(std::string_view digits)
{
    return digits.size() >= 2 && allDigits(digits) &&
           gs1CheckDigit(digits.substr(0, digits.size() - 1)) == digits.back();
}

char gs1CheckDigit(std::string_view body)
{
    // Weights 3, 1, 3, ... from the rightmost digit of the body (reference.md §4.4).
    int sum = 0, weight = 3;
    for (auto it = body.rbegin(); it != body.rend(); ++it) {
        sum += (*it - '0') * weight;
        weight = 4 - weight;
    }
    return char('0' + (10 - sum % 10) % 10);
}

} // namespace prep::devices
