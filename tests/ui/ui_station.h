// SPDX-License-Identifier: GPL-3.0-or-later
// A configured station for the GUI tests, opened as prepstation opens one: its own database with named users (no
// demo accounts), the simulated bench's devices (sim:// scale over Modbus TCP, simulated camera, the contained
// barcode reader), labels printed as PDFs into a folder, and the workflow thread. Orders are entered and validated
// through the workflow as a pharmacist would. Fictitious patients only.
#pragma once

#include "prep-station/workflow/demo_bench.h"
#include "prep-station/workflow/order_desk.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_database.h"
#include "ui/app/station_setup.h"
#include "ui/app/workflow_runner.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QWidget>

#include <memory>
#include <string>

namespace prep::test {

// Passwords of the station's accounts (hashed at the cheapest cost).
inline constexpr const char* kTechLogin = "tech.martin";
inline constexpr const char* kPharmLogin = "pharm.durand";
inline constexpr const char* kPharm2Login = "pharm.petit";
inline constexpr const char* kAuditLogin = "audit.leroy";
inline constexpr const char* kAdminLogin = "admin";
inline constexpr const char* kPassword = "station-pass-2026";
inline constexpr const char* kAdminPassword = "admin-pass-2026";

// The one QApplication of a GUI test binary (offscreen unless the run chose a platform, e.g. xcb under Xvfb).
QApplication& guiApplication();

class UiStation
{
public:
    UiStation();
    ~UiStation();

    station::StationContext& ctx() { return *m_ctx; }
    station::DemoBench& bench() { return *m_bench; }
    ui::StationSetup& setup() { return *m_setup; }
    ui::WorkflowRunner& runner() { return *m_runner; }
    const std::filesystem::path& dir() const { return m_dir.path(); }
    // The database as someone with direct access sees it (tampering tests).
    TestDatabase& store() { return *m_store; }

    // The station's scale becomes `scale` (a test's misbehaving scale); the camera and reader stay the bench's.
    void useScale(devices::Scale& scale);

    db::Actor actor(const std::string& login);
    // A prescription for a fictitious patient (the demo's azacitidine protocol), entered by a pharmacist; validated
    // (signed by pharm.durand) when `validate`. Returns the order id.
    std::int64_t enterOrder(bool validate, const std::string& ipp);
    // Plans a validated order as the technician; the preparations' ids.
    std::vector<std::int64_t> plan(std::int64_t orderId);
    // Prepares the first syringe of a new validated order headless, as the CLI would, the syringe filled `bias` off
    // its target: signed "prepared" when it is within tolerance (and `sign`), else left awaiting its decision.
    std::int64_t prepareHeadless(const std::string& ipp, double bias = 1.006, bool sign = true);

private:
    TempDir m_dir;
    std::unique_ptr<TestDatabase> m_store;
    station::SystemClock m_clock;
    std::unique_ptr<station::StationContext> m_ctx;
    std::unique_ptr<station::DemoBench> m_bench;
    std::unique_ptr<labels::LabelPrinter> m_printer;
    std::unique_ptr<ui::WorkflowRunner> m_runner;
    std::unique_ptr<ui::StationSetup> m_setup;
};

// Finds a child widget by object name (fails the test when absent).
template <class T> T* child(QWidget* root, const char* name)
{
    auto* w = root->findChild<T*>(name);
    EXPECT_NE(w, nullptr) << name;
    return w;
}

// Processes events until `done()` or `timeoutMs` (the workflow thread's jobs end in their own time).
bool waitFor(const std::function<bool()>& done, int timeoutMs = 30000);

} // namespace prep::test
