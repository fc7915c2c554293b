#pragma once

#include "directory/adcomputer.h"
#include "directory/connectioncheck.h"
#include "directory/directoryclient.h"

#include <QObject>
#include <QStringList>
#include <QVector>

// The directory's worker: a QObject that lives on its own thread (DirectorySession puts it
// there) and does every blocking libldap call, so the console never waits on the server
// (Veyon's users' top complaint is a console that hangs on a large directory). Requests come in
// as queued slot calls, answers go out as queued signals in batches of a page, each tagged
// with the caller's request id.
class DirectoryReader : public QObject
{
    Q_OBJECT

public:
    explicit DirectoryReader(QObject *parent = nullptr);

    // Thread-safe, called directly from any thread: the running request ends with
    // DirectoryError::Kind::Cancelled within about 100 ms.
    void cancel() { m_client.cancel(); }

public slots:
    // Binds and reads the RootDSE; answers opened() or failed().
    void open(const ActiveDirectoryConnection &connection, const QString &password,
              quint64 requestId);
    // The OUs, containers and computers right below `dn`, for the lazy tree: childrenListed()
    // per page, the last with `complete` set, or failed().
    void listChildren(const QString &dn, quint64 requestId);
    // Every computer at or below `dns`: computersFound() per page, then enumerationFinished(),
    // or failed().
    void enumerateComputers(const QStringList &dns, quint64 requestId);
    // Test connection, step by step (ConnectionCheck) on a connection of its own: answers
    // connectionChecked() with every step, whatever the outcome.
    void checkConnection(const ActiveDirectoryConnection &connection, const QString &password,
                         quint64 requestId);

signals:
    void opened(quint64 requestId, const RootDse &rootDse);
    void childrenListed(quint64 requestId, const QString &parentDn,
                        const QVector<DirectoryNode> &children, bool complete);
    void computersFound(quint64 requestId, const QVector<AdComputer> &computers);
    void enumerationFinished(quint64 requestId, int count, const QStringList &missing);
    void failed(quint64 requestId, const DirectoryError &error);
    // `base`: the naming context the check found, empty when it did not get that far.
    void connectionChecked(quint64 requestId, const QVector<ConnectionStep> &steps,
                           const QString &base);

private:
    DirectoryClient m_client;
};

Q_DECLARE_METATYPE(DirectoryError)
