// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/outcome_line.h"

#include "ui/app/message_text.h"
#include "ui/app/touch.h"
#include "ui/app/words.h"

namespace prep::ui {

OutcomeLine::OutcomeLine(const QString& objectName, QWidget* parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    QFont f = stationFont();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    setFont(f);
    setMargin(millimetres(this, 2));
    setMinimumHeight(millimetres(this, kTargetMm));
    paint(Tone::Neutral, {});
}

void OutcomeLine::showDone(const QString& text)
{
    paint(Tone::Done, "✔ " + text);
}

void OutcomeLine::showWaiting(const QString& text)
{
    paint(Tone::Waiting, "⏸ " + text);
}

void OutcomeLine::showRefusal(const station::Error& error)
{
    paint(Tone::Refused, "✘ " + errorHeadline(error.kind) + " — " + errorText(error));
}

void OutcomeLine::showNeutral(const QString& text)
{
    paint(Tone::Neutral, text);
}

void OutcomeLine::paint(Tone tone, const QString& text)
{
    m_tone = tone;
    setText(text);
    switch (tone) {
    case Tone::Done:
        setStyleSheet("background:#e8f5e9;color:#1b5e20;border-left:8px solid #2e7d32;");
        break;
    case Tone::Waiting:
        setStyleSheet("background:#fff8e1;color:#5d4037;border-left:8px solid #f9a825;");
        break;
    case Tone::Refused:
        setStyleSheet("background:#ffebee;color:#b71c1c;border-left:8px solid #c62828;");
        break;
    case Tone::Neutral:
        setStyleSheet({});
        break;
    }
}

} // namespace prep::ui
