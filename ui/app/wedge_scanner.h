// SPDX-License-Identifier: GPL-3.0-or-later
// A keyboard-wedge barcode scanner types the code it read, character after character, much faster than a person,
// and ends with Enter. This filter, installed on the application, recognises a scan by that speed and terminator
// wherever the focus is, takes it out of the keystrokes and hands it to the screen as one code. Keys a person types
// are held for at most one gap and passed on unchanged. Password fields are never watched.
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

class QKeyEvent;

namespace prep::ui {

class WedgeScanner : public QObject
{
    Q_OBJECT

public:
    // `maxGapMs`: the longest pause between two characters of one scan; `minLength`: the shortest code taken as a
    // scan (a GS1 vial code is much longer). `now` gives milliseconds (tests give their own clock).
    explicit WedgeScanner(QObject* parent = nullptr, int maxGapMs = 30, int minLength = 8,
                          std::function<qint64()> now = {});
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    // The code as the scanner sent it; a GS1 FNC1 sent as the group separator (ASCII 29) is kept as that character.
    void scanned(const QString& code);

private:
    struct HeldKey
    {
        QPointer<QObject> receiver;
        int key;
        Qt::KeyboardModifiers modifiers;
        QString text;
    };
    void replayHeld();
    qint64 now() const;

    int m_maxGapMs;
    int m_minLength;
    std::function<qint64()> m_now;
    QElapsedTimer m_clock;
    QString m_buffer;
    QList<HeldKey> m_held;
    qint64 m_lastKeyAt = 0;
    bool m_replaying = false;
    QTimer m_flush;
};

} // namespace prep::ui
