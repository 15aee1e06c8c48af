// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace prep::ui {

LanguageSwitch::LanguageSwitch(QObject* parent)
    : QObject(parent)
{}

bool LanguageSwitch::use(station::Language language)
{
    if (m_station)
        QCoreApplication::removeTranslator(m_station.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_station.reset();
    m_qt.reset();
    m_current = language;
    const QString code = QString::fromUtf8(std::string(station::languageCode(language)).c_str());
    QLocale::setDefault(QLocale(code));
    // The source strings are English; French comes from ui/i18n/prepstation_fr.ts (compiled in as :/i18n/).
    auto station = std::make_unique<QTranslator>();
    if (!station->load(":/i18n/prepstation_" + code + ".qm")) {
        if (language != station::Language::English)
            return false;
    } else {
        QCoreApplication::installTranslator(station.get());
        m_station = std::move(station);
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load("qtbase_" + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return true;
}

} // namespace prep::ui
