// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/simulator/simulated_hands_panel.h"

#include "prep-station/dosing/protocol.h"
#include "prep-station/gravimetry/reconstitution_check.h"
#include "ui/app/message_text.h"
#include "ui/app/touch.h"
#include "ui/app/words.h"
#include "ui/app/workflow_runner.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace prep::ui {

namespace {

// The preparation the simulated technician works on: the one in progress started last.
station::Result<db::PreparationRecord> preparationUnderWay(station::StationContext& ctx)
{
    auto preps = ctx.preparations().list(db::PreparationStatus::InProgress);
    if (!preps)
        return station::fromDb(preps.error());
    const db::PreparationRecord* latest = nullptr;
    for (const auto& p : *preps)
        if (!latest || p.startedAt > latest->startedAt)
            latest = &p;
    if (!latest)
        return station::makeError(station::Error::Kind::NotFound, "no preparation in progress");
    return *latest;
}

} // namespace

SimulatedHandsPanel::SimulatedHandsPanel(StationSetup& setup, station::DemoBench& bench, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_setup(setup)
    , m_bench(bench)
{
    setObjectName("simulatedHands");
    auto* grid = new QGridLayout(this);
    m_title = scaledLabel("simulatedHandsTitle", 1.2, this, true);
    m_title->setStyleSheet("background:#b71c1c;color:white;padding:6px;");
    grid->addWidget(m_title, 0, 0, 1, 3);
    station::StationContext& ctx = setup.ctx;
    auto add = [&](const char* name, int row, int col, const char* what,
                   std::function<station::Result<station::Ok>()> act) {
        auto* b = touchButton(name, {}, this);
        b->setProperty("source", QString::fromUtf8(what));
        grid->addWidget(b, row, col);
        connect(b, &QPushButton::clicked, this, [this, b, act] { gesture(b->text(), act); });
    };
    add("simReference", 1, 0, QT_TR_NOOP("Reference weight on the pan"), [this]() -> station::Result<station::Ok> {
        m_bench.placeReferenceWeight();
        return station::Ok{};
    });
    add("simClear", 1, 1, QT_TR_NOOP("Clear the pan"), [this]() -> station::Result<station::Ok> {
        m_bench.clearPan();
        return station::Ok{};
    });
    add("simVialOnPan", 2, 0, QT_TR_NOOP("Vial on the pan"), [this]() -> station::Result<station::Ok> {
        m_bench.placeVial();
        return station::Ok{};
    });
    add("simDiluent", 2, 1, QT_TR_NOOP("Add the diluent"), [this, &ctx]() -> station::Result<station::Ok> {
        auto prep = preparationUnderWay(ctx);
        if (!prep)
            return prep.error();
        auto order = ctx.orders().get(prep->orderId);
        if (!order)
            return station::fromDb(order.error());
        const station::DoseProtocol* protocol = ctx.protocols().find(order->protocolId);
        if (!protocol)
            return station::makeError(station::Error::Kind::Data, "no protocol " + order->protocolId);
        auto density = ctx.densities().find(station::diluentDensityName(protocol->diluent), 0.0);
        if (!density)
            return density.error();
        m_bench.addDiluent(protocol->vialDiluentMl, density->gramsPerMl);
        return station::Ok{};
    });
    add("simEmpty", 3, 0, QT_TR_NOOP("Empty syringe on the pan"), [this]() -> station::Result<station::Ok> {
        m_bench.placeEmptySyringe();
        return station::Ok{};
    });
    add("simVialBack", 3, 1, QT_TR_NOOP("Vial back on the pan"), [this]() -> station::Result<station::Ok> {
        m_bench.placeCurrentVial();
        return station::Ok{};
    });
    using From = station::DemoBench::FillFrom;
    struct Fill
    {
        const char* name;
        double bias;
        From from;
        const char* text;
    };
    const Fill fills[] = {{"simFill", 1.006, From::Vial, QT_TR_NOOP("Fill the syringe (on target)")},
                          {"simFillOver", 1.06, From::Vial, QT_TR_NOOP("Fill 6 % over")},
                          {"simFillUnder", 0.94, From::Vial, QT_TR_NOOP("Fill 6 % under")},
                          {"simFillDiluent", 1.006, From::Diluent, QT_TR_NOOP("Fill from the diluent bag")},
                          {"simFillAir", 1.006, From::Air, QT_TR_NOOP("Fill with air")}};
    for (int i = 0; i < 5; ++i) {
        const double bias = fills[i].bias;
        const From from = fills[i].from;
        add(fills[i].name, 4 + i / 3, i % 3, fills[i].text, [this, &ctx, bias, from]() -> station::Result<station::Ok> {
            auto prep = preparationUnderWay(ctx);
            if (!prep)
                return prep.error();
            auto density = ctx.densities().find(prep->drug, prep->concentrationMgPerMl);
            if (!density)
                return density.error();
            m_bench.fillSyringe(*prep, density->gramsPerMl, bias, from);
            return station::Ok{};
        });
    }
    add("simVial", 6, 0, QT_TR_NOOP("Show the vial to the camera"), [this, &ctx]() -> station::Result<station::Ok> {
        auto prep = preparationUnderWay(ctx);
        if (!prep)
            return prep.error();
        const auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(ctx.now()));
        const auto expiry = std::chrono::year_month_day(today.year() + std::chrono::years(1), std::chrono::month(12),
                                                        std::chrono::day(31));
        return m_bench.presentVial(prep->productGtin, "SIMLOT1", expiry);
    });
    add("simLabel", 6, 1, QT_TR_NOOP("Show the printed label to the camera"),
        [this, &ctx]() -> station::Result<station::Ok> {
            auto prep = preparationUnderWay(ctx);
            if (!prep)
                return prep.error();
            auto labels = ctx.labels().listFor(prep->id);
            if (!labels)
                return station::fromDb(labels.error());
            std::string page; // the page as printed: the PDF rasterised at 300 dpi by the file read-back
            for (const auto& l : *labels)
                if (l.format == "readback")
                    page = l.path;
            if (page.empty())
                return station::makeError(station::Error::Kind::Refused, "print the label and check its file first");
            return m_bench.presentPrintedLabel(page);
        });
    m_status = scaledLabel("simulatedHandsStatus", 1.0, this);
    grid->addWidget(m_status, 7, 0, 1, 3);
    retranslate();
}

void SimulatedHandsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SimulatedHandsPanel::retranslate()
{
    setWindowTitle(tr("Simulated bench — the technician's hands"));
    m_title->setText(tr("SIMULATED BENCH (sim://): the technician's hands, for training"));
    for (auto* b : findChildren<QPushButton*>()) {
        b->setText(tr(b->property("source").toString().toUtf8().constData()));
        // The window opens at the width its words need (a wrapped title would let the grid squeeze them).
        b->setMinimumWidth(b->sizeHint().width());
    }
}

void SimulatedHandsPanel::gesture(const QString& what, std::function<station::Result<station::Ok>()> act)
{
    m_setup.runner.run<station::Result<station::Ok>>(
        this, what, std::move(act), [this, what](station::Result<station::Ok> done) {
            m_status->setText(done ? "✔ " + what : "✘ " + what + ": " + errorText(done.error()));
        });
}

} // namespace prep::ui
