#pragma once

#include "common/result.h"
#include "directory/adcomputer.h"
#include "scope/activedirectoryscope.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <QVector>

#include <atomic>
#include <memory>
#include <optional>

class ComputerResolver;
class DirectoryClient;

// The Active Directory stage of a query (issue 5, point 4): bind, enumerate the computers of
// the selected objects, resolve their dNSHostName. LDAP blocks, so it runs on a worker thread;
// the DNS lookups run in Qt's lookup threads and answer on the thread this object lives in.
// Nothing here classifies: QueryRunner turns the computers into endpoints.
class DirectoryAssessment : public QObject
{
    Q_OBJECT
public:
    explicit DirectoryAssessment(QObject *parent = nullptr);
    ~DirectoryAssessment() override;

    // Returns at once. `password` is the bind password when the caller has one
    // (--password-stdin); otherwise the keychain's, read on the KeychainWorker thread.
    void start(const ActiveDirectoryScope &scope, std::optional<QString> password);
    // Stops the search within about 100 ms and the lookups at once; cancelled() follows.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    // Every computer, each once, resolved or not; `missing` are selected DNs that no longer
    // exist (not fatal: the rest is still worth assessing).
    void finished(const QVector<ResolvedComputer> &computers, const QStringList &missing);
    void failed(const QString &error);
    void cancelled();
    // While computers are read and looked up.
    void progressed(int found, int resolved);

private:
    void onPasswordRead(const ActiveDirectoryScope &scope, const Result<QString> &secret);
    void startWorker(const ActiveDirectoryScope &scope, const QString &password);
    void onComputersFound(const QVector<AdComputer> &batch);
    void onEnumerated(const QStringList &missing);
    void onWorkerFailed(const QString &error, bool wasCancelled);
    void onResolved(const ResolvedComputer &computer);
    void finishIfDone();
    void stopWorker();

    QThread *m_worker = nullptr;
    std::shared_ptr<DirectoryClient> m_client;
    std::shared_ptr<std::atomic<bool>> m_cancelRequested;
    ComputerResolver *m_resolver = nullptr;
    QVector<ResolvedComputer> m_computers;
    QStringList m_missing;
    int m_found = 0;
    QElapsedTimer m_elapsed;
    bool m_enumerated = false;
    bool m_running = false;
};
