// SPDX-License-Identifier: GPL-3.0-or-later
// The technician's guided preparation: one step at a time, in the order the workflow allows. It shows what to do
// now in large type, offers that step's action and no other (the daily scale check first when the scale needs
// one), the expected vial beside the camera's view and what was scanned, the live weight with the target and its
// tolerance band, and the outcome of each step in words. Every call runs on the workflow thread: a scale that
// stops answering leaves the screen responsive and says so; a stable-weight wait can be cancelled.
#pragma once

#include "prep-station/workflow/preparation_progress.h"
#include "prep-station/workflow/weighing_target.h"
#include "ui/app/station_setup.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;

namespace prep::ui {

class OutcomeLine;
class WeightGauge;

class GuidedPreparationScreen : public QWidget
{
    Q_OBJECT

public:
    GuidedPreparationScreen(StationSetup& setup, db::Actor technician, QWidget* parent = nullptr);
    ~GuidedPreparationScreen() override;

    // Starts (or resumes) the preparation and shows its next step.
    void open(std::int64_t preparationId);
    // A code from the keyboard-wedge scanner while this screen is shown: the vial at the scan step.
    void takeScan(const QString& code);
    std::optional<std::int64_t> preparation() const { return m_preparation; }

    // What the screen offers now: the workflow's next step, or the scale's daily check before a weighing.
    enum class Action { None, DailyCheck, Step };

signals:
    void closed();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Snapshot
    {
        station::PreparationProgress progress;
        std::vector<station::NextStep> steps;
        std::optional<station::WeighingTarget> target;
        bool dailyCheckDue = false;
        QString title, expectedVial, scannedVial;
    };
    void retranslate();
    void refresh();
    void present(const Snapshot& snapshot);
    void runAction();
    void runWeighing(const QString& what, std::function<station::Result<QString>()> weigh);
    void runJob(const QString& what, std::function<station::Result<QString>()> job, bool waiting = false);
    void finished(const station::Result<QString>& outcome, bool waiting);
    void liveTick();
    void setBusy(bool busy, const QString& what);
    void focusTheAction();
    void goBack(db::StepRedoRecord::Step step);

    StationSetup& m_setup;
    db::Actor m_technician;
    std::shared_ptr<station::IsolatorSession> m_session;
    std::optional<std::int64_t> m_preparation;
    std::optional<Snapshot> m_snapshot;
    Action m_action = Action::None;
    bool m_weighing = false;
    bool m_liveReadPending = false;
    bool m_cameraPending = false;
    int m_tick = 0;
    QElapsedTimer m_lastReading;

    QLabel* m_title = nullptr;
    QListWidget* m_steps = nullptr;
    QLabel* m_instruction = nullptr;
    QLabel* m_expectedVial = nullptr;
    QLabel* m_camera = nullptr;
    QLabel* m_scanned = nullptr;
    QLabel* m_scaleIdentity = nullptr;
    WeightGauge* m_gauge = nullptr;
    OutcomeLine* m_outcome = nullptr;
    QWidget* m_labelOptions = nullptr;
    QLabel* m_diluentLabel = nullptr;
    QLabel* m_storageLabel = nullptr;
    QComboBox* m_diluentTemp = nullptr;
    QComboBox* m_storage = nullptr;
    QWidget* m_signRow = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_primary = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_goBack = nullptr; // shows the panel below: going back is explicit, with a reason
    QWidget* m_redoPanel = nullptr;
    QLabel* m_redoReasonLabel = nullptr;
    QLineEdit* m_redoReason = nullptr;
    QPushButton* m_redoScan = nullptr;
    QPushButton* m_redoSyringe = nullptr;
    QProgressBar* m_busy = nullptr;
    QTimer* m_live = nullptr;
};

} // namespace prep::ui
