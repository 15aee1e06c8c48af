// SPDX-License-Identifier: GPL-3.0-or-later
// prepstation: the Qt station. It opens the devices station.json names (--config FILE, or station.json in the data
// directory); the simulated bench and its "hands" window appear only where the configuration says sim://.
// `--demo` is the simulated configuration on the demo data (demo accounts, a validated azacitidine order) in a demo
// database of its own; `--db PATH` chooses the database.
#include "labels/gui_application.h"
#include "prep-station/audit/station_key.h"
#include "prep-station/config/station_config.h"
#include "prep-station/config/station_devices.h"
#include "prep-station/time/clock.h"
#include "prep-station/workflow/demo_bench.h"
#include "prep-station/workflow/demo_scenario.h"
#include "ui/app/language.h"
#include "ui/app/station_setup.h"
#include "ui/app/touch.h"
#include "ui/app/workflow_runner.h"
#include "ui/simulator/simulated_hands_panel.h"
#include "ui/station_desktop.h"

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
    // The demo is a configuration like any other: simulated devices (sim://), the fictitious demo site.
    StationConfig config;
    {
        auto loaded = [&]() -> Result<StationConfig> {
            if (isDemo) {
                const auto demoDir = std::filesystem::path(dataDir.toStdString()) / "demo";
                return StationConfig::parse(StationConfig::simulatedTemplate(demoDir), "demo", demoDir);
            }
            const std::filesystem::path file = parser.isSet(configOption)
                                                   ? parser.value(configOption).toStdString()
                                                   : QDir(dataDir).filePath("station.json").toStdString();
            if (!std::filesystem::exists(file))
                return makeError(Error::Kind::NotFound,
                                 "no station configuration at " + file.string() +
                                     ": write one (docs/station.example.json), `prepctl config init --simulated` for a "
                                     "simulated station, or start with --demo");
            return StationConfig::load(file);
        }();
        if (!loaded)
            return refuse(loaded.error().message);
        config = std::move(*loaded);
    }
    std::filesystem::create_directories(config.evidenceDir);

    static const SystemClock clock;
    auto ctx = StationContext::open(dbPath.toStdString(), clock);
    if (!ctx)
        return refuse(ctx.error().message);
    if (!isDemo)
        (*ctx)->useConfiguredSite(config.site);
    if (auto key = (*ctx)->useAuditKey(auditKeyDir(dataDir.toStdString())); !key)
        return refuse(key.error().message);
    if (isDemo) {
        if (auto seeded = seedDemoOrder(**ctx); !seeded)
            return refuse("demo data: " + seeded.error().message);
    }

    // The simulated bench (scale simulator over Modbus TCP, simulated camera, the technician's hands) where the
    // configuration says sim:// for both; otherwise the configured devices.
    std::unique_ptr<DemoBench> bench;
    std::unique_ptr<prep::devices::Scale> scale;
    std::unique_ptr<prep::devices::Camera> camera;
    prep::devices::ContainedBarcodeReader reader;
    WeighingRules rules;
    if (config.simulatedScale() && config.simulatedCamera()) {
        auto started = DemoBench::start();
        if (!started)
            return refuse(started.error().message);
        bench = std::move(*started);
        rules = DemoBench::weighingRules();
    } else {
        auto s = openConfiguredScale(config.scale);
        if (!s)
            return refuse(s.error().message);
        auto c = openConfiguredCamera(config);
        if (!c)
            return refuse(c.error().message);
        scale = std::move(*s);
        camera = std::move(*c);
        rules.allowSimulatedScale = config.simulatedScale();
    }
    auto printer = openConfiguredPrinter(config.printer);
    if (!printer)
        return refuse(printer.error().message);

    QApplication::setFont(prep::ui::stationFont()); // read at arm's length: 14 pt everywhere
    prep::ui::LanguageSwitch language;
    language.use(config.language);
    prep::ui::WorkflowRunner runner;
    prep::ui::StationSetup setup{**ctx,
                                 bench ? bench->devices() : IsolatorDevices{*scale, *camera, reader},
                                 **printer,
                                 rules,
                                 config.scale.referenceWeightG,
                                 std::chrono::seconds(config.scale.stableTimeoutS),
                                 config.evidenceDir,
                                 config,
                                 runner,
                                 auditKeyDir(dataDir.toStdString())};
    prep::ui::StationDesktop desktop(setup, language);
    desktop.resize(1280, 800);
    desktop.show();
    std::unique_ptr<prep::ui::SimulatedHandsPanel> hands;
    if (bench) {
        hands = std::make_unique<prep::ui::SimulatedHandsPanel>(setup, *bench);
        hands->move(desktop.geometry().topRight());
        hands->show();
    }
    const int status = app.exec();
    runner.waitIdle(20000);
    return status;
}
