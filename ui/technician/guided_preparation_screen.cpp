// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/technician/guided_preparation_screen.h"

#include "prep-station/device_fault.h"
#include "prep-station/gravimetry/reconstitution_check.h"
#include "prep-station/time/paris_time.h"
#include "prep-station/workflow/label_desk.h"
#include "prep-station/workflow/recorded_daily_checks.h"
#include "prep-station/workflow/recorded_expiry.h"
#include "prep-station/workflow/step_redo.h"
#include "ui/app/message_text.h"
#include "ui/app/outcome_line.h"
#include "ui/app/touch.h"
#include "ui/app/words.h"
#include "ui/app/workflow_runner.h"
#include "ui/technician/weight_gauge.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

#include <opencv2/imgproc.hpp>

namespace prep::ui {

namespace {

using station::NextStep;
using station::Result;

bool isWeighing(NextStep s)
{
    return s == NextStep::WeighVialBeforeDiluent || s == NextStep::WeighVialAfterDiluent ||
           s == NextStep::WeighVialBeforeWithdrawal || s == NextStep::WeighEmptySyringe ||
           s == NextStep::WeighFilledSyringe || s == NextStep::WeighVialAfterWithdrawal;
}

bool isIsolatorStep(NextStep s)
{
    switch (s) {
    case NextStep::Start:
    case NextStep::ScanVial:
    case NextStep::WeighVialBeforeDiluent:
    case NextStep::WeighVialAfterDiluent:
    case NextStep::WeighVialBeforeWithdrawal:
    case NextStep::WeighEmptySyringe:
    case NextStep::WeighFilledSyringe:
    case NextStep::WeighVialAfterWithdrawal:
    case NextStep::PrintLabel:
    case NextStep::ReadBackLabelPdf:
    case NextStep::ReadBackLabelCamera:
    case NextStep::Sign:
        return true;
    default:
        return false;
    }
}

QImage toImage(const cv::Mat& frame)
{
    cv::Mat rgb;
    if (frame.channels() == 1)
        cv::cvtColor(frame, rgb, cv::COLOR_GRAY2RGB);
    else if (frame.channels() == 4)
        cv::cvtColor(frame, rgb, cv::COLOR_BGRA2RGB);
    else
        cv::cvtColor(frame, rgb, cv::COLOR_BGR2RGB);
    return QImage(rgb.data, rgb.cols, rgb.rows, static_cast<int>(rgb.step), QImage::Format_RGB888).copy();
}

QString decisionWords(station::WeighingDecision d)
{
    switch (d) {
    case station::WeighingDecision::Accept:
        return GuidedPreparationScreen::tr("accepted");
    case station::WeighingDecision::AwaitPharmacist:
        return GuidedPreparationScreen::tr("out of tolerance: a pharmacist decides");
    case station::WeighingDecision::RejectRedo:
        return GuidedPreparationScreen::tr("rejected: redo with a new syringe");
    }
    return {};
}

} // namespace

GuidedPreparationScreen::GuidedPreparationScreen(StationSetup& setup, db::Actor technician, QWidget* parent)
    : QWidget(parent)
    , m_setup(setup)
    , m_technician(std::move(technician))
{
    setObjectName("guidedPreparation");
    m_session = std::make_shared<station::IsolatorSession>(setup.ctx, m_technician, setup.devices, setup.evidenceDir);
    m_session->rules = setup.rules;
    m_session->stableTimeout = setup.stableTimeout;

    auto* outer = new QVBoxLayout(this);
    m_title = scaledLabel("preparationTitle", 1.2, this, true);
    outer->addWidget(m_title);
    auto* columns = new QHBoxLayout;
    outer->addLayout(columns, 1);

    // Left: the steps, what to do now, its options, the outcome and the one action.
    auto* left = new QVBoxLayout;
    columns->addLayout(left, 3);
    m_instruction = scaledLabel("instruction", 2.4, this, true);
    m_instruction->setMinimumHeight(millimetres(this, 25));
    left->addWidget(m_instruction);

    m_labelOptions = new QWidget(this);
    auto* options = new QGridLayout(m_labelOptions);
    m_diluentLabel = new QLabel(m_labelOptions);
    m_storageLabel = new QLabel(m_labelOptions);
    m_diluentTemp = new QComboBox(m_labelOptions);
    m_diluentTemp->setObjectName("diluentTemperature");
    m_storage = new QComboBox(m_labelOptions);
    m_storage->setObjectName("storage");
    for (auto* c : {m_diluentTemp, m_storage})
        c->setMinimumHeight(millimetres(this, kTargetMm));
    options->addWidget(m_diluentLabel, 0, 0);
    options->addWidget(m_diluentTemp, 0, 1);
    options->addWidget(m_storageLabel, 1, 0);
    options->addWidget(m_storage, 1, 1);
    left->addWidget(m_labelOptions);

    m_signRow = new QWidget(this);
    auto* sign = new QHBoxLayout(m_signRow);
    m_passwordLabel = new QLabel(m_signRow);
    m_password = touchField("signPassword", m_signRow, true);
    sign->addWidget(m_passwordLabel);
    sign->addWidget(m_password, 1);
    left->addWidget(m_signRow);

    m_outcome = new OutcomeLine("outcome", this);
    left->addWidget(m_outcome);
    // The steps of this preparation: done, now, to come.
    m_steps = new QListWidget(this);
    m_steps->setObjectName("stepList");
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setFrameShape(QFrame::NoFrame);
    m_steps->setStyleSheet("background:transparent;");
    left->addWidget(m_steps, 1);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName("busy");
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(true);
    m_busy->setVisible(false);
    left->addWidget(m_busy);
    // Going back to an earlier step: explicit, with a reason, recorded (prep-station/workflow/step_redo.h).
    m_redoPanel = new QWidget(this);
    m_redoPanel->setObjectName("redoPanel");
    auto* redo = new QGridLayout(m_redoPanel);
    m_redoReasonLabel = new QLabel(m_redoPanel);
    m_redoReason = touchField("redoReason", m_redoPanel);
    m_redoScan = touchButton("redoScan", {}, m_redoPanel);
    m_redoSyringe = touchButton("redoSyringe", {}, m_redoPanel);
    redo->addWidget(m_redoReasonLabel, 0, 0);
    redo->addWidget(m_redoReason, 0, 1, 1, 2);
    redo->addWidget(m_redoScan, 1, 1);
    redo->addWidget(m_redoSyringe, 1, 2);
    m_redoPanel->setVisible(false);
    left->addWidget(m_redoPanel);
    auto* buttons = new QHBoxLayout;
    m_back = touchButton("backToWorklist", {}, this);
    m_goBack = touchButton("goBack", {}, this);
    m_goBack->setCheckable(true);
    m_cancel = touchButton("cancelWait", {}, this);
    m_cancel->setVisible(false);
    m_primary = touchButton("primaryAction", {}, this);
    QFont big = stationFont();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_primary->setFont(big);
    m_primary->setMinimumHeight(millimetres(this, 18));
    m_primary->setDefault(true);
    // The one action offered has the column's whole width, so its words are never cut at 1280x800; the ways
    // back sit under it.
    left->addWidget(m_primary);
    buttons->addWidget(m_back);
    buttons->addWidget(m_goBack);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    left->addLayout(buttons);

    // Right: the scale and its live weight, then the vial: expected, seen by the camera, scanned.
    auto* right = new QVBoxLayout;
    columns->addLayout(right, 2);
    m_scaleIdentity = scaledLabel("scaleIdentity", 0.9, this);
    right->addWidget(m_scaleIdentity);
    m_gauge = new WeightGauge(this);
    right->addWidget(m_gauge);
    m_expectedVial = scaledLabel("expectedVial", 1.1, this);
    right->addWidget(m_expectedVial);
    m_camera = new QLabel(this);
    m_camera->setObjectName("cameraView");
    m_camera->setAlignment(Qt::AlignCenter);
    m_camera->setMinimumSize(millimetres(this, 50), millimetres(this, 35));
    m_camera->setStyleSheet("background:#263238;color:#eceff1;");
    right->addWidget(m_camera, 1);
    m_scanned = scaledLabel("scannedVial", 1.0, this);
    right->addWidget(m_scanned);

    connect(m_primary, &QPushButton::clicked, this, &GuidedPreparationScreen::runAction);
    connect(m_goBack, &QPushButton::toggled, m_redoPanel, &QWidget::setVisible);
    connect(m_redoScan, &QPushButton::clicked, this, [this] { goBack(db::StepRedoRecord::Step::VialScan); });
    connect(m_redoSyringe, &QPushButton::clicked, this, [this] { goBack(db::StepRedoRecord::Step::EmptySyringe); });
    // The keyboard alone: Enter runs the one action offered (from the password field too), Escape goes back.
    for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* enter = new QShortcut(QKeySequence(key), this, this, &GuidedPreparationScreen::runAction);
        enter->setContext(Qt::WidgetWithChildrenShortcut);
    }
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, m_back, &QPushButton::click);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_setup.devices.scale.cancelStableWait(); });
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_live->stop();
        emit closed();
    });
    connect(&m_setup.runner, &WorkflowRunner::busyChanged, this, &GuidedPreparationScreen::setBusy);

    // Every reading of a stable-weight wait reaches the gauge (the watcher runs on the workflow thread).
    QPointer<GuidedPreparationScreen> self(this);
    m_setup.devices.scale.watchReadings([self](const devices::Result<devices::WeightReading>& reading) {
        QMetaObject::invokeMethod(
            self,
            [self, reading] {
                if (!self)
                    return;
                self->m_lastReading.start();
                if (reading)
                    self->m_gauge->showReading(*reading);
                else
                    self->m_gauge->showFault(messageText(station::deviceFault(reading.error())));
            },
            Qt::QueuedConnection);
    });
    m_live = new QTimer(this);
    m_live->setInterval(250);
    connect(m_live, &QTimer::timeout, this, &GuidedPreparationScreen::liveTick);
    retranslate();
}

GuidedPreparationScreen::~GuidedPreparationScreen()
{
    m_setup.devices.scale.watchReadings({});
}

void GuidedPreparationScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GuidedPreparationScreen::retranslate()
{
    m_back->setText(tr("Back to the worklist"));
    m_cancel->setText(tr("Cancel the weighing"));
    m_goBack->setText(tr("Go back…"));
    m_redoReasonLabel->setText(tr("Why (recorded)"));
    m_redoScan->setText(tr("Scan another vial"));
    m_redoSyringe->setText(tr("Take a new empty syringe"));
    m_diluentLabel->setText(tr("Diluent used"));
    m_storageLabel->setText(tr("Storage until administration"));
    m_passwordLabel->setText(tr("Your password (signature \"prepared by\")"));
    const QString diluent = m_diluentTemp->currentData().toString();
    m_diluentTemp->clear();
    m_diluentTemp->addItem(tr("as the site's practice says"), QString());
    m_diluentTemp->addItem(tr("refrigerated (2-8 °C)"), QStringLiteral("2-8C"));
    m_diluentTemp->addItem(tr("room temperature"), QStringLiteral("room"));
    m_diluentTemp->setCurrentIndex(std::max(0, m_diluentTemp->findData(diluent)));
    const QString storage = m_storage->currentData().toString();
    m_storage->clear();
    m_storage->addItem(tr("refrigerated 2-8 °C"), QStringLiteral("2-8C"));
    m_storage->addItem(tr("room temperature (25 °C)"), QStringLiteral("25C"));
    m_storage->addItem(tr("frozen, then thawed at 2-8 °C"), QStringLiteral("frozen,2-8C"));
    m_storage->setCurrentIndex(std::max(0, m_storage->findData(storage)));
    m_scaleIdentity->setText(
        tr("Scale: %1 — serial %2").arg(qs(m_setup.devices.scale.uri()), qs(m_setup.devices.scale.serialNumber())));
    if (m_camera->pixmap().isNull())
        m_camera->setText(tr("camera: no frame yet"));
    if (m_snapshot)
        present(*m_snapshot);
}

void GuidedPreparationScreen::open(std::int64_t preparationId)
{
    m_preparation = preparationId;
    m_snapshot.reset();
    m_outcome->showNeutral({});
    m_scanned->clear();
    m_instruction->setText(tr("Opening the preparation…"));
    auto session = m_session;
    m_setup.runner.run<Result<db::PreparationRecord>>(
        this, tr("opening the preparation"), [session, preparationId] { return session->start(preparationId); },
        [this](Result<db::PreparationRecord> started) {
            if (!started)
                m_outcome->showRefusal(started.error());
            refresh();
            m_live->start();
        });
}

void GuidedPreparationScreen::refresh()
{
    if (!m_preparation)
        return;
    const std::int64_t id = *m_preparation;
    station::StationContext& ctx = m_setup.ctx;
    auto& scale = m_setup.devices.scale;
    const auto rules = m_setup.rules;
    const db::Actor who = m_technician;
    m_setup.runner.run<Result<Snapshot>>(
        this, tr("reading the batch record"),
        [&ctx, &scale, rules, who, id]() -> Result<Snapshot> {
            Snapshot s;
            auto progress = station::preparationProgress(ctx, id);
            if (!progress)
                return progress.error();
            s.progress = *progress;
            const auto& p = progress->preparation;
            auto steps = station::isolatorSteps(ctx, p);
            if (!steps)
                return steps.error();
            s.steps = *steps;
            auto target = station::weighingTarget(ctx, id, progress->next);
            if (!target)
                return target.error();
            s.target = *target;
            station::RecordedDailyChecks checks(ctx, who);
            s.dailyCheckDue = !station::requireDailyCheck(checks, scale.serialNumber(), rules, ctx.clock()).ok();
            auto prescribed = ctx.prescribedFor(p);
            const QString patient =
                prescribed ? qs(prescribed->patient.familyName + " " + prescribed->patient.givenName) : QString();
            s.title = tr("%1 — %2 %3 in %4 — syringe %5 of %6 — %7")
                          .arg(qs(p.number), qs(p.drug), mgText(p.targetDoseMg), mlText(p.targetVolumeMl))
                          .arg(p.syringeIndex)
                          .arg(p.syringeCount)
                          .arg(patient);
            if (const auto* product = ctx.catalogue().findByGtin(p.productGtin))
                s.expectedVial = tr("Expected vial: %1 — GTIN %2").arg(qs(product->name), qs(product->gtin));
            auto scans = ctx.vialScans().listFor(id);
            if (scans && !scans->empty())
                s.scannedVial = tr("Scanned: GTIN %1, lot %2, expiry %3, serial %4")
                                    .arg(qs(scans->back().gtin), qs(scans->back().lot), qs(scans->back().expiry),
                                         qs(scans->back().serial));
            return s;
        },
        [this](Result<Snapshot> snapshot) {
            if (!snapshot) {
                m_outcome->showRefusal(snapshot.error());
                return;
            }
            m_snapshot = *snapshot;
            present(*m_snapshot);
        });
}

void GuidedPreparationScreen::present(const Snapshot& s)
{
    const NextStep next = s.progress.next;
    m_action = !isIsolatorStep(next)                 ? Action::None
               : isWeighing(next) && s.dailyCheckDue ? Action::DailyCheck
                                                     : Action::Step;
    m_title->setText(s.title);
    m_expectedVial->setText(s.expectedVial);
    m_scanned->setText(s.scannedVial.isEmpty() ? tr("Scanned: nothing yet") : s.scannedVial);
    m_gauge->setTarget(s.target);

    m_steps->clear();
    bool reached = false;
    for (NextStep step : s.steps) {
        const bool current = step == next;
        reached = reached || current || !isIsolatorStep(next);
        const QString mark = current ? QStringLiteral("▶ ") : reached ? QStringLiteral("○ ") : QStringLiteral("✔ ");
        auto* item = new QListWidgetItem(mark + instructionFor(step), m_steps);
        QFont f = stationFont();
        f.setBold(current);
        item->setFont(f);
        if (current)
            item->setBackground(QColor(0xbb, 0xde, 0xfb));
        else if (!reached)
            item->setForeground(QColor(0x2e, 0x7d, 0x32));
        if (!isIsolatorStep(next))
            item->setForeground(QColor(0x2e, 0x7d, 0x32));
    }

    QString primary;
    switch (m_action) {
    case Action::DailyCheck:
        m_instruction->setText(tr("Daily scale check: put the %1 reference weight on the scale")
                                   .arg(gramsText(m_setup.referenceWeightGrams)));
        primary = tr("Weigh the reference");
        break;
    case Action::Step:
        m_instruction->setText(instructionFor(next));
        switch (next) {
        case NextStep::ScanVial:
            primary = tr("Read the vial with the camera");
            break;
        case NextStep::PrintLabel:
            primary = tr("Print the label");
            break;
        case NextStep::ReadBackLabelPdf:
            primary = tr("Check the label file");
            break;
        case NextStep::ReadBackLabelCamera:
            primary = tr("Read the label with the camera");
            break;
        case NextStep::Sign:
            primary = tr("Sign: prepared");
            break;
        default:
            primary = tr("Weigh");
            break;
        }
        break;
    case Action::None:
        m_instruction->setText(instructionFor(next));
        if (next == NextStep::PharmacistDecision)
            m_outcome->showWaiting(tr("The dose is out of tolerance: a pharmacist accepts or rejects it at their "
                                      "screen. Nothing else can be done on this syringe until then."));
        break;
    }
    m_primary->setText(primary);
    m_primary->setVisible(m_action != Action::None);
    m_goBack->setVisible(isIsolatorStep(next) && next != NextStep::ScanVial);
    if (!m_goBack->isVisible())
        m_goBack->setChecked(false);
    m_labelOptions->setVisible(m_action == Action::Step && next == NextStep::PrintLabel &&
                               !s.progress.preparation.expiry);
    m_signRow->setVisible(m_action == Action::Step && next == NextStep::Sign);
    setBusy(m_setup.runner.busy(), m_setup.runner.current());
    focusTheAction();
}

void GuidedPreparationScreen::focusTheAction()
{
    // The focus stays on this screen's action, so Enter and Escape work without a mouse (a disabled button cannot
    // take the focus: this runs again when the station is no longer busy).
    if (m_signRow->isVisible())
        m_password->setFocus();
    else if (m_primary->isVisible() && m_primary->isEnabled())
        m_primary->setFocus();
    else if (m_back->isEnabled())
        m_back->setFocus();
}

void GuidedPreparationScreen::runAction()
{
    if (!m_preparation || !m_snapshot || m_setup.runner.busy())
        return; // one action at a time: its button is disabled until it ends
    const std::int64_t id = *m_preparation;
    auto session = m_session;
    station::StationContext& ctx = m_setup.ctx;
    const db::Actor who = m_technician;
    if (m_action == Action::DailyCheck) {
        const double reference = m_setup.referenceWeightGrams;
        runWeighing(tr("daily scale check"), [session, reference]() -> Result<QString> {
            auto c = session->dailyCheck(reference);
            if (!c)
                return c.error();
            const QString text = tr("reference %1 weighed %2 (deviation %3 %, limit ± %4 %)")
                                     .arg(gramsText(c->referenceGrams), gramsText(c->measuredGrams))
                                     .arg(decimalText(c->deviationPercent, 3))
                                     .arg(decimalText(c->limitPercent, 2));
            if (!c->passed)
                return station::makeError(
                    station::Error::Kind::Refused,
                    tr("Daily check FAILED: %1. Doses cannot be weighed on this scale.").arg(text).toStdString());
            return tr("Daily check passed: %1").arg(text);
        });
        return;
    }
    if (m_action != Action::Step)
        return;
    switch (m_snapshot->progress.next) {
    case NextStep::ScanVial:
        runJob(tr("reading the vial with the camera"), [session, id]() -> Result<QString> {
            auto s = session->scanVial(id);
            if (!s)
                return s.error();
            return tr("Vial accepted: %1").arg(qs(s->hri));
        });
        break;
    case NextStep::WeighVialBeforeDiluent:
        runWeighing(tr("weighing the vial"), [session, id]() -> Result<QString> {
            auto w = session->weighVialBeforeDiluent(id);
            if (!w)
                return w.error();
            return tr("Vial before diluent: %1").arg(gramsText(w->grams));
        });
        break;
    case NextStep::WeighVialAfterDiluent:
        runWeighing(tr("weighing the vial"), [session, id]() -> Result<QString> {
            auto c = session->weighVialAfterDiluent(id);
            if (!c)
                return c.error();
            const QString text = tr("Diluent added %1 (expected %2, deviation %3 %): %4")
                                     .arg(gramsText(c->diluentGrams), gramsText(c->expectedGrams))
                                     .arg(decimalText(c->deviationPercent, 2))
                                     .arg(decisionWords(c->decision));
            if (c->decision != station::WeighingDecision::Accept)
                return station::makeError(station::Error::Kind::Refused, text.toStdString());
            return text;
        });
        break;
    case NextStep::WeighVialBeforeWithdrawal:
        runWeighing(tr("weighing the vial"), [session, id]() -> Result<QString> {
            auto w = session->weighVialBeforeWithdrawal(id);
            if (!w)
                return w.error();
            return tr("Vial before withdrawal: %1").arg(gramsText(w->grams));
        });
        break;
    case NextStep::WeighVialAfterWithdrawal:
        runWeighing(tr("weighing the vial"), [session, id]() -> Result<QString> {
            auto v = session->weighVialAfterWithdrawal(id);
            if (!v)
                return v.error();
            const auto& c = v->check;
            const QString text =
                tr("The vial lost %1, the syringe gained %2 (difference %3): %4")
                    .arg(gramsText(c.vialLostGrams), gramsText(c.syringeGainedGrams), gramsText(c.differenceGrams),
                         c.passed ? tr("they match") : tr("THEY DO NOT MATCH: a pharmacist decides"));
            if (!c.passed)
                return station::makeError(station::Error::Kind::Refused, text.toStdString());
            return text;
        });
        break;
    case NextStep::WeighEmptySyringe:
        runWeighing(tr("weighing the empty syringe"), [session, id]() -> Result<QString> {
            auto w = session->weighEmptySyringe(id);
            if (!w)
                return w.error();
            return tr("Empty syringe: %1").arg(gramsText(w->grams));
        });
        break;
    case NextStep::WeighFilledSyringe:
        runWeighing(tr("weighing the filled syringe"), [session, id]() -> Result<QString> {
            auto w = session->weighFilledSyringe(id);
            if (!w)
                return w.error();
            const auto& c = w->check;
            const QString text = tr("Dose %1 for %2 ordered (deviation %3 %, tolerance ± %4 %): %5")
                                     .arg(mgText(c.doseMg), mgText(c.targetDoseMg))
                                     .arg(decimalText(c.deviationPercent, 2))
                                     .arg(decimalText(c.tolerancePercent, 1))
                                     .arg(decisionWords(c.decision));
            if (c.decision != station::WeighingDecision::Accept)
                return station::makeError(station::Error::Kind::Refused, text.toStdString());
            return text;
        });
        break;
    case NextStep::PrintLabel: {
        const std::string diluent = m_diluentTemp->currentData().toString().toStdString();
        const std::string storage = m_storage->currentData().toString().toStdString();
        auto& printer = m_setup.printer;
        const auto folder = m_setup.evidenceDir / "labels";
        runJob(tr("printing the label"),
               [session, &ctx, &printer, who, id, diluent, storage, folder]() -> Result<QString> {
                   auto prep = ctx.preparations().get(id);
                   if (!prep)
                       return station::fromDb(prep.error());
                   if (!prep->expiry) {
                       auto from = station::reconstitutionStart(ctx, *prep);
                       if (!from)
                           return from.error();
                       if (!*from)
                           return station::makeError(station::Error::Kind::Refused,
                                                     "no vial scan: nothing to date the expiry from");
                       auto expiry = session->assignExpiry(id, **from, diluent, station::splitStorage(storage));
                       if (!expiry)
                           return expiry.error();
                   }
                   station::LabelDesk labels(ctx);
                   auto printed = labels.print(who, id, folder, printer);
                   if (!printed)
                       return printed.error();
                   auto updated = ctx.preparations().get(id);
                   return tr("Label printed (%1), expiry %2")
                       .arg(qs(printed->job),
                            updated && updated->expiry ? qs(station::formatParisDisplay(*updated->expiry)) : QString());
               });
        break;
    }
    case NextStep::ReadBackLabelPdf: {
        const auto& reader = m_setup.devices.reader;
        runJob(tr("reading the label file back"), [&ctx, &reader, who, id]() -> Result<QString> {
            station::LabelDesk labels(ctx);
            auto read = labels.readBack(who, id, reader);
            if (!read)
                return read.error();
            if (!read->readBackOk)
                return station::makeError(station::Error::Kind::Refused,
                                          tr("The label file does not read back as this preparation (read: %1)")
                                              .arg(qs(read->barcodeData))
                                              .toStdString());
            return tr("The label file reads back as %1").arg(qs(read->barcodeData));
        });
        break;
    }
    case NextStep::ReadBackLabelCamera: {
        auto& camera = m_setup.devices.camera;
        const auto& reader = m_setup.devices.reader;
        runJob(tr("reading the label with the camera"), [&ctx, &camera, &reader, who, id]() -> Result<QString> {
            station::LabelDesk labels(ctx);
            auto read = labels.readBackFromCamera(who, id, camera, reader);
            if (!read)
                return read.error();
            if (!read->readBackOk)
                return station::makeError(station::Error::Kind::Refused,
                                          tr("The camera did not see this preparation's label").toStdString());
            return tr("The camera read the label: %1").arg(qs(read->barcodeData));
        });
        break;
    }
    case NextStep::Sign: {
        const std::string password = m_password->text().toStdString();
        m_password->clear();
        runJob(tr("signing"), [session, id, password]() -> Result<QString> {
            auto done = session->complete(id, password);
            if (!done)
                return done.error();
            return tr("%1 prepared and signed").arg(qs(done->number));
        });
        break;
    }
    default:
        break;
    }
}

void GuidedPreparationScreen::goBack(db::StepRedoRecord::Step step)
{
    if (!m_preparation || m_setup.runner.busy())
        return;
    const std::int64_t id = *m_preparation;
    const std::string reason = m_redoReason->text().trimmed().toStdString();
    station::StationContext& ctx = m_setup.ctx;
    const db::Actor who = m_technician;
    runJob(tr("going back"), [&ctx, who, id, step, reason]() -> Result<QString> {
        auto redo = station::goBack(ctx, who, id, step, reason);
        if (!redo)
            return redo.error();
        return step == db::StepRedoRecord::Step::VialScan ? tr("The vial scan is set aside: scan the vial")
                                                          : tr("The syringe is set aside: weigh a new empty syringe");
    });
    m_redoReason->clear();
    m_goBack->setChecked(false);
}

void GuidedPreparationScreen::takeScan(const QString& code)
{
    if (!m_preparation || !m_snapshot)
        return;
    if (m_action != Action::Step || m_snapshot->progress.next != NextStep::ScanVial) {
        m_outcome->showRefusal(
            station::makeError(station::Error::Kind::Refused, tr("a code was scanned, but no scan is expected now (%1)")
                                                                  .arg(instructionFor(m_snapshot->progress.next))
                                                                  .toStdString()));
        return;
    }
    const std::int64_t id = *m_preparation;
    auto session = m_session;
    const std::string text = code.toStdString();
    runJob(tr("checking the scanned vial"), [session, id, text]() -> Result<QString> {
        auto s = session->scanVialCode(id, text, "keyboard-wedge");
        if (!s)
            return s.error();
        return tr("Vial accepted: %1").arg(qs(s->hri));
    });
}

void GuidedPreparationScreen::runWeighing(const QString& what, std::function<Result<QString>()> weigh)
{
    m_weighing = true;
    m_lastReading.start();
    runJob(what, std::move(weigh), true);
}

void GuidedPreparationScreen::runJob(const QString& what, std::function<Result<QString>()> job, bool waiting)
{
    m_outcome->showNeutral(what + "…");
    m_setup.runner.run<Result<QString>>(this, what, std::move(job),
                                        [this, waiting](Result<QString> outcome) { finished(outcome, waiting); });
}

void GuidedPreparationScreen::finished(const Result<QString>& outcome, bool waiting)
{
    if (waiting)
        m_weighing = false;
    if (outcome)
        m_outcome->showDone(*outcome);
    else
        m_outcome->showRefusal(outcome.error());
    refresh();
}

void GuidedPreparationScreen::setBusy(bool busy, const QString& what)
{
    m_busy->setVisible(busy);
    m_busy->setFormat(what);
    m_primary->setEnabled(!busy);
    m_back->setEnabled(!busy);
    m_goBack->setEnabled(!busy);
    m_cancel->setVisible(busy && m_weighing);
    if (!busy && isVisible() && !isAncestorOf(QApplication::focusWidget()))
        focusTheAction();
}

void GuidedPreparationScreen::liveTick()
{
    if (!isVisible())
        return;
    ++m_tick;
    // A scale that stops answering: no reading for 2 s while the station is trying to read it.
    if ((m_weighing || m_liveReadPending) && m_lastReading.isValid() && m_lastReading.elapsed() > 2000) {
        m_gauge->showSilence(static_cast<int>(m_lastReading.elapsed() / 1000));
        return;
    }
    if (m_setup.runner.busy())
        return;
    auto& scale = m_setup.devices.scale;
    if (!m_liveReadPending) {
        m_liveReadPending = true;
        if (!m_lastReading.isValid())
            m_lastReading.start();
        m_setup.runner.runQuiet<devices::Result<devices::WeightReading>>(
            this, [&scale] { return scale.readNow(); },
            [this](devices::Result<devices::WeightReading> reading) {
                m_liveReadPending = false;
                m_lastReading.start();
                if (reading)
                    m_gauge->showReading(*reading);
                else
                    m_gauge->showFault(messageText(station::deviceFault(reading.error())));
            });
    }
    // The camera's view while the step needs it (vial, printed label), twice a second.
    const bool cameraStep = m_snapshot && (m_snapshot->progress.next == NextStep::ScanVial ||
                                           m_snapshot->progress.next == NextStep::ReadBackLabelCamera);
    if (cameraStep && m_tick % 2 == 0 && !m_cameraPending) {
        m_cameraPending = true;
        auto& camera = m_setup.devices.camera;
        m_setup.runner.runQuiet<std::optional<QImage>>(
            this,
            [&camera]() -> std::optional<QImage> {
                auto frame = camera.grabFrame();
                if (!frame || frame->empty())
                    return std::nullopt;
                return toImage(*frame);
            },
            [this](std::optional<QImage> image) {
                m_cameraPending = false;
                if (image)
                    m_camera->setPixmap(QPixmap::fromImage(*image).scaled(m_camera->size(), Qt::KeepAspectRatio,
                                                                          Qt::SmoothTransformation));
            });
    }
}

} // namespace prep::ui
