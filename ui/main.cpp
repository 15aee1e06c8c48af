// SPDX-License-Identifier: GPL-3.0-or-later
// prepstation: the Qt station. `--demo` opens on the demo data (demo accounts, a validated azacitidine order,
// simulated scale and camera); `--db PATH` chooses the database.
#include "prep-station/time/clock.h"
#include "prep-station/workflow/demo_bench.h"
#include "prep-station/workflow/demo_scenario.h"
#include "ui/station_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include <iostream>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName("prepstation");
    QCommandLineParser parser;
    parser.setApplicationDescription("PrepStation: preparation of chemotherapy doses at the isolator");
    parser.addHelpOption();
    QCommandLineOption demo("demo", "Open on the demo data (fictitious patient, simulated devices).");
    QCommandLineOption dbOption("db", "SQLite database file.", "path");
    parser.addOption(demo);
    parser.addOption(dbOption);
    parser.process(app);

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    const QString dbPath =
        parser.isSet(dbOption) ? parser.value(dbOption) : QDir(dataDir).filePath("prepstation.sqlite");
    const QString evidenceDir = QDir(dataDir).filePath("evidence");
    QDir().mkpath(evidenceDir);

    static const prep::station::SystemClock clock;
    auto ctx = prep::station::StationContext::open(dbPath.toStdString(), clock);
    if (!ctx) {
        std::cerr << "prepstation: " << ctx.error().message << '\n';
        return 1;
    }
    if (parser.isSet(demo)) {
        auto seeded = prep::station::seedDemoOrder(**ctx);
        if (!seeded) {
            std::cerr << "prepstation: demo data: " << seeded.error().message << '\n';
            return 1;
        }
    }
    // Only simulated devices for now: the bench is the station's scale and camera.
    auto bench = prep::station::DemoBench::start();
    if (!bench) {
        std::cerr << "prepstation: " << bench.error().message << '\n';
        return 1;
    }
    prep::ui::StationWindow window(**ctx, **bench, evidenceDir);
    window.show();
    return app.exec();
}
