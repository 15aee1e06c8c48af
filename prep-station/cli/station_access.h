// SPDX-License-Identifier: GPL-3.0-or-later
// What the workflow commands share: the station's database and configuration, the acting user (--as LOGIN, the
// password from PREP_PASSWORD or a no-echo prompt, never from the command line) and preparations named by number
// or id. The rules themselves stay in the workflow's desks.
#pragma once

#include "prep-station/cli/command.h"
#include "prep-station/config/station_config.h"
#include "prep-station/workflow/station_context.h"

#include "prep-station/workflow/status_json.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <string>

namespace prep::cli {

// The station's database, with the configured site identity when a station.json is found.
station::Result<std::unique_ptr<station::StationContext>> openStation(Args& args);
// --config FILE, else station.json in the data directory; an error names the file and the field.
station::Result<station::StationConfig> loadStationConfig(const Args& args);

// A password from `envVar` or, on a terminal, a no-echo prompt (read twice when `confirm`).
station::Result<std::string> readPassword(const char* envVar, const std::string& prompt, bool confirm = false);

struct ActingUser
{
    db::Actor actor;
    std::string password; // for the signatures the command makes (re-authentication)
};
// --as LOGIN, authenticated with the station's lockout; refused without --as.
station::Result<ActingUser> actingUser(Args& args, station::StationContext& ctx);

// "P-20261130-0001" or a numeric id.
station::Result<db::PreparationRecord> findPreparation(station::StationContext& ctx, const std::string& text);

// Fails with the station's reason, prefixed by the command: "prep weigh: ...". Exit 3 when the station refused
// (a rule, a role), 1 for any other failure.
int refuse(Args& args, const std::string& command, const station::Error& error);

// Prints `j` as JSON with --json, else `text` (one line or more, each ending in a newline).
void report(Args& args, const nlohmann::json& j, const std::string& text);

// Options every workflow command takes, plus `more`.
std::vector<std::string> withCommon(std::vector<std::string> more);

} // namespace prep::cli
