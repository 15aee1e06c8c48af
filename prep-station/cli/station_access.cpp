// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/cli/station_access.h"

#include "prep-station/audit/station_key.h"
#include "prep-station/cli/station_clock.h"
#include "prep-station/workflow/user_desk.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

namespace prep::cli {

station::Result<station::StationConfig> loadStationConfig(const Args& args)
{
    std::filesystem::path file;
    if (auto c = args.option("config"))
        file = *c;
    else
        file = std::filesystem::path(args.dataDir()) / "station.json";
    if (!std::filesystem::exists(file))
        return station::makeError(station::Error::Kind::NotFound,
                                  "no station configuration at " + file.string() +
                                      " (write one, see docs/station.example.json, or give --config FILE)");
    return station::StationConfig::load(file);
}

station::Result<std::unique_ptr<station::StationContext>> openStation(Args& args)
{
    auto ctx = station::StationContext::open(args.dbPath(), stationClock());
    if (!ctx)
        return ctx.error();
    // The configured site names the pharmacy on labels and reports; without a station.json the data file does.
    const bool configured =
        args.option("config") || std::filesystem::exists(std::filesystem::path(args.dataDir()) / "station.json");
    if (configured) {
        auto config = loadStationConfig(args);
        if (!config)
            return config.error();
        (*ctx)->useConfiguredSite(config->site);
    }
    // Every signature, release and dispatch written from here on gets a checkpoint signed by the station key.
    if (auto key = (*ctx)->useAuditKey(station::auditKeyDir(args.dataDir())); !key)
        return key.error();
    return std::move(*ctx);
}

namespace {

// Reads one line from the terminal with echo off; restores the terminal whatever happens.
std::optional<std::string> promptNoEcho(const std::string& prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    termios saved{};
    if (tcgetattr(fd, &saved) != 0) {
        ::close(fd);
        return std::nullopt;
    }
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    quiet.c_lflag |= ECHONL;
    (void)!::write(fd, prompt.data(), prompt.size());
    tcsetattr(fd, TCSAFLUSH, &quiet);
    std::string line;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n')
        line += c;
    tcsetattr(fd, TCSAFLUSH, &saved);
    ::close(fd);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

} // namespace

station::Result<std::string> readPassword(const char* envVar, const std::string& prompt, bool confirm)
{
    if (const char* env = std::getenv(envVar); env && *env)
        return std::string(env);
    auto first = promptNoEcho(prompt);
    if (!first)
        return station::makeError(station::Error::Kind::Invalid,
                                  std::string("no password: set ") + envVar + " or run from a terminal to be asked");
    if (confirm) {
        auto second = promptNoEcho("again: ");
        if (!second || *second != *first)
            return station::makeError(station::Error::Kind::Invalid, "the two passwords differ");
    }
    return *first;
}

station::Result<ActingUser> actingUser(Args& args, station::StationContext& ctx)
{
    auto login = args.option("as");
    if (!login || login->empty())
        return station::makeError(station::Error::Kind::Denied, "--as LOGIN is required: say who acts");
    auto password = readPassword("PREP_PASSWORD", "password for " + *login + ": ");
    if (!password)
        return password.error();
    auto actor = station::logIn(ctx, *login, *password);
    if (!actor)
        return actor.error();
    return ActingUser{*actor, *password};
}

station::Result<db::PreparationRecord> findPreparation(station::StationContext& ctx, const std::string& text)
{
    if (!text.empty() && text.find_first_not_of("0123456789") == std::string::npos) {
        auto byId = ctx.preparations().get(std::atoll(text.c_str()));
        if (byId)
            return *byId;
    }
    auto byNumber = ctx.preparations().getByNumber(text);
    if (!byNumber)
        return station::makeError(station::Error::Kind::NotFound, "no preparation " + text);
    return *byNumber;
}

int refuse(Args& args, const std::string& command, const station::Error& error)
{
    const bool refused = error.kind == station::Error::Kind::Refused || error.kind == station::Error::Kind::Denied ||
                         error.kind == station::Error::Kind::PasswordChangeRequired;
    return fail(args, command + ": " + error.message, refused ? 3 : 1);
}

void report(Args& args, const nlohmann::json& j, const std::string& text)
{
    if (args.json())
        args.out << j.dump(2) << '\n';
    else
        args.out << text;
}

std::vector<std::string> withCommon(std::vector<std::string> more)
{
    for (const char* c : {"json", "as", "config"})
        more.emplace_back(c);
    return more;
}

} // namespace prep::cli
