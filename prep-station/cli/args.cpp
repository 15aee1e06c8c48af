// SPDX-License-Identifier: GPL-3.0-or-later
// The command line of every prepctl command (command.h), shared by the station executable and the thin front.
#include "prep-station/cli/command.h"

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <sstream>

namespace prep::cli {

Args::Args(std::vector<std::string> words, std::ostream& o, std::ostream& e)
    : out(o)
    , err(e)
{
    // Options taking a value are recognised by the next word not starting with "--"; "--x=v" also works.
    for (size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        if (w == "--json") {
            m_json = true;
        } else if (w.rfind("--", 0) == 0 && w.size() > 2) {
            const auto eq = w.find('=');
            m_optionPositions[w.substr(2, eq == std::string::npos ? std::string::npos : eq - 2)] = m_positional.size();
            if (eq != std::string::npos) {
                m_options[w.substr(2, eq - 2)] = w.substr(eq + 1);
            } else if (i + 1 < words.size() && words[i + 1].rfind("--", 0) != 0) {
                m_options[w.substr(2)] = words[++i];
            } else {
                m_flags.push_back(w.substr(2));
            }
        } else {
            m_positional.push_back(w);
        }
    }
}

std::string Args::dbPath() const
{
    if (auto db = option("db"))
        return *db;
    return (std::filesystem::path(dataDir()) / "prepstation.sqlite").string();
}

std::string Args::dataDir() const
{
    // XDG data directory, as a desktop user expects.
    std::filesystem::path dir;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        dir = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        dir = std::filesystem::path(home) / ".local" / "share";
    else
        dir = std::filesystem::temp_directory_path();
    dir /= "prepstation";
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    return dir.string();
}

std::optional<std::string> Args::option(const std::string& name) const
{
    auto it = m_options.find(name);
    if (it == m_options.end())
        return std::nullopt;
    return it->second;
}

std::size_t Args::positionalBefore(const std::string& name) const
{
    const auto it = m_optionPositions.find(name);
    return it == m_optionPositions.end() ? m_positional.size() : it->second;
}

bool Args::flag(const std::string& name) const
{
    for (const auto& f : m_flags)
        if (f == name)
            return true;
    return m_options.count(name) > 0;
}

std::vector<std::string> Args::unknownOptions(const std::vector<std::string>& known) const
{
    std::vector<std::string> unknown;
    auto isKnown = [&](const std::string& n) {
        if (n == "db" || n == "config") // every command takes the station's database and configuration
            return true;
        for (const auto& k : known)
            if (k == n)
                return true;
        return false;
    };
    for (const auto& [k, v] : m_options)
        if (!isKnown(k))
            unknown.push_back(k);
    for (const auto& f : m_flags)
        if (!isKnown(f))
            unknown.push_back(f);
    return unknown;
}

std::optional<double> parseNumber(const std::string& text)
{
    std::istringstream in(text);
    double v = 0;
    if (!(in >> v) || !in.eof() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

int fail(Args& args, const std::string& reason, int code)
{
    args.err << "prepctl: " << reason << '\n';
    return code;
}

std::map<std::string, Command>& commandRegistry()
{
    static std::map<std::string, Command> registry;
    return registry;
}

CommandRegistrar::CommandRegistrar(std::string name, std::string summary, std::function<int(Args&)> run)
{
    auto key = name;
    commandRegistry()[key] = Command{std::move(name), std::move(summary), std::move(run)};
}

} // namespace prep::cli
