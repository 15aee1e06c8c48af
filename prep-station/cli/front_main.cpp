// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl: the executable users and scripts run. It links only what its own commands need (today `gs1`, which a
// scanning script calls once per scan) and no Qt, OpenCV, ZXing or database library, so such a call starts in
// a few milliseconds instead of loading some 260 shared libraries. Every other command, and help, is run by
// prepctl-station beside it (same folder, found through /proc/self/exe) with the same arguments: exit codes,
// output and errors are that program's own.
#include "prep-station/cli/command.h"

#include <cerrno>
#include <cstring>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

// The folder of this executable, or "" when it cannot be told.
std::string ownFolder(const char* argv0)
{
    std::string self(4096, '\0');
    const ssize_t n = readlink("/proc/self/exe", self.data(), self.size() - 1);
    self = n > 0 ? self.substr(0, size_t(n)) : std::string(argv0 ? argv0 : "");
    const auto slash = self.rfind('/');
    return slash == std::string::npos ? std::string() : self.substr(0, slash + 1);
}

} // namespace

int main(int argc, char** argv)
{
    using namespace prep::cli;
    if (argc >= 2)
        if (auto it = commandRegistry().find(argv[1]); it != commandRegistry().end()) {
            Args args(std::vector<std::string>(argv + 2, argv + argc), std::cout, std::cerr);
            return it->second.run(args);
        }
    const std::string station = ownFolder(argv[0]) + "prepctl-station";
    execv(station.c_str(), argv);
    std::cerr << "prepctl: cannot run " << station << ": " << std::strerror(errno) << '\n';
    return 127;
}
