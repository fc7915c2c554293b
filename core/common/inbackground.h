#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

// The one way to run work off the GUI thread (DESIGN.md, "Parts and threads": the GUI thread
// only paints and reacts). `work` runs on a worker thread; `done` gets its result on `context`'s
// thread, and does not run if `context` is gone by then. The work must not touch `context`: it
// gets what it needs by value (a store connection, a filter, a path).
//
// Two places to run:
// - inBackground(): a short-lived thread per piece of work, for the store reads and file writes
//   a session makes (each opens its own store connection, as QtSql wants one per thread).
// - onThreadOf(): a long-lived thread where an object lives, for a library bound to one thread
//   (libsecret: onKeychainThread() in secrets/keychainthread.h).
// A session that must not go while its work runs (the work reads the store, and a process that
// exits meanwhile tears QtSql down under it) starts it through its BackgroundWorkers.

// Starts `work` on a new thread and returns that thread, which deletes itself once finished.
template<typename T>
QThread *inBackground(QObject *context, std::function<T()> work,
                      std::function<void(const T &)> done)
{
    auto result = std::make_shared<std::optional<T>>();
    QThread *worker
        = QThread::create([result, work = std::move(work)] { result->emplace(work()); });
    QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    QObject::connect(worker, &QThread::finished, context,
                     [result, done = std::move(done)] { done(**result); });
    worker->start();
    return worker;
}

// Runs `work` on the thread where `worker` lives, after what was posted there before.
template<typename T>
void onThreadOf(QObject *worker, QObject *context, std::function<T()> work,
                std::function<void(const T &)> done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        worker,
        [guard, work = std::move(work), done = std::move(done)] {
            auto result = std::make_shared<T>(work());
            if (guard) {
                QMetaObject::invokeMethod(
                    guard.data(), [result, done] { done(*result); }, Qt::QueuedConnection);
            }
        },
        Qt::QueuedConnection);
}

// The workers a session started with inBackground(): its destructor waits for those still
// running. Declare it as the session's last member, so it is destroyed (and waits) first.
class BackgroundWorkers
{
public:
    BackgroundWorkers() = default;
    BackgroundWorkers(const BackgroundWorkers &) = delete;
    BackgroundWorkers &operator=(const BackgroundWorkers &) = delete;
    ~BackgroundWorkers() { waitForAll(); }

    template<typename T>
    void run(QObject *context, std::function<T()> work, std::function<void(const T &)> done)
    {
        m_workers.removeIf([](const QPointer<QThread> &worker) { return worker.isNull(); });
        m_workers.append(inBackground<T>(context, std::move(work), std::move(done)));
    }

    // True while a worker started here has not finished.
    bool isBusy() const
    {
        for (const QPointer<QThread> &worker : m_workers)
            if (worker && !worker->isFinished())
                return true;
        return false;
    }

    void waitForAll()
    {
        for (const QPointer<QThread> &worker : std::as_const(m_workers))
            if (worker)
                worker->wait();
    }

private:
    QList<QPointer<QThread>> m_workers;
};
