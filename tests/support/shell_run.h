// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a command line through the shell, as a user would type it, and keeps what it printed on standard output
// (standard error goes where the command line redirects it, e.g. "2>&1") and its exit code.
#pragma once

#include <string>

namespace prep::test {

struct ShellRun
{
    int code = -1; // the exit code, -1 when the command did not exit normally or could not start
    std::string out;
};

ShellRun runShell(const std::string& commandLine);

} // namespace prep::test
