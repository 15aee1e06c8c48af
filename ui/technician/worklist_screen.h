// SPDX-License-Identifier: GPL-3.0-or-later
// The technician's worklist: validated orders whose syringes are not planned yet, then the preparations to prepare
// or under way. "Prepare" plans an order's syringes when needed and opens the first one in the guided screen.
#pragma once

#include "prep-station/workflow/worklist.h"
#include "ui/app/station_setup.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace prep::ui {

class OutcomeLine;

class WorklistScreen : public QWidget
{
    Q_OBJECT

public:
    WorklistScreen(StationSetup& setup, db::Actor technician, QWidget* parent = nullptr);
    void refresh();

signals:
    void prepare(std::int64_t preparationId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void present();
    void prepareSelected();

    StationSetup& m_setup;
    db::Actor m_technician;
    std::vector<station::WorkItem> m_items;
    QLabel* m_heading = nullptr;
    QTableWidget* m_table = nullptr;
    OutcomeLine* m_outcome = nullptr;
    QPushButton* m_prepare = nullptr;
    QPushButton* m_refresh = nullptr;
};

} // namespace prep::ui
