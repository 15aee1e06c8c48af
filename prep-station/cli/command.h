// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl's command registry. Each command lives in its own cmd_*.cpp and registers itself with
// PREPCTL_COMMAND; main.cpp only dispatches. Contract (docs/ARCHITECTURE.md): every command accepts --db PATH and
// --json, exits 0 on success and non-zero with a one-line reason on stderr on any failure.
#pragma once

#include <functional>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace prep::cli {

// The command line after the command word, split into flags and positional words.
class Args
{
public:
    Args(std::vector<std::string> words, std::ostream& out, std::ostream& err);

    bool json() const { return m_json; }
    // --db PATH, or the default database in the user's data directory.
    std::string dbPath() const;
    // The station's data directory (XDG_DATA_HOME/prepstation), created if needed.
    std::string dataDir() const;
    // The value of --name VALUE (or --name=VALUE); std::nullopt when absent.
    std::optional<std::string> option(const std::string& name) const;
    bool flag(const std::string& name) const;
    const std::vector<std::string>& positional() const { return m_positional; }
    // How many positional words came before --name (a flag's "value" may be a positional word in its place).
    std::size_t positionalBefore(const std::string& name) const;
    // Names of options that were given but that the command does not know (reported as an error).
    std::vector<std::string> unknownOptions(const std::vector<std::string>& known) const;

    std::ostream& out;
    std::ostream& err;

private:
    bool m_json = false;
    std::map<std::string, std::string> m_options;
    std::map<std::string, std::size_t> m_optionPositions;
    std::vector<std::string> m_flags;
    std::vector<std::string> m_positional;
};

// A finite number written in full ("12.5"), or nothing: "12abc", "nan" and "" are not numbers.
std::optional<double> parseNumber(const std::string& text);

// Prints "prepctl: <reason>" on stderr and returns the exit code for a failure.
int fail(Args& args, const std::string& reason, int code = 1);

struct Command
{
    std::string name;    // "scale", "trace", ...
    std::string summary; // one line for `prepctl help`
    std::function<int(Args&)> run;
};

std::map<std::string, Command>& commandRegistry();

struct CommandRegistrar
{
    CommandRegistrar(std::string name, std::string summary, std::function<int(Args&)> run);
};

} // namespace prep::cli

#define PREPCTL_CONCAT_(a, b) a##b
#define PREPCTL_CONCAT(a, b) PREPCTL_CONCAT_(a, b)
#define PREPCTL_COMMAND(name, summary, fn)                                                                             \
    static const ::prep::cli::CommandRegistrar PREPCTL_CONCAT(prepctlCommand_, __LINE__)(name, summary, fn)
