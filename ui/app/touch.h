// SPDX-License-Identifier: GPL-3.0-or-later
// Sizes for gloved hands at the isolator and reading at arm's length: every target at least 12 mm on the screen
// (from the screen's own resolution), text large. One place decides them for every screen.
#pragma once

#include <QFont>
#include <QString>

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace prep::ui {

inline constexpr double kTargetMm = 12.0;

// Pixels for `mm` millimetres on the screen `w` is shown on (or the primary screen).
int millimetres(const QWidget* w, double mm);
// A button a gloved finger can hit: at least 12 mm high and wide.
QPushButton* touchButton(const QString& objectName, const QString& text, QWidget* parent);
// A line of input as tall as a touch target; `secret` for passwords.
QLineEdit* touchField(const QString& objectName, QWidget* parent, bool secret = false);
// A label whose text is `scale` times the screen's base size (the instruction is read from arm's length).
QLabel* scaledLabel(const QString& objectName, double scale, QWidget* parent, bool bold = false);
// A tab bar's style: tabs at least 12 mm high (QTabBar::tab).
QString touchTabStyle(const QWidget* w);
// The base font of the station's screens: 14 pt.
QFont stationFont();

} // namespace prep::ui
