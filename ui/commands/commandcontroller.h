#pragma once

#include "commands/commandrun.h"
#include "endpointactions.h"
#include "secrets/importedauthorities.h"

#include <QObject>

#include <functional>
#include <memory>

class ConsoleIdentity;
class Database;
class QWidget;

// The action layer's console half (DESIGN.md): asks before it acts, asks what a command needs
// (a service's name, another server's credential), runs the command in the background with a
// dialog that reports each computer, and has it audited.
class CommandController : public QObject
{
    Q_OBJECT

public:
    using OpenDatabase = std::function<Result<std::shared_ptr<Database>>()>;

    CommandController(ConsoleIdentity *identity, ImportedAuthorities imported, QString serverName,
                      OpenDatabase openDatabase, QWidget *window);

    // Starts `kind` on `endpoints` after asking; false when the administrator said no or the
    // command cannot be sent (they were told why).
    bool request(EndpointActions::Kind kind, const QVector<Endpoint> &endpoints);

    // Runs a command without asking: what request() does once the administrator agreed.
    CommandRun *start(const AgentCommand &command, const QVector<Endpoint> &endpoints,
                      const QString &title);

    // The keychain is not asked on the GUI thread: importing runs on a worker.
    void importCredential(const QString &file, const QString &password,
                          std::function<void(const Result<QString> &)> done);

signals:
    void commandFinished(const QVector<TargetOutcome> &outcomes);

private:
    bool confirm(const QString &question, const QVector<Endpoint> &endpoints);
    bool ensureCredentials(const QVector<Endpoint> &endpoints);
    CommandRun::Credentials credentialsFor(const AgentCommand &command) const;
    CommandRun::Audit audit() const;
    void forgetCredentials(const QStringList &servers);

    ConsoleIdentity *m_identity;
    ImportedAuthorities m_imported;
    QString m_serverName;
    OpenDatabase m_openDatabase;
    QWidget *m_window;
};
