#pragma once

#include "store/migrations.h"

#include <QString>

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
