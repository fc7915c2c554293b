#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The OS keychain (QtKeychain: the Secret Service on Linux, the Credential Manager on Windows,
// the Keychain on macOS) and nothing else: secrets never fall back to a file (QtKeychain's
// insecure fallback stays off). Errors say what the administrator can do about them.
//
// Each call runs on the process's keychain thread (KeychainWorker: libsecret answers only there)
// and waits for the keychain's answer, so call it from a worker thread, the keychain thread or the
// CLI, never from the GUI thread (the keychain may be slow or show a prompt).
class SecretStore
{
public:
    static constexpr const char *defaultService = "osmgmt";

    explicit SecretStore(QString service = QString::fromLatin1(defaultService));

    // No value (std::nullopt) when the keychain holds nothing under the key.
    Result<std::optional<QByteArray>> read(const QString &key) const;
    Result<Done> write(const QString &key, const QByteArray &secret) const;
    // Removing what is not there is not an error.
    Result<Done> remove(const QString &key) const;

    QString service() const { return m_service; }

private:
    QString m_service;
};
