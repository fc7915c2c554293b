#include "secrets/consolecredentials.h"

#include "common/clock.h"
#include "common/logging.h"
#include "secrets/keychainworker.h"
#include "secrets/serveridentity.h"

#include <QFileInfo>

namespace {
// Issued for a day (ServerIdentity::sessionCertificateDays): renewed well before it lapses,
// whatever the caller's interval.
constexpr qint64 renewBeforeSeconds = 6 * 3600;
} // namespace

ConsoleCredentials::ConsoleCredentials(QString certificateFile, QString serverName,
                                       SecretStore secrets)
    : m_certificateFile(std::move(certificateFile))
    , m_serverName(std::move(serverName))
    , m_secrets(std::move(secrets))
{
    // The keychain thread belongs to the application, so it is made on the application's thread
    // (here), never first from a worker's.
    KeychainWorker::instance();
}

void ConsoleCredentials::adopt(const CertificateAuthority &authority,
                               const IssuedCertificate &session)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_authority = authority;
    m_trusted = { authority.certificate() };
    m_issued = AgentTls::Credentials { session.certificate, session.key };
    m_renewAfter = session.certificate.expiryDate().addSecs(-renewBeforeSeconds);
}

Result<Done> ConsoleCredentials::loadLocked()
{
    if (m_authority)
        return Done();
    if (!QFileInfo::exists(m_certificateFile))
        return Result<Done>::failure(
            tr("this server's CA certificate %1 does not exist (the console makes it at its "
               "first start)")
                .arg(m_certificateFile));
    // SecretStore waits for the keychain thread (KeychainWorker says why only there).
    const Result<ServerIdentity> identity
        = ServerIdentity::loadOrCreate(m_secrets, m_certificateFile, m_serverName);
    if (!identity)
        return Result<Done>::failure(identity.error());
    m_authority = identity->authority();
    m_trusted = identity->trustedAuthorities();
    return Done();
}

Result<AgentTls::Credentials> ConsoleCredentials::current()
{
    using R = Result<AgentTls::Credentials>;
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_issued && Clock::instance().now() < m_renewAfter)
        return *m_issued;
    const Result<Done> loaded = loadLocked();
    if (!loaded)
        return R::failure(loaded.error());
    const Result<IssuedCertificate> issued
        = m_authority->issue(tr("osmgmt console of %1").arg(m_authority->serverName()),
                             CertificateUse::Client, ServerIdentity::sessionCertificateDays);
    if (!issued)
        return R::failure(issued.error());
    m_issued = AgentTls::Credentials { issued->certificate, issued->key };
    m_renewAfter = issued->certificate.expiryDate().addSecs(-renewBeforeSeconds);
    return *m_issued;
}

std::optional<AgentTls::Credentials> ConsoleCredentials::currentOrNone()
{
    const Result<AgentTls::Credentials> credentials = current();
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (credentials) {
        m_loggedError.clear();
        return *credentials;
    }
    if (m_loggedError != credentials.error())
        Logging::get("agent")->warn("agents are asked without this server's certificate, so they "
                                    "do not give their health report: {}",
                                    credentials.error());
    m_loggedError = credentials.error();
    return std::nullopt;
}

QList<QSslCertificate> ConsoleCredentials::trustedAuthorities()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (!loadLocked())
        return {};
    return m_trusted;
}
