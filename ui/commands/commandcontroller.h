#pragma once

#include "commands/clientmoverwizard.h"
#include "commandsession.h"
#include "endpointactions.h"

#include <QMap>
#include <QObject>

#include <functional>
#include <optional>

class QWidget;

// The action layer's console half (DESIGN.md): asks before it acts, asks what a command needs
// (a service's name, another server's credential), has the command session run it, and shows a
// dialog that reports each computer.
class CommandController : public QObject
{
    Q_OBJECT

public:
    // What the main window hands to the sessions that read the store.
    using OpenDatabase = CommandSession::OpenDatabase;

    CommandController(CommandSession *session, QWidget *window);

    // Starts `kind` on `endpoints` after asking; false when the administrator said no or the
    // command cannot be sent (they were told why). A move asks through the Client Mover wizard.
    bool request(EndpointActions::Kind kind, const QVector<Endpoint> &endpoints);

    // Sends `kind` to `endpoints` without asking (the caller asked): the session's one path,
    // audited. Null when commands cannot be sent.
    RunningCommand *run(EndpointActions::Kind kind, const QVector<Endpoint> &endpoints,
                        const QString &service = QString());
    QStringList missingCredentials(const QVector<Endpoint> &endpoints) const;
    QString serverName() const;
    // The demo's second server's credential, offered by the Client Mover; none by default.
    void setOfferedCredential(const OfferedCredential &offered) { m_offered = offered; }
    std::optional<OfferedCredential> offeredCredential() const { return m_offered; }

    // Start service where it is not running (reference 001; issue 12, point 4): each service in
    // `stopped` is started on the computers listed for it, one command per service, after one
    // confirmation that names the computers. `finished` gets every computer's outcome once all
    // the commands have ended. False when the administrator said no or nothing can be sent.
    bool requestStartWhereStopped(const QMap<QString, QVector<Endpoint>> &stopped,
                                  std::function<void(const QVector<TargetOutcome> &)> finished);

    // The keychain is not asked on the GUI thread: importing runs on a worker.
    void importCredential(const QString &file, const QString &password,
                          std::function<void(const Result<QString> &)> done);

signals:
    void commandFinished(const QVector<TargetOutcome> &outcomes);

private:
    // Asks with the computers named and `verb` ("Quarantine 3 computers") as the button.
    bool confirm(const QString &title, const QString &question, const QString &verb,
                 const QVector<Endpoint> &endpoints);
    bool requestMove(const QVector<Endpoint> &targets);
    void start(EndpointActions::Kind kind, const QVector<Endpoint> &endpoints, const QString &title,
               const QString &service = QString());

    CommandSession *m_session;
    QWidget *m_window;
    std::optional<OfferedCredential> m_offered;
};
