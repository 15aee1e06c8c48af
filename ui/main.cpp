// SPDX-License-Identifier: GPL-3.0-or-later
// prepstation: the Qt station. On a configured station it opens the devices station.json names (--config FILE, or
// station.json in the data directory); the simulated bench appears only where the configuration says sim://.
// `--demo` opens on the demo data (demo accounts, a validated azacitidine order, the simulated bench) in a demo
// database of its own; `--db PATH` chooses the database.
#include "labels/gui_application.h"
#include "prep-station/audit/station_key.h"
#include "prep-station/config/station_config.h"
#include "prep-station/config/station_devices.h"
#include "prep-station/time/clock.h"
#include "prep-station/workflow/demo_bench.h"
#include "prep-station/workflow/demo_scenario.h"
#include "ui/station_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include <filesystem>
#include <iostream>

namespace {

int refuse(const std::string& why)
{
    std::cerr << "prepstation: " << why << '\n';
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    // Under systemd or cron there may be no XDG_RUNTIME_DIR: the labels layer sets a private one, as for prepctl.
    prep::labels::prepareRuntimeDirectory();
    QApplication app(argc, argv);
    QApplication::setApplicationName("prepstation");
    QCommandLineParser parser;
    parser.setApplicationDescription("PrepStation: preparation of chemotherapy doses at the isolator");
    parser.addHelpOption();
    QCommandLineOption demo("demo", "Open on the demo data (fictitious patient, simulated devices, demo database).");
    QCommandLineOption dbOption("db", "SQLite database file.", "path");
    QCommandLineOption configOption("config",
                                    "The station's configuration (default: station.json in the data "
                                    "directory).",
                                    "file");
    parser.addOption(demo);
    parser.addOption(dbOption);
    parser.addOption(configOption);
    parser.process(app);

    // The same data directory as prepctl's (XDG_DATA_HOME/prepstation).
    const QString dataDir =
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath("prepstation");
    QDir().mkpath(dataDir);
    const bool isDemo = parser.isSet(demo);
    const QString dbPath = parser.isSet(dbOption)
                               ? parser.value(dbOption)
                               : QDir(dataDir).filePath(isDemo ? "demo.sqlite" : "prepstation.sqlite");

    using namespace prep::station;
    std::optional<StationConfig> config;
    if (!isDemo) {
        const std::filesystem::path file = parser.isSet(configOption)
                                               ? parser.value(configOption).toStdString()
                                               : QDir(dataDir).filePath("station.json").toStdString();
        if (!std::filesystem::exists(file))
            return refuse("no station configuration at " + file.string() +
                          ": write one (docs/station.example.json), `prepctl config init --simulated` for a simulated "
                          "station, or start with --demo");
        auto loaded = StationConfig::load(file);
        if (!loaded)
            return refuse(loaded.error().message);
        config = std::move(*loaded);
    }
    const QString evidenceDir =
        config ? QString::fromStdString(config->evidenceDir.string()) : QDir(dataDir).filePath("demo-evidence");
    QDir().mkpath(evidenceDir);

    static const SystemClock clock;
    auto ctx = StationContext::open(dbPath.toStdString(), clock);
    if (!ctx)
        return refuse(ctx.error().message);
    if (config) {
        (*ctx)->useConfiguredSite(config->site);
    }
    if (auto key = (*ctx)->useAuditKey(auditKeyDir(dataDir.toStdString())); !key)
        return refuse(key.error().message);
    if (isDemo) {
        if (auto seeded = seedDemoOrder(**ctx); !seeded)
            return refuse("demo data: " + seeded.error().message);
    }

    // The simulated bench (scale simulator over Modbus TCP, simulated camera, the technician's hands) only for the
    // demo or a configuration whose scale and camera are both sim://; otherwise the configured devices.
    std::unique_ptr<DemoBench> bench;
    std::unique_ptr<prep::devices::Scale> scale;
    std::unique_ptr<prep::devices::Camera> camera;
    prep::devices::ContainedBarcodeReader reader;
    WeighingRules rules;
    double referenceGrams = DemoBench::kReferenceWeightGrams;
    if (isDemo || (config->simulatedScale() && config->simulatedCamera())) {
        auto started = DemoBench::start();
        if (!started)
            return refuse(started.error().message);
        bench = std::move(*started);
        rules = DemoBench::weighingRules();
    } else {
        auto s = openConfiguredScale(config->scale);
        if (!s)
            return refuse(s.error().message);
        auto c = openConfiguredCamera(*config);
        if (!c)
            return refuse(c.error().message);
        scale = std::move(*s);
        camera = std::move(*c);
        rules.allowSimulatedScale = config->simulatedScale();
    }
    if (config)
        referenceGrams = config->scale.referenceWeightG;
    const IsolatorDevices devices = bench ? bench->devices() : IsolatorDevices{*scale, *camera, reader};
    prep::ui::StationWindow window(**ctx, devices, rules, referenceGrams, bench.get(), evidenceDir);
    window.show();
    return app.exec();
}
