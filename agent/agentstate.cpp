#include "agentstate.h"

#include "agentlink/agenttls.h"
#include "common/clock.h"
#include "identity/certificateauthority.h"

#include <QCoreApplication>

AgentState::AgentState(AgentIdentity identity, std::optional<QSslCertificate> pinnedCa,
                       AgentStatus status, QObject *parent)
    : QObject(parent)
    , m_identity(std::move(identity))
    , m_pinnedCa(std::move(pinnedCa))
    , m_status(std::move(status))
{ }

void AgentState::registerWith(const QString &server, const QSslCertificate &ca)
{
    m_identity.server = server;
    m_pinnedCa = ca;
    // A move pins only the new server's CA: no rollover of the old one goes on.
    m_previousCa.reset();
    // A certificate of the old CA proves nothing to the new server: back to the self-signed one.
    if (m_agentCertificate && !verifyIssuedBy(*m_agentCertificate, ca, CertificateUse::Server)
        && setTls(m_selfSigned, std::nullopt))
        emit certificateChanged();
    emit registrationChanged();
}

Result<bool> AgentState::setTls(const AgentTls::Credentials &selfSigned,
                                const std::optional<QSslCertificate> &registered,
                                std::shared_ptr<TlsServerContext> shared)
{
    if (shared)
        m_selfSignedContext = std::move(shared);
    std::shared_ptr<TlsServerContext> context
        = registered || !m_selfSignedContext ? nullptr : m_selfSignedContext;
    if (!context) {
        const AgentTls::Credentials presented { registered ? *registered : selfSigned.certificate,
                                                selfSigned.key };
        Result<std::shared_ptr<TlsServerContext>> made = TlsServerContext::create(presented);
        if (!made)
            return Result<bool>::failure(made.error());
        context = std::move(made).value();
        if (!registered)
            m_selfSignedContext = context;
    }
    m_selfSigned = selfSigned;
    m_agentCertificate = registered;
    m_tlsContext = std::move(context);
    return true;
}

Result<bool> AgentState::acceptCertificate(const QByteArray &certificatePem)
{
    const auto refuse = [](const QString &reason) { return Result<bool>::failure(reason); };
    const QList<QSslCertificate> certificates
        = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (certificates.size() != 1)
        return refuse(QCoreApplication::translate("AgentState", "expected one PEM certificate"));
    if (!m_pinnedCa)
        return refuse(QCoreApplication::translate("AgentState",
                                                  "this agent knows no CA of its "
                                                  "server \"%1\"")
                          .arg(m_identity.server));
    const Result<QString> issued
        = verifyIssuedBy(certificates.first(), *m_pinnedCa, CertificateUse::Server);
    if (!issued)
        return refuse(issued.error());
    if (!samePublicKey(certificates.first(), m_selfSigned.certificate))
        return refuse(QCoreApplication::translate("AgentState",
                                                  "the certificate is not for this agent's key"));
    const Result<bool> installed = setTls(m_selfSigned, certificates.first());
    if (!installed)
        return installed;
    emit certificateChanged();
    return true;
}

QList<QSslCertificate> AgentState::trustedCas() const
{
    QList<QSslCertificate> trusted;
    if (m_pinnedCa)
        trusted.append(*m_pinnedCa);
    if (m_previousCa)
        trusted.append(*m_previousCa);
    return trusted;
}

Result<QString> AgentState::rollOver(const QByteArray &caPem, const QByteArray &certificatePem)
{
    using R = Result<QString>;
    const Result<QSslCertificate> ca = AgentTls::parseCaCertificate(caPem);
    if (!ca)
        return R::failure(ca.error());
    const QList<QSslCertificate> certificates
        = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (certificates.size() != 1)
        return R::failure(
            QCoreApplication::translate("AgentState", "expected one PEM certificate"));
    const QSslCertificate &certificate = certificates.first();
    const Result<QString> issued = verifyIssuedBy(certificate, *ca, CertificateUse::Server);
    if (!issued)
        return R::failure(issued.error());
    if (!samePublicKey(certificate, m_selfSigned.certificate))
        return R::failure(QCoreApplication::translate(
            "AgentState", "the certificate is not for this agent's key"));
    const bool renewal = m_pinnedCa && *m_pinnedCa == *ca;
    const Trust next { *ca, renewal ? m_previousCa : m_pinnedCa, certificate };
    if (m_keeper) {
        const Result<bool> kept = m_keeper(next);
        if (!kept)
            return R::failure(kept.error());
    }
    const Result<bool> installed = setTls(m_selfSigned, certificate);
    if (!installed)
        return R::failure(installed.error());
    m_pinnedCa = next.pinnedCa;
    m_previousCa = next.previousCa;
    emit certificateChanged();
    emit trustChanged();
    if (renewal)
        return QCoreApplication::translate("AgentState",
                                           "already on this CA: agent certificate renewed");
    return QCoreApplication::translate("AgentState",
                                       "now on the new CA, the previous one accepted until the "
                                       "rollover is finished");
}

Result<QString> AgentState::finishRollover()
{
    if (!m_previousCa)
        return QCoreApplication::translate("AgentState", "no rollover was going on");
    if (m_keeper) {
        const Result<bool> kept = m_keeper(Trust { m_pinnedCa, std::nullopt, m_agentCertificate });
        if (!kept)
            return Result<QString>::failure(kept.error());
    }
    m_previousCa.reset();
    emit trustChanged();
    return QCoreApplication::translate("AgentState",
                                       "rollover finished: only the new CA is accepted");
}

bool AgentState::setQuarantined(bool quarantined, const QString &console)
{
    if (m_status.quarantined == quarantined)
        return false;
    m_status.quarantined = quarantined;
    QuarantineState state = m_status.quarantine.value_or(QuarantineState {});
    if (quarantined) {
        state = QuarantineState {};
        state.why = console.isEmpty()
            ? QCoreApplication::translate("AgentState", "quarantined by a console")
            : QCoreApplication::translate("AgentState", "quarantined by the console at %1")
                  .arg(console);
    } else {
        state.state = QuarantineState::State::Released;
        state.graceEnds = {};
        state.why = console.isEmpty()
            ? QCoreApplication::translate("AgentState", "released by a console")
            : QCoreApplication::translate("AgentState", "released by the console at %1")
                  .arg(console);
    }
    state.since = now().toUTC();
    m_status.quarantine = state;
    emit quarantineChanged(quarantined);
    return true;
}

void AgentState::warnUser(const QString &message)
{
    m_status.lastWarning = LastWarning { now().toUTC(), message };
    emit userWarned(message);
}

Result<bool> AgentState::startService(const QString &name)
{
    for (ServiceState &service : m_status.services) {
        if (service.name != name)
            continue;
        const bool wasStopped = !service.running;
        service.running = true;
        if (wasStopped)
            emit serviceStarted(name);
        return wasStopped;
    }
    return Result<bool>::failure(
        QCoreApplication::translate("AgentState", "no service named \"%1\"").arg(name));
}

QDateTime AgentState::now() const
{
    return Clock::instance().now().addSecs(m_clockSkewSeconds);
}
