#include "probe/classifier.h"

#include <QCoreApplication>

namespace {
bool isBrokenHandshake(PortOutcome outcome)
{
    return outcome == PortOutcome::Stalled || outcome == PortOutcome::Garbage
        || outcome == PortOutcome::Closed;
}
} // namespace

Classifier::Classifier(QString thisServerName)
    : m_thisServerName(std::move(thisServerName))
    // Made once and shared by every endpoint that gets them: a /16 holds 65,536 details.
    , m_unresolved(tr("The computer's name in Active Directory resolves to no address."))
    , m_registeredHere(tr("The agent is registered here."))
    , m_answeredWithoutAgent(tr("The computer answered, but no agent answered on the agent ports."))
    , m_nothingAnswered(tr("Nothing answered on any port."))
{
    for (GateResult gate : { GateResult::Refused, GateResult::Timeout, GateResult::NoRoute }) {
        m_gateFailed[size_t(gate)] = tr("The unreachable check port did not connect: %1.")
                                         .arg(displayName(gate).toLower());
    }
}

bool Classifier::isThisServer(const QString &serverName) const
{
    // Server names are host-like names: compare them as DNS does, without regard to case.
    return !serverName.isEmpty()
        && serverName.compare(m_thisServerName.trimmed(), Qt::CaseInsensitive) == 0;
}

Classification Classifier::classify(const EndpointObservation &observation) const
{
    if (observation.fromActiveDirectory && !observation.resolved) {
        return { SecurityStatus::UnresolvedAd, m_unresolved };
    }

    // The manual: when the connection to the checked port is not established, the computer is
    // treated as unreachable at once and nothing else is tried. Except for a quarantined one
    // (issue 14): its quarantine closed that port on purpose, and its agent port stays open.
    const bool gateFailed
        = observation.gate != GateResult::Skipped && observation.gate != GateResult::Connected;
    if (gateFailed && observation.knownQuarantined) {
        if (!observation.identity)
            return { SecurityStatus::Unreachable,
                     tr("The computer is quarantined, which closes the unreachable check port "
                        "on purpose, but its agent did not answer either.") };
        Classification byAgent = classifyByAgent(observation);
        byAgent.detail = tr("%1 The computer is quarantined: the unreachable check port is "
                            "closed on purpose (%2).")
                             .arg(byAgent.detail, displayName(observation.gate).toLower());
        return byAgent;
    }
    if (gateFailed)
        return { SecurityStatus::Unreachable, m_gateFailed[size_t(observation.gate)] };
    return classifyByAgent(observation);
}

// Steps 3 and 4 of DESIGN.md: what the agent ports said.
Classification Classifier::classifyByAgent(const EndpointObservation &observation) const
{
    if (observation.identity) {
        const AgentIdentity &agent = *observation.identity;
        if (isThisServer(agent.server) && observation.identityVerified)
            return { SecurityStatus::ManagedByThisServer, m_registeredHere };
        if (isThisServer(agent.server))
            // docs/security.md: a claim is not protection. Shown with the servers that are not
            // this one, in words, so that no count or export takes it for a managed client.
            return { SecurityStatus::ManagedByAnotherServer,
                     tr("The agent claims this server (%1), unverified: %2. Register it to "
                        "this server to manage it.")
                         .arg(agent.server, observation.unverifiedReason) };
        return { SecurityStatus::ManagedByAnotherServer,
                 tr("The agent is registered to server %1.").arg(agent.server) };
    }

    const QString broken = describeBrokenHandshakes(observation.ports);
    if (!broken.isEmpty()) {
        // In AD but of unknown status; an IP-only endpoint has no client we could talk to.
        const SecurityStatus status = observation.fromActiveDirectory
            ? SecurityStatus::UnresolvedAd
            : SecurityStatus::NoClientInstalled;
        return { status, broken };
    }

    if (hostAnswered(observation))
        return { SecurityStatus::NoClientInstalled, m_answeredWithoutAgent };
    return { SecurityStatus::Unreachable, m_nothingAnswered };
}

bool Classifier::hostAnswered(const EndpointObservation &observation)
{
    if (observation.gate == GateResult::Connected)
        return true;
    for (const PortObservation &port : observation.ports) {
        // A refusal is an answer: the host is up and its port closed.
        if (port.outcome != PortOutcome::Timeout && port.outcome != PortOutcome::NoRoute)
            return true;
    }
    return false;
}

QString Classifier::describeBrokenHandshakes(const QVector<PortObservation> &ports)
{
    QStringList parts;
    for (const PortObservation &port : ports) {
        if (!isBrokenHandshake(port.outcome))
            continue;
        parts << tr("port %1: %2").arg(port.port).arg(port.detail);
    }
    if (parts.isEmpty())
        return {};
    return tr("A port accepted the connection but did not complete the agent handshake (%1).")
        .arg(parts.join(QStringLiteral("; ")));
}
