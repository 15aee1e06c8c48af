// SPDX-License-Identifier: GPL-3.0-or-later
// The auditor's verification of the audit trail, as `prepctl audit verify` runs it: entries and records checked,
// intact or the first finding, and the last checkpoint signed by a trusted station key.
#pragma once

#include "db/actor.h"
#include "ui/app/station_setup.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace prep::ui {

class OutcomeLine;

class AuditVerifyScreen : public QWidget
{
    Q_OBJECT

public:
    AuditVerifyScreen(StationSetup& setup, db::Actor user, QWidget* parent = nullptr);
    void verify();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    StationSetup& m_setup;
    db::Actor m_user;
    QLabel* m_heading = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_entries = nullptr;
    QLabel* m_checkpoint = nullptr;
    OutcomeLine* m_outcome = nullptr;
    QPushButton* m_verify = nullptr;
};

} // namespace prep::ui
