// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/devices_screen.h"

#include "ui/app/message_text.h"
#include "ui/app/outcome_line.h"
#include "ui/app/touch.h"
#include "ui/app/words.h"
#include "ui/app/workflow_runner.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <chrono>

namespace prep::ui {

namespace {

QLabel* wrappedLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setFont(stationFont());
    label->setWordWrap(true);
    return label;
}

} // namespace

DevicesScreen::DevicesScreen(StationSetup& setup, db::Actor admin, QWidget* parent)
    : QWidget(parent)
    , m_setup(setup)
    , m_admin(std::move(admin))
{
    setObjectName("devicesScreen");
    auto* layout = new QVBoxLayout(this);
    m_heading = scaledLabel("devicesHeading", 1.6, this, true);
    layout->addWidget(m_heading);
    m_file = wrappedLabel("configurationFile", this);
    layout->addWidget(m_file);
    m_form = new QFormLayout;
    m_scaleUri = touchField("scaleUri", this);
    m_scaleMap = touchField("scaleMap", this);
    m_scaleAsset = touchField("scaleAsset", this);
    m_referenceWeight = touchField("referenceWeight", this);
    m_stableTimeout = touchField("stableTimeout", this);
    m_cameraUri = touchField("cameraUri", this);
    m_printerUri = touchField("printerUri", this);
    m_evidenceDir = touchField("evidenceDir", this);
    m_language = new QComboBox(this);
    m_language->setObjectName("language");
    m_language->setFont(stationFont());
    m_language->setMinimumHeight(millimetres(this, kTargetMm));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_testScale = touchButton("testScale", {}, this);
    m_testCamera = touchButton("testCamera", {}, this);
    m_testPrinter = touchButton("testPrinter", {}, this);
    m_testEvidence = touchButton("testEvidence", {}, this);
    m_scaleProbe = wrappedLabel("scaleProbe", this);
    m_cameraProbe = wrappedLabel("cameraProbe", this);
    m_printerProbe = wrappedLabel("printerProbe", this);
    m_evidenceProbe = wrappedLabel("evidenceProbe", this);
    auto withTest = [this](QLineEdit* field, QPushButton* test) {
        auto* row = new QWidget(this);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(field, 1);
        h->addWidget(test);
        return row;
    };
    // Each row's label is its own widget so that retranslate() finds it again.
    for (QWidget* field : std::initializer_list<QWidget*>{
             withTest(m_scaleUri, m_testScale), m_scaleProbe, m_scaleMap, m_scaleAsset, m_referenceWeight,
             m_stableTimeout, withTest(m_cameraUri, m_testCamera), m_cameraProbe, withTest(m_printerUri, m_testPrinter),
             m_printerProbe, withTest(m_evidenceDir, m_testEvidence), m_evidenceProbe, m_language}) {
        auto* label = new QLabel(this);
        label->setFont(stationFont());
        m_form->addRow(label, field);
    }
    // The form scrolls rather than squeezes its touch-sized fields on a 1280x800 screen.
    auto* formPage = new QWidget(this);
    formPage->setLayout(m_form);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName("devicesForm");
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(formPage);
    layout->addWidget(scroll, 1);
    m_outcome = new OutcomeLine("devicesOutcome", this);
    m_outcome->setWordWrap(true);
    layout->addWidget(m_outcome);
    auto* buttons = new QHBoxLayout;
    m_save = touchButton("saveDevices", {}, this);
    buttons->addStretch();
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &DevicesScreen::save);
    connect(m_testScale, &QPushButton::clicked, this, [this] { test(station::ProbedDevice::Scale); });
    connect(m_testCamera, &QPushButton::clicked, this, [this] { test(station::ProbedDevice::Camera); });
    connect(m_testPrinter, &QPushButton::clicked, this, [this] { test(station::ProbedDevice::Printer); });
    connect(m_testEvidence, &QPushButton::clicked, this, [this] { test(station::ProbedDevice::Evidence); });
    fill(station::deviceSettingsOf(m_setup.config));
    // A device's result row appears once it has been tested.
    for (QLabel* probe : {m_scaleProbe, m_cameraProbe, m_printerProbe, m_evidenceProbe})
        m_form->setRowVisible(probe, false);
    retranslate();
}

void DevicesScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DevicesScreen::retranslate()
{
    m_heading->setText(tr("Devices"));
    m_file->setText(m_setup.config.file.empty()
                        ? tr("This station runs without a configuration file: nothing can be saved.")
                        : tr("Configuration file: %1 (changes take effect at the next start)")
                              .arg(qs(m_setup.config.file.string())));
    const QString labels[] = {tr("Scale URI"),
                              tr("Scale"),
                              tr("Register map"),
                              tr("Asset number"),
                              tr("Reference weight (g)"),
                              tr("Stable weight timeout (s)"),
                              tr("Camera URI"),
                              tr("Camera"),
                              tr("Printer URI"),
                              tr("Printer"),
                              tr("Evidence folder"),
                              tr("Evidence"),
                              tr("Language")};
    for (int row = 0; row < m_form->rowCount() && row < static_cast<int>(std::size(labels)); ++row)
        if (auto* item = m_form->itemAt(row, QFormLayout::LabelRole))
            if (auto* label = qobject_cast<QLabel*>(item->widget()))
                label->setText(labels[row]);
    for (QPushButton* test : {m_testScale, m_testCamera, m_testPrinter, m_testEvidence})
        test->setText(tr("Test"));
    m_save->setText(tr("Save"));
}

void DevicesScreen::fill(const station::DeviceSettings& s)
{
    m_scaleUri->setText(qs(s.scaleUri));
    m_scaleMap->setText(qs(s.scaleMap));
    m_scaleAsset->setText(qs(s.scaleAsset));
    m_referenceWeight->setText(qs(s.referenceWeightG));
    m_stableTimeout->setText(qs(s.stableTimeoutS));
    m_cameraUri->setText(qs(s.cameraUri));
    m_printerUri->setText(qs(s.printerUri));
    m_evidenceDir->setText(qs(s.evidenceDir));
    m_language->setCurrentIndex(std::max(0, m_language->findData(qs(s.language))));
}

station::DeviceSettings DevicesScreen::settings() const
{
    auto text = [](const QLineEdit* field) { return field->text().trimmed().toStdString(); };
    return station::DeviceSettings{
        text(m_scaleUri),        text(m_scaleMap),      text(m_scaleAsset),
        text(m_referenceWeight), text(m_stableTimeout), text(m_cameraUri),
        text(m_printerUri),      text(m_evidenceDir),   m_language->currentData().toString().toStdString()};
}

QLabel* DevicesScreen::probeLabel(station::ProbedDevice device) const
{
    switch (device) {
    case station::ProbedDevice::Scale:
        return m_scaleProbe;
    case station::ProbedDevice::Camera:
        return m_cameraProbe;
    case station::ProbedDevice::Printer:
        return m_printerProbe;
    case station::ProbedDevice::Evidence:
        break;
    }
    return m_evidenceProbe;
}

void DevicesScreen::save()
{
    const std::filesystem::path file = m_setup.config.file;
    const station::DeviceSettings s = settings();
    m_save->setEnabled(false);
    m_setup.runner.run<station::Result<station::StationConfig>>(
        this, tr("saving the station configuration"), [file, s] { return station::saveDeviceSettings(file, s); },
        [this](station::Result<station::StationConfig> saved) {
            m_save->setEnabled(true);
            if (!saved) {
                m_outcome->showRefusal(saved.error());
                return;
            }
            m_setup.config = std::move(*saved);
            fill(station::deviceSettingsOf(m_setup.config));
            m_outcome->showDone(tr("Configuration saved (the previous one kept as %1.bak). It takes effect at the "
                                   "next start.")
                                    .arg(qs(m_setup.config.file.filename().string())));
        });
}

void DevicesScreen::test(station::ProbedDevice device)
{
    const std::filesystem::path file = m_setup.config.file;
    const station::DeviceSettings s = settings();
    QLabel* label = probeLabel(device);
    label->setText(tr("Testing…"));
    label->setStyleSheet({});
    m_form->setRowVisible(label, true);
    using Probe = station::Result<station::DeviceProbe>;
    m_setup.runner.run<Probe>(
        this, tr("testing a device"),
        [file, s, device]() -> Probe {
            auto config = station::previewDeviceSettings(file, s);
            if (!config)
                return config.error();
            return station::probeDevice(*config, device, std::chrono::seconds(config->scale.stableTimeoutS));
        },
        [this, label](Probe probe) {
            if (!probe) {
                label->setText(QString());
                m_outcome->showRefusal(probe.error());
                return;
            }
            const QString serial = probe->serial.empty() ? QString() : tr(" — serial %1").arg(qs(probe->serial));
            label->setText((probe->ok ? tr("OK: %1") : tr("NOT OK: %1")).arg(messageText(probe->said)) + serial +
                           (probe->simulated ? tr(" — SIMULATED") : QString()));
            label->setStyleSheet(probe->ok ? "color: #1b5e20;" : "color: #b71c1c; font-weight: bold;");
        });
}

} // namespace prep::ui
