#pragma once

#include "common/result.h"
#include "fleet.h"

#include <QObject>

class QTcpServer;

// Plays every endpoint of a fleet on its own address: one QTcpServer per listening socket,
// all in the thread's event loop (no thread per endpoint: a fleet can hold thousands).
class FleetPlayer : public QObject
{
    Q_OBJECT
public:
    explicit FleetPlayer(Fleet fleet, QObject *parent = nullptr);

    // Binds every listener of the fleet; the number bound, or the first failure (naming
    // address and port), after which nothing is left listening.
    Result<int> start();

    // How long a connection may stay idle before the endpoint closes it (30 s unless set).
    void setIdleLimit(int milliseconds) { m_idleLimitMs = milliseconds; }
    // Connections being played now.
    int sessionCount() const;

private:
    Result<int> listen(const QHostAddress &address, quint16 port, AgentBehaviour behaviour,
                       const AgentIdentity &identity);
    void acceptPending(QTcpServer *server, AgentBehaviour behaviour, const AgentIdentity &identity);
    void stop();

    Fleet m_fleet;
    QList<QTcpServer *> m_servers;
    int m_idleLimitMs;
};
