#include "diagnose/diagnosisrules.h"

#include <QHostAddress>

#include <iterator>

namespace {

using Kind = DiagnosisStep::Kind;
using Outcome = DiagnosisStep::Outcome;
using Reach = DiagnosisFacts::Reach;

DiagnosisStep make(Kind kind, Outcome outcome, QString seen, QString cause = {},
                   QString remedy = {})
{
    return DiagnosisStep { kind, outcome, std::move(seen), std::move(cause), std::move(remedy) };
}

QString where(const QString &address, quint16 port)
{
    const bool v6 = QHostAddress(address).protocol() == QAbstractSocket::IPv6Protocol;
    return (v6 ? QStringLiteral("[%1]").arg(address) : address) + QLatin1Char(':')
        + QString::number(port);
}

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'g', 3);
}

} // namespace

QString DiagnosisRules::duration(qint64 seconds)
{
    // Two units at most, the smaller left out when it is nought: "1 d", "2 h 5 min", "42 s".
    seconds = qAbs(seconds);
    struct Unit
    {
        qint64 size;
        const char *text;
    };
    static const Unit units[] = { { 86400, QT_TR_NOOP("%n d") },
                                  { 3600, QT_TR_NOOP("%n h") },
                                  { 60, QT_TR_NOOP("%n min") },
                                  { 1, QT_TR_NOOP("%n s") } };
    for (size_t i = 0; i < std::size(units); ++i) {
        if (seconds < units[i].size && units[i].size > 1)
            continue;
        const QString major = tr(units[i].text, nullptr, int(seconds / units[i].size));
        const qint64 rest
            = i + 1 < std::size(units) ? (seconds % units[i].size) / units[i + 1].size : 0;
        return rest == 0 ? major
                         : major + QLatin1Char(' ') + tr(units[i + 1].text, nullptr, int(rest));
    }
    return {};
}

DiagnosisStep DiagnosisRules::of(Kind kind, const DiagnosisFacts &facts)
{
    switch (kind) {
    case Kind::Name:
        return name(facts);
    case Kind::Port:
        return port(facts);
    case Kind::Tls:
        return tls(facts);
    case Kind::Certificate:
        return certificate(facts);
    case Kind::Clock:
        return clock(facts);
    case Kind::Agent:
        return agent(facts);
    case Kind::Quarantine:
        return quarantine(facts);
    case Kind::Gate:
        break;
    }
    return gate(facts);
}

DiagnosisStep DiagnosisRules::name(const DiagnosisFacts &facts)
{
    const QString dnsDown = tr("DNS is down, or the name %1 is not registered in it");
    const QString checkDns
        = tr("Check that this console's DNS server answers (nslookup %1) and holds the "
             "computer's name: internal names do not resolve on public DNS servers. A computer "
             "on DHCP must register its name in DNS.");
    const QString reverse = facts.reverseName.isEmpty()
        ? tr("%1 has no reverse (PTR) name").arg(facts.address)
        : tr("%1 is named %2 (reverse lookup)").arg(facts.address, facts.reverseName);
    if (!facts.hostIsAddress) {
        if (facts.address.isEmpty())
            return make(Kind::Name, Outcome::Failed,
                        tr("%1 does not resolve: %2").arg(facts.host, facts.lookupError),
                        dnsDown.arg(facts.host), checkDns.arg(facts.host));
        return make(Kind::Name, Outcome::Ok,
                    tr("%1 resolves to %2; %3")
                        .arg(facts.host, facts.resolved.join(QStringLiteral(", ")), reverse));
    }
    if (!facts.knownName.isEmpty()) {
        if (!facts.knownNameError.isEmpty())
            return make(Kind::Name, Outcome::Failed,
                        tr("the computer's name %1 does not resolve: %2")
                            .arg(facts.knownName, facts.knownNameError),
                        dnsDown.arg(facts.knownName), checkDns.arg(facts.knownName));
        if (!facts.knownNameAddresses.contains(facts.address))
            return make(Kind::Name, Outcome::Failed,
                        tr("the computer's name %1 resolves to %2, not to %3")
                            .arg(facts.knownName,
                                 facts.knownNameAddresses.join(QStringLiteral(", ")),
                                 facts.address),
                        tr("DNS holds a stale address for %1: the computer changed address and "
                           "its record was not updated")
                            .arg(facts.knownName),
                        tr("Update the DNS record of %1, or have the computer register it again "
                           "(Windows: ipconfig /registerdns), then query again.")
                            .arg(facts.knownName));
        return make(Kind::Name, Outcome::Ok,
                    tr("the computer's name %1 resolves to %2")
                        .arg(facts.knownName, facts.knownNameAddresses.join(QStringLiteral(", "))));
    }
    // An address without a name: nothing to resolve, and no reverse lookup either (reference
    // 003 checks DNS where a name is used; a PTR query would also leave a test's loopback).
    return make(Kind::Name, Outcome::Skipped,
                tr("an address was given and no name is known for it: nothing to resolve"));
}

DiagnosisStep DiagnosisRules::port(const DiagnosisFacts &facts)
{
    if (facts.address.isEmpty())
        return make(Kind::Port, Outcome::Skipped, tr("no address to connect to"));
    const QString target = where(facts.address, facts.agentPort);
    const QString port = QString::number(facts.agentPort);
    switch (facts.port) {
    case Reach::NotTried:
        return make(Kind::Port, Outcome::Skipped, tr("not tried"));
    case Reach::Connected:
        return make(Kind::Port, Outcome::Ok, tr("%1 accepts connections").arg(target));
    case Reach::Refused:
        return make(
            Kind::Port, Outcome::Failed,
            tr("%1 refused the connection: the computer is up, but the port is closed").arg(target),
            tr("Nothing listens on the agent port %1 (the agent's process is not running, or it "
               "listens on another port), or a firewall rejects the connection")
                .arg(port),
            tr("On the computer, check that the agent runs and listens on port %1 (Windows: "
               "services.msc; Linux: systemctl status osmgmt-agent), and that its firewall "
               "(Windows Firewall, iptables) lets this console reach the port.")
                .arg(port));
    case Reach::TimedOut:
        return make(
            Kind::Port, Outcome::Failed,
            tr("%1 did not answer within %2 s").arg(target, seconds(facts.connectTimeoutMs)),
            tr("The computer is powered off, a firewall drops the connection, or the "
               "computer left this network (a roaming laptop)"),
            tr("Check that the computer is on and on this network; check the firewalls "
               "between this console and the computer (network and host: Windows "
               "Firewall, iptables) for port %1; trace the route to see where the "
               "connection stops.")
                .arg(port));
    case Reach::NoRoute:
        return make(Kind::Port, Outcome::Failed,
                    tr("no route to %1: %2").arg(target, facts.portDetail),
                    tr("The computer left this network, or a router or firewall rejects the way "
                       "to it"),
                    tr("Check the routes and firewall policies between this console and the "
                       "computer (traceroute); a roaming computer must come back on this network "
                       "or its VPN."));
    case Reach::Failed:
        break;
    }
    return make(Kind::Port, Outcome::Failed, facts.portDetail,
                tr("The connection to the agent port failed: %1").arg(facts.portDetail),
                tr("Check the network between this console and the computer."));
}

DiagnosisStep DiagnosisRules::tls(const DiagnosisFacts &facts)
{
    const QString port = QString::number(facts.agentPort);
    switch (facts.handshake) {
    case DiagnosisFacts::Handshake::NotTried:
        break;
    case DiagnosisFacts::Handshake::Done:
        return make(Kind::Tls, Outcome::Ok, tr("TLS established (%1)").arg(facts.tlsDetail));
    case DiagnosisFacts::Handshake::Stalled:
        return make(Kind::Tls, Outcome::Failed,
                    tr("the agent port accepted the connection but did not complete the TLS "
                       "handshake within %1 s")
                        .arg(seconds(facts.answerTimeoutMs)),
                    tr("The agent is hung or overloaded: it accepts connections but does not "
                       "answer"),
                    tr("Restart the agent's service on the computer; if it hangs again, check the "
                       "computer's load (CPU, memory, disk) and the agent's log."));
    case DiagnosisFacts::Handshake::Failed:
        return make(Kind::Tls, Outcome::Failed, facts.tlsDetail,
                    tr("Something other than the agent answers on port %1, or TLS with the "
                       "agent failed")
                        .arg(port),
                    tr("Check which program listens on port %1 on the computer and that the "
                       "scope's agent port is right; reinstall the agent if its TLS is broken.")
                        .arg(port));
    }
    return make(Kind::Tls, Outcome::Skipped, tr("needs the agent port open"));
}

DiagnosisStep DiagnosisRules::gate(const DiagnosisFacts &facts)
{
    if (facts.address.isEmpty())
        return make(Kind::Gate, Outcome::Skipped, tr("no address to connect to"));
    if (facts.gatePort == 0)
        return make(Kind::Gate, Outcome::Skipped,
                    tr("no gate port is set (\"Declare a computer unreachable by checking port\" "
                       "is off)"));
    const QString target = where(facts.address, facts.gatePort);
    const QString port = QString::number(facts.gatePort);
    const bool quarantined = facts.status && facts.status->quarantined;
    switch (facts.gate) {
    case Reach::NotTried:
        return make(Kind::Gate, Outcome::Skipped, tr("not tried"));
    case Reach::Connected:
        return make(Kind::Gate, Outcome::Ok, tr("%1 answers: the computer is up").arg(target));
    case Reach::Refused:
        if (quarantined)
            return make(Kind::Gate, Outcome::Failed, tr("%1 refused the connection").arg(target),
                        tr("The computer is quarantined: its ports other than the agent's are "
                           "closed"),
                        tr("Release it from quarantine (Release from quarantine...) once it is "
                           "safe; until then the closed ports are expected."));
        return make(Kind::Gate, Outcome::Failed, tr("%1 refused the connection").arg(target),
                    tr("Nothing listens on the gate port %1, or a firewall rejects the "
                       "connection")
                        .arg(port),
                    tr("Check the computer's firewall for port %1, or choose a gate port that "
                       "the computers of this network keep open.")
                        .arg(port));
    case Reach::TimedOut:
        return make(
            Kind::Gate, Outcome::Failed,
            tr("%1 did not answer within %2 s").arg(target, seconds(facts.connectTimeoutMs)),
            tr("The computer is powered off, a firewall drops the connection, or the "
               "computer left this network (a roaming laptop)"),
            tr("Check that the computer is on and on this network, and the firewalls "
               "between this console and the computer for port %1.")
                .arg(port));
    case Reach::NoRoute:
    case Reach::Failed:
        break;
    }
    return make(Kind::Gate, Outcome::Failed, facts.gateDetail,
                tr("The computer left this network, or a router or firewall rejects the way "
                   "to it"),
                tr("Check the routes and firewall policies between this console and the "
                   "computer (traceroute)."));
}

bool DiagnosisRules::agentProcessStopped(const DiagnosisFacts &facts)
{
    return facts.previous && facts.previous->port == facts.agentPort && facts.port == Reach::Refused
        && facts.gate == Reach::Connected;
}

QString DiagnosisRules::likelyCause(const QVector<DiagnosisStep> &steps,
                                    const DiagnosisFacts &facts)
{
    auto failed = [&steps](Kind kind) -> const DiagnosisStep * {
        for (const DiagnosisStep &step : steps)
            if (step.kind == kind && step.outcome == Outcome::Failed)
                return &step;
        return nullptr;
    };
    if (facts.address.isEmpty() && failed(Kind::Name))
        return failed(Kind::Name)->cause;
    // The most specific findings first: they explain the failures that follow from them.
    if (agentProcessStopped(facts) && failed(Kind::Agent))
        return failed(Kind::Agent)->cause;
    if (const DiagnosisStep *clock = failed(Kind::Clock))
        return clock->cause;
    if (failed(Kind::Port) && facts.port == Reach::TimedOut && facts.gate == Reach::Connected)
        return tr("A firewall drops connections to the agent port %1: the computer is up (its "
                  "gate port answers)")
            .arg(facts.agentPort);
    for (Kind kind : { Kind::Port, Kind::Tls, Kind::Certificate, Kind::Agent, Kind::Quarantine,
                       Kind::Gate, Kind::Name }) {
        if (const DiagnosisStep *step = failed(kind))
            return step->cause;
    }
    return {};
}
