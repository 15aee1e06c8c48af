// SPDX-License-Identifier: GPL-3.0-or-later
// The station with the keyboard alone, keys delivered as a real keyboard's are (Qt Test: the shortcut override
// first, then the key): the technician logs in, opens the first preparation with Enter, scans the vial with a
// keyboard-wedge scanner (fast keys and Enter, wherever the focus is), and goes through the weighings with Enter;
// the pharmacist validates an order typing the password and Enter. The bench's hands are the test's.
#include "tests/ui/ui_station.h"
#include "ui/app/language.h"
#include "ui/app/outcome_line.h"
#include "ui/station_desktop.h"
#include "ui/technician/guided_preparation_screen.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QLineEdit>
#include <QTest>

namespace prep::test {
namespace {

class KeyboardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_language.use(station::Language::English);
        m_desktop = std::make_unique<ui::StationDesktop>(station.setup(), m_language);
        m_desktop->resize(1280, 800);
        m_desktop->show();
        QApplication::setActiveWindow(m_desktop.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_desktop.get()));
    }
    // Types into whatever has the focus, as a person would.
    void type(const QString& text)
    {
        QTest::keyClicks(QApplication::focusWidget(), text, Qt::NoModifier, 40); // a person's pace
    }
    void key(Qt::Key k)
    {
        QTest::keyClick(QApplication::focusWidget(), k);
        ASSERT_TRUE(station.runner().waitIdle());
    }
    void logIn(const char* login)
    {
        type(login);
        key(Qt::Key_Tab);
        type(kPassword);
        key(Qt::Key_Return);
    }
    QString text(const char* name) { return child<QLabel>(m_desktop.get(), name)->text(); }

    UiStation station;
    ui::LanguageSwitch m_language;
    std::unique_ptr<ui::StationDesktop> m_desktop;
};

TEST_F(KeyboardTest, TheTechnicianScansAndWeighsWithTheKeyboardAlone)
{
    const auto ids = station.plan(station.enterOrder(true, "FICTIF-KB-001"));
    logIn(kTechLogin);
    ASSERT_NE(m_desktop->roleArea(), nullptr);
    key(Qt::Key_Return); // the first row of the worklist
    auto* guided = child<ui::GuidedPreparationScreen>(m_desktop.get(), "guidedPreparation");
    ASSERT_TRUE(guided->isVisible());
    ASSERT_EQ(guided->preparation(), ids.front());
    EXPECT_EQ(text("instruction"), "Scan the vial's DataMatrix");

    // A keyboard-wedge scanner: the code typed in a burst, GS as Ctrl+], then Enter — taken as the vial's scan,
    // not as the screen's Enter (which would ask the camera).
    const auto gtin = QString::fromStdString(station.ctx().preparations().get(ids.front())->productGtin);
    QWidget* focus = QApplication::focusWidget();
    QTest::keyClicks(focus, "01" + gtin + "17271231" + "10KEYLOT");
    // GS as X11 delivers Ctrl+]: the key with the control character as its text.
    QTest::sendKeyEvent(QTest::Click, focus, Qt::Key_BracketRight, QString(QChar(0x1d)), Qt::ControlModifier);
    QTest::keyClicks(focus, "21SN0001");
    key(Qt::Key_Return);
    auto scans = station.ctx().vialScans().listFor(ids.front());
    ASSERT_TRUE(scans);
    ASSERT_EQ(scans->size(), 1u) << child<ui::OutcomeLine>(m_desktop.get(), "outcome")->text().toStdString();
    EXPECT_EQ(scans->front().lot, "KEYLOT");
    EXPECT_EQ(scans->front().serial, "SN0001");
    EXPECT_EQ(scans->front().source, "keyboard-wedge");

    // The daily check, then the vial before its diluent: Enter runs the one action offered.
    EXPECT_TRUE(text("instruction").startsWith("Daily scale check"));
    station.bench().placeReferenceWeight();
    key(Qt::Key_Return);
    EXPECT_EQ(child<ui::OutcomeLine>(m_desktop.get(), "outcome")->tone(), ui::OutcomeLine::Tone::Done)
        << child<ui::OutcomeLine>(m_desktop.get(), "outcome")->text().toStdString();
    station.bench().clearPan();
    station.bench().placeVial();
    key(Qt::Key_Return);
    EXPECT_EQ(text("instruction"), "Add the diluent, then put the vial back on the scale");
    auto weighings = station.ctx().weighings().listFor(ids.front());
    ASSERT_TRUE(weighings);
    EXPECT_EQ(weighings->size(), 1u); // one Enter, one weighing
    key(Qt::Key_Escape);              // back to the worklist
    EXPECT_FALSE(guided->isVisible());
}

TEST_F(KeyboardTest, ThePharmacistValidatesAnOrderWithTheKeyboardAlone)
{
    const auto order = station.enterOrder(false, "FICTIF-KB-002");
    logIn(kPharm2Login);
    ASSERT_NE(m_desktop->roleArea(), nullptr);
    auto* password = child<QLineEdit>(m_desktop.get(), "validationPassword");
    password->setFocus(); // Tab moves there; focus chains differ by style, the field is what matters
    type(kPassword);
    key(Qt::Key_Return);
    EXPECT_EQ(station.ctx().orders().get(order)->status, db::OrderStatus::Validated);
}

} // namespace
} // namespace prep::test
