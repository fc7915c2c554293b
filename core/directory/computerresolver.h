#pragma once

#include "directory/adcomputer.h"

#include <QHash>
#include <QObject>
#include <QQueue>
#include <QVector>

class QHostInfo;

// Looks up the dNSHostName of AD computers without blocking (issue 5, point 4): QHostInfo
// resolves in Qt's own lookup threads, through the system resolver (/etc/hosts, then the DNS
// of resolv.conf, which in a domain is the DC's). At most `maxInFlight` lookups run at once, so
// cancel() is quick and ten thousand computers do not queue ten thousand lookups.
class ComputerResolver : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultMaxInFlight = 32;

    explicit ComputerResolver(QObject *parent = nullptr);
    ~ComputerResolver() override;

    void setMaxInFlight(int count) { m_maxInFlight = qMax(1, count); }
    // Queues more computers; may be called again while earlier ones resolve.
    void resolve(const QVector<AdComputer> &computers);
    // Aborts the lookups in flight and drops the queue; finished() is not emitted.
    void cancel();
    bool isIdle() const { return m_queue.isEmpty() && m_inFlight.isEmpty(); }

signals:
    // One per computer, in the order answers arrive.
    void computerResolved(const ResolvedComputer &computer);
    // Everything queued so far has an answer.
    void finished();

private:
    void startMore();
    void lookedUp(const QHostInfo &info);

    QQueue<AdComputer> m_queue;
    QHash<int, AdComputer> m_inFlight; // by QHostInfo lookup id
    int m_maxInFlight = defaultMaxInFlight;
};
