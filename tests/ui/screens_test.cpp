// SPDX-License-Identifier: GPL-3.0-or-later
// Every screen of the station, in French and in English, at 1280x800 and 1920x1080: each must fit the screen (its
// minimum size no larger), every touch target at least 12 mm, and each is photographed. Offscreen under ctest (the
// pictures go to the build folder); scripts/screenshots.sh runs it under Xvfb and keeps the pictures in
// docs/screens/ so a reader sees the station without building it. Fictitious data only.
#include "prep-station/workflow/dispatch_desk.h"
#include "prep-station/workflow/release_desk.h"
#include "tests/ui/ui_station.h"
#include "ui/app/language.h"
#include "ui/app/touch.h"
#include "ui/simulator/simulated_hands_panel.h"
#include "ui/station_desktop.h"
#include "ui/technician/guided_preparation_screen.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>

#include <cstdlib>

namespace prep::test {
namespace {

struct Resolution
{
    int width, height;
};
constexpr Resolution kResolutions[] = {{1280, 800}, {1920, 1080}};

class ScreensTest : public ::testing::TestWithParam<station::Language>
{
protected:
    void SetUp() override
    {
        const char* dir = std::getenv("PREP_UI_SCREENSHOTS");
        const QByteArray tmp = qgetenv("PREP_TEST_TMP");
        m_out = dir ? QString(dir) : (tmp.isEmpty() ? QDir::tempPath() : QString(tmp)) + "/screens";
        QDir().mkpath(m_out);
        m_language.use(GetParam());
        m_desktop = std::make_unique<ui::StationDesktop>(station.setup(), m_language);
        m_desktop->show();
    }
    QString code() const { return GetParam() == station::Language::French ? "fr" : "en"; }

    // Checks the window at both resolutions and keeps a picture of each: NAME-LANG-WxH.png.
    void scene(const QString& name, QWidget* window = nullptr)
    {
        window = window ? window : m_desktop.get();
        ASSERT_TRUE(station.runner().waitIdle());
        for (const auto& r : kResolutions) {
            if (window == m_desktop.get())
                window->resize(r.width, r.height);
            for (int i = 0; i < 5; ++i)
                QCoreApplication::processEvents();
            const QSize minimum = window->minimumSizeHint();
            EXPECT_LE(minimum.width(), r.width) << name.toStdString() << " does not fit " << r.width;
            EXPECT_LE(minimum.height(), r.height) << name.toStdString() << " does not fit " << r.height;
            const int target = ui::millimetres(window, ui::kTargetMm);
            for (auto* b : window->findChildren<QPushButton*>()) {
                if (!b->isVisible())
                    continue;
                EXPECT_GE(std::min(b->height(), b->width()), target)
                    << name.toStdString() << ": button " << b->objectName().toStdString() << " is " << b->width() << "x"
                    << b->height() << " px, under 12 mm";
                // Narrower than its text needs, a button's words are cut (read from arm's length, they must not be).
                EXPECT_GE(b->width(), b->sizeHint().width())
                    << name.toStdString() << ": button " << b->objectName().toStdString() << " cuts its text \""
                    << b->text().toStdString() << "\" at " << r.width << "x" << r.height;
            }
            const QString file = QString("%1/%2-%3-%4x%5.png").arg(m_out, name, code()).arg(r.width).arg(r.height);
            // 256 colours, best compression: the pictures live in the repository (docs/screens/).
            const QImage picture =
                window->grab().toImage().convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither);
            EXPECT_TRUE(picture.save(file, "PNG", 0)) << file.toStdString();
            if (window != m_desktop.get())
                break; // a panel has its own size
        }
    }
    template <class T> T* find(const char* name) { return child<T>(m_desktop.get(), name); }
    void logIn(const char* login)
    {
        find<QLineEdit>("login")->setText(login);
        find<QLineEdit>("password")->setText(kPassword);
        find<QPushButton>("logIn")->click();
        ASSERT_TRUE(station.runner().waitIdle());
    }
    void logOut()
    {
        find<QPushButton>("logOut")->click();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    void act()
    {
        find<QPushButton>("primaryAction")->click();
        ASSERT_TRUE(station.runner().waitIdle());
    }

    UiStation station;
    ui::LanguageSwitch m_language;
    std::unique_ptr<ui::StationDesktop> m_desktop;
    QString m_out;
};

TEST_P(ScreensTest, EveryScreenFitsBothResolutionsAndIsPhotographed)
{
    scene("01-login");

    // The technician: the worklist, then the guided steps.
    const auto order = station.enterOrder(true, "FICTIF-SCR-001");
    station.enterOrder(true, "FICTIF-SCR-002");
    logIn(kTechLogin);
    scene("02-technician-worklist");
    find<QTableWidget>("worklist")->selectRow(0);
    find<QPushButton>("prepare")->click();
    ASSERT_TRUE(station.runner().waitIdle());
    auto* guided = find<ui::GuidedPreparationScreen>("guidedPreparation");
    const auto id = guided->preparation().value();
    const auto prep = *station.ctx().preparations().get(id);
    const auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(station.ctx().now()));
    ASSERT_TRUE(station.bench().presentVial(
        prep.productGtin, "LOT2611A",
        {today.year() + std::chrono::years(1), std::chrono::month(3), std::chrono::day(31)}));
    waitFor([&] { return !find<QLabel>("cameraView")->pixmap().isNull(); }, 5000);
    scene("03-technician-scan-vial");
    act();
    scene("04-technician-daily-check");
    station.bench().clearPan();
    station.bench().placeVial();
    act(); // the daily check is due: the vial is not the reference weight, so it fails
    scene("05-technician-daily-check-refused");
    station.bench().clearPan();
    station.bench().placeReferenceWeight();
    act();
    station.bench().clearPan();
    station.bench().placeVial();
    act();
    auto wfi = station.ctx().densities().find("water for injections", 0.0);
    station.bench().addDiluent(4.0, wfi->gramsPerMl, 1.002);
    act();
    station.bench().placeEmptySyringe();
    act();
    auto density = station.ctx().densities().find(prep.drug, prep.concentrationMgPerMl);
    station.bench().fillSyringe(prep, density->gramsPerMl, 1.004);
    const QString tare = find<QLabel>("weightValue")->text();
    waitFor(
        [&] {
            return find<QLabel>("weightValue")->text() != tare &&
                   find<QLabel>("weightStability")->styleSheet().contains("2e7d32");
        },
        10000);
    scene("06-technician-filled-syringe");
    act();
    scene("07-technician-dose-accepted");
    station.bench().placeCurrentVial();
    act();
    scene("08-technician-vial-cross-check");
    act();
    act();
    scene("09-technician-label-camera");
    (void)order;
    logOut();

    // The pharmacist: validation with its checks, the decision on a dose, the release, the lot. (Prepared after the
    // technician's scenes: the headless preparation passes the scale's daily check, which scene 04 shows due.)
    const auto released = station.prepareHeadless("FICTIF-SCR-003", 1.06); // awaits a pharmacist
    station.enterOrder(false, "FICTIF-SCR-004");
    // A shipment the courier could not deliver: an alarm on the dispatch watch.
    const auto shipped = station.prepareHeadless("FICTIF-SCR-005");
    ASSERT_TRUE(station::ReleaseDesk(station.ctx()).release(shipped, kPharm2Login, kPassword));
    auto courier = station.ctx().users().createUser(station.actor(kAdminLogin), station.ctx().now(), "courier.roux",
                                                    "ROUX Luc (fictif)", db::Role::Courier, kPassword, false);
    ASSERT_TRUE(courier);
    station::DispatchDesk dispatch(station.ctx());
    auto cooler = dispatch.pack(station.actor(kTechLogin), {shipped}, "LOG-SCR-1");
    ASSERT_TRUE(cooler) << cooler.error().message;
    ASSERT_TRUE(dispatch.pickUp(*courier, cooler->number, "PUI"));
    ASSERT_TRUE(dispatch.declareProblem(*courier, cooler->number, db::DeliveryProblemRecord::Kind::NobodyHome,
                                        "personne ne répond (fictif)", "domicile (fictif)"));
    logIn(kPharm2Login);
    scene("10-pharmacist-validation");
    auto* tabs = qobject_cast<QTabWidget*>(m_desktop->roleArea());
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentIndex(1);
    scene("11-pharmacist-decision");
    (void)released;
    tabs->setCurrentIndex(2);
    find<QLineEdit>("recallLot")->setText("LOTHEADLESS");
    find<QPushButton>("searchLot")->click();
    scene("12-pharmacist-lot-recall");
    tabs->setCurrentIndex(3);
    ASSERT_TRUE(station.runner().waitIdle());
    scene("12b-pharmacist-dispatch-watch");
    logOut();

    // The auditor: a preparation traced, the audit trail verified.
    logIn(kAuditLogin);
    find<QLineEdit>("traceQuery")->setText("LOTHEADLESS");
    scene("13-auditor-trace");
    auto* auditor = qobject_cast<QTabWidget*>(m_desktop->roleArea());
    ASSERT_NE(auditor, nullptr);
    auditor->setCurrentIndex(1);
    scene("14-auditor-audit-trail");
    logOut();

    // The administrator: users, devices, data files.
    find<QLineEdit>("login")->setText(kAdminLogin);
    find<QLineEdit>("password")->setText(kAdminPassword);
    find<QPushButton>("logIn")->click();
    ASSERT_TRUE(station.runner().waitIdle());
    scene("15-admin-users");
    auto* admin = qobject_cast<QTabWidget*>(m_desktop->roleArea());
    ASSERT_NE(admin, nullptr);
    admin->setCurrentIndex(1);
    scene("16-admin-devices");
    admin->setCurrentIndex(2);
    scene("17-admin-data-files");
    logOut();

    // The simulated bench's hands, in a window of their own.
    ui::SimulatedHandsPanel hands(station.setup(), station.bench());
    hands.show();
    scene("90-simulated-bench-hands", &hands);
}

INSTANTIATE_TEST_SUITE_P(Languages, ScreensTest,
                         ::testing::Values(station::Language::French, station::Language::English),
                         [](const ::testing::TestParamInfo<station::Language>& p) {
                             return std::string(p.param == station::Language::French ? "fr" : "en");
                         });

} // namespace
} // namespace prep::test
