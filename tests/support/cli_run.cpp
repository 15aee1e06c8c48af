// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/cli_run.h"

#include "tests/support/temp_dir.h"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>

namespace prep::test {

CliRun runCli(const std::string& program, const std::string& arguments)
{
    TempDir dir;
    const std::string errFile = dir.file("stderr").string();
    const std::string command = program + " " + arguments + " 2>" + errFile;
    CliRun run;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        return run;
    std::array<char, 4096> buf;
    size_t n = 0;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0)
        run.out.append(buf.data(), n);
    const int status = pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream err(errFile);
    run.err.assign(std::istreambuf_iterator<char>(err), std::istreambuf_iterator<char>());
    return run;
}

} // namespace prep::test
