#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSslCertificate>
#include <QString>

#include <optional>

// What the real agent keeps in its state directory: the server it is registered to, its domain,
// when it was installed, and the pinned CA. A move rewrites it, so a restarted agent still
// obeys only its new server. Files: registration.json and ca.pem (certificates only; nothing
// secret).
struct Registration
{
    QString server;
    QString domain;
    QDateTime installed;
    std::optional<QSslCertificate> ca;

    // The registration in `directory`; an empty optional when none was saved yet.
    static Result<std::optional<Registration>> load(const QString &directory);
    // Writes both files, each atomically (a crash leaves the old or the new, never half).
    Result<bool> save(const QString &directory) const;
};
