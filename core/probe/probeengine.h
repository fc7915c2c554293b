#pragma once

#include "endpoint/endpoint.h"
#include "probe/probesettings.h"
#include "probe/targetlist.h"
#include "scope/queryscope.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

// Runs one query at a time on its own worker thread and reports back in batches through
// queued signals: the caller's thread (the GUI's, in the console) never waits on the network.
class ProbeEngine : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Completed, Cancelled, Failed };
    Q_ENUM(Outcome)

    explicit ProbeEngine(QObject *parent = nullptr);
    ~ProbeEngine() override;

    // Starts probing `scope` and the resolved Active Directory computers of the query; returns
    // an error text (and starts nothing) when a query runs already. An address both in a range
    // and in `directory` is probed once, as the AD computer: its endpoint carries the AD name
    // and path and is classified as an AD computer (DESIGN.md: a broken handshake is then
    // Unresolved, not No client installed).
    QString start(const QueryScope &scope, const ProbeSettings &settings,
                  DirectoryTargets directory = {});
    // Asks the running query to stop; what it finished is still reported, then finished().
    void cancel();
    // Cancels and blocks until the worker has ended: for shutdown only, never on a live GUI.
    void cancelAndWait();
    bool isRunning() const;
    // How many addresses start() would probe for these.
    static quint64 targetCount(const Scope &scope, const DirectoryTargets &directory);

signals:
    void started(quint64 totalAddresses);
    void endpointsClassified(const QVector<Endpoint> &batch);
    void progressed(quint64 finishedAddresses, quint64 totalAddresses);
    void finished(ProbeEngine::Outcome outcome, const QString &error);

private:
    void onThreadFinished();

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelRequested;
    Outcome m_outcome = Outcome::Completed;
    QString m_error;
};
