// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a program's command line through the shell and keeps its standard output, its standard error (apart) and
// its exit code: the CLI tests' view of prepctl, as scripts see it.
#pragma once

#include <string>

namespace prep::test {

struct CliRun
{
    int exitCode = -1; // -1 when the command did not exit normally or could not start
    std::string out;
    std::string err;
};

// `program` then `arguments` as typed on a shell command line.
CliRun runCli(const std::string& program, const std::string& arguments);

} // namespace prep::test
