// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/integration/demo_fixture.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace prep::test {

DemoRun demoRun(std::string& error)
{
    const std::filesystem::path dir = PREP_DEMO_FIXTURE_DIR;
    const auto jsonFile = dir / "demo.json";
    if (!std::filesystem::exists(jsonFile)) {
        std::filesystem::create_directories(dir);
        const std::string cmd = std::string(PREPCTL_PATH) + " demo --json --out '" + (dir / "out").string() +
                                "' --db '" + (dir / "demo.sqlite").string() + "' > '" + jsonFile.string() + ".part'";
        if (std::system(cmd.c_str()) != 0) {
            error = "prepctl demo failed: " + cmd;
            return {};
        }
        std::filesystem::rename(jsonFile.string() + ".part", jsonFile);
    }
    std::ifstream in(jsonFile);
    std::stringstream ss;
    ss << in.rdbuf();
    DemoRun run;
    run.json = ss.str();
    auto j = nlohmann::json::parse(run.json, nullptr, false);
    if (j.is_discarded()) {
        error = "unreadable " + jsonFile.string();
        return {};
    }
    run.database = j.value("database", "");
    run.outDir = j.value("out", "");
    run.preparations = j.value("preparations", std::vector<std::string>{});
    run.shipment = j.value("shipment", "");
    for (const auto& l : j.value("labels", std::vector<std::string>{}))
        run.labels.emplace_back(l);
    run.traceReport = j.value("trace_report", "");
    return run;
}

} // namespace prep::test
