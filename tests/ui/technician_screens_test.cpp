// SPDX-License-Identifier: GPL-3.0-or-later
// The technician's screens driven as a person would, by object name (offscreen): the worklist, then the guided
// preparation from the vial scan to the signature with the simulated bench's hands; only the next step is offered;
// a scale that stops answering mid-weighing leaves the window responsive and records nothing; a stable-weight wait
// can be cancelled.
#include "devices/scale/stability_window.h"
#include "prep-station/gravimetry/reconstitution_check.h"
#include "prep-station/workflow/recorded_daily_checks.h"
#include "tests/ui/ui_station.h"
#include "ui/app/language.h"
#include "ui/app/outcome_line.h"
#include "ui/technician/guided_preparation_screen.h"
#include "ui/technician/technician_area.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

#include <condition_variable>
#include <mutex>

namespace prep::test {
namespace {

using ui::OutcomeLine;

class TechnicianScreensTest : public ::testing::Test
{
protected:
    void SetUp() override { m_language.use(station::Language::English); }

    // Opens the technician's area on the worklist, as after login.
    ui::TechnicianArea* openArea()
    {
        m_area = std::make_unique<ui::TechnicianArea>(station.setup(), station.actor(kTechLogin));
        m_area->resize(1280, 720);
        m_area->show();
        EXPECT_TRUE(station.runner().waitIdle());
        return m_area.get();
    }
    QString text(const char* name) { return child<QLabel>(m_area.get(), name)->text(); }
    OutcomeLine* outcome() { return child<OutcomeLine>(m_area.get(), "outcome"); }
    // Presses the one action offered and waits for the workflow thread.
    void act()
    {
        auto* primary = child<QPushButton>(m_area.get(), "primaryAction");
        ASSERT_TRUE(primary->isVisible());
        ASSERT_TRUE(primary->isEnabled());
        primary->click();
        ASSERT_TRUE(station.runner().waitIdle());
    }
    void expectDone(const char* contains)
    {
        EXPECT_EQ(outcome()->tone(), OutcomeLine::Tone::Done) << outcome()->text().toStdString();
        EXPECT_TRUE(outcome()->text().contains(contains)) << outcome()->text().toStdString();
    }
    db::PreparationRecord record(std::int64_t id)
    {
        auto p = station.ctx().preparations().get(id);
        EXPECT_TRUE(p);
        return *p;
    }
    std::int64_t openFirstPreparation()
    {
        auto* table = child<QTableWidget>(m_area.get(), "worklist");
        EXPECT_GE(table->rowCount(), 1);
        table->selectRow(0);
        child<QPushButton>(m_area.get(), "prepare")->click();
        EXPECT_TRUE(station.runner().waitIdle());
        auto* guided = child<ui::GuidedPreparationScreen>(m_area.get(), "guidedPreparation");
        EXPECT_TRUE(guided->isVisible());
        return guided->preparation().value_or(0);
    }

    UiStation station;
    ui::LanguageSwitch m_language;
    std::unique_ptr<ui::TechnicianArea> m_area;
};

TEST_F(TechnicianScreensTest, AGuidedPreparationOffersOneStepAtATimeFromTheScanToTheSignature)
{
    station.enterOrder(true, "FICTIF-GUI-001");
    openArea();
    auto* table = child<QTableWidget>(m_area.get(), "worklist");
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 5)->text(), "to plan"); // a validated order: its syringes are planned on "Prepare"
    const std::int64_t id = openFirstPreparation();
    ASSERT_NE(id, 0);
    EXPECT_EQ(record(id).status, db::PreparationStatus::InProgress);

    // The scan is the only step offered; the expected vial is shown beside the camera's view.
    EXPECT_EQ(text("instruction"), "Scan the vial's DataMatrix");
    EXPECT_EQ(child<QPushButton>(m_area.get(), "primaryAction")->text(), "Read the vial with the camera");
    EXPECT_TRUE(text("expectedVial").contains("Expected vial")) << text("expectedVial").toStdString();
    const auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(station.ctx().now()));
    ASSERT_TRUE(station.bench().presentVial(
        record(id).productGtin, "LOTGUI1",
        {today.year() + std::chrono::years(1), std::chrono::month(6), std::chrono::day(30)}));
    act();
    expectDone("Vial accepted");
    EXPECT_TRUE(text("scannedVial").contains("LOTGUI1"));

    // Before the first weighing of the day: the scale's daily check, and nothing else.
    EXPECT_TRUE(text("instruction").startsWith("Daily scale check"));
    station.bench().placeReferenceWeight();
    act();
    expectDone("Daily check passed");

    EXPECT_EQ(text("instruction"), "Put the vial on the scale, before its diluent");
    station.bench().clearPan();
    station.bench().placeVial();
    act();
    expectDone("Vial before diluent");
    EXPECT_EQ(text("instruction"), "Add the diluent, then put the vial back on the scale");
    {
        auto order = station.ctx().orders().get(record(id).orderId);
        ASSERT_TRUE(order);
        const auto* protocol = station.ctx().protocols().find(order->protocolId);
        ASSERT_NE(protocol, nullptr);
        auto diluent = station.ctx().densities().find(station::diluentDensityName(protocol->diluent), 0.0);
        ASSERT_TRUE(diluent);
        station.bench().addDiluent(protocol->vialDiluentMl, diluent->gramsPerMl);
    }
    act();
    expectDone("accepted");

    EXPECT_EQ(text("instruction"), "Put the empty syringe (with its cap) on the scale");
    station.bench().placeEmptySyringe();
    act();
    expectDone("Empty syringe");

    // The filled syringe: the gauge shows the target and its band; the live weight comes from the scale.
    EXPECT_EQ(text("instruction"), "Fill the syringe, then put it on the scale");
    EXPECT_TRUE(text("weightTarget").startsWith("Target")) << text("weightTarget").toStdString();
    auto prep = record(id);
    auto density = station.ctx().densities().find(prep.drug, prep.concentrationMgPerMl);
    ASSERT_TRUE(density);
    station.bench().fillSyringe(prep, density->gramsPerMl, 1.006);
    ASSERT_TRUE(waitFor(
        [&] { return text("weightStability").contains("STABLE") && !text("weightStability").contains("NOT"); }));
    act();
    expectDone("accepted");
    EXPECT_EQ(record(id).toleranceDecision, db::ToleranceDecision::Accepted);

    // The cross-check: the vial back on the scale must have lost what the syringe gained.
    EXPECT_EQ(text("instruction"), "Put the vial back on the scale, after drawing the dose");
    station.bench().placeCurrentVial();
    act();
    expectDone("they match");

    EXPECT_EQ(text("instruction"), "Print the label");
    act();
    expectDone("Label printed");
    EXPECT_TRUE(record(id).expiry.has_value());
    EXPECT_EQ(text("instruction"), "Check the printed label file");
    act();
    expectDone("reads back as");
    EXPECT_EQ(text("instruction"), "Show the printed label to the camera");
    auto labels = station.ctx().labels().listFor(id);
    ASSERT_TRUE(labels);
    std::string page;
    for (const auto& l : *labels)
        if (l.format == "readback")
            page = l.path;
    ASSERT_TRUE(station.bench().presentPrintedLabel(page));
    act();
    expectDone("camera read the label");

    EXPECT_EQ(text("instruction"), "Sign the preparation");
    child<QLineEdit>(m_area.get(), "signPassword")->setText("wrong password");
    act();
    EXPECT_EQ(outcome()->tone(), OutcomeLine::Tone::Refused);
    EXPECT_EQ(record(id).status, db::PreparationStatus::InProgress);
    child<QLineEdit>(m_area.get(), "signPassword")->setText(kPassword);
    act();
    expectDone("prepared and signed");
    EXPECT_EQ(record(id).status, db::PreparationStatus::Prepared);
    EXPECT_FALSE(child<QPushButton>(m_area.get(), "primaryAction")->isVisible()); // nothing left at the isolator
}

TEST_F(TechnicianScreensTest, AKeyboardWedgeScanIsTheVialScanOnlyAtTheScanStep)
{
    const auto order = station.enterOrder(true, "FICTIF-GUI-002");
    station.plan(order);
    openArea();
    const std::int64_t id = openFirstPreparation();
    auto* guided = child<ui::GuidedPreparationScreen>(m_area.get(), "guidedPreparation");
    const auto gtin = record(id).productGtin;
    guided->takeScan(QString::fromStdString("01" + gtin + "17271231" + "10WEDGE1" + "\x1d" + "21SER0001"));
    ASSERT_TRUE(station.runner().waitIdle());
    expectDone("Vial accepted");
    auto scans = station.ctx().vialScans().listFor(id);
    ASSERT_TRUE(scans);
    ASSERT_EQ(scans->size(), 1u);
    EXPECT_EQ(scans->front().lot, "WEDGE1");
    EXPECT_EQ(scans->front().source, "keyboard-wedge");
    // Past the scan, a scanned code is refused, not taken as a vial.
    guided->takeScan(QString::fromStdString("01" + gtin + "17271231" + "10WEDGE2"));
    EXPECT_EQ(outcome()->tone(), OutcomeLine::Tone::Refused);
    ASSERT_TRUE(station.runner().waitIdle());
    EXPECT_EQ(station.ctx().vialScans().listFor(id)->size(), 1u);
}

// No mixed-language screen: the workflow's refusal is said in the screen's language, with its figures, not in the
// English the CLI prints.
TEST_F(TechnicianScreensTest, ARefusalOfTheWorkflowReadsWhollyInTheScreensLanguage)
{
    const auto order = station.enterOrder(true, "FICTIF-GUI-003");
    station.plan(order);
    m_language.use(station::Language::French);
    openArea();
    const std::int64_t id = openFirstPreparation();
    auto* guided = child<ui::GuidedPreparationScreen>(m_area.get(), "guidedPreparation");
    const auto gtin = record(id).productGtin;
    guided->takeScan(QString::fromStdString("01" + gtin + "17200131" + "10PERIME1" + "\x1d" + "21SER0002"));
    ASSERT_TRUE(station.runner().waitIdle());
    EXPECT_EQ(outcome()->tone(), OutcomeLine::Tone::Refused);
    const QString french = outcome()->text();
    EXPECT_TRUE(french.contains("le lot PERIME1 est périmé depuis le 2020-01-31")) << french.toStdString();
    EXPECT_FALSE(french.contains("expired")) << french.toStdString();
    EXPECT_TRUE(station.ctx().vialScans().listFor(id)->empty());

    // An unknown product: the catalogue's refusal, in French too.
    guided->takeScan(QStringLiteral("0103400000000005173012311"
                                    "0LOTX\x1d"
                                    "21SER0003"));
    ASSERT_TRUE(station.runner().waitIdle());
    EXPECT_TRUE(outcome()->text().contains("n'est pas dans le catalogue des produits"))
        << outcome()->text().toStdString();
    // A code that is no GS1 pack code says so in French; the GS1 standard's own description follows as a detail.
    guided->takeScan(QStringLiteral("0103400000000001173012311"
                                    "0LOTX\x1d"
                                    "21SER0003"));
    ASSERT_TRUE(station.runner().waitIdle());
    EXPECT_TRUE(outcome()->text().contains("n'est pas un code GS1 de boîte valide")) << outcome()->text().toStdString();

    // The same refusal in English once the screen speaks English.
    m_language.use(station::Language::English);
    QCoreApplication::processEvents();
    guided->takeScan(QString::fromStdString("01" + gtin + "17200131" + "10PERIME1" + "\x1d" + "21SER0002"));
    ASSERT_TRUE(station.runner().waitIdle());
    EXPECT_TRUE(outcome()->text().contains("lot PERIME1 expired on 2020-01-31")) << outcome()->text().toStdString();
}

TEST_F(TechnicianScreensTest, GoingBackToANewSyringeIsExplicitRecordedAndOffersTheTareAgain)
{
    const auto id = station.prepareHeadless("FICTIF-GUI-004", 1.006, false); // accepted, the vial weighed after it
    openArea();
    openFirstPreparation();
    ASSERT_EQ(text("instruction"), "Print the label");
    auto* goBack = child<QPushButton>(m_area.get(), "goBack");
    ASSERT_TRUE(goBack->isVisible());
    goBack->click();
    ASSERT_TRUE(child<QWidget>(m_area.get(), "redoPanel")->isVisible());
    // Without a reason: refused, nothing recorded.
    child<QPushButton>(m_area.get(), "redoSyringe")->click();
    ASSERT_TRUE(station.runner().waitIdle());
    EXPECT_EQ(outcome()->tone(), OutcomeLine::Tone::Refused);
    EXPECT_TRUE(station.ctx().stepRedos().listFor(id)->empty());
    goBack->click();
    child<QLineEdit>(m_area.get(), "redoReason")->setText("syringe touched the isolator floor");
    child<QPushButton>(m_area.get(), "redoSyringe")->click();
    ASSERT_TRUE(station.runner().waitIdle());
    expectDone("set aside");
    EXPECT_EQ(text("instruction"), "Put the empty syringe (with its cap) on the scale");
    auto redos = station.ctx().stepRedos().listFor(id);
    ASSERT_TRUE(redos);
    ASSERT_EQ(redos->size(), 1u);
    EXPECT_EQ(redos->front().reason, "syringe touched the isolator floor");
    auto trail = station.ctx().audit().listFor("step_redo", std::to_string(redos->front().id));
    ASSERT_TRUE(trail);
    EXPECT_EQ(trail->size(), 1u); // audited, with its reason
    // The new syringe is weighed, filled and cross-checked before the label is offered again.
    station.bench().clearPan();
    station.bench().placeEmptySyringe();
    act();
    expectDone("Empty syringe");
    EXPECT_EQ(text("instruction"), "Fill the syringe, then put it on the scale");
}

// A scale whose answers stop: readNow blocks until the test lets it go, as a driver waiting on a dead link would
// until its timeout; then it reports the timeout. Before `hang()`, it reads a steady unstable weight.
class HangingScale : public devices::Scale
{
public:
    devices::Result<devices::WeightReading> readNow() override
    {
        std::unique_lock lock(m_mutex);
        if (m_hanging) {
            m_waiting = true;
            m_cv.wait(lock, [&] { return !m_hanging; });
            m_waiting = false;
            return devices::makeDeviceError(devices::DeviceError::Kind::Timeout, "hang://scale: no answer within 60 s");
        }
        devices::WeightReading r;
        r.grams = 12.345;
        r.stable = false; // never settles: a stable-weight wait goes on until cancelled
        r.readabilityG = 0.001;
        r.source = "hang://scale serial=HANG1";
        return r;
    }
    devices::Result<devices::WeightReading> readStable(std::chrono::milliseconds timeout) override
    {
        return devices::readStableByPolling(*this, devices::StabilityCriteria{}, timeout);
    }
    devices::Result<devices::Ok> tare() override { return devices::Ok{}; }
    devices::Result<devices::Ok> zero() override { return devices::Ok{}; }
    std::string uri() const override { return "hang://scale"; }
    std::string serialNumber() const override { return "HANG1"; }

    void hang()
    {
        std::lock_guard lock(m_mutex);
        m_hanging = true;
    }
    void answer()
    {
        {
            std::lock_guard lock(m_mutex);
            m_hanging = false;
        }
        m_cv.notify_all();
    }
    bool blocked()
    {
        std::lock_guard lock(m_mutex);
        return m_waiting;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_hanging = false;
    bool m_waiting = false;
};

class HangingScaleTest : public TechnicianScreensTest
{
protected:
    // The worklist of a preparation whose vial was scanned, on the hanging scale (its daily check passed): the next
    // step offered is a weighing.
    std::int64_t openAtTheFirstWeighing()
    {
        const auto order = station.enterOrder(true, "FICTIF-GUI-003");
        const auto ids = station.plan(order);
        station::IsolatorSession session(station.ctx(), station.actor(kTechLogin), station.bench().devices(),
                                         station.dir() / "evidence");
        session.rules = station::DemoBench::weighingRules();
        EXPECT_TRUE(session.start(ids.front()));
        EXPECT_TRUE(session.scanVialCode(
            ids.front(), "01" + record(ids.front()).productGtin + "17271231" + "10HANG" + "\x1d" + "21S1",
            "keyboard-wedge"));
        station.useScale(m_scale);
        station::DailyCheck check;
        check.scaleSource = "hang://scale serial=HANG1";
        check.scaleSerial = "HANG1";
        check.referenceGrams = check.measuredGrams = 10.0;
        check.limitPercent = 0.1;
        check.passed = true;
        check.checkedAt = station.ctx().now();
        station::RecordedDailyChecks store(station.ctx(), station.actor(kTechLogin));
        EXPECT_TRUE(store.record(check));
        openArea();
        return ids.front();
    }
    // The screens go before the scale they watch; a scale still hanging answers so the workflow thread can end.
    void TearDown() override
    {
        m_scale.answer();
        m_area.reset();
        station.runner().waitIdle();
    }
    HangingScale m_scale;
};

TEST_F(HangingScaleTest, AScaleThatStopsAnsweringMidWeighingLeavesTheWindowResponsiveAndRecordsNothing)
{
    const std::int64_t id = openAtTheFirstWeighing();
    auto* table = child<QTableWidget>(m_area.get(), "worklist");
    table->selectRow(0);
    child<QPushButton>(m_area.get(), "prepare")->click();
    ASSERT_TRUE(station.runner().waitIdle());
    ASSERT_FALSE(text("instruction").startsWith("Daily")) << text("instruction").toStdString();
    m_scale.hang();
    child<QPushButton>(m_area.get(), "primaryAction")->click(); // the weighing starts; the scale never answers
    ASSERT_TRUE(waitFor([&] { return m_scale.blocked(); }));
    // The window goes on: the gauge says the scale is silent, the weighing can be cancelled, nothing is recorded.
    ASSERT_TRUE(waitFor([&] { return text("weightStability").contains("HAS NOT ANSWERED"); }, 10000))
        << text("weightStability").toStdString();
    EXPECT_TRUE(child<QPushButton>(m_area.get(), "cancelWait")->isVisible());
    EXPECT_TRUE(station.runner().busy());
    auto weighings = station.ctx().weighings().listFor(id);
    const auto before = weighings ? weighings->size() : 0u;
    m_scale.answer(); // the driver's timeout ends the call
    ASSERT_TRUE(station.runner().waitIdle());
    EXPECT_EQ(outcome()->tone(), OutcomeLine::Tone::Refused);
    EXPECT_TRUE(outcome()->text().contains("Device fault")) << outcome()->text().toStdString();
    EXPECT_TRUE(outcome()->text().contains("no answer")) << outcome()->text().toStdString();
    EXPECT_EQ(station.ctx().weighings().listFor(id)->size(), before);
}

TEST_F(HangingScaleTest, AWeighingThatNeverSettlesCanBeCancelled)
{
    const std::int64_t id = openAtTheFirstWeighing();
    auto* table = child<QTableWidget>(m_area.get(), "worklist");
    table->selectRow(0);
    child<QPushButton>(m_area.get(), "prepare")->click();
    ASSERT_TRUE(station.runner().waitIdle());
    child<QPushButton>(m_area.get(), "primaryAction")->click();
    // The unstable reading reaches the gauge during the wait, then the technician cancels.
    ASSERT_TRUE(waitFor([&] { return text("weightStability").contains("NOT STABLE"); }));
    auto* cancel = child<QPushButton>(m_area.get(), "cancelWait");
    ASSERT_TRUE(cancel->isVisible());
    cancel->click();
    ASSERT_TRUE(station.runner().waitIdle(5000)); // well before the 15 s stable timeout
    EXPECT_EQ(outcome()->tone(), OutcomeLine::Tone::Refused);
    EXPECT_TRUE(outcome()->text().contains("cancelled")) << outcome()->text().toStdString();
    auto weighings = station.ctx().weighings().listFor(id);
    ASSERT_TRUE(weighings);
    EXPECT_TRUE(weighings->empty());
}

} // namespace
} // namespace prep::test
