// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/technician/tolerance_bar.h"

#include "ui/app/touch.h"

#include <QPainter>

#include <algorithm>

namespace prep::ui {

ToleranceBar::ToleranceBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName("toleranceBar");
    setMinimumHeight(millimetres(this, 10));
}

void ToleranceBar::setTarget(const std::optional<station::WeighingTarget>& target)
{
    m_target = target;
    setVisible(target.has_value());
    update();
}

void ToleranceBar::setReading(std::optional<double> grams)
{
    m_grams = grams;
    update();
}

QSize ToleranceBar::sizeHint() const
{
    return {400, millimetres(this, 12)};
}

void ToleranceBar::paintEvent(QPaintEvent*)
{
    if (!m_target)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const auto& t = *m_target;
    // The bar spans the pharmacist's band and as much again on each side: a reading far off still shows its side.
    const double half = std::max(t.pharmacistHighGrams - t.targetGrams, 1e-6) * 2;
    const double lo = t.targetGrams - half, hi = t.targetGrams + half;
    const QRectF r = rect().adjusted(2, 2, -2, -2);
    auto x = [&](double g) { return r.left() + (std::clamp(g, lo, hi) - lo) / (hi - lo) * r.width(); };
    p.fillRect(r, QColor(0xc6, 0x28, 0x28));
    p.fillRect(QRectF(QPointF(x(t.pharmacistLowGrams), r.top()), QPointF(x(t.pharmacistHighGrams), r.bottom())),
               QColor(0xf9, 0xa8, 0x25));
    p.fillRect(QRectF(QPointF(x(t.acceptLowGrams), r.top()), QPointF(x(t.acceptHighGrams), r.bottom())),
               QColor(0x2e, 0x7d, 0x32));
    p.setPen(QPen(Qt::white, 3));
    p.drawLine(QPointF(x(t.targetGrams), r.top()), QPointF(x(t.targetGrams), r.bottom()));
    if (m_grams) {
        const double nx = x(*m_grams);
        QPolygonF needle;
        needle << QPointF(nx - 9, r.top()) << QPointF(nx + 9, r.top()) << QPointF(nx, r.center().y());
        p.setPen(QPen(Qt::black, 2));
        p.setBrush(Qt::black);
        p.drawPolygon(needle);
        p.drawLine(QPointF(nx, r.top()), QPointF(nx, r.bottom()));
    }
}

} // namespace prep::ui
