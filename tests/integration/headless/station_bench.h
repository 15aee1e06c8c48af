// SPDX-License-Identifier: GPL-3.0-or-later
// A configured station for prepctl tests: a temporary data folder with station.json naming a Modbus TCP scale (the
// simulator on loopback, owned here), a dir:// camera, a folder printer and an evidence folder; prepctl run as a
// separate process with the passwords in its environment, as a script at the pharmacy would run it.
#pragma once

#include "devices/scale/scale_simulator.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_database.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <string>

namespace prep::test {

struct PrepctlRun
{
    int exitCode = -1;
    std::string out, err;
    nlohmann::json json() const;
};

class StationBench
{
public:
    // The station's database: a SQLite file, or a PostgreSQL database on the "postgres/" pass; `sqlite` forces a
    // file on both passes.
    explicit StationBench(bool sqlite = false);
    ~StationBench();

    // prepctl ARGS --db ... --config ..., with PREP_PASSWORD=password (and PREP_NEW_PASSWORD when given).
    PrepctlRun run(const std::string& args, const std::string& password = {}, const std::string& newPassword = {});
    // prepctl ARGS --db DATABASE --config ... (another database than the station's).
    PrepctlRun runOn(const std::string& database, const std::string& args, const std::string& password = {},
                     const std::string& newPassword = {});
    // The same, expecting success (exit 0, nothing on stderr); the test fails otherwise.
    nlohmann::json ok(const std::string& args, const std::string& password = {}, const std::string& newPassword = {});

    devices::ScaleSimulator& scale() { return m_scale; }
    // Puts `grams` on the pan and waits until the simulator says it settled.
    void load(double grams);
    // Shows the camera (the dir:// folder) a photo of a vial carrying this GS1 code.
    void presentVial(const std::string& gs1);
    // Shows the camera a photo of the label as printed (the PDF at `pdfPath`, rasterised by poppler).
    void presentLabel(const std::string& pdfPath);

    // The database's location (--db): a file path or a PostgreSQL URI.
    const std::string& db() const { return m_store->location(); }
    std::filesystem::path config() const { return m_dir.file("station.json"); }
    std::filesystem::path cameraDir() const { return m_dir.file("camera"); }
    std::filesystem::path printerDir() const { return m_dir.file("printed"); }
    const TempDir& dir() const { return m_dir; }
    // Rewrites station.json with another stable timeout for the scale.
    void writeConfig(int stableTimeoutS);

private:
    PrepctlRun runCommand(const std::string& database, const std::string& args, const std::string& password,
                          const std::string& newPassword);
    TempDir m_dir;
    std::unique_ptr<TestDatabase> m_store;
    devices::ScaleSimulator m_scale;
    std::string m_scaleUri;
    int m_frame = 0;
};

// The people of the test station, with their passwords (fictitious).
inline const std::map<std::string, std::string> kPasswords{
    {"admin", "admin-pass-2026"},   {"tech", "tech-pass-2026"},       {"pharm", "pharm-pass-2026"},
    {"pharm2", "pharm2-pass-2026"}, {"courier", "courier-pass-2026"}, {"nurse", "nurse-pass-2026"}};

} // namespace prep::test
