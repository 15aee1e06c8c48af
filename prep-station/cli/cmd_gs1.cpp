// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl gs1 parse STRING [--wedge] [--no-req] [--json]: a GS1 element string, each AI with its meaning, or the
// error naming the AI and what is wrong. Verdicts are those of GS1's Barcode Syntax Engine (devices/gs1).
// This file is also linked into the thin `prepctl` front (front_main.cpp): it may use devices/gs1 only.
#include "devices/gs1/gs1.h"
#include "prep-station/cli/command.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <ostream>

namespace prep::cli {

namespace {

// On a command line GS is hard to type: accept the escapes people write for it.
std::string unescapeSeparators(std::string s)
{
    for (const char* text : {"\\x1d", "\\x1D", "\\u001d", "\\u001D", "\\035"}) {
        const std::string from = text;
        for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + 1))
            s.replace(p, from.size(), 1, devices::kGs1Separator);
    }
    return s;
}

std::string dateNote(const devices::Gs1Element& e)
{
    // Date AIs (11-17 YYMMDD, 7003 YYMMDDhhmm): show the calendar date, DD=00 resolved to the month's last day.
    const bool yymmdd = e.ai.size() == 2 && e.ai[0] == '1' && e.ai[1] != '0' && e.value.size() == 6;
    if (!yymmdd && e.ai != "7003")
        return "";
    const auto d = devices::gs1Date(std::string_view(e.value).substr(0, 6));
    if (!d)
        return "";
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(d->year()), unsigned(d->month()), unsigned(d->day()));
    return buf;
}

int runGs1(Args& args)
{
    if (auto unknown = args.unknownOptions({"wedge", "no-req"}); !unknown.empty())
        return fail(args, "gs1: unknown option --" + unknown.front());
    const auto& words = args.positional();
    if (words.size() != 2 || words[0] != "parse")
        return fail(args,
                    "usage: prepctl gs1 parse STRING [--wedge] [--no-req] [--json]  (GS as \\x1d or <GS>, or (AI)HRI)",
                    2);
    const std::string input = unescapeSeparators(words[1]);
    // --no-req: the code is one of several carriers on the item (a single symbol of a pack, say), so the AIs that
    // the dictionary's req= asks for may be on another; GS1's engine offers the same switch.
    auto msg = args.flag("wedge") ? devices::parseGs1Wedge(input) : devices::parseGs1(input, !args.flag("no-req"));
    if (!msg)
        return fail(args, "gs1: " + msg.error().message);
    if (args.json()) {
        nlohmann::json j;
        j["hri"] = msg->hri();
        j["element_string"] = msg->elementString();
        j["elements"] = nlohmann::json::array();
        for (const auto& e : msg->elements) {
            nlohmann::json el{{"ai", e.ai}, {"title", e.title}, {"value", e.value}};
            if (auto d = dateNote(e); !d.empty())
                el["date"] = d;
            j["elements"].push_back(std::move(el));
        }
        args.out << j.dump() << '\n';
        return 0;
    }
    for (const auto& e : msg->elements) {
        args.out << "(" << e.ai << ") " << e.title << ": " << e.value;
        if (auto d = dateNote(e); !d.empty())
            args.out << "  [" << d << "]";
        args.out << '\n';
    }
    args.out << "HRI: " << msg->hri() << '\n';
    return 0;
}

} // namespace

PREPCTL_COMMAND("gs1", "parse a GS1 element string: gs1 parse STRING (GS as \\x1d or <GS>, or HRI)", runGs1);

} // namespace prep::cli
