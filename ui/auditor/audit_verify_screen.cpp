// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/auditor/audit_verify_screen.h"

#include "prep-station/workflow/audit_verification.h"
#include "ui/app/outcome_line.h"
#include "ui/app/touch.h"
#include "ui/app/words.h"
#include "ui/app/workflow_runner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace prep::ui {

AuditVerifyScreen::AuditVerifyScreen(StationSetup& setup, db::Actor user, QWidget* parent)
    : QWidget(parent)
    , m_setup(setup)
    , m_user(std::move(user))
{
    setObjectName("auditVerifyScreen");
    auto* layout = new QVBoxLayout(this);
    m_heading = scaledLabel("auditVerifyHeading", 1.6, this, true);
    layout->addWidget(m_heading);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName("auditVerifyExplanation");
    m_explanation->setFont(stationFont());
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);
    m_entries = scaledLabel("auditEntries", 1.2, this);
    m_entries->setWordWrap(true);
    layout->addWidget(m_entries);
    m_checkpoint = new QLabel(this);
    m_checkpoint->setObjectName("auditCheckpoint");
    m_checkpoint->setFont(stationFont());
    m_checkpoint->setWordWrap(true);
    layout->addWidget(m_checkpoint);
    m_outcome = new OutcomeLine("auditOutcome", this);
    m_outcome->setWordWrap(true);
    layout->addWidget(m_outcome);
    layout->addStretch(1);
    auto* buttons = new QHBoxLayout;
    m_verify = touchButton("verifyAudit", {}, this);
    buttons->addStretch();
    buttons->addWidget(m_verify);
    layout->addLayout(buttons);
    connect(m_verify, &QPushButton::clicked, this, &AuditVerifyScreen::verify);
    retranslate();
}

void AuditVerifyScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditVerifyScreen::retranslate()
{
    m_heading->setText(tr("Audit trail verification"));
    m_explanation->setText(tr("Re-hashes the whole audit trail, compares every audited record with its last audited "
                              "value and checks the checkpoints signed by the station's keys."));
    m_verify->setText(tr("Verify"));
}

void AuditVerifyScreen::verify()
{
    station::StationContext& ctx = m_setup.ctx;
    const std::filesystem::path keyDir = m_setup.auditKeyDir;
    m_verify->setEnabled(false);
    m_outcome->showWaiting(tr("Verifying the audit trail…"));
    m_setup.runner.run<station::Result<station::AuditTrailVerification>>(
        this, tr("verifying the audit trail"),
        [&ctx, keyDir] { return station::verifyAuditTrail(ctx.database(), station::trustedStationKeys(keyDir)); },
        [this](station::Result<station::AuditTrailVerification> v) {
            m_verify->setEnabled(true);
            if (!v) {
                m_outcome->showRefusal(v.error());
                return;
            }
            m_entries->setText(tr("%1 entries checked, %2 records compared with their last audited value")
                                   .arg(v->chain.entriesChecked)
                                   .arg(v->chain.recordsChecked));
            const auto& c = v->checkpoints;
            if (!c)
                m_checkpoint->setText(tr("Signed checkpoints not checked: the chain itself is broken."));
            else if (c->lastSignedSeq > 0)
                m_checkpoint->setText(tr("Last signed checkpoint: entry %1 (key %2, %3 checkpoints verified); %4 later "
                                         "entries not yet signed.")
                                          .arg(c->lastSignedSeq)
                                          .arg(qs(c->lastSignedKeyId))
                                          .arg(c->checkpointsVerified)
                                          .arg(c->entriesAfterLastSigned));
            else
                m_checkpoint->setText(tr("No checkpoint signed by a trusted station key: the chain is not vouched for "
                                         "by a key."));
            if (v->intact())
                m_outcome->showDone(tr("Audit trail intact."));
            else
                m_outcome->showRefusal(station::makeError(station::Error::Kind::Refused, v->finding()));
        });
}

} // namespace prep::ui
