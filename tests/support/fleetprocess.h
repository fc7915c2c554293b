#pragma once

#include "identity/certificateauthority.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <optional>

// `osmgmt-agent --fleet` under test: writes the fleet file, starts the agent, waits for its
// ready file, and stops it with SIGTERM when destroyed.
//
// Agents prove they belong to a server with an agent certificate its CA issued at registration
// (docs/security.md); a fleet file starts every agent unregistered. So that a console under test
// sees the agents of its server as Managed by this server, a test says whose they are:
//
//   fleet.registerAgents("osm-hq", FleetProcess::testAuthority());   // before start()
//   settings.thisServerCas = { FleetProcess::testAuthority().certificate() }; // the console's CA
//
// start() then pins that CA for the server (unless `servers` names one) and registers every
// answering agent of that server over real mutual TLS, as `osmgmt-cli register` does.
class FleetProcess
{
public:
    FleetProcess();
    ~FleetProcess();

    // Registers the agents of `server` (compared as the console does: without case) with
    // `authority` once the fleet listens.
    void registerAgents(const QString &server, const CertificateAuthority &authority);
    // A CA made once per test process (in memory, no keychain), for tests that need agents of
    // this server: the console under test is given its certificate.
    static const CertificateAuthority &testAuthority();

    // Empty on success; otherwise what went wrong, with the agent's stderr.
    QString start(const QJsonObject &fleet, const QStringList &extraArguments = {});
    // Registers the agents of the registered server that `fleet` lists (start() does it), at
    // most registrationsAtOnce at a time: empty, or the first failure (no new one starts then).
    static constexpr int registrationsAtOnce = 32;
    QString registerFleetAgents(const QJsonObject &fleet);
    // The most registrations that were in flight at once in the last registerFleetAgents().
    int mostRegistrationsInFlight() const { return m_mostInFlight; }
    QProcess &process() { return m_process; }

    // A random 127.x.y.0/24 block, so concurrent tests and runs do not meet.
    static QString randomLoopbackNetwork();
    // A random port in 20000-59999.
    static quint16 randomPort();

private:
    QJsonObject withRegisteredServer(QJsonObject fleet);

    QTemporaryDir m_directory;
    QString m_registeredServer;
    std::optional<CertificateAuthority> m_authority;
    QProcess m_process;
    int m_mostInFlight = 0;
};
