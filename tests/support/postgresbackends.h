#pragma once

#include "common/result.h"
#include "postgresserver.h"
#include "store/migrations.h"

#include <QProcessEnvironment>
#include <QString>

#include <memory>

class Database;

// Where a test's store lives: everything needed to open it again, from any thread or process.
struct StoreTarget
{
    SqlDialect dialect = SqlDialect::Sqlite;
    QString sqlitePath;
    QString host;
    quint16 port = 0;
    QString database;
    QString user;
    QString password;

    Result<std::shared_ptr<Database>> open() const;
    // The arguments a child process passes back to fromArguments(), and the environment it
    // runs in: the password of the throwaway server goes there, not on the command line.
    QStringList toArguments() const;
    QProcessEnvironment childEnvironment() const;
    static StoreTarget fromArguments(const QStringList &arguments);
    static constexpr const char *passwordVariable = "OSMGMT_TEST_PGPASSWORD";
};

// Runs a store test against SQLite and a real PostgreSQL (issue 6: the store's tests run against
// both). The test declares initTestCase_data() { StoreBackends::addGlobalData(); }; each test
// function then runs once per backend, and init() asks fresh() for an empty store.
class StoreBackends
{
public:
    // Global data column "backend" with rows "sqlite" and "postgresql".
    static void addGlobalData();

    // Why `backend` cannot run here (only PostgreSQL not installed); empty when it can.
    QString skipReason(const QString &backend) const;
    // A new empty store of `backend`: a new file in `directory`, or a new database on the
    // throwaway server, started on first use.
    Result<StoreTarget> fresh(const QString &backend, const QString &directory);

private:
    std::unique_ptr<PostgresServer> m_server;
    int m_nextFile = 1;
};
