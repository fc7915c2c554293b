#pragma once

#include "agentlink/agentcommand.h"
#include "agentstate.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>

// What an agent answers to one request of protocol v1 (docs/agent-protocol.md), whatever
// connection it came on: hello and status for anyone, commands only for a client certificate
// that chains to the CA the agent pins. Every refusal is logged with the peer and the reason.
class AgentResponder
{
public:
    explicit AgentResponder(AgentState &state)
        : m_state(state)
    { }

    // `peerChain` is the TLS peer's certificate chain, leaf first (empty without one);
    // `peerAddress` is where the request came from (a quarantine keeps it reachable); `peer`
    // names the peer in the log.
    QJsonObject answer(const QJsonObject &request, const QList<QSslCertificate> &peerChain,
                       const QHostAddress &peerAddress, const QString &peer);

private:
    QJsonObject answerCommand(const QJsonObject &request, const QList<QSslCertificate> &peerChain,
                              const QHostAddress &peerAddress, const QString &peer);
    // Why a command from this peer is refused; empty when it may command this agent.
    // `byPinned`, when given, tells whether the pinned CA (not a previous one) issued it.
    QString refusal(const QList<QSslCertificate> &peerChain, bool *byPinned = nullptr) const;
    QJsonObject executeRollover(const AgentCommand &command, bool byPinned);
    QJsonObject execute(const AgentCommand &command, const QHostAddress &peerAddress);
    QJsonObject executeOnHost(const AgentCommand &command, const QHostAddress &peerAddress);

    AgentState &m_state;
};
