#pragma once

#include "agentlink/agenttls.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <mutex>
#include <optional>

// The client certificate the heartbeats of a headless watcher present, so that agents give
// their health report (docs/security.md, "Status"): a session certificate issued by this
// server's CA (the keychain's key, the certificate file of the data folder), issued again a few
// hours before it expires, so a watcher that runs for weeks keeps one. Without a usable CA (no
// keychain on the machine) it says why once and gives none: heartbeats then go without a
// client certificate and the agents' reduced answer still counts.
class HeartbeatCredentials
{
    Q_DECLARE_TR_FUNCTIONS(HeartbeatCredentials)

public:
    // On the application's thread.
    HeartbeatCredentials(QString certificateFile, QString serverName);

    // On the watcher's thread, once per round; the keychain is read on the keychain thread
    // (KeychainWorker) while this one waits. Never on that thread itself.
    std::optional<AgentTls::Credentials> current();
    // Why there is none; empty while there is one.
    QString error() const;

private:
    QString m_certificateFile;
    QString m_serverName;
    mutable std::mutex m_mutex;
    std::optional<AgentTls::Credentials> m_issued;
    QDateTime m_renewAfter;
    QString m_error;
};
