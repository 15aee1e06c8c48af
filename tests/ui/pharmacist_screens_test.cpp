// SPDX-License-Identifier: GPL-3.0-or-later
// The pharmacist's screens driven by object name (offscreen): an order validated with its protocol checks shown,
// a duplicate order stopped by a hard stop, an out-of-tolerance dose accepted with a reason, a prepared dose
// reviewed (weighings, photos, data versions) and released with the pharmacist's password, a lot traced, a shipment
// that could not be delivered watched, received back and its dose decided, its alarm closed with a reason.
#include "prep-station/workflow/dispatch_desk.h"
#include "prep-station/workflow/release_desk.h"
#include "tests/ui/ui_station.h"
#include "ui/app/language.h"
#include "ui/app/outcome_line.h"
#include "ui/pharmacist/pharmacist_area.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

namespace prep::test {
namespace {

using ui::OutcomeLine;

class PharmacistScreensTest : public ::testing::Test
{
protected:
    void SetUp() override { m_language.use(station::Language::English); }
    void openArea(const char* login = kPharm2Login)
    {
        m_area = std::make_unique<ui::PharmacistArea>(station.setup(), station.actor(login));
        m_area->resize(1280, 720);
        m_area->show();
        ASSERT_TRUE(station.runner().waitIdle());
    }
    template <class T> T* find(const char* name) { return child<T>(m_area.get(), name); }
    void click(const char* name)
    {
        find<QPushButton>(name)->click();
        ASSERT_TRUE(station.runner().waitIdle());
    }

    UiStation station;
    ui::LanguageSwitch m_language;
    std::unique_ptr<ui::PharmacistArea> m_area;
};

TEST_F(PharmacistScreensTest, AnOrderIsValidatedWithItsProtocolChecksShown)
{
    const auto orderId = station.enterOrder(false, "FICTIF-PH-001");
    openArea();
    auto* orders = find<QTableWidget>("ordersToValidate");
    ASSERT_EQ(orders->rowCount(), 1);
    auto* checks = find<QTableWidget>("protocolChecks");
    ASSERT_GE(checks->rowCount(), 3); // cycle/day, dose vs BSA, duplicate, ...
    for (int r = 0; r < checks->rowCount(); ++r)
        EXPECT_TRUE(checks->item(r, 2)->text().startsWith("passed")) << checks->item(r, 2)->text().toStdString();
    find<QLineEdit>("validationPassword")->setText("not my password");
    click("validateOrder");
    EXPECT_EQ(find<OutcomeLine>("validationOutcome")->tone(), OutcomeLine::Tone::Refused);
    EXPECT_EQ(station.ctx().orders().get(orderId)->status, db::OrderStatus::Prescribed);
    find<QLineEdit>("validationPassword")->setText(kPassword);
    click("validateOrder");
    EXPECT_EQ(find<OutcomeLine>("validationOutcome")->tone(), OutcomeLine::Tone::Done)
        << find<OutcomeLine>("validationOutcome")->text().toStdString();
    EXPECT_EQ(station.ctx().orders().get(orderId)->status, db::OrderStatus::Validated);
    EXPECT_EQ(station.ctx().orders().get(orderId)->validatedBy, station.actor(kPharm2Login).userId);
    EXPECT_EQ(orders->rowCount(), 0);
}

TEST_F(PharmacistScreensTest, ADuplicateOrderIsAHardStopThatNoOverrideLifts)
{
    station.enterOrder(true, "FICTIF-PH-002");
    const auto duplicate = station.enterOrder(false, "FICTIF-PH-002"); // same patient, drug, cycle and day
    openArea();
    auto* checks = find<QTableWidget>("protocolChecks");
    bool hardStop = false;
    for (int r = 0; r < checks->rowCount(); ++r)
        if (checks->item(r, 2)->text().startsWith("HARD STOP")) {
            hardStop = true;
            EXPECT_FALSE(checks->cellWidget(r, 0)->isEnabled()); // a hard stop offers no override
        }
    ASSERT_TRUE(hardStop);
    find<QLineEdit>("validationPassword")->setText(kPassword);
    click("validateOrder");
    EXPECT_EQ(find<OutcomeLine>("validationOutcome")->tone(), OutcomeLine::Tone::Refused);
    EXPECT_EQ(station.ctx().orders().get(duplicate)->status, db::OrderStatus::Prescribed);
}

TEST_F(PharmacistScreensTest, AnOutOfToleranceDoseIsAcceptedWithAReason)
{
    const auto id = station.prepareHeadless("FICTIF-PH-003", 1.06); // 6 % over: the pharmacist decides
    ASSERT_EQ(station.ctx().preparations().get(id)->toleranceDecision, db::ToleranceDecision::AwaitingPharmacist);
    openArea();
    m_area->setCurrentIndex(1);
    ASSERT_TRUE(station.runner().waitIdle());
    auto* list = find<QTableWidget>("preparationsToReview");
    ASSERT_EQ(list->rowCount(), 1);
    EXPECT_EQ(list->item(0, 3)->text(), "decision on the dose");
    EXPECT_TRUE(find<QPushButton>("acceptDose")->isVisible());
    EXPECT_FALSE(find<QPushButton>("releasePreparation")->isVisible());
    find<QLineEdit>("decisionReason")->setText("within the clinical margin agreed with the prescriber");
    find<QLineEdit>("reviewPassword")->setText(kPassword);
    click("acceptDose");
    EXPECT_EQ(find<OutcomeLine>("reviewOutcome")->tone(), OutcomeLine::Tone::Done)
        << find<OutcomeLine>("reviewOutcome")->text().toStdString();
    EXPECT_EQ(station.ctx().preparations().get(id)->toleranceDecision, db::ToleranceDecision::PharmacistAccepted);
}

TEST_F(PharmacistScreensTest, APreparedDoseIsReviewedWithItsEvidenceAndReleased)
{
    const auto id = station.prepareHeadless("FICTIF-PH-004");
    ASSERT_EQ(station.ctx().preparations().get(id)->status, db::PreparationStatus::Prepared);
    openArea();
    m_area->setCurrentIndex(1);
    ASSERT_TRUE(station.runner().waitIdle());
    ASSERT_EQ(find<QTableWidget>("preparationsToReview")->rowCount(), 1);
    EXPECT_GE(find<QTableWidget>("reviewWeighings")->rowCount(), 4); // vial x2, tare, filled
    EXPECT_GE(find<QListWidget>("evidencePhotos")->count(), 1);      // the vial's photo at least
    auto* record = find<QTableWidget>("reviewRecord");
    bool dataVersions = false;
    for (int r = 0; r < record->rowCount(); ++r)
        dataVersions = dataVersions || record->item(r, 2)->text().contains("stability.csv");
    EXPECT_TRUE(dataVersions);
    EXPECT_TRUE(find<QLabel>("releaseBlockers")->text().contains("Nothing blocks"));
    find<QLineEdit>("reviewPassword")->setText(kPassword);
    click("releasePreparation");
    EXPECT_EQ(find<OutcomeLine>("reviewOutcome")->tone(), OutcomeLine::Tone::Done)
        << find<OutcomeLine>("reviewOutcome")->text().toStdString();
    EXPECT_EQ(station.ctx().preparations().get(id)->status, db::PreparationStatus::Released);
}

TEST_F(PharmacistScreensTest, ALotScannedAtTheStationIsTracedToItsPreparations)
{
    const auto id = station.prepareHeadless("FICTIF-PH-005");
    openArea();
    const auto gtin = station.ctx().preparations().get(id)->productGtin;
    m_area->takeScan(QString::fromStdString("01" + gtin + "17271231" + "10LOTHEADLESS" + "\x1d" + "21X1"));
    ASSERT_TRUE(station.runner().waitIdle());
    auto* table = find<QTableWidget>("lotPreparations");
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text().toStdString(), station.ctx().preparations().get(id)->number);
}

TEST_F(PharmacistScreensTest, TheDispatchWatchShowsAnUndeliveredShipmentUntilThePharmacistActs)
{
    // A released dose packed and picked up; the courier finds nobody home.
    const auto id = station.prepareHeadless("FICTIF-PH-006");
    ASSERT_TRUE(station::ReleaseDesk(station.ctx()).release(id, kPharm2Login, kPassword));
    auto admin = station.actor(kAdminLogin);
    ASSERT_TRUE(station.ctx().users().createUser(admin, station.ctx().now(), "courier.roux", "ROUX Luc (fictif)",
                                                 db::Role::Courier, kPassword, false));
    station::DispatchDesk desk(station.ctx());
    auto shipment = desk.pack(station.actor(kTechLogin), {id}, "LOG-UI-1");
    ASSERT_TRUE(shipment) << shipment.error().message;
    auto courier = station.actor("courier.roux");
    ASSERT_TRUE(desk.pickUp(courier, shipment->number, "PUI"));
    ASSERT_TRUE(desk.declareProblem(courier, shipment->number, db::DeliveryProblemRecord::Kind::NobodyHome,
                                    "nobody answered", "domicile (fictif)"));
    openArea();
    m_area->setCurrentWidget(find<QWidget>("dispatchWatchScreen"));
    ASSERT_TRUE(station.runner().waitIdle());
    auto* shipments = find<QTableWidget>("watchShipments");
    ASSERT_EQ(shipments->rowCount(), 1);
    EXPECT_EQ(shipments->item(0, 0)->text().toStdString(), shipment->number);
    auto* alarms = find<QTableWidget>("watchAlarms");
    ASSERT_EQ(alarms->rowCount(), 1);
    EXPECT_TRUE(alarms->item(0, 1)->text().contains("could not be delivered"))
        << alarms->item(0, 1)->text().toStdString();
    EXPECT_TRUE(find<QLabel>("watchSummary")->text().contains("1 open alarm"));

    // Received back: the dose now waits for the pharmacist's decision, which no reason replaces.
    shipments->setCurrentCell(0, 0);
    click("receiveBack");
    EXPECT_EQ(find<OutcomeLine>("watchOutcome")->tone(), OutcomeLine::Tone::Done)
        << find<OutcomeLine>("watchOutcome")->text().toStdString();
    ASSERT_EQ(alarms->rowCount(), 2);
    const auto prep = station.ctx().preparations().get(id)->number;
    int doseRow = -1;
    for (int r = 0; r < alarms->rowCount(); ++r)
        if (alarms->item(r, 3)->text().toStdString() == prep)
            doseRow = r;
    ASSERT_GE(doseRow, 0);
    alarms->setCurrentCell(doseRow, 0);
    find<QLineEdit>("watchReason")->setText("cooler opened at the door");
    find<QLineEdit>("watchPassword")->setText(kPassword);
    click("closeAlarm");
    EXPECT_EQ(find<OutcomeLine>("watchOutcome")->tone(), OutcomeLine::Tone::Refused);
    find<QLineEdit>("watchPassword")->setText(kPassword);
    click("destroyDose");
    EXPECT_EQ(find<OutcomeLine>("watchOutcome")->tone(), OutcomeLine::Tone::Done)
        << find<OutcomeLine>("watchOutcome")->text().toStdString();

    // The delivery problem's own alarm: closed with a reason and the password.
    ASSERT_EQ(alarms->rowCount(), 1);
    alarms->setCurrentCell(0, 0);
    find<QLineEdit>("watchReason")->setText("patient called: in hospital until Monday");
    find<QLineEdit>("watchPassword")->setText(kPassword);
    click("closeAlarm");
    EXPECT_EQ(find<OutcomeLine>("watchOutcome")->tone(), OutcomeLine::Tone::Done)
        << find<OutcomeLine>("watchOutcome")->text().toStdString();
    EXPECT_EQ(alarms->rowCount(), 0);
    EXPECT_EQ(shipments->rowCount(), 0) << "dose decided, alarms closed: the shipment is settled";
    EXPECT_TRUE(find<QLabel>("watchSummary")->text().contains("no open alarm"));
    find<QCheckBox>("watchShowClosed")->setChecked(true);
    ASSERT_TRUE(station.runner().waitIdle());
    EXPECT_EQ(alarms->rowCount(), 2);
}

} // namespace
} // namespace prep::test
