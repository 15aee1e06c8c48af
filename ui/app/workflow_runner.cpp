// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/workflow_runner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace prep::ui {

WorkflowRunner::WorkflowRunner(QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName("workflow");
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

WorkflowRunner::~WorkflowRunner()
{
    m_thread.quit();
    m_thread.wait();
}

bool WorkflowRunner::busy() const
{
    for (const auto& j : m_jobs)
        if (j.shown)
            return true;
    return false;
}

QString WorkflowRunner::current() const
{
    for (const auto& j : m_jobs)
        if (j.shown)
            return j.what;
    return {};
}

void WorkflowRunner::post(QObject* receiver, const QString& what, bool shown, std::function<void()> job,
                          std::function<void()> finish)
{
    const bool wasBusy = busy();
    m_jobs.append(Job{what, shown});
    if (shown && !wasBusy)
        m_since.start();
    if (shown)
        emit busyChanged(true, current());
    QPointer<QObject> alive(receiver);
    QMetaObject::invokeMethod(
        m_worker,
        [this, alive, job = std::move(job), finish = std::move(finish)] {
            job();
            QMetaObject::invokeMethod(
                this,
                [this, alive, finish] {
                    const bool shownJob = m_jobs.front().shown;
                    m_jobs.removeFirst();
                    if (shownJob)
                        m_since.start(); // the next job's time starts now
                    if (alive)
                        finish();
                    if (shownJob)
                        emit busyChanged(busy(), current());
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

bool WorkflowRunner::waitIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_jobs.isEmpty() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return m_jobs.isEmpty();
}

} // namespace prep::ui
