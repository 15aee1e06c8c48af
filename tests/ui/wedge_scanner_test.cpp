// SPDX-License-Identifier: GPL-3.0-or-later
// A keyboard-wedge scanner is recognised by its speed and its terminator, wherever the focus is: its code is taken
// whole (GS1 group separators kept) and never typed into the focused field; a person's typing reaches the field
// unchanged, and a password field is never watched. The clock is the test's.
#include "tests/ui/ui_station.h"
#include "ui/app/wedge_scanner.h"

#include <gtest/gtest.h>

#include <QKeyEvent>
#include <QLineEdit>
#include <QVBoxLayout>

namespace prep::test {
namespace {

class WedgeScannerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto* layout = new QVBoxLayout(&m_window);
        m_field = new QLineEdit(&m_window);
        m_password = new QLineEdit(&m_window);
        m_password->setEchoMode(QLineEdit::Password);
        layout->addWidget(m_field);
        layout->addWidget(m_password);
        m_scanner = new ui::WedgeScanner(&m_window, 30, 8, [this] { return m_now; });
        qApp->installEventFilter(m_scanner);
        QObject::connect(m_scanner, &ui::WedgeScanner::scanned, [this](const QString& c) { m_scans << c; });
        m_window.show();
    }
    void TearDown() override { qApp->removeEventFilter(m_scanner); }
    // Types `text` into `target`, `gapMs` apart, then Enter.
    void type(QWidget* target, const QString& text, int gapMs)
    {
        for (QChar c : text) {
            const int key = c == QChar(0x1d) ? Qt::Key_BracketRight : QKeySequence(QString(c))[0].key();
            const auto mods = c == QChar(0x1d) ? Qt::ControlModifier : Qt::NoModifier;
            QKeyEvent press(QEvent::KeyPress, key, mods, QString(c));
            QApplication::sendEvent(target, &press);
            m_now += gapMs;
        }
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, "\r");
        QApplication::sendEvent(target, &enter);
    }

    QApplication& m_app = guiApplication(); // before m_window: a QWidget needs it
    QWidget m_window;
    QLineEdit* m_field = nullptr;
    QLineEdit* m_password = nullptr;
    ui::WedgeScanner* m_scanner = nullptr;
    qint64 m_now = 1000;
    QStringList m_scans;
};

TEST_F(WedgeScannerTest, AFastBurstEndedByEnterIsOneScanWhateverHasTheFocus)
{
    const QString code = QString("0103400930000014172712311"
                                 "0LOT42") +
                         QChar(0x1d) + "21SERIAL9";
    type(m_field, code, 2);
    ASSERT_EQ(m_scans.size(), 1);
    EXPECT_EQ(m_scans.front(), code);
    EXPECT_TRUE(m_field->text().isEmpty()); // nothing typed into the focused field
}

TEST_F(WedgeScannerTest, APersonTypingReachesTheFieldAndIsNoScan)
{
    type(m_field, "DUPONT Jeanne", 150);
    EXPECT_TRUE(m_scans.isEmpty());
    EXPECT_EQ(m_field->text(), "DUPONT Jeanne");
}

TEST_F(WedgeScannerTest, AShortFastBurstIsTypedNotScanned)
{
    type(m_field, "abc", 2);
    EXPECT_TRUE(m_scans.isEmpty());
    EXPECT_EQ(m_field->text(), "abc");
}

TEST_F(WedgeScannerTest, APasswordFieldIsNeverWatched)
{
    type(m_password, "fast-typed-password", 2);
    EXPECT_TRUE(m_scans.isEmpty());
    EXPECT_EQ(m_password->text(), "fast-typed-password");
}

} // namespace
} // namespace prep::test
