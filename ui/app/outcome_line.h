// SPDX-License-Identifier: GPL-3.0-or-later
// The result of the last action, in words and colour: green done, amber waiting for someone, red refused (the
// refusal's kind in the screen's language, then the workflow's reason).
#pragma once

#include "prep-station/error.h"

#include <QLabel>

namespace prep::ui {

class OutcomeLine : public QLabel
{
    Q_OBJECT

public:
    enum class Tone { Done, Waiting, Refused, Neutral };
    explicit OutcomeLine(const QString& objectName, QWidget* parent = nullptr);
    void showDone(const QString& text);
    void showWaiting(const QString& text);
    void showRefusal(const station::Error& error);
    void showNeutral(const QString& text);
    Tone tone() const { return m_tone; }

private:
    void paint(Tone tone, const QString& text);
    Tone m_tone = Tone::Neutral;
};

} // namespace prep::ui
