// SPDX-License-Identifier: GPL-3.0-or-later
// The pharmacist's review: doses awaiting a decision on an out-of-tolerance syringe, and prepared doses awaiting
// release. For the one selected, its whole batch record (vial scans, every weighing with its instrument, the
// pharmacist's decisions, the clinical data versions that decided the expiry, the labels and read-backs, the
// evidence photos) and what still blocks release; then the decision or the release, signed with the pharmacist's
// password. The workflow refuses a preparer releasing their own work; this screen shows why.
#pragma once

#include "prep-station/workflow/release_desk.h"
#include "prep-station/workflow/worklist.h"
#include "ui/app/station_setup.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace prep::ui {

class OutcomeLine;

class ReleaseScreen : public QWidget
{
    Q_OBJECT

public:
    ReleaseScreen(StationSetup& setup, db::Actor pharmacist, QWidget* parent = nullptr);
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Entry
    {
        station::WorkItem item;
        bool awaitingDecision = false;
    };
    void retranslate();
    void presentList();
    void loadReview();
    void presentReview();
    void decide(bool accept);
    void release();
    std::optional<Entry> selected() const;

    StationSetup& m_setup;
    db::Actor m_pharmacist;
    std::vector<Entry> m_entries;
    std::optional<station::ReleaseReview> m_review;
    QLabel* m_heading = nullptr;
    QTableWidget* m_list = nullptr;
    QLabel* m_summary = nullptr;
    QTabWidget* m_evidence = nullptr;
    QTableWidget* m_weighings = nullptr;
    QTableWidget* m_record = nullptr;
    QListWidget* m_photos = nullptr;
    QLabel* m_blockers = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_release = nullptr;
    OutcomeLine* m_outcome = nullptr;
};

} // namespace prep::ui
