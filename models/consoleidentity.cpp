#include "consoleidentity.h"

#include "common/logging.h"
#include "secrets/serveridentity.h"

ConsoleIdentity::ConsoleIdentity(SecretStore secrets, QString certificateFile, QString serverName,
                                 QObject *parent)
    : QObject(parent)
    , m_secrets(std::move(secrets))
    , m_certificateFile(std::move(certificateFile))
    , m_serverName(std::move(serverName))
{ }

ConsoleIdentity::~ConsoleIdentity() = default;

void ConsoleIdentity::load()
{
    if (m_loading)
        return;
    m_loading = true;
    m_workers.run<Outcome>(
        this,
        [secrets = m_secrets, file = m_certificateFile, name = m_serverName] {
            Outcome outcome;
            Result<ServerIdentity> identity = ServerIdentity::loadOrCreate(secrets, file, name);
            if (!identity) {
                outcome.error = identity.error();
                return outcome;
            }
            Result<IssuedCertificate> session = identity->issueSessionCertificate();
            if (!session) {
                outcome.error = session.error();
                return outcome;
            }
            outcome.authority = identity->authority();
            outcome.session = std::move(session).value();
            return outcome;
        },
        [this](const Outcome &outcome) { finish(outcome); });
    emit loadStarted();
}

void ConsoleIdentity::finish(const Outcome &outcome)
{
    m_loading = false;
    if (!outcome.authority) {
        m_error = outcome.error;
        Logging::get("agent")->error("commands to agents are unavailable: {}", m_error);
        emit failed(m_error);
        return;
    }
    m_error.clear();
    m_authority = outcome.authority;
    m_session = outcome.session;
    Logging::get("agent")->info("this console's certificate authority is loaded (\"{}\")",
                                m_authority->serverName());
    emit loaded();
}
