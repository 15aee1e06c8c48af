// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pharmacist/release_screen.h"

#include "prep-station/time/paris_time.h"
#include "prep-station/workflow/deviation_desk.h"
#include "ui/app/message_text.h"
#include "ui/app/outcome_line.h"
#include "ui/app/touch.h"
#include "ui/app/touch_table.h"
#include "ui/app/words.h"
#include "ui/app/workflow_runner.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace prep::ui {

namespace {

QString when(station::UtcTime t)
{
    return qs(station::formatParisDisplay(t));
}

} // namespace

ReleaseScreen::ReleaseScreen(StationSetup& setup, db::Actor pharmacist, QWidget* parent)
    : QWidget(parent)
    , m_setup(setup)
    , m_pharmacist(std::move(pharmacist))
{
    setObjectName("releaseScreen");
    auto* outer = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    outer->addLayout(left, 1);
    m_heading = scaledLabel("reviewHeading", 1.4, this, true);
    left->addWidget(m_heading);
    m_list = touchTable("preparationsToReview", 4, this, true);
    left->addWidget(m_list, 1);

    auto* right = new QVBoxLayout;
    outer->addLayout(right, 2);
    m_summary = scaledLabel("reviewSummary", 1.0, this);
    m_summary->setTextFormat(Qt::PlainText);
    right->addWidget(m_summary);
    // The batch record in three pages, each with the room it needs.
    m_evidence = new QTabWidget(this);
    m_evidence->setObjectName("reviewEvidence");
    m_weighings = touchTable("reviewWeighings", 4, m_evidence, false);
    m_record = touchTable("reviewRecord", 3, m_evidence, false);
    m_photos = new QListWidget(m_evidence);
    m_photos->setObjectName("evidencePhotos");
    m_photos->setViewMode(QListView::IconMode);
    m_photos->setIconSize(QSize(millimetres(this, 60), millimetres(this, 45)));
    m_photos->setResizeMode(QListView::Adjust);
    m_evidence->addTab(m_weighings, {});
    m_evidence->addTab(m_record, {});
    m_evidence->addTab(m_photos, {});
    right->addWidget(m_evidence, 1);
    m_blockers = scaledLabel("releaseBlockers", 1.0, this, true);
    right->addWidget(m_blockers);
    auto* form = new QFormLayout;
    m_reasonLabel = new QLabel(this);
    m_reason = touchField("decisionReason", this);
    m_passwordLabel = new QLabel(this);
    m_password = touchField("reviewPassword", this, true);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(m_passwordLabel, m_password);
    right->addLayout(form);
    m_outcome = new OutcomeLine("reviewOutcome", this);
    right->addWidget(m_outcome);
    auto* buttons = new QHBoxLayout;
    m_reject = touchButton("rejectDose", {}, this);
    m_accept = touchButton("acceptDose", {}, this);
    m_release = touchButton("releasePreparation", {}, this);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_accept);
    buttons->addStretch();
    buttons->addWidget(m_release, 1);
    right->addLayout(buttons);

    connect(m_list, &QTableWidget::itemSelectionChanged, this, &ReleaseScreen::loadReview);
    connect(m_accept, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_release, &QPushButton::clicked, this, &ReleaseScreen::release);
    // The keyboard alone: Enter in the password field releases (a decision on a dose needs its button: accept and
    // reject must never be one key apart).
    connect(m_password, &QLineEdit::returnPressed, this, [this] {
        if (m_release->isVisible() && m_release->isEnabled())
            release();
    });
    retranslate();
}

void ReleaseScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReleaseScreen::retranslate()
{
    m_heading->setText(tr("To decide and to release"));
    m_list->setHorizontalHeaderLabels({tr("Preparation"), tr("Patient"), tr("Drug"), tr("Waiting for")});
    m_weighings->setHorizontalHeaderLabels({tr("Weighing"), tr("Mass"), tr("When"), tr("Instrument")});
    m_record->setHorizontalHeaderLabels({tr("Record"), tr("When"), tr("Content")});
    m_reasonLabel->setText(tr("Reason (decision on the dose)"));
    m_passwordLabel->setText(tr("Your password (signature)"));
    m_accept->setText(tr("Accept the dose"));
    m_reject->setText(tr("Reject: redo"));
    m_evidence->setTabText(0, tr("Weighings"));
    m_evidence->setTabText(1, tr("Batch record"));
    m_evidence->setTabText(2, tr("Evidence photos"));
    m_release->setText(tr("Release"));
    presentList();
    presentReview();
}

void ReleaseScreen::refresh()
{
    station::StationContext& ctx = m_setup.ctx;
    m_setup.runner.run<station::Result<station::PharmacistWorklist>>(
        this, tr("reading the preparations to review"), [&ctx] { return station::pharmacistWorklist(ctx); },
        [this](station::Result<station::PharmacistWorklist> list) {
            if (!list) {
                m_outcome->showRefusal(list.error());
                return;
            }
            m_entries.clear();
            for (auto& i : list->decisionsAwaited)
                m_entries.push_back(Entry{i, true});
            for (auto& i : list->preparedToRelease)
                m_entries.push_back(Entry{i, false});
            presentList();
        });
}

void ReleaseScreen::presentList()
{
    QSignalBlocker quiet(m_list);
    const int selectedRow = m_list->currentRow();
    m_list->setRowCount(0);
    for (const auto& e : m_entries)
        appendRow(m_list,
                  {qs(e.item.preparation->number), qs(e.item.patient.familyName + " " + e.item.patient.givenName),
                   qs(e.item.preparation->drug) + " " + mgText(e.item.preparation->targetDoseMg),
                   e.awaitingDecision ? tr("decision on the dose") : tr("release")});
    m_list->resizeColumnsToContents();
    m_list->horizontalHeader()->setStretchLastSection(true);
    if (!m_entries.empty()) {
        m_list->selectRow(std::clamp(selectedRow, 0, static_cast<int>(m_entries.size()) - 1));
        quiet.unblock();
        loadReview();
    } else {
        m_review.reset();
        presentReview();
    }
}

std::optional<ReleaseScreen::Entry> ReleaseScreen::selected() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= static_cast<int>(m_entries.size()))
        return std::nullopt;
    return m_entries[static_cast<std::size_t>(row)];
}

void ReleaseScreen::loadReview()
{
    auto entry = selected();
    if (!entry)
        return;
    const std::int64_t id = entry->item.preparation->id;
    station::StationContext& ctx = m_setup.ctx;
    m_setup.runner.run<station::Result<station::ReleaseReview>>(
        this, tr("reading the batch record"), [&ctx, id] { return station::ReleaseDesk(ctx).review(id); },
        [this](station::Result<station::ReleaseReview> review) {
            if (!review) {
                m_outcome->showRefusal(review.error());
                m_review.reset();
            } else {
                m_review = std::move(*review);
            }
            presentReview();
        });
}

void ReleaseScreen::presentReview()
{
    m_weighings->setRowCount(0);
    m_record->setRowCount(0);
    m_photos->clear();
    const auto entry = selected();
    const bool deciding = entry && entry->awaitingDecision;
    m_accept->setVisible(deciding);
    m_reject->setVisible(deciding);
    m_reason->setVisible(deciding);
    m_reasonLabel->setVisible(deciding);
    m_release->setVisible(!deciding);
    if (!m_review) {
        m_summary->setText(m_entries.empty() ? tr("Nothing to decide or release.") : QString());
        m_blockers->clear();
        m_release->setEnabled(false);
        return;
    }
    const auto& r = *m_review;
    const auto& p = r.preparation;
    QString summary =
        tr("%1 — %2, syringe %3 of %4 — %5\nOrdered %6 in %7; measured %8 (deviation %9 %): %10")
            .arg(qs(p.number), qs(p.drug))
            .arg(p.syringeIndex)
            .arg(p.syringeCount)
            .arg(statusText(p.status), mgText(p.targetDoseMg), mlText(p.targetVolumeMl), mgText(p.measuredDoseMg))
            .arg(decimalText(p.deviationPercent, 2))
            .arg(toleranceText(p.toleranceDecision));
    if (p.expiry)
        summary += "\n" + tr("Expiry %1 (rule %2, %3)").arg(when(*p.expiry), qs(p.stabilityRule), qs(p.storage));
    m_summary->setText(summary);
    for (const auto& w : r.weighings)
        appendRow(m_weighings, {weighingStepText(w.step), gramsText(w.grams), when(w.at), qs(w.source)});
    for (const auto& s : r.vialScans)
        appendRow(m_record,
                  {tr("vial scan"), when(s.at),
                   tr("GTIN %1, lot %2, expiry %3 (%4)").arg(qs(s.gtin), qs(s.lot), qs(s.expiry), qs(s.source))});
    for (const auto& d : r.deviationDecisions)
        appendRow(m_record,
                  {tr("pharmacist's decision"), when(d.at),
                   (d.decision == db::DeviationDecisionRecord::Decision::Accepted ? tr("accepted") : tr("rejected")) +
                       QStringLiteral(" (%1 %): ").arg(decimalText(d.deviationPercent, 2)) + qs(d.reason)});
    for (const auto& v : r.dataVersions)
        appendRow(m_record, {tr("data used by %1").arg(qs(v.step)), when(v.at),
                             qs(v.file) + " sha256 " + qs(v.sha256.substr(0, 16)) + "… (" + qs(v.origin) + ")"});
    for (const auto& l : r.labels)
        appendRow(m_record,
                  {tr("label %1").arg(qs(l.format)), {}, qs(l.path) + (l.readBackOk ? tr(" — read back") : QString())});
    m_weighings->resizeColumnsToContents();
    m_weighings->horizontalHeader()->setStretchLastSection(true);
    m_record->resizeColumnsToContents();
    m_record->horizontalHeader()->setStretchLastSection(true);
    for (const auto& photo : r.photos) {
        QPixmap image(qs(photo.path));
        auto* item = new QListWidgetItem(QIcon(image), qs(photo.step) + " " + when(photo.at), m_photos);
        item->setToolTip(qs(photo.path + "\nsha256 " + photo.sha256));
    }
    if (deciding) {
        m_blockers->setText(tr("The dose is outside the tolerance: accept it with a reason, or reject it (the "
                               "technician redoes the syringe)."));
        m_blockers->setStyleSheet("color:#5d4037;");
    } else if (r.blockers.empty()) {
        m_blockers->setText(tr("Nothing blocks the release."));
        m_blockers->setStyleSheet("color:#1b5e20;");
    } else {
        QStringList lines;
        for (const auto& b : r.blockers)
            lines << "• " + messageText(b);
        m_blockers->setText(tr("Release is blocked:") + "\n" + lines.join('\n'));
        m_blockers->setStyleSheet("color:#b71c1c;");
    }
    m_release->setEnabled(!deciding && r.blockers.empty());
}

void ReleaseScreen::decide(bool accept)
{
    auto entry = selected();
    if (!entry)
        return;
    const std::int64_t id = entry->item.preparation->id;
    const std::string login = m_pharmacist.username, password = m_password->text().toStdString();
    const std::string reason = m_reason->text().trimmed().toStdString();
    m_password->clear();
    station::StationContext& ctx = m_setup.ctx;
    const auto decision =
        accept ? db::DeviationDecisionRecord::Decision::Accepted : db::DeviationDecisionRecord::Decision::Rejected;
    m_setup.runner.run<station::Result<db::DeviationDecisionRecord>>(
        this, tr("recording the decision"),
        [&ctx, id, login, password, decision, reason] {
            return station::DeviationDesk(ctx).decide(id, login, password, decision, reason);
        },
        [this, accept](station::Result<db::DeviationDecisionRecord> decided) {
            if (!decided) {
                m_outcome->showRefusal(decided.error());
                return;
            }
            m_reason->clear();
            m_outcome->showDone(accept ? tr("Dose accepted: the technician may go on to the label")
                                       : tr("Dose rejected: the technician redoes the syringe"));
            refresh();
        });
}

void ReleaseScreen::release()
{
    auto entry = selected();
    if (!entry)
        return;
    const std::int64_t id = entry->item.preparation->id;
    const std::string login = m_pharmacist.username, password = m_password->text().toStdString();
    m_password->clear();
    station::StationContext& ctx = m_setup.ctx;
    m_setup.runner.run<station::Result<db::PreparationRecord>>(
        this, tr("releasing"),
        [&ctx, id, login, password] { return station::ReleaseDesk(ctx).release(id, login, password); },
        [this](station::Result<db::PreparationRecord> released) {
            if (!released) {
                m_outcome->showRefusal(released.error());
                return;
            }
            m_outcome->showDone(tr("%1 released").arg(qs(released->number)));
            refresh();
        });
}

} // namespace prep::ui
