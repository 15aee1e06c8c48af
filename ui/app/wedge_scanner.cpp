// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/wedge_scanner.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>

namespace prep::ui {

namespace {

constexpr QChar kGroupSeparator(0x1d);

bool isPasswordField(QObject* o)
{
    auto* field = qobject_cast<QLineEdit*>(o);
    return field && field->echoMode() != QLineEdit::Normal;
}

} // namespace

WedgeScanner::WedgeScanner(QObject* parent, int maxGapMs, int minLength, std::function<qint64()> now)
    : QObject(parent)
    , m_maxGapMs(maxGapMs)
    , m_minLength(minLength)
    , m_now(std::move(now))
{
    m_clock.start();
    m_flush.setSingleShot(true);
    m_flush.setInterval(maxGapMs);
    connect(&m_flush, &QTimer::timeout, this, &WedgeScanner::replayHeld);
}

qint64 WedgeScanner::now() const
{
    return m_now ? m_now() : m_clock.elapsed();
}

bool WedgeScanner::eventFilter(QObject* watched, QEvent* event)
{
    if (m_replaying || !watched->isWidgetType())
        return false;
    if (event->type() == QEvent::ShortcutOverride) {
        // A shortcut is matched before its key is delivered: the Enter ending a scan must reach this filter as a
        // key press, not run the screen's Enter shortcut.
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if ((enter && m_buffer.size() >= m_minLength && now() - m_lastKeyAt <= m_maxGapMs) ||
            (!enter && !m_held.isEmpty())) {
            event->accept();
            return true;
        }
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    if (isPasswordField(watched)) {
        replayHeld();
        return false;
    }
    const qint64 at = now();
    const bool inBurst = !m_held.isEmpty() && at - m_lastKeyAt <= m_maxGapMs;
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        if (inBurst && m_buffer.size() >= m_minLength) {
            const QString code = m_buffer;
            m_buffer.clear();
            m_held.clear();
            m_flush.stop();
            emit scanned(code);
            return true;
        }
        replayHeld();
        return false;
    }
    // A scanner types capitals with Shift and the group separator with Ctrl: a modifier alone ends no burst.
    if (key->key() == Qt::Key_Shift || key->key() == Qt::Key_Control || key->key() == Qt::Key_Alt ||
        key->key() == Qt::Key_Meta || key->key() == Qt::Key_AltGr)
        return false;
    const QString text = key->text();
    const bool character = text.size() == 1 && (text.at(0).isPrint() || text.at(0) == kGroupSeparator) &&
                           !(key->modifiers() & (Qt::AltModifier | Qt::MetaModifier)) &&
                           (!(key->modifiers() & Qt::ControlModifier) || text.at(0) == kGroupSeparator);
    if (!character) {
        replayHeld();
        return false;
    }
    if (!m_held.isEmpty() && !inBurst)
        replayHeld(); // a pause: what was held was typed by a person
    m_held.append(HeldKey{watched, key->key(), key->modifiers(), text});
    m_buffer += text;
    m_lastKeyAt = at;
    m_flush.start();
    return true;
}

void WedgeScanner::replayHeld()
{
    m_flush.stop();
    const QList<HeldKey> held = std::exchange(m_held, {});
    m_buffer.clear();
    m_replaying = true;
    for (const auto& k : held) {
        if (!k.receiver)
            continue;
        QKeyEvent press(QEvent::KeyPress, k.key, k.modifiers, k.text);
        QApplication::sendEvent(k.receiver, &press);
        QKeyEvent release(QEvent::KeyRelease, k.key, k.modifiers, k.text);
        QApplication::sendEvent(k.receiver, &release);
    }
    m_replaying = false;
}

} // namespace prep::ui
