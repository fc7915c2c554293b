#pragma once

#include "store/migrations.h"

#include <QString>
#include <QStringList>

// How a PostgreSQL connection proves the server is the one meant (docs/security.md, "Transport
// to the team database is authenticated"). libpq's sslmode: verify-full by default (TLS, the
// certificate chains to the CA and names the host); a setting may lower it, and the console
// shows a warning while it is lower. `caFile`: the CA's PEM file; empty: libpq's own default
// (PGSSLROOTCERT, else ~/.postgresql/root.crt).
struct PostgresTls
{
    QString mode = QStringLiteral("verify-full");
    QString caFile;

    // From the strictest to none. prefer and allow are not offered: they fall back to clear
    // text without saying so.
    static QStringList modes()
    {
        return { QStringLiteral("verify-full"), QStringLiteral("verify-ca"),
                 QStringLiteral("require"), QStringLiteral("disable") };
    }
    // verify-full: anything else lets a machine in the middle read or answer for the server.
    bool isFullyVerified() const { return mode == QLatin1String("verify-full"); }
    bool operator==(const PostgresTls &other) const
    {
        return mode == other.mode && caFile == other.caFile;
    }
};

// Where the store is: a SQLite file, or a team's PostgreSQL database (docs/data-model.md). A
// value to hand to the threads that open their own Database on the same store. It never holds
// the password: that comes from the keychain at the moment of connecting.
struct StoreLocation
{
    SqlDialect dialect = SqlDialect::Sqlite;
    QString sqlitePath;
    QString host;
    quint16 port = 5432;
    QString database;
    QString user;
    PostgresTls tls;

    static StoreLocation sqlite(const QString &path)
    {
        StoreLocation location;
        location.sqlitePath = path;
        return location;
    }
    static StoreLocation postgres(const QString &host, quint16 port, const QString &database,
                                  const QString &user)
    {
        StoreLocation location;
        location.dialect = SqlDialect::PostgreSql;
        location.host = host;
        location.port = port;
        location.database = database;
        location.user = user;
        return location;
    }

    // For messages and logs: "the file PATH" or "postgresql://user@host:port/database".
    QString describe() const
    {
        if (dialect == SqlDialect::Sqlite)
            return sqlitePath;
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(user, host, QString::number(port), database);
    }
};
