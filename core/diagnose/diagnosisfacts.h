#pragma once

#include "agentlink/agentidentity.h"
#include "agentlink/agentstatus.h"
#include "common/tcpreach.h"

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <optional>

// The last time an agent answered at this address, as the store remembers it (AgentHistory).
struct PreviousAnswer
{
    quint16 port = 0; // where the agent answered
    QDateTime at; // the start of the query that found it (UTC)
    QString server; // the server it reported then
};

// What a diagnosis observed, filled in as its steps run (ConnectionDiagnosis); DiagnosisRules
// turns it into steps, causes and remedies. Kept apart from the network so that every rule is
// tested without one.
struct DiagnosisFacts
{
    // How a TCP connect ended.
    using Reach = TcpReach;
    // How the TLS handshake on the agent port ended.
    enum class Handshake { NotTried, Done, Stalled, Failed };
    // What the agent answered to `status`.
    enum class Answer {
        NotTried,
        Report, // the whole report (this console's certificate was accepted)
        Restricted, // its identity only: the agent did not accept this console's certificate
        Silent, // TLS completed, then no answer in time
        Broken, // an answer that is not a status, or the connection broke
    };

    // Name resolution.
    QString host; // as given: a name or an address
    bool hostIsAddress = false;
    QString knownName; // the DNS name the computer should have (its AD dNSHostName); may be empty
    QString lookupError; // the host (a name) did not resolve: why
    QStringList resolved; // the addresses the host (a name) resolved to
    QString knownNameError; // knownName did not resolve: why
    QStringList knownNameAddresses; // what knownName resolved to
    QString reverseName; // the address's reverse (PTR) name; empty when none
    QString address; // the address diagnosed; empty when the name did not resolve

    // The agent port and the gate port.
    quint16 agentPort = 0;
    Reach port = Reach::NotTried;
    QString portDetail;
    quint16 gatePort = 0; // 0: no gate port is set
    Reach gate = Reach::NotTried;
    QString gateDetail;
    int connectTimeoutMs = 0;

    // TLS and the status request.
    Handshake handshake = Handshake::NotTried;
    QString tlsDetail; // the protocol and cipher agreed, or what went wrong
    QList<QSslCertificate> chain; // what the agent presented, leaf first
    int answerTimeoutMs = 0;
    Answer answer = Answer::NotTried;
    QString answerDetail; // why there is no report, in words (printable)
    std::optional<AgentIdentity> identity; // from the status answer (printable)
    std::optional<AgentStatus> status; // when Report (printable)
    QDateTime agentTime; // the agent's clock when it answered; invalid when not reported
    QDateTime consoleTime; // this console's clock (Clock) when the answer came

    // Who this console is.
    QString thisServerName;
    QSslCertificate thisServerCa; // null: this console has no CA to check a certificate against
    QSslCertificate pendingServerCa; // during a CA rollover, trusted too; null otherwise
    bool consolePresented = false; // whether this console presented its certificate for the status

    // What the store remembers.
    std::optional<PreviousAnswer> previous;
    QString historyError; // the store could not be read: why
};
