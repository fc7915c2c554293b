#pragma once

#include "agentlink/agentidentity.h"
#include "endpoint/endpoint.h"

#include <QCoreApplication>

#include <array>
#include <optional>

// Everything the probe engine saw of one endpoint, before it is given a status.
struct EndpointObservation
{
    bool fromActiveDirectory = false;
    bool resolved = true; // an AD computer whose name gave no address is not resolved
    GateResult gate = GateResult::Skipped;
    QVector<PortObservation> ports;
    std::optional<AgentIdentity> identity; // from the first port that completed the handshake
    // Whether that agent's claim of this server is proven by its certificate (AgentTrust); an
    // unproven claim is never counted as Managed by this server.
    bool identityVerified = false;
    QString unverifiedReason; // why not, in words
    // Known to be quarantined (ProbeSettings::quarantined): a closed gate is then no proof that
    // the computer is down, and its agent ports were tried all the same.
    bool knownQuarantined = false;
};

struct Classification
{
    SecurityStatus status;
    QString detail;
};

// DESIGN.md, "How one endpoint is classified": resolve, gate, agent, otherwise. Pure and
// synchronous so that every rule is tested without a network.
class Classifier
{
    Q_DECLARE_TR_FUNCTIONS(Classifier)

public:
    explicit Classifier(QString thisServerName);

    Classification classify(const EndpointObservation &observation) const;
    bool isThisServer(const QString &serverName) const;

private:
    Classification classifyByAgent(const EndpointObservation &observation) const;
    static bool hostAnswered(const EndpointObservation &observation);
    static QString describeBrokenHandshakes(const QVector<PortObservation> &ports);

    QString m_thisServerName;
    QString m_unresolved;
    QString m_registeredHere;
    QString m_answeredWithoutAgent;
    QString m_nothingAnswered;
    std::array<QString, 5> m_gateFailed; // by GateResult
};
