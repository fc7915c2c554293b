#pragma once

#include "common/inbackground.h"
#include "common/result.h"
#include "store/heartbeatrecord.h"

#include <QObject>
#include <QTimer>
#include <QVector>

#include <functional>
#include <memory>

class Database;

// The events that arrive while the console runs (docs/watch.md, "Events"), for its desktop
// notifications: at start it notes the newest event (the history is not announced again), then
// every pollIntervalMs reads on a worker those appended since, whichever watcher wrote them, and
// hands them over once, oldest first, on the GUI thread.
class EventFeed : public QObject
{
    Q_OBJECT

public:
    using OpenDatabase = std::function<Result<std::shared_ptr<Database>>()>;

    static constexpr int pollIntervalMs = 30 * 1000;

    explicit EventFeed(OpenDatabase openDatabase, QObject *parent = nullptr);
    ~EventFeed() override;

    // Notes where the events stand now, then polls.
    void start();
    // Reads the events appended since the last read now.
    void poll();

signals:
    void arrived(const QVector<ComputerEvent> &events);
    // A read ended (after arrived(), when there were events): for tests and for the curious.
    void polled();
    void failed(const QString &error);

private:
    OpenDatabase m_openDatabase;
    QTimer m_timer;
    qint64 m_lastId = -1; // -1: not yet noted
    QString m_lastError;
    BackgroundWorkers m_workers; // last: waits for the reads still running
};
