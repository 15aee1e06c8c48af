// SPDX-License-Identifier: GPL-3.0-or-later
// The admin's device form: station.json's scale (URI, register map, asset number, reference weight, stable-weight
// timeout), camera, label printer, evidence folder and language. Saved only when the configuration's validation
// accepts the whole (the refusal names the field), atomically, keeping the previous file as station.json.bak; it
// takes effect at the next start. Each device's "Test" probes what the form says, live, on the workflow thread.
#pragma once

#include "db/actor.h"
#include "prep-station/config/station_devices.h"
#include "prep-station/workflow/device_settings.h"
#include "ui/app/station_setup.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace prep::ui {

class OutcomeLine;

class DevicesScreen : public QWidget
{
    Q_OBJECT

public:
    DevicesScreen(StationSetup& setup, db::Actor admin, QWidget* parent = nullptr);
    void save();
    void test(station::ProbedDevice device);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill(const station::DeviceSettings& settings);
    station::DeviceSettings settings() const;
    QLabel* probeLabel(station::ProbedDevice device) const;

    StationSetup& m_setup;
    db::Actor m_admin;
    QLabel* m_heading = nullptr;
    QLabel* m_file = nullptr;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_scaleUri = nullptr;
    QLineEdit* m_scaleMap = nullptr;
    QLineEdit* m_scaleAsset = nullptr;
    QLineEdit* m_referenceWeight = nullptr;
    QLineEdit* m_stableTimeout = nullptr;
    QLineEdit* m_cameraUri = nullptr;
    QLineEdit* m_printerUri = nullptr;
    QLineEdit* m_evidenceDir = nullptr;
    QComboBox* m_language = nullptr;
    QPushButton* m_testScale = nullptr;
    QPushButton* m_testCamera = nullptr;
    QPushButton* m_testPrinter = nullptr;
    QPushButton* m_testEvidence = nullptr;
    QLabel* m_scaleProbe = nullptr;
    QLabel* m_cameraProbe = nullptr;
    QLabel* m_printerProbe = nullptr;
    QLabel* m_evidenceProbe = nullptr;
    QPushButton* m_save = nullptr;
    OutcomeLine* m_outcome = nullptr;
};

} // namespace prep::ui
