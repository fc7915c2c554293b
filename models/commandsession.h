#pragma once

#include "commands/commandtarget.h"
#include "common/inbackground.h"
#include "common/result.h"
#include "endpoint/endpoint.h"
#include "endpointactions.h"
#include "secrets/importedauthorities.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class CommandRun;
class ConsoleIdentity;
class Database;

// A command on its way to many computers, as a view follows it: each computer's outcome as it
// comes, then all of them with the audit log's answer. Made by CommandSession::start(); it goes
// once it has finished.
class RunningCommand : public QObject
{
    Q_OBJECT

public:
    int total() const { return m_total; }
    // Computers not yet contacted are skipped; those in flight finish.
    void cancel();

signals:
    void targetFinished(const TargetOutcome &outcome, int finishedCount);
    // `auditError` is empty when the audit log recorded the command.
    void finished(const QVector<TargetOutcome> &outcomes, const QString &auditError);

private:
    friend class CommandSession;
    RunningCommand(CommandRun *run, QObject *parent);

    QPointer<CommandRun> m_run;
    int m_total;
};

// The action layer's engine half (DESIGN.md: the one layer that confirms, runs in the
// background and audits; the confirming is the views'): it turns an action on computers into a
// command to their agents, presents this console's certificate (or, for a move, the other
// server's move-only credential), runs it on its worker with the audit log's intent and outcome,
// and keeps the Client Mover's imported credentials. Views talk to this object, never to the
// agents, the keychain or the audit log.
class CommandSession : public QObject
{
    Q_OBJECT

public:
    using OpenDatabase = std::function<Result<std::shared_ptr<Database>>()>;

    CommandSession(ConsoleIdentity *identity, ImportedAuthorities imported, QString serverName,
                   OpenDatabase openDatabase, QObject *parent = nullptr);
    ~CommandSession() override;

    QString serverName() const { return m_serverName; }
    // Whether commands can be sent: not while this console's certificate authority is still
    // loading from the keychain, nor when it failed to (the failure says why).
    Result<Done> ready() const;
    // The servers of `endpoints` whose move credential is not imported yet, sorted.
    QStringList missingCredentials(const QVector<Endpoint> &endpoints) const;

    // Sends `kind` to `endpoints` in the background, audited; `service` names the service
    // StartService starts. Ask first: this does not. Null for an action that is no command
    // (Copy, Export selection) or while ready() fails.
    RunningCommand *start(EndpointActions::Kind kind, const QVector<Endpoint> &endpoints,
                          const QString &service = QString());

    // Imports another server's credential file (ImportedAuthorities::import) on a worker: the
    // keychain is never asked on the GUI thread. `done` gets the server's name.
    void importCredential(const QString &file, const QString &password,
                          std::function<void(const Result<QString> &)> done);

signals:
    void commandFinished(const QVector<TargetOutcome> &outcomes);

private:
    void forgetCredentials(const QStringList &servers);

    ConsoleIdentity *m_identity;
    ImportedAuthorities m_imported;
    QString m_serverName;
    OpenDatabase m_openDatabase;
    BackgroundWorkers m_workers; // last: waits for the keychain work still running
};
