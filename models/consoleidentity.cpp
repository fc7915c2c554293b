#include "consoleidentity.h"

#include "common/logging.h"
#include "secrets/serveridentity.h"

#include <QThread>

struct ConsoleIdentity::Outcome
{
    std::optional<CertificateAuthority> authority;
    IssuedCertificate session;
    QString error;
};

ConsoleIdentity::ConsoleIdentity(SecretStore secrets, QString certificateFile, QString serverName,
                                 QObject *parent)
    : QObject(parent)
    , m_secrets(std::move(secrets))
    , m_certificateFile(std::move(certificateFile))
    , m_serverName(std::move(serverName))
{ }

ConsoleIdentity::~ConsoleIdentity()
{
    if (m_worker)
        m_worker->wait();
}

void ConsoleIdentity::load()
{
    if (m_worker)
        return;
    auto outcome = std::make_shared<Outcome>();
    m_worker = QThread::create(
        [outcome, secrets = m_secrets, file = m_certificateFile, name = m_serverName] {
            Result<ServerIdentity> identity = ServerIdentity::loadOrCreate(secrets, file, name);
            if (!identity) {
                outcome->error = identity.error();
                return;
            }
            Result<IssuedCertificate> session = identity->issueSessionCertificate();
            if (!session) {
                outcome->error = session.error();
                return;
            }
            outcome->authority = identity->authority();
            outcome->session = std::move(session).value();
        });
    connect(m_worker, &QThread::finished, this, [this, outcome] { finish(outcome); });
    m_worker->start();
    emit loadStarted();
}

void ConsoleIdentity::finish(const std::shared_ptr<Outcome> &outcome)
{
    m_worker->deleteLater();
    m_worker = nullptr;
    if (!outcome->authority) {
        m_error = outcome->error;
        Logging::get("agent")->error("commands to agents are unavailable: {}", m_error);
        emit failed(m_error);
        return;
    }
    m_error.clear();
    m_authority = outcome->authority;
    m_session = outcome->session;
    Logging::get("agent")->info("this console's certificate authority is loaded (\"{}\")",
                                m_authority->serverName());
    emit loaded();
}
