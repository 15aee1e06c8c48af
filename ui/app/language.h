// SPDX-License-Identifier: GPL-3.0-or-later
// The language the station's screens speak: French by default (station.json "language"), English on request at
// login. Qt's translation system: our strings through tr(), compiled from ui/i18n/*.ts into the binary by the build,
// and Qt's own (dialog buttons) when the system has them.
#pragma once

#include "prep-station/config/station_config.h"

#include <QObject>
#include <QTranslator>

#include <memory>

namespace prep::ui {

class LanguageSwitch : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSwitch(QObject* parent = nullptr);
    // Installs the translators of `language`; every widget then gets a LanguageChange event. False when the
    // station's own translation is missing from the binary (a build without ui/i18n).
    bool use(station::Language language);
    station::Language current() const { return m_current; }

private:
    station::Language m_current = station::Language::English; // the source strings
    std::unique_ptr<QTranslator> m_station;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace prep::ui
