// SPDX-License-Identifier: GPL-3.0-or-later
// A db_worker child process whose stdout+stderr the test reads line by line, and that it may SIGKILL.
#pragma once

#include <chrono>
#include <string>
#include <sys/types.h>
#include <vector>

namespace prep::test {

class WorkerProcess
{
public:
    explicit WorkerProcess(const std::vector<std::string>& args);
    ~WorkerProcess();
    WorkerProcess(const WorkerProcess&) = delete;
    WorkerProcess& operator=(const WorkerProcess&) = delete;

    // Reads what the worker printed for up to `wait`; false once the worker closed its output.
    bool readFor(std::chrono::milliseconds wait);
    // Reads until the worker has printed `count` lines in all, closed its output, or `hangGuard` passed (a
    // guard against a stuck worker only: a slow start, as under sanitizers, must not change what is tested).
    // False once the worker closed its output.
    bool readUntilLines(std::size_t count, std::chrono::milliseconds hangGuard);
    void kill();
    bool hasLine(const std::string& line) const;
    std::size_t lineCount() const { return m_lines.size(); }
    // Reads the rest and reaps the child; returns its wait status.
    int finish();
    // Complete lines read so far (a line cut by the kill is dropped: it was never fully shown).
    std::vector<std::string> takeLines();
    int fd() const { return m_fd; }

private:
    // One read() of what the pipe holds, split into lines; false at end of output.
    bool readAvailable();

    pid_t m_pid = -1;
    int m_fd = -1;
    std::string m_partial;
    std::vector<std::string> m_lines;
};

} // namespace prep::test
