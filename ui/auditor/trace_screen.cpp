// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/auditor/trace_screen.h"

#include "prep-station/workflow/batch_record_pdf.h"
#include "prep-station/workflow/patient_trace.h"
#include "prep-station/workflow/trace_desk.h"
#include "ui/app/message_text.h"
#include "ui/app/outcome_line.h"
#include "ui/app/touch.h"
#include "ui/app/touch_table.h"
#include "ui/app/words.h"
#include "ui/app/workflow_runner.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <filesystem>

namespace prep::ui {

namespace {} // namespace

TraceScreen::TraceScreen(StationSetup& setup, db::Actor user, QWidget* parent)
    : QWidget(parent)
    , m_setup(setup)
    , m_user(std::move(user))
{
    setObjectName("traceScreen");
    auto* layout = new QVBoxLayout(this);
    m_heading = scaledLabel("traceHeading", 1.6, this, true);
    layout->addWidget(m_heading);
    auto* query = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName("traceKind");
    m_kind->setFont(stationFont());
    m_kind->setMinimumHeight(millimetres(this, kTargetMm));
    m_kind->addItems({QString(), QString(), QString()});
    m_query = touchField("traceQuery", this);
    m_search = touchButton("traceSearch", {}, this);
    query->addWidget(m_kind);
    query->addWidget(m_query, 1);
    query->addWidget(m_search);
    layout->addLayout(query);
    m_summary = new QLabel(this);
    m_summary->setObjectName("traceSummary");
    m_summary->setFont(stationFont());
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = touchTable("traceResults", 0, this);
    layout->addWidget(m_table, 1);
    m_outcome = new OutcomeLine("traceOutcome", this);
    layout->addWidget(m_outcome);
    auto* buttons = new QHBoxLayout;
    m_export = touchButton("exportPdf", {}, this);
    m_export->setEnabled(false);
    buttons->addStretch();
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
    connect(m_search, &QPushButton::clicked, this, &TraceScreen::search);
    connect(m_query, &QLineEdit::returnPressed, this, &TraceScreen::search);
    connect(m_export, &QPushButton::clicked, this, &TraceScreen::chooseExportFile);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openRow(row); });
    retranslate();
}

void TraceScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TraceScreen::retranslate()
{
    m_heading->setText(tr("Trace"));
    m_kind->setItemText(0, tr("Preparation (number or id)"));
    m_kind->setItemText(1, tr("Vial lot"));
    m_kind->setItemText(2, tr("Patient (IPP)"));
    m_query->setPlaceholderText(tr("Preparation number, lot or IPP"));
    m_search->setText(tr("Trace"));
    m_export->setText(tr("Export batch record (PDF)"));
    switch (m_shown) {
    case Kind::Preparation:
        m_table->setColumnCount(4);
        m_table->setHorizontalHeaderLabels({tr("When (Paris)"), tr("What"), tr("Who"), tr("Detail")});
        break;
    case Kind::Lot:
        m_table->setColumnCount(5);
        m_table->setHorizontalHeaderLabels(
            {tr("Preparation"), tr("Status"), tr("Patient"), tr("Shipment"), tr("Shipment status")});
        break;
    case Kind::Patient:
        m_table->setColumnCount(6);
        m_table->setHorizontalHeaderLabels(
            {tr("Order"), tr("Drug"), tr("Dose"), tr("Order status"), tr("Preparation"), tr("Status")});
        break;
    }
    m_table->horizontalHeader()->setStretchLastSection(true);
}

void TraceScreen::search()
{
    trace(static_cast<Kind>(std::max(0, m_kind->currentIndex())), m_query->text().trimmed());
}

void TraceScreen::trace(Kind kind, const QString& query)
{
    m_kind->setCurrentIndex(static_cast<int>(kind));
    m_query->setText(query);
    if (query.isEmpty()) {
        m_outcome->showRefusal(
            station::makeError(station::Error::Kind::Invalid, tr("Type what to trace.").toStdString()));
        return;
    }
    station::StationContext& ctx = m_setup.ctx;
    const std::string q = query.toStdString();
    if (kind == Kind::Patient) {
        m_setup.runner.run<station::Result<station::PatientTrace>>(
            this, tr("tracing the patient"), [&ctx, q] { return station::tracePatient(ctx, q); },
            [this](station::Result<station::PatientTrace> traced) {
                if (!traced) {
                    m_outcome->showRefusal(traced.error());
                    return;
                }
                m_shown = Kind::Patient;
                m_preparation.clear();
                m_export->setEnabled(false);
                retranslate();
                m_table->setRowCount(0);
                m_rowPreparations.clear();
                const auto& p = traced->patient;
                m_summary->setText(tr("Patient %1 %2 %3: %n order(s)", nullptr, static_cast<int>(traced->orders.size()))
                                       .arg(qs(p.ipp), qs(p.familyName), qs(p.givenName)));
                for (const auto& line : traced->orders) {
                    const QStringList orderCells{QString::number(line.order.id), qs(line.order.drug),
                                                 mgText(line.order.doseMg), orderStatusText(line.order.status)};
                    if (line.preparations.empty()) {
                        appendRow(m_table, orderCells + QStringList{QStringLiteral("—"), QStringLiteral("—")});
                        m_rowPreparations.push_back({});
                    }
                    for (const auto& prep : line.preparations) {
                        appendRow(m_table, orderCells + QStringList{qs(prep.number), statusText(prep.status)});
                        m_rowPreparations.push_back(qs(prep.number));
                    }
                }
                m_table->resizeColumnsToContents();
                m_table->horizontalHeader()->setStretchLastSection(true);
                m_outcome->showDone(tr("Patient traced. Double-click a preparation for its history."));
            });
        return;
    }
    using Json = station::Result<nlohmann::json>;
    m_setup.runner.run<Json>(
        this, kind == Kind::Lot ? tr("tracing the lot") : tr("reading the preparation's history"),
        [&ctx, q, kind] {
            station::TraceDesk desk(ctx);
            return kind == Kind::Lot ? desk.lot(q) : desk.preparationHistory(q);
        },
        [this, kind](Json found) {
            if (!found) {
                m_outcome->showRefusal(found.error());
                return;
            }
            if (kind == Kind::Lot)
                showLot(*found);
            else
                showPreparation(*found);
        });
}

QString TraceScreen::eventText(const std::string& event)
{
    // The trace's events are a fixed vocabulary ("weighing:tare"); the screen says them in its language and keeps
    // the recorded code in the cell's tooltip.
    const auto colon = event.find(':');
    const std::string kind = event.substr(0, colon);
    const QString what = colon == std::string::npos ? QString() : qs(event.substr(colon + 1));
    if (kind == "order_prescribed")
        return tr("Order prescribed");
    if (kind == "preparation_planned")
        return tr("Preparation planned");
    if (kind == "preparation_started")
        return tr("Preparation started");
    if (kind == "vial_scanned")
        return tr("Vial scanned");
    if (kind == "weighing")
        return tr("Weighing (%1)").arg(what);
    if (kind == "photo")
        return tr("Photo (%1)").arg(what);
    if (kind == "reconstituted")
        return tr("Reconstituted");
    if (kind == "label_read_back")
        return tr("Label read back");
    if (kind == "label_read_back_camera")
        return tr("Label read back by the camera");
    if (kind.rfind("label_", 0) == 0)
        return tr("Label printed (%1)").arg(qs(kind.substr(6)));
    if (kind == "data_version")
        return tr("Data version (%1)").arg(what);
    if (kind == "pharmacist_decision")
        return event.find("accepted") != std::string::npos ? tr("Pharmacist accepted the deviation")
                                                           : tr("Pharmacist rejected the deviation");
    if (kind == "signature")
        return tr("Signature: %1").arg(what);
    if (kind == "shipment_packed")
        return tr("Shipment packed");
    if (kind == "handover")
        return tr("Handover (%1)").arg(what);
    if (kind == "logger_imported")
        return tr("Temperature logger imported");
    return qs(event);
}

void TraceScreen::showPreparation(const nlohmann::json& h)
{
    m_shown = Kind::Preparation;
    retranslate();
    m_table->setRowCount(0);
    m_rowPreparations.clear();
    m_preparation = qs(h.value("preparation", ""));
    const bool valid = h.value("signatures_valid", false);
    const auto& patient = h["patient"];
    QString summary = tr("Preparation %1 — %2 — %3, syringe %4 — patient %5 %6")
                          .arg(m_preparation, storedStatusText(h.value("status", "")), qs(h.value("drug", "")),
                               qs(h.value("syringe", "")), qs(patient.value("ipp", "")), qs(patient.value("name", "")));
    m_summary->setText(summary);
    for (const auto& e : h["events"]) {
        const std::string event = e.value("event", "");
        appendRow(m_table,
                  {qs(e.value("local_time", "")), eventText(event), qs(e.value("by", "")),
                   e.contains("said") ? messageText(station::messageFromJson(e["said"])) : qs(e.value("detail", ""))});
        m_table->item(m_table->rowCount() - 1, 1)->setToolTip(qs(event));
        m_table->item(m_table->rowCount() - 1, 1)->setData(Qt::UserRole, qs(event));
        m_rowPreparations.push_back({});
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeRowsToContents();
    m_export->setEnabled(true);
    if (valid)
        m_outcome->showDone(tr("Signatures valid: every signed content is unchanged."));
    else
        m_outcome->showRefusal(
            station::makeError(station::Error::Kind::Refused,
                               tr("Signatures NOT valid: a signed content has changed since signing.").toStdString()));
}

void TraceScreen::showLot(const nlohmann::json& lot)
{
    m_shown = Kind::Lot;
    m_preparation.clear();
    m_export->setEnabled(false);
    retranslate();
    m_table->setRowCount(0);
    m_rowPreparations.clear();
    const auto& preps = lot["preparations"];
    m_summary->setText(
        tr("Lot %1: %n preparation(s)", nullptr, static_cast<int>(preps.size())).arg(qs(lot.value("lot", ""))));
    for (const auto& p : preps) {
        const std::string shipmentStatus = p.value("shipment_status", "");
        const auto shipment = db::shipmentStatusFromText(shipmentStatus);
        appendRow(m_table,
                  {qs(p.value("preparation", "")), storedStatusText(p.value("status", "")), qs(p.value("patient", "")),
                   qs(p.value("shipment", "")), shipment ? shipmentStatusText(*shipment) : QStringLiteral("—")});
        m_rowPreparations.push_back(qs(p.value("preparation", "")));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (preps.empty())
        m_outcome->showNeutral(tr("No preparation used this lot."));
    else
        m_outcome->showDone(tr("Lot traced. Double-click a preparation for its history."));
}

void TraceScreen::openRow(int row)
{
    if (row < 0 || row >= m_rowPreparations.size() || m_rowPreparations[row].isEmpty())
        return;
    trace(Kind::Preparation, m_rowPreparations[row]);
}

void TraceScreen::chooseExportFile()
{
    if (m_preparation.isEmpty())
        return;
    // Not modal-blocking: the dialog answers through a signal, the screen keeps painting.
    auto* dialog = new QFileDialog(this, tr("Export batch record"), QString(), tr("PDF (*.pdf)"));
    dialog->setObjectName("exportPdfDialog");
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix("pdf");
    dialog->selectFile(m_preparation + ".pdf");
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &TraceScreen::exportTo);
    dialog->open();
}

void TraceScreen::exportTo(const QString& path)
{
    if (m_preparation.isEmpty() || path.isEmpty())
        return;
    station::StationContext& ctx = m_setup.ctx;
    const std::string number = m_preparation.toStdString();
    const std::filesystem::path file = path.toStdString();
    m_setup.runner.run<station::Result<std::filesystem::path>>(
        this, tr("writing the batch record"),
        [&ctx, number, file] { return station::writeBatchRecordPdf(ctx, number, file); },
        [this](station::Result<std::filesystem::path> written) {
            if (!written)
                m_outcome->showRefusal(written.error());
            else
                m_outcome->showDone(tr("Batch record written: %1").arg(qs(written->string())));
        });
}

} // namespace prep::ui
