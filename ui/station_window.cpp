// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/station_window.h"

#include "prep-station/dosing/protocol.h"
#include "prep-station/gravimetry/reconstitution_check.h"

#include "prep-station/time/paris_time.h"
#include "prep-station/workflow/isolator_session.h"
#include "prep-station/workflow/label_desk.h"
#include "prep-station/workflow/release_desk.h"
#include "prep-station/workflow/user_desk.h"

#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace prep::ui {

namespace {

QPushButton* button(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

QLineEdit* field(const QString& objectName, QWidget* parent, bool secret = false)
{
    auto* f = new QLineEdit(parent);
    f->setObjectName(objectName);
    if (secret)
        f->setEchoMode(QLineEdit::Password);
    return f;
}

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

std::string grams(double g)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f g", g);
    return buf;
}

} // namespace

StationWindow::StationWindow(station::StationContext& ctx, station::IsolatorDevices devices,
                             station::WeighingRules rules, double referenceWeightGrams,
                             station::DemoBench* simulatedBench, QString evidenceDir, QWidget* parent)
    : QMainWindow(parent)
    , m_ctx(ctx)
    , m_devices(devices)
    , m_rules(rules)
    , m_referenceWeightGrams(referenceWeightGrams)
    , m_bench(simulatedBench)
    , m_evidenceDir(std::move(evidenceDir))
{
    setWindowTitle("PrepStation");
    setObjectName("stationWindow");
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName("pages");
    m_pages->addWidget(buildLoginPage());
    m_pages->addWidget(buildWorklistPage());
    m_pages->addWidget(buildPreparationPage());
    m_pages->addWidget(buildReleasePage());
    setCentralWidget(m_pages);
    statusBar()->showMessage("Balance " + qs(m_devices.scale.uri()) + " — caméra " + qs(m_devices.camera.uri()) +
                             (m_bench ? " — APPAREILS SIMULÉS (sim://)" : ""));
    m_weightTimer = new QTimer(this);
    m_weightTimer->setInterval(250);
    connect(m_weightTimer, &QTimer::timeout, this, &StationWindow::refreshLiveWeight);
    resize(1000, 700);
}

StationWindow::~StationWindow() = default;

QWidget* StationWindow::buildLoginPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->addRow(new QLabel("<h2>PrepStation</h2>Identifiez-vous / log in", page));
    m_username = field("username", page);
    m_password = field("password", page, true);
    form->addRow("Utilisateur", m_username);
    form->addRow("Mot de passe", m_password);
    auto* login = button("login", "Connexion", page);
    form->addRow(login);
    m_loginStatus = new QLabel(page);
    m_loginStatus->setObjectName("loginStatus");
    form->addRow(m_loginStatus);
    connect(login, &QPushButton::clicked, this, &StationWindow::logIn);
    connect(m_password, &QLineEdit::returnPressed, this, &StationWindow::logIn);
    return page;
}

QWidget* StationWindow::buildWorklistPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_who = new QLabel(page);
    m_who->setObjectName("who");
    layout->addWidget(m_who);
    m_worklist = new QTableWidget(0, 6, page);
    m_worklist->setObjectName("worklist");
    m_worklist->setHorizontalHeaderLabels(
        {"Préparation", "Médicament", "Seringue", "Dose (mg)", "Volume (mL)", "Statut"});
    m_worklist->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_worklist->setSelectionMode(QAbstractItemView::SingleSelection);
    m_worklist->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_worklist->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_worklist);
    auto* buttons = new QHBoxLayout;
    auto* prepare = button("prepare", "Préparer", page);
    auto* review = button("review", "Revue et libération", page);
    auto* refresh = button("refresh", "Actualiser", page);
    auto* logout = button("logout", "Déconnexion", page);
    buttons->addWidget(prepare);
    buttons->addWidget(review);
    buttons->addWidget(refresh);
    buttons->addStretch();
    buttons->addWidget(logout);
    layout->addLayout(buttons);
    connect(prepare, &QPushButton::clicked, this, &StationWindow::openPreparation);
    connect(review, &QPushButton::clicked, this, &StationWindow::openReview);
    connect(refresh, &QPushButton::clicked, this, &StationWindow::refreshWorklist);
    connect(logout, &QPushButton::clicked, this, &StationWindow::logOut);
    return page;
}

QWidget* StationWindow::buildPreparationPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_prepTitle = new QLabel(page);
    m_prepTitle->setObjectName("prepTitle");
    layout->addWidget(m_prepTitle);
    m_liveWeight = new QLabel("—", page);
    m_liveWeight->setObjectName("liveWeight");
    QFont big = m_liveWeight->font();
    big.setPointSize(big.pointSize() * 2);
    m_liveWeight->setFont(big);
    layout->addWidget(m_liveWeight);

    auto* steps = new QGroupBox("Étapes", page);
    auto* stepsLayout = new QHBoxLayout(steps);
    auto* dailyCheck = button("dailyCheck", "Contrôle balance", steps);
    auto* scanVial = button("scanVial", "Scanner le flacon", steps);
    auto* vialBefore = button("weighVialBefore", "Peser flacon avant diluant", steps);
    auto* vialAfter = button("weighVialAfter", "Peser flacon après diluant", steps);
    auto* tare = button("weighTare", "Peser seringue vide", steps);
    auto* filled = button("weighFilled", "Peser seringue pleine", steps);
    // The vial/syringe cross-check (issue 16): a ready-to-use vial before the withdrawal, every vial after it.
    auto* vialBeforeDraw = button("weighVialBeforeWithdrawal", "Peser flacon avant prélèvement", steps);
    auto* vialAfterDraw = button("weighVialAfterWithdrawal", "Peser flacon après prélèvement", steps);
    auto* expiry = button("assignExpiry", "Reconstitution + DLU", steps);
    auto* label = button("printLabel", "Étiquette + relecture", steps);
    auto* cameraReadBack = button("cameraReadBack", "Relecture caméra", steps);
    for (auto* b : {dailyCheck, scanVial, vialBefore, vialAfter, vialBeforeDraw, tare, filled, vialAfterDraw, expiry,
                    label, cameraReadBack})
        stepsLayout->addWidget(b);
    layout->addWidget(steps);

    auto* benchBox = new QGroupBox("Paillasse simulée (sim://) — gestes du préparateur", page);
    benchBox->setObjectName("simulatedBench");
    benchBox->setVisible(m_bench != nullptr);
    auto* benchLayout = new QHBoxLayout(benchBox);
    auto* simReference = button("simReference", "Poids de référence 10 g", benchBox);
    auto* simVialOnPan = button("simVialOnPan", "Poser le flacon", benchBox);
    auto* simDiluent = button("simDiluent", "Ajouter le diluant", benchBox);
    auto* simEmpty = button("simEmpty", "Poser seringue vide", benchBox);
    auto* simFill = button("simFill", "Remplir la seringue", benchBox);
    auto* simClear = button("simClear", "Vider le plateau", benchBox);
    auto* simVialBack = button("simVialBack", "Reposer le flacon", benchBox);
    auto* simVial = button("simVial", "Présenter un flacon", benchBox);
    auto* simLabel = button("simLabel", "Présenter l'étiquette", benchBox);
    for (auto* b :
         {simReference, simVialOnPan, simDiluent, simEmpty, simFill, simClear, simVialBack, simVial, simLabel})
        benchLayout->addWidget(b);
    layout->addWidget(benchBox);

    m_stepLog = new QPlainTextEdit(page);
    m_stepLog->setObjectName("stepLog");
    m_stepLog->setReadOnly(true);
    layout->addWidget(m_stepLog);
    auto* signRow = new QHBoxLayout;
    signRow->addWidget(new QLabel("Mot de passe (signature « préparé par »)", page));
    m_signPassword = field("signPassword", page, true);
    signRow->addWidget(m_signPassword);
    auto* complete = button("complete", "Signer : préparé", page);
    auto* back = button("backToWorklist", "Retour", page);
    signRow->addWidget(complete);
    signRow->addWidget(back);
    layout->addLayout(signRow);

    using station::Result;
    connect(dailyCheck, &QPushButton::clicked, this, [this] {
        runStep("contrôle balance", [this]() -> Result<std::string> {
            auto c = m_session->dailyCheck(m_referenceWeightGrams);
            if (!c)
                return c.error();
            return "référence pesée " + grams(c->measuredGrams) + " — " + c->scaleSource;
        });
    });
    connect(scanVial, &QPushButton::clicked, this, [this] {
        runStep("scan flacon", [this]() -> Result<std::string> {
            auto s = m_session->scanVial(*m_current);
            if (!s)
                return s.error();
            return s->hri;
        });
    });
    connect(vialBefore, &QPushButton::clicked, this, [this] {
        runStep("flacon avant diluant", [this]() -> Result<std::string> {
            auto w = m_session->weighVialBeforeDiluent(*m_current);
            if (!w)
                return w.error();
            return grams(w->grams) + " — " + w->source;
        });
    });
    connect(vialAfter, &QPushButton::clicked, this, [this] {
        runStep("flacon après diluant", [this]() -> Result<std::string> {
            auto c = m_session->weighVialAfterDiluent(*m_current);
            if (!c)
                return c.error();
            return c->explanation;
        });
    });
    connect(tare, &QPushButton::clicked, this, [this] {
        runStep("seringue vide", [this]() -> Result<std::string> {
            auto w = m_session->weighEmptySyringe(*m_current);
            if (!w)
                return w.error();
            return grams(w->grams) + " — " + w->source;
        });
    });
    connect(filled, &QPushButton::clicked, this, [this] {
        runStep("seringue pleine", [this]() -> Result<std::string> {
            auto w = m_session->weighFilledSyringe(*m_current);
            if (!w)
                return w.error();
            return grams(w->weighing.grams) + " → " + std::to_string(w->check.doseMg) + " mg : " + w->check.explanation;
        });
    });
    connect(vialBeforeDraw, &QPushButton::clicked, this, [this] {
        runStep("flacon avant prélèvement", [this]() -> Result<std::string> {
            auto w = m_session->weighVialBeforeWithdrawal(*m_current);
            if (!w)
                return w.error();
            return grams(w->grams) + " — " + w->source;
        });
    });
    connect(vialAfterDraw, &QPushButton::clicked, this, [this] {
        runStep("flacon après prélèvement", [this]() -> Result<std::string> {
            auto c = m_session->weighVialAfterWithdrawal(*m_current);
            if (!c)
                return c.error();
            return c->check.explanation;
        });
    });
    connect(expiry, &QPushButton::clicked, this, [this] {
        runStep("DLU", [this]() -> Result<std::string> {
            auto d = m_session->assignExpiry(*m_current, m_ctx.now(), "2-8C", {"2-8C"});
            if (!d)
                return d.error();
            return "DLU " + station::formatParisDisplay(d->expiry) + " (" + d->ruleId + ", " + d->source + ")";
        });
    });
    connect(label, &QPushButton::clicked, this, [this] {
        runStep("étiquette", [this]() -> Result<std::string> {
            station::LabelDesk labels(m_ctx);
            auto prep = m_ctx.preparations().get(*m_current);
            if (!prep)
                return station::fromDb(prep.error());
            const auto path = QDir(m_evidenceDir).filePath(qs("label-" + prep->number + ".pdf")).toStdString();
            auto printed = labels.produce(*m_user, *m_current, path);
            if (!printed)
                return printed.error();
            auto read = labels.readBack(*m_user, *m_current, m_devices.reader);
            if (!read)
                return read.error();
            return path + " — relu : " + read->barcodeData;
        });
    });
    connect(cameraReadBack, &QPushButton::clicked, this, [this] {
        runStep("relecture caméra", [this]() -> Result<std::string> {
            station::LabelDesk labels(m_ctx);
            auto read = labels.readBackFromCamera(*m_user, *m_current, m_devices.camera, m_devices.reader);
            if (!read)
                return read.error();
            return "étiquette relue par la caméra : " + read->barcodeData;
        });
    });
    connect(complete, &QPushButton::clicked, this, [this] {
        runStep("signature", [this]() -> Result<std::string> {
            auto done = m_session->complete(*m_current, m_signPassword->text().toStdString());
            m_signPassword->clear();
            if (!done)
                return done.error();
            return done->number + " préparée et signée";
        });
    });
    connect(back, &QPushButton::clicked, this, [this] {
        m_weightTimer->stop();
        refreshWorklist();
        m_pages->setCurrentIndex(1);
    });
    if (!m_bench)
        return page; // a real station: the technician's hands are real
    connect(simReference, &QPushButton::clicked, this, [this] { m_bench->placeReferenceWeight(); });
    connect(simEmpty, &QPushButton::clicked, this, [this] { m_bench->placeEmptySyringe(); });
    connect(simVialOnPan, &QPushButton::clicked, this, [this] { m_bench->placeVial(); });
    connect(simVialBack, &QPushButton::clicked, this, [this] { m_bench->placeCurrentVial(); });
    connect(simDiluent, &QPushButton::clicked, this, [this] {
        // The protocol's diluent volume, at the diluent's density (the technician's syringe of WFI or NaCl).
        auto prep = m_ctx.preparations().get(*m_current);
        if (!prep)
            return;
        auto order = m_ctx.orders().get(prep->orderId);
        if (!order)
            return;
        const station::DoseProtocol* protocol = m_ctx.protocols().find(order->protocolId);
        if (!protocol)
            return;
        if (auto density = m_ctx.densities().find(station::diluentDensityName(protocol->diluent), 0.0))
            m_bench->addDiluent(protocol->vialDiluentMl, density->gramsPerMl);
    });
    connect(simClear, &QPushButton::clicked, this, [this] { m_bench->clearPan(); });
    connect(simFill, &QPushButton::clicked, this, [this] {
        auto prep = m_ctx.preparations().get(*m_current);
        if (!prep)
            return;
        if (auto density = m_ctx.densities().find(prep->drug, prep->concentrationMgPerMl))
            m_bench->fillSyringe(*prep, density->gramsPerMl);
    });
    connect(simLabel, &QPushButton::clicked, this, [this] {
        // The page as printed: the PDF rasterised at 300 dpi by the read-back.
        auto printed = m_ctx.labels().listFor(*m_current);
        std::string printedPage;
        if (printed)
            for (const auto& l : *printed)
                if (l.format == "readback")
                    printedPage = l.path;
        if (printedPage.empty()) {
            m_stepLog->appendPlainText("étiquette : imprimez-la d'abord");
            return;
        }
        if (auto shown = m_bench->presentPrintedLabel(printedPage); !shown)
            m_stepLog->appendPlainText("étiquette : " + qs(shown.error().message));
    });
    connect(simVial, &QPushButton::clicked, this, [this] {
        auto prep = m_ctx.preparations().get(*m_current);
        if (!prep)
            return;
        const auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(m_ctx.now()));
        const auto vialExpiry = std::chrono::year_month_day(today.year() + std::chrono::years(1),
                                                            std::chrono::month(12), std::chrono::day(31));
        if (auto shown = m_bench->presentVial(prep->productGtin, "DEMOGUI1", vialExpiry); !shown)
            m_stepLog->appendPlainText("flacon : " + qs(shown.error().message));
    });
    return page;
}

QWidget* StationWindow::buildReleasePage()
{
    auto* page = new QWidget(this);
    auto* layout = new QHBoxLayout(page);
    auto* left = new QVBoxLayout;
    m_review = new QPlainTextEdit(page);
    m_review->setObjectName("reviewText");
    m_review->setReadOnly(true);
    left->addWidget(m_review);
    auto* form = new QFormLayout;
    m_releaseUser = field("releaseUser", page);
    m_releasePassword = field("releasePassword", page, true);
    form->addRow("Pharmacien", m_releaseUser);
    form->addRow("Mot de passe", m_releasePassword);
    left->addLayout(form);
    auto* row = new QHBoxLayout;
    auto* releaseButton = button("release", "Signer : libéré", page);
    auto* back = button("backFromReview", "Retour", page);
    row->addWidget(releaseButton);
    row->addWidget(back);
    left->addLayout(row);
    m_releaseStatus = new QLabel(page);
    m_releaseStatus->setObjectName("releaseStatus");
    m_releaseStatus->setWordWrap(true);
    left->addWidget(m_releaseStatus);
    layout->addLayout(left, 2);
    m_photo = new QLabel("(pas de photo)", page);
    m_photo->setObjectName("evidencePhoto");
    m_photo->setMinimumWidth(320);
    m_photo->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_photo, 1);
    connect(releaseButton, &QPushButton::clicked, this, &StationWindow::release);
    connect(back, &QPushButton::clicked, this, [this] {
        refreshWorklist();
        m_pages->setCurrentIndex(1);
    });
    return page;
}

void StationWindow::logIn()
{
    auto actor = station::logIn(m_ctx, m_username->text().toStdString(), m_password->text().toStdString());
    m_password->clear();
    if (!actor) {
        m_loginStatus->setText("Refusé : " + qs(actor.error().message));
        return;
    }
    m_user = *actor;
    m_loginStatus->clear();
    m_who->setText(qs(m_user->fullName + " — " + std::string(db::roleName(m_user->role))));
    refreshWorklist();
    m_pages->setCurrentIndex(1);
}

void StationWindow::logOut()
{
    m_weightTimer->stop();
    m_session.reset();
    m_user.reset();
    m_current.reset();
    m_pages->setCurrentIndex(0);
}

void StationWindow::refreshWorklist()
{
    auto preps = m_ctx.preparations().list();
    m_worklist->setRowCount(0);
    if (!preps) {
        m_who->setText("Worklist indisponible : " + qs(preps.error().message));
        return;
    }
    for (const auto& p : *preps) {
        if (p.status == db::PreparationStatus::Administered)
            continue;
        const int row = m_worklist->rowCount();
        m_worklist->insertRow(row);
        auto* number = new QTableWidgetItem(qs(p.number));
        number->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(p.id));
        m_worklist->setItem(row, 0, number);
        m_worklist->setItem(row, 1, new QTableWidgetItem(qs(p.drug)));
        m_worklist->setItem(row, 2, new QTableWidgetItem(QString("%1/%2").arg(p.syringeIndex).arg(p.syringeCount)));
        m_worklist->setItem(row, 3, new QTableWidgetItem(QString::number(p.targetDoseMg, 'f', 1)));
        m_worklist->setItem(row, 4, new QTableWidgetItem(QString::number(p.targetVolumeMl, 'f', 2)));
        m_worklist->setItem(row, 5, new QTableWidgetItem(qs(std::string(db::toText(p.status)))));
    }
    if (m_worklist->rowCount() > 0 && m_worklist->selectedItems().isEmpty())
        m_worklist->selectRow(0);
}

std::optional<std::int64_t> StationWindow::selectedPreparation() const
{
    const auto rows = m_worklist->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_worklist->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

void StationWindow::openPreparation()
{
    auto id = selectedPreparation();
    if (!id || !m_user)
        return;
    m_session = std::make_unique<station::IsolatorSession>(m_ctx, *m_user, m_devices, m_evidenceDir.toStdString());
    m_session->rules = m_rules;
    auto started = m_session->start(*id);
    if (!started) {
        m_who->setText("Impossible de préparer : " + qs(started.error().message));
        m_session.reset();
        return;
    }
    m_current = id;
    m_stepLog->clear();
    refreshPreparation();
    m_pages->setCurrentIndex(2);
    m_weightTimer->start();
}

void StationWindow::refreshPreparation()
{
    if (!m_current)
        return;
    auto p = m_ctx.preparations().get(*m_current);
    if (!p)
        return;
    m_prepTitle->setText(QString("<b>%1</b> — %2 %3 mg dans %4 mL (seringue %5/%6) — %7")
                             .arg(qs(p->number), qs(p->drug))
                             .arg(p->targetDoseMg, 0, 'f', 1)
                             .arg(p->targetVolumeMl, 0, 'f', 2)
                             .arg(p->syringeIndex)
                             .arg(p->syringeCount)
                             .arg(qs(std::string(db::toText(p->status)))));
}

void StationWindow::refreshLiveWeight()
{
    auto reading = m_devices.scale.readNow();
    if (!reading) {
        m_liveWeight->setText("Balance : " + qs(reading.error().message));
        return;
    }
    m_liveWeight->setText(QString("%1  %2   <small>%3</small>")
                              .arg(qs(grams(reading->grams)))
                              .arg(reading->stable ? "stable" : "instable")
                              .arg(qs(reading->source)));
}

void StationWindow::runStep(const QString& name, const std::function<station::Result<std::string>()>& action)
{
    if (!m_session || !m_current)
        return;
    auto outcome = action();
    if (outcome)
        m_stepLog->appendPlainText("✔ " + name + " : " + qs(*outcome));
    else
        m_stepLog->appendPlainText("✘ " + name + " : " + qs(outcome.error().message));
    refreshPreparation();
}

void StationWindow::openReview()
{
    auto id = selectedPreparation();
    if (!id)
        return;
    m_current = id;
    station::ReleaseDesk desk(m_ctx);
    auto review = desk.review(*id);
    m_photo->setText("(pas de photo)");
    if (!review) {
        m_review->setPlainText(qs(review.error().message));
        m_pages->setCurrentIndex(3);
        return;
    }
    QString text;
    const auto& p = review->preparation;
    text += QString("%1 — %2, seringue %3/%4, statut %5\n")
                .arg(qs(p.number), qs(p.drug))
                .arg(p.syringeIndex)
                .arg(p.syringeCount)
                .arg(qs(std::string(db::toText(p.status))));
    text += QString("Dose cible %1 mg, mesurée %2 mg (%3 %), contrôle : %4\n")
                .arg(p.targetDoseMg, 0, 'f', 1)
                .arg(p.measuredDoseMg, 0, 'f', 2)
                .arg(p.deviationPercent, 0, 'f', 2)
                .arg(qs(std::string(db::toText(p.toleranceDecision))));
    if (p.expiry)
        text += "DLU " + qs(station::formatParisDisplay(*p.expiry)) + " (" + qs(p.stabilityRule) + ")\n";
    text += "\nFlacons :\n";
    for (const auto& s : review->vialScans)
        text += "  " + qs(s.hri) + " via " + qs(s.source) + "\n";
    text += "Pesées :\n";
    for (const auto& w : review->weighings)
        text += "  " + qs(w.step) + " " + qs(grams(w.grams)) + " — " + qs(w.source) + "\n";
    text += "Étiquettes :\n";
    for (const auto& l : review->labels)
        text += "  " + qs(l.format) + " " + qs(l.path) + (l.readBackOk ? " (relue OK)" : "") + "\n";
    text += "\nEmpreinte SHA-256 du dossier : " + qs(review->contentSha256) + "\n";
    if (review->blockers.empty())
        text += "\nAucun obstacle à la libération.\n";
    for (const auto& b : review->blockers)
        text += "OBSTACLE : " + qs(b) + "\n";
    m_review->setPlainText(text);
    if (!review->photos.empty()) {
        QPixmap photo(qs(review->photos.back().path));
        if (!photo.isNull())
            m_photo->setPixmap(photo.scaledToWidth(320, Qt::SmoothTransformation));
    }
    m_releaseStatus->clear();
    m_pages->setCurrentIndex(3);
}

void StationWindow::release()
{
    if (!m_current)
        return;
    station::ReleaseDesk desk(m_ctx);
    auto released =
        desk.release(*m_current, m_releaseUser->text().toStdString(), m_releasePassword->text().toStdString());
    m_releasePassword->clear();
    if (!released) {
        m_releaseStatus->setText("Refusé : " + qs(released.error().message));
        return;
    }
    m_releaseStatus->setText(qs(released->number + " libérée"));
}

} // namespace prep::ui
