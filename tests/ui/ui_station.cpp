// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/ui_station.h"

#include "prep-station/workflow/demo_scenario.h"
#include "tests/support/seed_users.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace prep::test {

QApplication& guiApplication()
{
    static int argc = 1;
    static char name[] = "test_ui";
    static char* argv[] = {name, nullptr};
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static QApplication* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!app)
        app = new QApplication(argc, argv);
    return *app;
}

UiStation::UiStation()
{
    guiApplication();
    m_store = std::make_unique<TestDatabase>(m_dir, "gui");
    EXPECT_TRUE(seedUsers(m_store->location(),
                          {{kTechLogin, "MARTIN Léa (fictif)", db::Role::Technician, kPassword},
                           {kPharmLogin, "DURAND Paul (fictif)", db::Role::Pharmacist, kPassword},
                           {kPharm2Login, "PETIT Anne (fictif)", db::Role::Pharmacist, kPassword},
                           {kAuditLogin, "LEROY Marc (fictif)", db::Role::Auditor, kPassword}},
                          kAdminPassword));
    auto ctx = station::StationContext::open(m_store->location(), m_clock);
    EXPECT_TRUE(ctx) << ctx.error().message;
    m_ctx = std::move(*ctx);
    auto bench = station::DemoBench::start();
    EXPECT_TRUE(bench) << bench.error().message;
    m_bench = std::move(*bench);
    m_printer = std::make_unique<labels::DirectoryLabelPrinter>((m_dir.path() / "printer").string());
    m_runner = std::make_unique<ui::WorkflowRunner>();
    auto config =
        station::StationConfig::parse(station::StationConfig::simulatedTemplate(m_dir.path()), "test", m_dir.path());
    EXPECT_TRUE(config) << config.error().message;
    m_setup = std::unique_ptr<ui::StationSetup>(
        new ui::StationSetup{*m_ctx, m_bench->devices(), *m_printer, station::DemoBench::weighingRules(),
                             station::DemoBench::kReferenceWeightGrams, std::chrono::milliseconds(15000),
                             m_dir.path() / "evidence", *config, *m_runner});
}

UiStation::~UiStation()
{
    m_runner->waitIdle();
}

db::Actor UiStation::actor(const std::string& login)
{
    auto a = m_ctx->users().authenticate(login, login == kAdminLogin ? kAdminPassword : kPassword, m_ctx->now());
    EXPECT_TRUE(a) << login << ": " << a.error().message;
    return *a;
}

std::int64_t UiStation::enterOrder(bool validate, const std::string& ipp)
{
    station::Prescription rx = station::demoPrescription();
    rx.patient.ipp = ipp;
    station::OrderDesk orders(*m_ctx);
    auto order = orders.enterPrescription(actor(kPharmLogin), rx);
    EXPECT_TRUE(order) << order.error().message;
    if (validate) {
        auto v = orders.validate(order->id, kPharmLogin, kPassword);
        EXPECT_TRUE(v) << v.error().message;
    }
    return order->id;
}

std::vector<std::int64_t> UiStation::plan(std::int64_t orderId)
{
    auto planned = station::OrderDesk(*m_ctx).plan(actor(kTechLogin), orderId);
    EXPECT_TRUE(planned) << planned.error().message;
    std::vector<std::int64_t> ids;
    for (const auto& p : *planned)
        ids.push_back(p.id);
    return ids;
}

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

} // namespace prep::test
