#include "watch/heartbeatcredentials.h"

#include "common/clock.h"
#include "common/logging.h"
#include "secrets/keychainworker.h"
#include "secrets/serveridentity.h"

#include <QFileInfo>

HeartbeatCredentials::HeartbeatCredentials(QString certificateFile, QString serverName)
    : m_certificateFile(std::move(certificateFile))
    , m_serverName(std::move(serverName))
{
    // The keychain thread belongs to the application, so it is made on the application's thread
    // (here), never first from the watcher's.
    KeychainWorker::instance();
}

std::optional<AgentTls::Credentials> HeartbeatCredentials::current()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    const QDateTime now = Clock::instance().now();
    if (m_issued && now < m_renewAfter)
        return m_issued;
    // A watcher never makes the CA (no agent would trust a new one): the console does, at its
    // first start.
    Result<ServerIdentity> identity = Result<ServerIdentity>::failure(
        tr("this server's CA certificate %1 does not exist (the console makes it at its first "
           "start)")
            .arg(m_certificateFile));
    if (QFileInfo::exists(m_certificateFile)) {
        // The keychain only on its one thread (KeychainWorker says why); this one waits.
        QMetaObject::invokeMethod(
            KeychainWorker::instance(),
            [&] {
                identity
                    = ServerIdentity::loadOrCreate(SecretStore(), m_certificateFile, m_serverName);
            },
            Qt::BlockingQueuedConnection);
    }
    Result<IssuedCertificate> issued = identity
        ? identity->issueSessionCertificate()
        : Result<IssuedCertificate>::failure(identity.error());
    if (!issued) {
        if (m_error != issued.error())
            Logging::get("watch")->warn("heartbeats go without this server's certificate, so "
                                        "agents do not give their health report: {}",
                                        issued.error());
        m_error = issued.error();
        m_issued.reset();
        return std::nullopt;
    }
    m_error.clear();
    m_issued = AgentTls::Credentials { issued->certificate, issued->key };
    // Issued for a day: renewed well before it lapses, whatever the round's interval.
    m_renewAfter = issued->certificate.expiryDate().addSecs(-6 * 3600);
    return m_issued;
}

QString HeartbeatCredentials::error() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_error;
}
