#pragma once

#include "common/result.h"
#include "store/migrations.h"
#include "store/storelocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

class QThread;

// One connection to the osmgmt database, migrated to the schema this program knows
// (docs/data-model.md).
//
// Threads: a Database must be used, and destroyed, only on the thread that opened it; QtSql
// connections belong to their thread. Each worker thread opens its own Database on the same
// file; SQLite's WAL mode lets them read while one writes, and writes wait for each other up to
// the busy timeout.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Opens (or creates) a SQLite database file, creating its parent folders. Refuses, and leaves
    // untouched, a file that is not a SQLite database, a SQLite database that is not osmgmt's,
    // and one written by a newer osmgmt; otherwise applies the forward migrations.
    static Result<std::shared_ptr<Database>> openSqlite(const QString &path);
    // Connects to a PostgreSQL database shared by a team (QPSQL). Refuses, and leaves untouched,
    // a database that holds tables of another program or was written by a newer osmgmt;
    // otherwise applies the same migrations, one console at a time. The password is used for
    // this connection only and kept nowhere (it lives in the keychain).
    // TLS as `tls` says: verify-full unless lowered (docs/security.md).
    static Result<std::shared_ptr<Database>>
    openPostgres(const QString &host, quint16 port, const QString &database, const QString &user,
                 const QString &password, const PostgresTls &tls = {});

    // openSqlite() or openPostgres() as `location` says; `password` is for PostgreSQL only.
    static Result<std::shared_ptr<Database>> open(const StoreLocation &location,
                                                  const QString &password = {});

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The connection of this instance; invalid when asked from another thread.
    QSqlDatabase connection() const;
    SqlDialect dialect() const { return m_dialect; }
    // The file (SQLite) or the database name (PostgreSQL).
    QString location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }

    // Runs `work` in one write transaction (see SqlTransaction::run): commits when it succeeds,
    // rolls back and returns its error otherwise.
    Result<Done> writeTransaction(const std::function<Result<Done>()> &work) const;
    // Runs one statement with `values` bound in order, in a write transaction of its own; the
    // number of rows it changed.
    Result<int> writeStatement(const QString &sql, const QVariantList &values) const;

private:
    Database(QString connectionName, QString location, SqlDialect dialect);

    static Result<std::shared_ptr<Database>> finishOpening(std::shared_ptr<Database> database);
    Result<Done> openConnection();
    Result<Done> checkSqliteContents();
    Result<Done> configureSqlite();
    Result<Done> checkPostgresContents();
    Result<Done> checkTables(const QString &listSql, const QString &unreadable,
                             const QString &foreign);
    Result<Done> checkSchemaVersion();

    QString m_connectionName;
    QString m_location;
    SqlDialect m_dialect;
    QThread *m_thread;
    int m_schemaVersion = 0;
};
