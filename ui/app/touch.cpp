// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/touch.h"

#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace prep::ui {

int millimetres(const QWidget* w, double mm)
{
    const QScreen* screen = w && w->screen() ? w->screen() : QGuiApplication::primaryScreen();
    // A screen that reports no physical size (some offscreen and virtual displays) counts as 96 dpi; otherwise the
    // larger of its logical and physical density, so 12 mm is never smaller than 12 mm.
    double dpi = 96.0;
    if (screen)
        dpi = std::max(screen->logicalDotsPerInch(),
                       std::isfinite(screen->physicalDotsPerInch()) ? screen->physicalDotsPerInch() : 0.0);
    return static_cast<int>(std::ceil(mm / 25.4 * dpi));
}

QPushButton* touchButton(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    const int side = millimetres(parent, kTargetMm);
    b->setMinimumSize(side, side);
    b->setAutoDefault(false);
    return b;
}

QLineEdit* touchField(const QString& objectName, QWidget* parent, bool secret)
{
    auto* f = new QLineEdit(parent);
    f->setObjectName(objectName);
    f->setMinimumHeight(millimetres(parent, kTargetMm));
    if (secret)
        f->setEchoMode(QLineEdit::Password);
    return f;
}

QLabel* scaledLabel(const QString& objectName, double scale, QWidget* parent, bool bold)
{
    auto* l = new QLabel(parent);
    l->setObjectName(objectName);
    QFont f = stationFont();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    l->setFont(f);
    l->setWordWrap(true);
    return l;
}

QString touchTabStyle(const QWidget* w)
{
    return QString("QTabBar::tab{min-height:%1px;padding:0 %2px;}")
        .arg(millimetres(w, kTargetMm))
        .arg(millimetres(w, 4));
}

QFont stationFont()
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(14);
    return f;
}

} // namespace prep::ui
