// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/devices/gs1/gs1_engine_vectors.h"

#include "devices/gs1/gs1.h"
#include "devices/gs1/gs1_linters.h"

#include <algorithm>
#include <fstream>

namespace prep::test {

namespace {

using namespace prep::devices;

std::string unescape(const std::string& s)
{
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 >= s.size()) {
            out += s[i];
        } else if (s[i + 1] == '\\') {
            out += '\\';
            ++i;
        } else if (s[i + 1] == 't') {
            out += '\t';
            ++i;
        } else if (s[i + 1] == 'x' && i + 3 < s.size()) {
            out += char(std::stoi(s.substr(i + 2, 2), nullptr, 16));
            i += 3;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::vector<std::string> splitTabs(const std::string& line)
{
    std::vector<std::string> out(1);
    for (char c : line) {
        if (c == '\t')
            out.emplace_back();
        else
            out.back() += c;
    }
    return out;
}

Gs1Linter linterNamed(const std::string& name)
{
    if (name == "csetnumeric")
        return gs1CharsetLinter('N');
    if (name == "cset82")
        return gs1CharsetLinter('X');
    if (name == "cset39")
        return gs1CharsetLinter('Y');
    if (name == "cset64")
        return gs1CharsetLinter('Z');
    return gs1Linter(name);
}

std::string lintDisagreement(const EngineVector& v)
{
    const Gs1Linter linter = linterNamed(v.check.substr(5));
    if (!linter)
        return "no such linter";
    const Gs1LintResult r = linter(v.input);
    const std::string got = r.ok() ? "pass" : std::string(gs1LintErrorName(r.error));
    if (v.verdict == "pass")
        return r.ok() ? "" : got;
    if (r.ok() || gs1LintErrorName(r.error) != v.error)
        return got;
    const std::string marked =
        v.input.substr(0, r.pos) + "*" + v.input.substr(r.pos, r.len) + "*" + v.input.substr(r.pos + r.len);
    return marked == v.highlight ? "" : got + " at " + marked;
}

bool has(const Gs1Examination& e, Gs1Fault fault)
{
    return std::any_of(e.problems.begin(), e.problems.end(), [&](const auto& p) { return p.fault == fault; });
}

bool parsed(const Gs1Examination& e)
{
    return !has(e, Gs1Fault::Syntax) && !has(e, Gs1Fault::Value);
}

std::string describe(const Gs1Examination& e)
{
    return e.problems.empty() ? "accepted" : "refused: " + e.problems.front().message;
}

} // namespace

std::vector<EngineVector> loadEngineVectors(const std::string& path)
{
    std::vector<EngineVector> out;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#')
            continue;
        auto f = splitTabs(line);
        f.resize(7);
        out.push_back({f[0], f[1], f[2], f[3], f[4] == "-" ? "-" : unescape(f[4]), unescape(f[5]), f[6]});
    }
    return out;
}

std::string parserInput(const EngineVector& v)
{
    if (v.check.rfind("raw-", 0) != 0)
        return v.input;
    if (v.input.empty() || v.input[0] != '^')
        return "]d1" + v.input;
    std::string s = "]d2" + v.input.substr(1);
    std::replace(s.begin(), s.end(), '^', kGs1Separator);
    return s;
}

std::string disagreement(const EngineVector& v)
{
    if (v.check.rfind("lint:", 0) == 0)
        return lintDisagreement(v);
    const Gs1Examination e = examineGs1(parserInput(v));
    const bool pass = v.verdict == "pass";
    bool ours = false;
    if (v.check == "raw-syntax" || v.check == "hri-syntax" || v.check == "scan-syntax") {
        ours = parsed(e);
    } else if (v.check == "raw-full" || v.check == "scan-full") {
        ours = e.problems.empty();
    } else if (v.check == "hri-lint") {
        if (pass)
            ours = parsed(e);
        else
            return !e.problems.empty() && e.problems.front().fault == Gs1Fault::Value &&
                           gs1LintErrorName(e.problems.front().lint) == v.error
                       ? ""
                       : describe(e);
    } else {
        // One association check on a message that parses, as the engine's test calls one validation function.
        if (!parsed(e))
            return describe(e);
        const Gs1Fault fault = v.check == "ex"        ? Gs1Fault::ExcludedPair
                               : v.check == "req"     ? Gs1Fault::MissingRequired
                               : v.check == "repeats" ? Gs1Fault::RepeatedAi
                                                      : Gs1Fault::DigitalSignatureWithoutSerial;
        ours = !has(e, fault);
    }
    return ours == pass ? "" : describe(e);
}

} // namespace prep::test
