#pragma once

#include "common/inbackground.h"
#include "identity/certificateauthority.h"
#include "secrets/secretstore.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

// This console's identity towards its agents: its certificate authority (created at the first
// start, key in the keychain) and the client certificate its commands present this session.
// The keychain may be slow, locked or absent, so loading runs on a worker thread; until it has
// loaded, and when it failed, the console runs queries but sends no commands.
class ConsoleIdentity : public QObject
{
    Q_OBJECT

public:
    ConsoleIdentity(SecretStore secrets, QString certificateFile, QString serverName,
                    QObject *parent = nullptr);
    ~ConsoleIdentity() override;

    void load();

    bool isReady() const { return m_authority.has_value(); }
    bool isLoading() const { return m_loading; }
    QString error() const { return m_error; }
    // Only when ready.
    const CertificateAuthority &authority() const { return *m_authority; }
    const IssuedCertificate &sessionCertificate() const { return m_session; }
    const SecretStore &secrets() const { return m_secrets; }

signals:
    void loadStarted();
    void loaded();
    void failed(const QString &message);

private:
    // What loading found: the authority and this session's certificate, or why not.
    struct Outcome
    {
        std::optional<CertificateAuthority> authority;
        IssuedCertificate session;
        QString error;
    };
    void finish(const Outcome &outcome);

    SecretStore m_secrets;
    QString m_certificateFile;
    QString m_serverName;
    bool m_loading = false;
    std::optional<CertificateAuthority> m_authority;
    IssuedCertificate m_session;
    QString m_error;
    BackgroundWorkers m_workers; // last: waits for the keychain's answer
};
