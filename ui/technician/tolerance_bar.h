// SPDX-License-Identifier: GPL-3.0-or-later
// The bar under the live weight: red (reject), amber (a pharmacist decides), green (accepted) bands around the
// target, a tick at the target and a needle at the reading.
#pragma once

#include "prep-station/workflow/weighing_target.h"

#include <QWidget>

#include <optional>

namespace prep::ui {

class ToleranceBar : public QWidget
{
    Q_OBJECT

public:
    explicit ToleranceBar(QWidget* parent = nullptr);
    void setTarget(const std::optional<station::WeighingTarget>& target);
    void setReading(std::optional<double> grams);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<station::WeighingTarget> m_target;
    std::optional<double> m_grams;
};

} // namespace prep::ui
