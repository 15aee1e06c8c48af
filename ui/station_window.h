// SPDX-License-Identifier: GPL-3.0-or-later
// The station's main window: log in, the worklist, a preparation step by step with the live weight, and the
// pharmacist's review and release. It holds no business rule: each button calls one workflow operation and
// shows its result or its error.
#pragma once

#include "prep-station/workflow/demo_bench.h"
#include "prep-station/workflow/station_context.h"

#include <memory>
#include <optional>
#include <QMainWindow>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace prep::ui {

class StationWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `ctx` and the devices outlive the window; `evidenceDir` receives photos and labels. `simulatedBench` is given
    // only when the configuration says sim://: then, and only then, the window shows the simulated bench's panel
    // (the technician's hands) and a loud banner.
    StationWindow(station::StationContext& ctx, station::IsolatorDevices devices, station::WeighingRules rules,
                  double referenceWeightGrams, station::DemoBench* simulatedBench, QString evidenceDir,
                  QWidget* parent = nullptr);
    ~StationWindow() override;

    // For tests and the status bar: the preparation currently open, if any.
    std::optional<std::int64_t> currentPreparation() const { return m_current; }
    // Reads the scale once and shows the weight, its stability and its source (the timer calls it 4 times/s).
    void refreshLiveWeight();

private:
    QWidget* buildLoginPage();
    QWidget* buildWorklistPage();
    QWidget* buildPreparationPage();
    QWidget* buildReleasePage();

    void logIn();
    void logOut();
    void refreshWorklist();
    std::optional<std::int64_t> selectedPreparation() const;
    void openPreparation();
    void openReview();
    void refreshPreparation();
    void release();

    // Each step button runs one workflow call; `step` reports its outcome in the step log.
    void runStep(const QString& name, const std::function<station::Result<std::string>()>& action);

    station::StationContext& m_ctx;
    station::IsolatorDevices m_devices;
    station::WeighingRules m_rules;
    double m_referenceWeightGrams; // the daily check's reference weight (station.json)
    station::DemoBench* m_bench;   // null on a station with real devices
    QString m_evidenceDir;
    std::optional<db::Actor> m_user;
    std::optional<std::int64_t> m_current;
    std::unique_ptr<station::IsolatorSession> m_session;

    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_loginStatus = nullptr;
    QTableWidget* m_worklist = nullptr;
    QLabel* m_who = nullptr;
    QLabel* m_prepTitle = nullptr;
    QLabel* m_liveWeight = nullptr;
    QPlainTextEdit* m_stepLog = nullptr;
    QLineEdit* m_signPassword = nullptr;
    QPlainTextEdit* m_review = nullptr;
    QLabel* m_photo = nullptr;
    QLineEdit* m_releaseUser = nullptr;
    QLineEdit* m_releasePassword = nullptr;
    QLabel* m_releaseStatus = nullptr;
    QTimer* m_weightTimer = nullptr;
};

} // namespace prep::ui
