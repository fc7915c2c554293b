// DiagnosisRules, the steps that judge what the agent answered: its certificate, its clock, its
// process and services, its quarantine.
#include "diagnose/diagnosisrules.h"

#include "identity/certificateauthority.h"
#include "probe/agenttrust.h"

#include <QHostAddress>

namespace {

using Kind = DiagnosisStep::Kind;
using Outcome = DiagnosisStep::Outcome;
using Answer = DiagnosisFacts::Answer;

DiagnosisStep make(Kind kind, Outcome outcome, QString seen, QString cause = {},
                   QString remedy = {})
{
    return DiagnosisStep { kind, outcome, std::move(seen), std::move(cause), std::move(remedy) };
}

bool isThisServer(const DiagnosisFacts &facts, const QString &server)
{
    return AgentTrust(facts.thisServerName, facts.thisServerCa).isThisServer(server);
}

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'g', 3);
}

// Cause and remedy of a certificate this server's CA does not vouch for, by what is wrong.
QPair<QString, QString> untrusted(const DiagnosisFacts &facts)
{
    const ChainCheck check = checkIssuedBy(facts.chain, facts.thisServerCa, CertificateUse::Server);
    switch (check.fault) {
    case ChainCheck::Fault::NotValidNow:
        return { DiagnosisRules::tr("The agent's certificate is not valid now: it expired, or a "
                                    "clock is wrong"),
                 DiagnosisRules::tr("Check the agent's clock, then register the agent again so "
                                    "that this server's CA issues it a new certificate.") };
    case ChainCheck::Fault::WrongPurpose:
    case ChainCheck::Fault::Unreadable:
        return { DiagnosisRules::tr("The agent presents a certificate that is not an agent "
                                    "certificate"),
                 DiagnosisRules::tr("Register the agent again; reinstall it if its certificate "
                                    "stays wrong.") };
    case ChainCheck::Fault::None:
        // Issued here, valid: then it names another computer.
        return { DiagnosisRules::tr("The agent's certificate was issued for another computer: "
                                    "the computer changed address, or the certificate was "
                                    "copied"),
                 DiagnosisRules::tr("Register the agent again at its current address.") };
    case ChainCheck::Fault::NoCertificate:
    case ChainCheck::Fault::NotIssuedByAuthority:
        break;
    }
    return { DiagnosisRules::tr("The agent is not registered to this server: it claims this "
                                "server, but its certificate was not issued by this server's CA"),
             DiagnosisRules::tr("Register the agent to this server (Register to this server..., "
                                "or osmgmt-cli register), or move it here with the Client "
                                "Mover.") };
}

QString serviceList(const QVector<ServiceState> &services)
{
    QStringList names;
    for (const ServiceState &service : services)
        names << (service.displayName.isEmpty() || service.displayName == service.name
                      ? service.name
                      : QStringLiteral("%1 (%2)").arg(service.name, service.displayName));
    return names.join(QStringLiteral(", "));
}

} // namespace

DiagnosisStep DiagnosisRules::certificate(const DiagnosisFacts &facts)
{
    if (facts.handshake != DiagnosisFacts::Handshake::Done)
        return make(Kind::Certificate, Outcome::Skipped, tr("needs the TLS handshake"));
    if (facts.identity && !isThisServer(facts, facts.identity->server))
        return make(Kind::Certificate, Outcome::Skipped,
                    tr("the agent is registered to %1, another server: only that server's "
                       "console can check its certificate")
                        .arg(facts.identity->server));
    if (facts.thisServerCa.isNull())
        return make(Kind::Certificate, Outcome::Skipped,
                    tr("this console has no certificate authority to check it against"));
    // During a CA rollover an agent may be on the pending CA already (docs/security.md).
    const AgentTrust trust(facts.thisServerName,
                           QList<QSslCertificate> { facts.thisServerCa, facts.pendingServerCa });
    const AgentTrust::Verdict verdict = trust.verifyChain(facts.chain, QHostAddress(facts.address));
    if (verdict.verified)
        return make(Kind::Certificate, Outcome::Ok,
                    tr("issued by this server's CA for %1, valid until %2")
                        .arg(facts.address,
                             facts.chain.first().expiryDate().toUTC().toString(Qt::ISODate)));
    if (!facts.identity)
        return make(Kind::Certificate, Outcome::Skipped,
                    tr("the agent did not say which server it belongs to, and this server's CA "
                       "does not vouch for it: %1")
                        .arg(verdict.problem));
    const auto [cause, remedy] = untrusted(facts);
    return make(Kind::Certificate, Outcome::Failed, verdict.problem, cause, remedy);
}

DiagnosisStep DiagnosisRules::clock(const DiagnosisFacts &facts)
{
    if (!facts.agentTime.isValid())
        return make(Kind::Clock, Outcome::Skipped,
                    facts.answer == Answer::Report || facts.answer == Answer::Restricted
                        ? tr("the agent does not report its time (an agent older than this "
                             "console)")
                        : tr("needs the agent's answer"));
    // Rounded, not cut: the answer took a few milliseconds to arrive.
    const qint64 skew = qRound64(double(facts.consoleTime.msecsTo(facts.agentTime)) / 1000.0);
    const QString reads = facts.agentTime.toUTC().toString(Qt::ISODate);
    const QString seen = skew == 0
        ? tr("the agent's clock reads %1, as this console's does").arg(reads)
        : skew > 0
        ? tr("the agent's clock reads %1, %2 ahead of this console's").arg(reads, duration(skew))
        : tr("the agent's clock reads %1, %2 behind this console's").arg(reads, duration(skew));
    if (qAbs(skew) <= clockToleranceSeconds)
        return make(Kind::Clock, Outcome::Ok, seen);
    return make(Kind::Clock, Outcome::Failed, seen,
                tr("The agent's system time is wrong (%1 off, more than the %2 TLS tolerates): "
                   "certificates are judged by it, so TLS connections and commands fail")
                    .arg(duration(skew), duration(clockToleranceSeconds)),
                tr("Set the computer's clock right and keep it synchronised with the network's "
                   "time source (NTP; Windows: w32tm /resync; Linux: timedatectl, chrony), then "
                   "diagnose again."));
}

DiagnosisStep DiagnosisRules::agent(const DiagnosisFacts &facts)
{
    if (agentProcessStopped(facts))
        return make(Kind::Agent, Outcome::Failed,
                    tr("the agent answered on port %1 at %2 (a stored query); now that port "
                       "refuses while the gate port %3 answers")
                        .arg(QString::number(facts.agentPort),
                             facts.previous->at.toUTC().toString(Qt::ISODate),
                             QString::number(facts.gatePort)),
                    tr("The agent's process is not running: the computer is up, but nothing "
                       "listens on the agent port"),
                    tr("Start the agent's service on the computer (Windows: services.msc; Linux: "
                       "sudo systemctl start osmgmt-agent) and read its log for why it stopped; "
                       "reinstall the agent if it does not start."));
    if (facts.handshake != DiagnosisFacts::Handshake::Done)
        return make(Kind::Agent, Outcome::Skipped, tr("needs the TLS handshake"));
    const QString version = facts.identity ? facts.identity->version : QString();
    switch (facts.answer) {
    case Answer::NotTried:
        return make(Kind::Agent, Outcome::Skipped, tr("not asked"));
    case Answer::Silent:
        return make(Kind::Agent, Outcome::Failed,
                    tr("TLS completed, then no answer to the status request within %1 s")
                        .arg(seconds(facts.answerTimeoutMs)),
                    tr("The agent is hung or overloaded: it completes TLS but does not answer"),
                    tr("Restart the agent's service on the computer; if it hangs again, check "
                       "the computer's load (CPU, memory, disk) and the agent's log."));
    case Answer::Broken:
        return make(Kind::Agent, Outcome::Failed, facts.answerDetail,
                    tr("The program on the agent port does not answer as an osmgmt agent"),
                    tr("Check which program listens on the agent port; reinstall the agent."));
    case Answer::Restricted:
        if (facts.identity && !isThisServer(facts, facts.identity->server))
            return make(Kind::Agent, Outcome::Skipped,
                        tr("the agent (version %1) is registered to %2, another server: it "
                           "reports its services to that server's console only")
                            .arg(version, facts.identity->server));
        if (!facts.consolePresented)
            return make(Kind::Agent, Outcome::Skipped,
                        tr("the agent (version %1) answers, but gives its report only to a "
                           "console of its server, and this console had no certificate to "
                           "present")
                            .arg(version));
        return make(Kind::Agent, Outcome::Failed,
                    tr("the agent (version %1) answers, but did not accept this console's "
                       "certificate: %2")
                        .arg(version, facts.answerDetail),
                    tr("The agent does not accept this console's certificate: it is not registered "
                       "to this server (it pins another server's CA, or none), so it reports and "
                       "takes commands from no console of this server"),
                    tr("Register the agent to this server (Register to this server...) or move it "
                       "here with the Client Mover; reinstall it from this server if neither "
                       "works."));
    case Answer::Report:
        break;
    }
    return services(facts);
}

// The agent answered with its report: its services, running or stopped.
DiagnosisStep DiagnosisRules::services(const DiagnosisFacts &facts)
{
    const QString version = facts.identity ? facts.identity->version : QString();
    QVector<ServiceState> running;
    QVector<ServiceState> stopped;
    for (const ServiceState &service : facts.status->services)
        (service.running ? running : stopped).append(service);
    QString seen = tr("the agent runs (version %1, registered to %2)")
                       .arg(version, facts.identity ? facts.identity->server : QString());
    if (!facts.status->problems.isEmpty())
        seen += tr("; it reports: %1").arg(facts.status->problems.join(QStringLiteral("; ")));
    if (stopped.isEmpty())
        return make(Kind::Agent, Outcome::Ok,
                    seen + tr("; its services run: %1").arg(serviceList(running)));
    return make(Kind::Agent, Outcome::Failed, seen + tr("; stopped: %1").arg(serviceList(stopped)),
                tr("A service of the agent is stopped: %1").arg(serviceList(stopped)),
                tr("Start the service (Start service... in this console, or on the computer) and "
                   "read its log for why it stopped."));
}

DiagnosisStep DiagnosisRules::quarantine(const DiagnosisFacts &facts)
{
    if (!facts.status)
        return make(Kind::Quarantine, Outcome::Skipped, tr("needs the agent's report"));
    if (!facts.status->quarantined)
        return make(Kind::Quarantine, Outcome::Ok, tr("not quarantined"));
    return make(Kind::Quarantine, Outcome::Failed,
                tr("the agent reports that the computer is quarantined"),
                tr("The computer is quarantined: only its agent port and the consoles that "
                   "quarantined it reach it, so its other ports are closed"),
                tr("Release it from quarantine (Release from quarantine...) once it is safe; "
                   "until then the closed ports are expected."));
}
