// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/shell_run.h"

#include <sys/wait.h>

#include <cstdio>

namespace prep::test {

ShellRun runShell(const std::string& commandLine)
{
    ShellRun r;
    FILE* pipe = ::popen(commandLine.c_str(), "r");
    if (!pipe)
        return r;
    char buf[4096];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;)
        r.out.append(buf, n);
    const int status = ::pclose(pipe);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

} // namespace prep::test
