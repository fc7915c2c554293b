#include "fleetplayer.h"

#include "common/logging.h"
#include "endpointsession.h"
#include "listeningsocket.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <unistd.h>

namespace {
// After the process runs out of descriptors, wait this long before accepting again instead
// of spinning on a listener that stays readable.
constexpr int acceptRetryMs = 1000;
} // namespace

FleetPlayer::FleetPlayer(Fleet fleet, QObject *parent)
    : QObject(parent)
    , m_fleet(std::move(fleet))
    , m_idleLimitMs(EndpointSession::defaultIdleLimitMs)
{ }

Result<int> FleetPlayer::start()
{
    for (const FleetEndpoint &endpoint : std::as_const(m_fleet.endpoints)) {
        // A plain port plays a host whose port is open and silent: the same as a stall.
        AgentIdentity none;
        for (quint16 port : endpoint.listen) {
            const Result<int> bound = listen(endpoint.address, port, AgentBehaviour::Stall, none);
            if (!bound) {
                stop();
                return bound;
            }
        }
        if (endpoint.agent) {
            const FleetAgent &agent = *endpoint.agent;
            const Result<int> bound
                = listen(endpoint.address, agent.port, agent.behaviour, agent.identity);
            if (!bound) {
                stop();
                return bound;
            }
        }
    }
    Logging::get("agent")->info("playing {} endpoints on {} listeners", m_fleet.endpoints.size(),
                                m_servers.size());
    return int(m_servers.size());
}

Result<int> FleetPlayer::listen(const QHostAddress &address, quint16 port, AgentBehaviour behaviour,
                                const AgentIdentity &identity)
{
    const Result<qintptr> descriptor = ListeningSocket::open(address, port);
    if (!descriptor)
        return Result<int>::failure(descriptor.error());
    auto *server = new QTcpServer(this);
    if (!server->setSocketDescriptor(*descriptor)) {
        const QString reason = server->errorString();
        ::close(int(*descriptor));
        delete server;
        return Result<int>::failure(
            QCoreApplication::translate("FleetPlayer", "cannot listen on %1 port %2: %3")
                .arg(address.toString())
                .arg(port)
                .arg(reason));
    }
    connect(server, &QTcpServer::newConnection, this,
            [this, server, behaviour, identity] { acceptPending(server, behaviour, identity); });
    connect(server, &QTcpServer::acceptError, this,
            [server, address, port](QAbstractSocket::SocketError) {
                // Qt pauses a server whose accept() failed for lack of resources.
                Logging::get("agent")->warn("cannot accept on {} port {}: {}", address.toString(),
                                            port, server->errorString());
                QTimer::singleShot(acceptRetryMs, server, &QTcpServer::resumeAccepting);
            });
    m_servers.append(server);
    return int(m_servers.size());
}

void FleetPlayer::acceptPending(QTcpServer *server, AgentBehaviour behaviour,
                                const AgentIdentity &identity)
{
    while (QTcpSocket *socket = server->nextPendingConnection())
        new EndpointSession(socket, behaviour, identity, m_idleLimitMs, this);
}

int FleetPlayer::sessionCount() const
{
    return int(findChildren<EndpointSession *>(Qt::FindDirectChildrenOnly).size());
}

void FleetPlayer::stop()
{
    qDeleteAll(m_servers);
    m_servers.clear();
}
