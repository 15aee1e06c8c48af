// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/technician/weight_gauge.h"

#include "ui/app/touch.h"
#include "ui/app/words.h"
#include "ui/technician/tolerance_bar.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace prep::ui {

WeightGauge::WeightGauge(QWidget* parent)
    : QWidget(parent)
{
    setObjectName("weightGauge");
    auto* layout = new QVBoxLayout(this);
    m_value = scaledLabel("weightValue", 4.0, this, true);
    m_value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_value->setWordWrap(false);
    m_stability = scaledLabel("weightStability", 1.6, this, true);
    m_stability->setAlignment(Qt::AlignCenter);
    m_stability->setMinimumHeight(millimetres(this, kTargetMm));
    m_stability->setAutoFillBackground(true);
    m_bar = new ToleranceBar(this);
    m_bar->setVisible(false);
    m_target = scaledLabel("weightTarget", 1.0, this);
    layout->addWidget(m_value);
    layout->addWidget(m_stability);
    layout->addWidget(m_bar);
    layout->addWidget(m_target);
    retranslate();
}

void WeightGauge::showReading(const devices::WeightReading& reading)
{
    m_reading = reading;
    m_value->setText(gramsText(reading.grams));
    m_bar->setReading(reading.grams);
    retranslate();
}

void WeightGauge::showFault(const QString& what)
{
    m_reading.reset();
    m_value->setText(QStringLiteral("— g"));
    m_bar->setReading(std::nullopt);
    m_stability->setText(tr("SCALE FAULT: %1").arg(what));
    m_stability->setStyleSheet("background:#c62828;color:white;");
}

void WeightGauge::showSilence(int seconds)
{
    m_reading.reset();
    m_value->setText(QStringLiteral("— g"));
    m_bar->setReading(std::nullopt);
    m_stability->setText(tr("THE SCALE HAS NOT ANSWERED FOR %1 s").arg(seconds));
    m_stability->setStyleSheet("background:#c62828;color:white;");
}

void WeightGauge::setTarget(const std::optional<station::WeighingTarget>& target)
{
    m_targetValue = target;
    m_bar->setTarget(target);
    retranslate();
}

void WeightGauge::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WeightGauge::retranslate()
{
    if (m_targetValue)
        m_target->setText(tr("Target %1 (accepted %2 to %3, ± %4 %)")
                              .arg(gramsText(m_targetValue->targetGrams), gramsText(m_targetValue->acceptLowGrams),
                                   gramsText(m_targetValue->acceptHighGrams))
                              .arg(m_targetValue->tolerancePercent));
    else
        m_target->clear();
    if (!m_reading) {
        if (m_value->text().isEmpty()) {
            m_value->setText(QStringLiteral("— g"));
            m_stability->setText(tr("no reading yet"));
        }
        return;
    }
    if (m_reading->stable) {
        m_stability->setText(tr("✔ STABLE"));
        m_stability->setStyleSheet("background:#2e7d32;color:white;");
    } else {
        m_stability->setText(tr("≈ NOT STABLE — wait"));
        m_stability->setStyleSheet("background:#f9a825;color:black;");
    }
}

} // namespace prep::ui
