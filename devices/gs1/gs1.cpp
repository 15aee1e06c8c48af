// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/gs1/gs1.h"

#include "devices/gs1/gs1_dictionary.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <variant>

namespace prep::devices {

namespace {

// GS1's engine holds at most 64 AIs in one message (MAX_AIS); a longer one is refused as it refuses it.
constexpr size_t kMaxAis = 64;
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

// "AI (17) USE BY or EXPIRY"
std::string aiName(const Gs1AiRule& rule)
{
    return "AI (" + rule.ai + ")" + (rule.title.empty() ? "" : " " + rule.title);
}

Gs1Problem problem(Gs1Fault fault, std::string ai, std::string message, Gs1LintError lint = Gs1LintError::Ok)
{
    return Gs1Problem{fault, std::move(ai), lint, std::move(message)};
}

std::string lengthText(const Gs1AiRule& rule)
{
    return rule.minLength() == rule.maxLength()
               ? std::to_string(rule.maxLength()) + " characters"
               : std::to_string(rule.minLength()) + "-" + std::to_string(rule.maxLength()) + " characters";
}

// Checks a value against its rule the way GS1's engine does: each component takes what it may of the value,
// its character set is checked and then each of its linters. Returns how much of the value the components
// took (0 and a problem when something is wrong).
size_t validateComponents(const Gs1AiRule& rule, std::string_view value, std::optional<Gs1Problem>& fault)
{
    if (value.empty()) {
        fault = problem(Gs1Fault::Value, rule.ai, aiName(rule) + ": empty value");
        return 0;
    }
    size_t pos = 0;
    for (const Gs1Component& c : rule.components) {
        const size_t take = std::min(value.size() - pos, size_t(c.maxLength));
        if (c.optional && take == 0)
            continue;
        if (take < size_t(c.minLength)) {
            fault = problem(Gs1Fault::Value, rule.ai,
                            aiName(rule) + ": '" + printable(value) + "' has the wrong length (" + lengthText(rule) +
                                " expected)");
            return 0;
        }
        const std::string_view part = value.substr(pos, take);
        auto report = [&](const Gs1LintResult& r) {
            // Show the offending characters in brackets within the whole value: "26[13]00".
            const size_t at = pos + r.pos;
            const std::string marked = printable(value.substr(0, at)) + "[" + printable(value.substr(at, r.len)) + "]" +
                                       printable(value.substr(at + r.len));
            fault = problem(Gs1Fault::Value, rule.ai,
                            aiName(rule) + ": " + std::string(gs1LintErrorText(r.error)) + ": " + marked, r.error);
        };
        if (auto r = gs1CharsetLinter(c.charset)(part); !r.ok()) {
            report(r);
            return 0;
        }
        for (const Gs1Linter check : c.linterChecks)
            if (auto r = check(part); !r.ok()) {
                report(r);
                return 0;
            }
        pos += take;
    }
    return pos;
}

// Checks one whole value (from the HRI or from wedge readings): its length, then its components.
std::optional<Gs1Problem> validateValue(const Gs1AiRule& rule, std::string_view value)
{
    std::optional<Gs1Problem> fault;
    if (value.empty()) {
        // reported as such below
    } else if (value.size() < size_t(rule.minLength())) {
        return problem(Gs1Fault::Value, rule.ai,
                       aiName(rule) + ": '" + printable(value) + "' is too short (" + lengthText(rule) + " expected)");
    } else if (value.size() > size_t(rule.maxLength())) {
        return problem(Gs1Fault::Value, rule.ai,
                       aiName(rule) + ": '" + printable(value) + "' is too long (at most " +
                           std::to_string(rule.maxLength()) + " characters)");
    }
    validateComponents(rule, value, fault);
    return fault;
}

bool present(const std::vector<Gs1Element>& elements, std::string_view pattern, std::string_view ignore)
{
    return std::any_of(elements.begin(), elements.end(),
                       [&](const auto& e) { return e.ai != ignore && gs1AiMatches(pattern, e.ai); });
}

std::string alternatives(const std::vector<std::vector<std::string>>& groups)
{
    std::string out;
    for (const auto& group : groups) {
        out += out.empty() ? "" : " or ";
        for (size_t i = 0; i < group.size(); ++i)
            out += (i ? "+(" : "(") + group[i] + ")";
    }
    return out;
}

// The rules between the AIs of one message, in the order GS1's engine applies them: excluded pairs (ex=),
// mandatory associations (req=, unless `checkRequisites` is off), one value per AI, and a digital signature
// (8030) only over a serialised key. At most one problem of each kind.
void validateMessage(const std::vector<Gs1Element>& all, bool checkRequisites, std::vector<Gs1Problem>& problems)
{
    const auto& dict = Gs1Dictionary::embedded();
    auto first = [&](auto&& check) {
        for (const auto& e : all)
            if (const Gs1AiRule* rule = dict.find(e.ai))
                if (auto p = check(e, *rule)) {
                    problems.push_back(std::move(*p));
                    return;
                }
    };
    first([&](const Gs1Element& e, const Gs1AiRule& rule) -> std::optional<Gs1Problem> {
        for (const auto& pattern : rule.excludes)
            for (const auto& other : all)
                if (other.ai != e.ai && gs1AiMatches(pattern, other.ai))
                    return problem(Gs1Fault::ExcludedPair, e.ai,
                                   "AI (" + e.ai + ") and AI (" + other.ai + ") may not appear together");
        return std::nullopt;
    });
    if (checkRequisites)
        first([&](const Gs1Element& e, const Gs1AiRule& rule) -> std::optional<Gs1Problem> {
            for (const auto& groups : rule.requirements) {
                const bool met = std::any_of(groups.begin(), groups.end(), [&](const auto& group) {
                    return std::all_of(group.begin(), group.end(),
                                       [&](const auto& p) { return present(all, p, e.ai); });
                });
                if (!met)
                    return problem(Gs1Fault::MissingRequired, e.ai,
                                   "AI (" + e.ai + ") requires " + alternatives(groups) + " in the same message");
            }
            return std::nullopt;
        });
    first([&](const Gs1Element& e, const Gs1AiRule&) -> std::optional<Gs1Problem> {
        for (const auto& other : all)
            if (other.ai == e.ai && other.value != e.value)
                return problem(Gs1Fault::RepeatedAi, e.ai, "AI (" + e.ai + ") appears twice with different values");
        return std::nullopt;
    });
    // GS1 General Specifications 3.9.14: a signature (8030) must cover a serialised GDTI, GCN or GRAI.
    if (present(all, "8030", ""))
        first([&](const Gs1Element& e, const Gs1AiRule& rule) -> std::optional<Gs1Problem> {
            if ((e.ai == "253" || e.ai == "255" || e.ai == "8003") && int(e.value.size()) == rule.minLength())
                return problem(Gs1Fault::DigitalSignatureWithoutSerial, e.ai,
                               aiName(rule) + ": a digital signature (8030) needs its serial component");
            return std::nullopt;
        });
}

// Keeps each AI once (a repeat with the same value is the same fact, read from two carriers).
std::vector<Gs1Element> distinct(std::vector<Gs1Element> all)
{
    std::vector<Gs1Element> out;
    for (auto& e : all)
        if (std::none_of(out.begin(), out.end(), [&](const auto& o) { return o.ai == e.ai; }))
            out.push_back(std::move(e));
    return out;
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
std::optional<Gs1Problem> stripSymbologyId(std::string_view& s)
{
    if (s.size() >= 3 && s[0] == ']') {
        static constexpr std::array<std::string_view, 6> kGs1Ids = {"]d2", "]C1", "]Q3", "]e0", "]J1", "]d5"};
        const std::string_view id = s.substr(0, 3);
        if (std::find(kGs1Ids.begin(), kGs1Ids.end(), id) == kGs1Ids.end())
            return problem(Gs1Fault::Syntax, "", "symbology identifier " + std::string(id) + " is not a GS1 symbol");
        s.remove_prefix(3);
    }
    return std::nullopt;
}

// Bracketed AI syntax "(01)...(10)...": every '(' opens an AI unless escaped as "\(" (GS1's engine reads it the
// same way, so that a lot holding a bracket is written "(10)AB\(1").
std::optional<Gs1Problem> parseHri(std::string_view s, std::vector<Gs1Element>& all)
{
    const auto& dict = Gs1Dictionary::embedded();
    size_t p = 0;
    while (p < s.size()) {
        if (s[p] != '(')
            return problem(Gs1Fault::Syntax, "",
                           "expected '(AI)' at position " + std::to_string(p + 1) + " of the HRI: '" +
                               printable(s.substr(p)) + "'");
        const size_t close = s.find(')', p);
        if (close == std::string_view::npos)
            return problem(Gs1Fault::Syntax, "", "unterminated '(' at position " + std::to_string(p + 1));
        const std::string_view ai = s.substr(p + 1, close - p - 1);
        const Gs1AiRule* rule = ai.size() >= 2 && ai.size() <= 4 && allDigits(ai) ? dict.find(ai) : nullptr;
        if (!rule)
            return problem(Gs1Fault::Syntax, std::string(ai), "unknown Application Identifier (" + printable(ai) + ")");
        std::string value;
        size_t q = close + 1;
        while (q < s.size() && s[q] != '(') {
            if (s[q] == '\\' && q + 1 < s.size() && s[q + 1] == '(') {
                value += '(';
                q += 2;
            } else {
                value += s[q++];
            }
        }
        if (auto fault = validateValue(*rule, value))
            return fault;
        all.push_back({rule->ai, rule->title, std::move(value)});
        p = q;
    }
    return std::nullopt;
}

// A raw element string, FNC1 in first position implied (by the symbology identifier); GS between fields.
std::optional<Gs1Problem> parseRaw(std::string_view s, std::vector<Gs1Element>& all)
{
    const auto& dict = Gs1Dictionary::embedded();
    size_t p = 0;
    while (p < s.size()) {
        const Gs1AiRule* rule = dict.matchPrefix(s.substr(p));
        if (!rule)
            return problem(Gs1Fault::Syntax, "",
                           "unknown Application Identifier at position " + std::to_string(p + 1) + ": '" +
                               printable(s.substr(p, 4)) + "'");
        p += rule->ai.size();
        size_t end = s.find(kGs1Separator, p);
        if (end == std::string_view::npos)
            end = s.size();
        // A predefined-length field ends at its length (or at an early GS, which its length check then refuses).
        if (rule->predefinedLength)
            end = std::min(end, p + size_t(rule->maxLength()));
        std::optional<Gs1Problem> fault;
        const std::string_view value = s.substr(p, end - p);
        const size_t taken = validateComponents(*rule, value, fault);
        if (fault)
            return fault;
        if (taken < value.size())
            return problem(Gs1Fault::Value, rule->ai,
                           aiName(*rule) + ": '" + printable(value) + "' is too long (at most " +
                               std::to_string(rule->maxLength()) + " characters), or a GS separator is missing");
        all.push_back({rule->ai, rule->title, std::string(value)});
        p = end;
        // One GS ends a field (superfluous after a predefined-length one, and at the very end).
        if (p < s.size() && s[p] == kGs1Separator)
            ++p;
    }
    return std::nullopt;
}

std::variant<std::string, Gs1Problem> normalise(std::string_view input)
{
    if (input.size() > kMaxInput)
        return problem(Gs1Fault::Syntax, "",
                       "input of " + std::to_string(input.size()) + " characters is longer than any GS1 symbol");
    const size_t before = input.size();
    if (auto fault = stripSymbologyId(input))
        return *fault;
    std::string s = replaceAll(std::string(input), "<GS>", std::string(1, kGs1Separator));
    s = replaceAll(std::move(s), "<gs>", std::string(1, kGs1Separator));
    // Without a symbology identifier, some scanners transmit the FNC1 in first position itself, as GS. After an
    // identifier, which already says "FNC1 in first", a GS is a field separator with no field before it: GS1's
    // engine refuses it, and so do we.
    if (input.size() == before && !s.empty() && s.front() == kGs1Separator)
        s.erase(0, 1);
    return s;
}

// Depth-first enumeration of the readings of a separator-less string.
struct ReadingSearch
{
    std::string_view s;
    int maxReadings = 32;
    // Steps; a pathological input stops here with an error. A step is a value validated (~15 us) or a reading
    // checked whole, so 20000 bounds a scan to some 0.3 s: the instrumented fuzzer found a 120-character code of 9s
    // and 0s that took 3.2 s (release) at 200000 (tests/fuzz/corpus/gs1/timeout-wedge-search). Counting only the
    // calls let each call try up to 90 lengths uncounted: 269 characters took 1 s (release) and 60 s
    // (instrumented; corpus/gs1_wedge/timeout-*). A real pack code needs a few hundred steps.
    long budget = 20000;
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
            std::vector<Gs1Problem> problems;
            if (!current.empty())
                validateMessage(current, true, problems);
            if (!current.empty() && problems.empty())
                found.push_back(Gs1Message{distinct(current)});
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
            if (--budget < 0) {
                exhausted = true;
                return;
            }
            const std::string_view value = s.substr(start, len);
            if (validateValue(*rule, value))
                continue;
            const size_t before = current.size();
            current.push_back({rule->ai, rule->title, std::string(value)});
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
    auto examined = examineGs1(input, checkPairings);
    if (!examined.problems.empty())
        return invalid(examined.problems.front().message);
    return std::move(examined.message);
}

Gs1Examination examineGs1(std::string_view input, bool checkRequisites)
{
    Gs1Examination out;
    auto normalised = normalise(input);
    if (auto* fault = std::get_if<Gs1Problem>(&normalised)) {
        out.problems.push_back(std::move(*fault));
        return out;
    }
    const std::string& s = std::get<std::string>(normalised);
    std::vector<Gs1Element> all;
    auto fault = !s.empty() && s.front() == '(' ? parseHri(s, all) : parseRaw(s, all);
    if (!fault && all.empty())
        fault = problem(Gs1Fault::Syntax, "", "empty GS1 element string");
    if (!fault && all.size() > kMaxAis)
        fault = problem(Gs1Fault::Syntax, "", "more than " + std::to_string(kMaxAis) + " AIs in one message");
    if (fault) {
        out.problems.push_back(std::move(*fault));
        return out;
    }
    validateMessage(all, checkRequisites, out.problems);
    out.message.elements = distinct(std::move(all));
    return out;
}

Result<std::vector<Gs1Message>> gs1Readings(std::string_view input, const Gs1WedgeOptions& options)
{
    auto normalised = normalise(input);
    if (auto* fault = std::get_if<Gs1Problem>(&normalised))
        return invalid(fault->message);
    auto* s = &std::get<std::string>(normalised);
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
