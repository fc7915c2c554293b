#include "agentstate.h"

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
