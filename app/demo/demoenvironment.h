#pragma once

#include "common/inbackground.h"
#include "identity/certificateauthority.h"

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include <optional>

// The embedded demo: writes a fleet of about 250 simulated endpoints on 127.77.0.0/24 and the
// scope that covers them, and plays the fleet with `osmgmt-agent --fleet` for as long as the
// console runs. Unprivileged ports, so an ordinary user can run it.
class DemoEnvironment : public QObject
{
    Q_OBJECT
public:
    static constexpr quint16 gatePort = 10135;
    static constexpr quint16 agentPort = 21112;

    DemoEnvironment(QString directory, QString serverName, QObject *parent = nullptr);
    ~DemoEnvironment() override;

    // Writes the demo's scope file (once; the administrator's edits to it are kept), so that the
    // window can read it. Empty, or what went wrong.
    QString prepare();
    // Writes the fleet and starts it; ready() or failed() follows. The agents of this server
    // pin `serverCaFile`, the console's CA certificate, so the demo's commands work; without
    // one (the keychain did not answer) they refuse every command, as real agents would.
    // With `authority` (this console's CA), the agents of this server are registered as soon
    // as the fleet listens, before ready(): their agent certificates prove they are this
    // server's, so the console shows them as Managed by this server (docs/security.md).
    void start(const QString &serverCaFile = QString(),
               const std::optional<CertificateAuthority> &authority = std::nullopt);
    bool isStarted() const { return m_started; }
    QString scopeFile() const;
    QString serverName() const { return m_serverName; }

signals:
    void ready();
    void failed(const QString &error);
    // The branch server's move credential (demoBranchServer()), exported for this start: the
    // file, and its password, which lives only in memory and is shown by the Client Mover.
    void branchCredentialReady(const QString &server, const QString &file, const QString &password);

private:
    QString agentProgram() const;
    void checkReady();
    void registerAgents();
    // A new CA for the branch server: its certificate pinned by the branch's agents in `fleet`,
    // its move credential exported in the background. Empty, or what went wrong.
    QString makeBranchServer(QJsonObject &fleet);

    QString m_directory;
    QString m_serverName;
    QString m_readyFile; // the fleet writes it once every listener is bound
    QProcess m_agent;
    QTimer m_readyPoll;
    int m_polls = 0;
    bool m_started = false;
    QJsonObject m_fleet;
    std::optional<CertificateAuthority> m_authority;
    int m_registering = 0;
    BackgroundWorkers m_workers; // last: waits for the credential being written
};
