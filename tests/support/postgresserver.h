#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class Database;

// A throwaway PostgreSQL 15 server for the tests (LAB.md, "PostgreSQL by hand"): initdb and
// pg_ctl as the `postgres` user, on a free port of 127.0.0.1 only, with TLS (a certificate for
// 127.0.0.1 from a CA made for it; PGSSLROOTCERT names that CA from then on), its data and socket
// in a temporary folder, stopped and removed when destroyed. The password is random and lives only
// in this object.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Why the tests cannot have a server here (PostgreSQL or Qt's QPSQL driver not installed);
    // empty when they can. Tests SKIP with this reason, and only for it.
    static QString unavailableReason();

    // Empty on success; otherwise what failed, with the server's log.
    QString start();
    bool isRunning() const { return m_running; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString user() const { return QStringLiteral("postgres"); }
    QString password() const { return m_password; }
    // The PEM file of the test CA that signed the server's certificate (for 127.0.0.1 only).
    QString caFile() const { return m_directory.filePath(QStringLiteral("ca.pem")); }

    // A new, empty database with a name no other call returned.
    Result<QString> createDatabase();
    // Database::openPostgres() on `name` as user() with password().
    Result<std::shared_ptr<Database>> open(const QString &name) const;
    // Runs SQL on a plain QtSql connection of the test's own, as another program would. Returns
    // the first failing statement with its error, or an empty string.
    QString execute(const QString &database, const QStringList &statements) const;
    // The first column of every row of `sql`, as text.
    Result<QStringList> column(const QString &database, const QString &sql) const;

private:
    QString withConnection(const QString &database,
                           const std::function<QString(QSqlDatabase &)> &work) const;
    QString run(const QString &program, const QStringList &arguments, int timeoutMs) const;
    QString stop();
    QString makeCertificates(const QString &data);
    QString serverLog() const;

    QTemporaryDir m_directory;
    QString m_password;
    quint16 m_port = 0;
    bool m_running = false;
    int m_nextDatabase = 1;
};
