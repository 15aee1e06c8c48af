// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/db/crash/worker_process.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace prep::test {

WorkerProcess::WorkerProcess(const std::vector<std::string>& args)
{
    int fds[2];
    if (pipe(fds) != 0)
        std::abort();
    m_pid = fork();
    if (m_pid == 0) {
        dup2(fds[1], 1);
        dup2(fds[1], 2);
        close(fds[0]);
        close(fds[1]);
        std::vector<char*> argv;
        for (const auto& a : args)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(fds[1]);
    m_fd = fds[0];
}

WorkerProcess::~WorkerProcess()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        waitpid(m_pid, nullptr, 0);
    }
    if (m_fd >= 0)
        close(m_fd);
}

bool WorkerProcess::readFor(std::chrono::milliseconds wait)
{
    const auto deadline = std::chrono::steady_clock::now() + wait;
    for (;;) {
        // Rounded up: a wait truncated to 0 ms would make poll() return at once and the caller spin.
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        pollfd p{m_fd, POLLIN, 0};
        const int ready = poll(&p, 1, int(std::max<long long>(0, left.count())));
        if (ready <= 0)
            return true; // time is up (or interrupted): still running as far as we know
        if (!readAvailable())
            return false;
        if (left.count() <= 0)
            return true;
    }
}

bool WorkerProcess::readUntilLines(std::size_t count, std::chrono::milliseconds hangGuard)
{
    const auto deadline = std::chrono::steady_clock::now() + hangGuard;
    while (m_lines.size() < count && std::chrono::steady_clock::now() < deadline) {
        pollfd p{m_fd, POLLIN, 0};
        const int ready = poll(&p, 1, 100);
        if (ready < 0 && errno != EINTR)
            return false;
        if (ready > 0 && !readAvailable())
            return false;
    }
    return true;
}

bool WorkerProcess::readAvailable()
{
    char buf[4096];
    const ssize_t n = read(m_fd, buf, sizeof buf);
    if (n <= 0)
        return false;
    m_partial.append(buf, size_t(n));
    for (auto pos = m_partial.find('\n'); pos != std::string::npos; pos = m_partial.find('\n')) {
        m_lines.push_back(m_partial.substr(0, pos));
        m_partial.erase(0, pos + 1);
    }
    return true;
}

bool WorkerProcess::hasLine(const std::string& line) const
{
    return std::find(m_lines.begin(), m_lines.end(), line) != m_lines.end();
}

void WorkerProcess::kill()
{
    if (m_pid > 0)
        ::kill(m_pid, SIGKILL);
}

int WorkerProcess::finish()
{
    // Hang guard only: a worker still running a minute after we stopped waiting for it is killed.
    while (readFor(std::chrono::milliseconds(60000)))
        kill();
    int status = 0;
    waitpid(m_pid, &status, 0);
    m_pid = -1;
    return status;
}

std::vector<std::string> WorkerProcess::takeLines()
{
    std::vector<std::string> out;
    out.swap(m_lines);
    return out;
}

} // namespace prep::test
