// SPDX-License-Identifier: GPL-3.0-or-later
// The auditor's trace: a preparation's history (oldest first, who/when/what, signatures re-checked), every
// preparation that used a vial lot, or a patient's orders and preparations. A preparation found can be exported as
// its batch record (a PDF dossier). Opening a row of a lot or patient traces that preparation.
#pragma once

#include "db/actor.h"
#include "ui/app/station_setup.h"

#include <QWidget>

#include <nlohmann/json.hpp>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace prep::ui {

class OutcomeLine;

class TraceScreen : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Preparation, Lot, Patient };
    TraceScreen(StationSetup& setup, db::Actor user, QWidget* parent = nullptr);

    // Traces `query` (a preparation number or id, a lot, an IPP) as `kind`.
    void trace(Kind kind, const QString& query);
    // Writes the preparation shown as a PDF dossier at `path` (the export button asks where first).
    void exportTo(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void search();
    void chooseExportFile();
    void showPreparation(const nlohmann::json& history);
    void showLot(const nlohmann::json& lot);
    void openRow(int row);
    static QString eventText(const std::string& event);

    StationSetup& m_setup;
    db::Actor m_user;
    Kind m_shown = Kind::Preparation;
    QString m_preparation; // the preparation shown (its number), for the export
    QStringList m_rowPreparations;
    QLabel* m_heading = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_query = nullptr;
    QPushButton* m_search = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    OutcomeLine* m_outcome = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace prep::ui
