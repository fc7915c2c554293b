#pragma once

#include "common/inbackground.h"
#include "common/result.h"
#include "storeread.h"

#include <QObject>
#include <QTimer>

#include <functional>

// A read of the store repeated on a timer (the heartbeat states, the event feed): on a worker
// with its own connection, whichever watcher wrote what it reads, and answered on this object's
// thread. One read at a time: one asked while another runs is answered by that one. A failure
// is said once until it changes, so that a store that stays away is not said at every read.
class StorePoll : public QObject
{
    Q_OBJECT

public:
    ~StorePoll() override;

    // Reads now, and then at every interval.
    void start();

signals:
    void readFailed(const QString &error);

protected:
    StorePoll(OpenStore openStore, int intervalMs, QObject *parent);

    // One read (what start() and the timer ask for).
    virtual void readNow() = 0;

    // Runs `read(openStore)` on a worker unless a read is running; then, on this object's
    // thread, `use` with what it read or readFailed(), and `after` in both cases.
    template<typename T>
    void readOnWorker(std::function<Result<T>(const OpenStore &)> read,
                      std::function<void(const T &)> use, std::function<void()> after = {})
    {
        if (m_workers.isBusy())
            return;
        m_workers.run<Result<T>>(
            this, [open = m_openStore, read] { return read(open); },
            [this, use, after](const Result<T> &found) {
                if (found) {
                    m_lastError.clear();
                    use(found.value());
                } else {
                    if (found.error() != m_lastError)
                        emit readFailed(found.error());
                    m_lastError = found.error();
                }
                if (after)
                    after();
            });
    }

private:
    OpenStore m_openStore;
    QTimer m_timer;
    QString m_lastError;
    BackgroundWorkers m_workers; // last: waits for the reads still running
};
