// SPDX-License-Identifier: GPL-3.0-or-later
// The auditor's part of the station: trace (preparation, lot, patient) with the batch record as a PDF dossier,
// and the audit trail's verification. Read-only: an auditor changes nothing.
#pragma once

#include "ui/app/station_setup.h"

#include <QTabWidget>

namespace prep::ui {

class AuditVerifyScreen;
class TraceScreen;

class AuditorArea : public QTabWidget
{
    Q_OBJECT

public:
    AuditorArea(StationSetup& setup, db::Actor auditor, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    TraceScreen* m_trace = nullptr;
    AuditVerifyScreen* m_verify = nullptr;
};

} // namespace prep::ui
