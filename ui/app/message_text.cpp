// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/message_text.h"

#include "ui/app/words.h"

#include <QCoreApplication>

namespace prep::ui {

namespace {

// The screen's language: the installed translators, numbers in the screen's locale.
const station::Speech& screenSpeech()
{
    static const station::Speech speech{
        [](const char* context, const std::string& english) {
            return QCoreApplication::translate(context, english.c_str()).toStdString();
        },
        [](double value, int decimals) { return decimalText(value, decimals).toStdString(); }};
    return speech;
}

} // namespace

QString messageText(const station::Message& message)
{
    return qs(station::spokenText(message, screenSpeech()));
}

QString errorText(const station::Error& error)
{
    return error.said.empty() ? qs(error.message) : messageText(error.said);
}

} // namespace prep::ui
