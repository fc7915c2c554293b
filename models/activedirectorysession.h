#pragma once

#include "directory/connectioncheck.h"
#include "directory/directorysession.h"
#include "scope/activedirectoryconnection.h"

#include <QObject>
#include <QVector>

// The console's view of Active Directory for the scope editor, shaped like QuerySession: it owns
// the directory's worker thread (DirectorySession), so the editor that shows the tree does not,
// and answers in words and values the views show. Owned by the main window, which hands it to
// each scope editor: a panel that goes cancels what it asked, the thread stays. Views talk to
// this object and to ActiveDirectoryTreeModel, never to the directory.
//
// Each call returns at once with a request id; the answer is a signal carrying that id, on the
// GUI thread.
class ActiveDirectorySession : public QObject
{
    Q_OBJECT

public:
    explicit ActiveDirectorySession(QObject *parent = nullptr);
    ~ActiveDirectorySession() override;

    // What ActiveDirectoryTreeModel browses with.
    DirectorySession *directory() { return &m_directory; }

    // Binds and reads the RootDSE: connected() or failed().
    quint64 open(const ActiveDirectoryConnection &connection, const QString &password);
    // Test connection, step by step: connectionChecked().
    quint64 checkConnection(const ActiveDirectoryConnection &connection, const QString &password);
    // The running request ends (as failed); the ones queued after it still run.
    void cancel();

signals:
    // `namingContext`: the domain the server names (RootDSE's defaultNamingContext).
    void connected(quint64 requestId, const QString &namingContext);
    // Any request of this session failed, the tree's too: the error in words.
    void failed(quint64 requestId, const QString &error);
    // Every step, whatever the outcome; `bound`: the bind step passed (the password is right);
    // `allPassed`: the connection can be used.
    void connectionChecked(quint64 requestId, const QVector<ConnectionStep> &steps, bool bound,
                           bool allPassed);

private:
    DirectorySession m_directory;
};
