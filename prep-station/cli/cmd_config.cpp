// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl config check: loads station.json and probes each device; config init: writes a configuration on simulated
// devices for a first start (never over an existing file).
#include "prep-station/cli/station_access.h"
#include "prep-station/config/station_devices.h"
#include "prep-station/workflow/file_output.h"

#include <filesystem>

namespace prep::cli {
namespace {

const char* kUsage = "usage: prepctl config check [--config FILE] [--json]\n"
                     "       prepctl config init --simulated [--config FILE]";

int check(Args& args)
{
    auto config = loadStationConfig(args);
    if (!config)
        return fail(args, "config check: " + config.error().message);
    const auto probes =
        station::probeStation(*config, std::chrono::seconds(std::min(config->scale.stableTimeoutS, 15)));
    nlohmann::json j{{"config", config->file.string()},
                     {"site", config->site.name},
                     {"gln", config->site.gln},
                     {"language", std::string(station::languageCode(config->language))},
                     {"devices", nlohmann::json::array()}};
    std::string text = "station.json " + config->file.string() + ": valid (site " + config->site.name + ", GLN " +
                       config->site.gln + ")\n";
    bool allOk = true;
    for (const auto& p : probes) {
        allOk = allOk && p.ok;
        j["devices"].push_back({{"device", p.device},
                                {"uri", p.uri},
                                {"ok", p.ok},
                                {"simulated", p.simulated},
                                {"serial", p.serial},
                                {"found", p.found}});
        text += "  " + p.device + std::string(9 - std::min<size_t>(8, p.device.size()), ' ') +
                (p.ok ? "ok    " : "FAIL  ") + p.uri + (p.simulated ? " (SIMULATED)" : "") +
                (p.serial.empty() ? "" : " serial " + p.serial) + ": " + p.found + "\n";
    }
    j["ok"] = allOk;
    report(args, j, text);
    if (!allOk) {
        for (const auto& p : probes)
            if (!p.ok)
                return fail(args, "config check: " + p.device + " " + p.uri + ": " + p.found);
    }
    return 0;
}

int init(Args& args)
{
    if (!args.flag("simulated"))
        return fail(args,
                    "config init: only --simulated is offered; a real station's devices are written by hand "
                    "(docs/station.example.json)",
                    2);
    const std::filesystem::path file = args.option("config") ? std::filesystem::path(*args.option("config"))
                                                             : std::filesystem::path(args.dataDir()) / "station.json";
    if (std::filesystem::exists(file))
        return fail(args, "config init: " + file.string() + " exists already; nothing written");
    const auto dir = std::filesystem::absolute(file).parent_path();
    if (auto w = station::writeFileAtomically(file, station::StationConfig::simulatedTemplate(dir)); !w)
        return fail(args, "config init: " + w.error().message);
    report(args, nlohmann::json{{"config", file.string()}, {"simulated", true}},
           "wrote " + file.string() + " (simulated scale and camera)\n");
    return 0;
}

int runConfig(Args& args)
{
    if (auto unknown = args.unknownOptions(withCommon({"simulated"})); !unknown.empty())
        return fail(args, "config: unknown option --" + unknown.front() + "\n" + kUsage, 2);
    const auto& words = args.positional();
    if (words.size() == 1 && words[0] == "check")
        return check(args);
    if (words.size() == 1 && words[0] == "init")
        return init(args);
    return fail(args, kUsage, 2);
}

} // namespace

PREPCTL_COMMAND("config", "the station's configuration: config check (probes each device), config init --simulated",
                runConfig);

} // namespace prep::cli
