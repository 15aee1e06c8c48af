// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/ui_station.h"

#include "prep-station/workflow/demo_scenario.h"
#include "prep-station/workflow/label_desk.h"
#include "tests/support/seed_users.h"
#include "ui/app/touch.h"

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
    if (!app) {
        app = new QApplication(argc, argv);
        QApplication::setFont(ui::stationFont()); // as prepstation's main() does
    }
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

void UiStation::useScale(devices::Scale& scale)
{
    const ui::StationSetup& s = *m_setup;
    m_setup = std::unique_ptr<ui::StationSetup>(new ui::StationSetup{
        s.ctx, station::IsolatorDevices{scale, m_bench->camera(), m_bench->reader()}, s.printer, s.rules,
        s.referenceWeightGrams, s.stableTimeout, s.evidenceDir, s.config, s.runner, s.auditKeyDir});
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

std::int64_t UiStation::prepareHeadless(const std::string& ipp, double bias, bool sign)
{
    const auto ids = plan(enterOrder(true, ipp));
    const std::int64_t id = ids.front();
    const db::Actor tech = actor(kTechLogin);
    station::IsolatorSession session(*m_ctx, tech, m_bench->devices(), m_dir.path() / "evidence");
    session.rules = station::DemoBench::weighingRules();
    auto must = [](const auto& result, const char* what) {
        EXPECT_TRUE(result) << what << ": " << result.error().message;
        return static_cast<bool>(result);
    };
    m_bench->placeReferenceWeight();
    if (!must(session.dailyCheck(station::DemoBench::kReferenceWeightGrams), "daily check"))
        return id;
    m_bench->clearPan();
    if (!must(session.start(id), "start"))
        return id;
    auto prep = m_ctx->preparations().get(id);
    const auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(m_ctx->now()));
    EXPECT_TRUE(
        m_bench->presentVial(prep->productGtin, "LOTHEADLESS",
                             {today.year() + std::chrono::years(1), std::chrono::month(12), std::chrono::day(31)}));
    if (!must(session.scanVial(id), "scan"))
        return id;
    m_bench->placeVial();
    if (!must(session.weighVialBeforeDiluent(id), "vial before diluent"))
        return id;
    auto wfi = m_ctx->densities().find("water for injections", 0.0);
    m_bench->addDiluent(4.0, wfi->gramsPerMl, 1.002);
    if (!must(session.weighVialAfterDiluent(id), "vial after diluent"))
        return id;
    m_bench->placeEmptySyringe();
    if (!must(session.weighEmptySyringe(id), "tare"))
        return id;
    auto density = m_ctx->densities().find(prep->drug, prep->concentrationMgPerMl);
    m_bench->fillSyringe(*prep, density->gramsPerMl, bias);
    auto filled = session.weighFilledSyringe(id);
    if (!must(filled, "filled"))
        return id;
    m_bench->placeCurrentVial(); // the cross-check: the vial lost what the syringe gained
    if (!must(session.weighVialAfterWithdrawal(id), "vial after withdrawal"))
        return id;
    if (filled->check.decision != station::WeighingDecision::Accept || !sign)
        return id;
    m_bench->clearPan();
    if (!must(session.assignExpiry(id, m_ctx->now(), "2-8C", {"2-8C"}), "expiry"))
        return id;
    station::LabelDesk labels(*m_ctx);
    if (!must(labels.produce(tech, id, m_dir.path() / ("label-" + prep->number + ".pdf")), "label"))
        return id;
    auto readBack = labels.readBack(tech, id, m_bench->reader());
    if (!must(readBack, "label read-back"))
        return id;
    EXPECT_TRUE(m_bench->presentPrintedLabel(readBack->path));
    if (!must(labels.readBackFromCamera(tech, id, m_bench->camera(), m_bench->reader()), "camera read-back"))
        return id;
    must(session.complete(id, kPassword), "signature");
    return id;
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
