// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl-station: the headless face of the station (docs/ARCHITECTURE.md, "The prepctl contract"), with every
// command. Users run `prepctl`, a thin front (front_main.cpp) that answers `gs1` itself and runs this executable,
// with the same arguments, for everything else.
#include "prep-station/cli/command.h"

#include <iostream>
#include <string>
#include <vector>

using namespace prep::cli;

int main(int argc, char** argv)
{
    std::vector<std::string> words(argv + 1, argv + argc);
    auto usage = [](std::ostream& os) {
        os << "usage: prepctl COMMAND [ARGS] [--db PATH] [--json]\n\ncommands:\n";
        for (const auto& [name, cmd] : commandRegistry())
            os << "  " << name << std::string(name.size() < 10 ? 10 - name.size() : 1, ' ') << cmd.summary << '\n';
    };
    if (words.empty() || words[0] == "help" || words[0] == "--help" || words[0] == "-h") {
        usage(words.empty() ? std::cerr : std::cout);
        return words.empty() ? 2 : 0;
    }
    auto it = commandRegistry().find(words[0]);
    if (it == commandRegistry().end()) {
        std::cerr << "prepctl: unknown command '" << words[0] << "' (see prepctl help)\n";
        return 2;
    }
    Args args(std::vector<std::string>(words.begin() + 1, words.end()), std::cout, std::cerr);
    return it->second.run(args);
}
