// SPDX-License-Identifier: GPL-3.0-or-later
// Every workflow call of the GUI (database, scale, camera, printer, Argon2id) runs here, one at a time, on a thread
// of its own: the window never waits for a device or a password hash, and the station's database connection is
// used by one thread at a time. Results come back on the GUI thread.
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace prep::ui {

class WorkflowRunner : public QObject
{
    Q_OBJECT

public:
    explicit WorkflowRunner(QObject* parent = nullptr);
    // Waits for the job under way (a device call ends within its own timeout).
    ~WorkflowRunner() override;

    // Runs `work` on the workflow thread, then `done` with its result on the GUI thread, unless `receiver` is gone by
    // then. `what` names the job for the window's progress state ("weighing the empty syringe").
    template <class R>
    void run(QObject* receiver, const QString& what, std::function<R()> work, std::function<void(R)> done)
    {
        enqueue(receiver, what, true, std::move(work), std::move(done));
    }
    // The same for the screen's background reads (the live weight, the camera's view): they take their turn on the
    // workflow thread but are not shown as the station being busy.
    template <class R> void runQuiet(QObject* receiver, std::function<R()> work, std::function<void(R)> done)
    {
        enqueue(receiver, {}, false, std::move(work), std::move(done));
    }

    // A job the screen shows (not a background read) is queued or running.
    bool busy() const;
    // What runs now or next among those jobs, and for how long the oldest has run: the window says "the scale has
    // not answered for 6 s" from this.
    QString current() const;
    qint64 busyForMs() const { return busy() ? m_since.elapsed() : 0; }
    // For tests and shutdown: processes events until no job at all is left, at most `timeoutMs`; true when idle.
    bool waitIdle(int timeoutMs = 30000);

signals:
    void busyChanged(bool busy, const QString& what);

private:
    template <class R>
    void enqueue(QObject* receiver, const QString& what, bool shown, std::function<R()> work,
                 std::function<void(R)> done)
    {
        auto result = std::make_shared<std::optional<R>>();
        post(
            receiver, what, shown, [result, work = std::move(work)] { result->emplace(work()); },
            [result, done = std::move(done)] { done(std::move(**result)); });
    }
    void post(QObject* receiver, const QString& what, bool shown, std::function<void()> job,
              std::function<void()> finish);

    struct Job
    {
        QString what;
        bool shown = true;
    };
    QThread m_thread;
    QObject* m_worker = nullptr; // lives on m_thread
    QList<Job> m_jobs;           // queued jobs, oldest (the one running) first
    QElapsedTimer m_since;
};

} // namespace prep::ui
