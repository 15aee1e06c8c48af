// SPDX-License-Identifier: GPL-3.0-or-later
// The live weight, read from arm's length: the value in very large type, STABLE / NOT STABLE on a coloured block
// (with the word, never colour alone), and for the filled syringe a bar with the target, the band the tolerance
// policy accepts (green), the pharmacist's band (amber) and where the reading stands. When the scale stops
// answering, the gauge says so and for how long instead of showing an old weight.
#pragma once

#include "devices/scale/scale.h"
#include "prep-station/workflow/weighing_target.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace prep::ui {

class ToleranceBar;

class WeightGauge : public QWidget
{
    Q_OBJECT

public:
    explicit WeightGauge(QWidget* parent = nullptr);

    void showReading(const devices::WeightReading& reading);
    void showFault(const QString& what);
    // The scale has not answered for `seconds`: the last weight is withdrawn.
    void showSilence(int seconds);
    void setTarget(const std::optional<station::WeighingTarget>& target);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_value = nullptr;
    QLabel* m_stability = nullptr;
    QLabel* m_target = nullptr;
    ToleranceBar* m_bar = nullptr;
    std::optional<devices::WeightReading> m_reading;
    std::optional<station::WeighingTarget> m_targetValue;
};

} // namespace prep::ui
