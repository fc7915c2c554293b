#include "postgresbackends.h"

#include "store/database.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QtTest>

QProcessEnvironment StoreTarget::childEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(passwordVariable), password);
    return environment;
}

Result<std::shared_ptr<Database>> StoreTarget::open() const
{
    if (dialect == SqlDialect::Sqlite)
        return Database::open(StoreLocation::sqlite(sqlitePath));
    return Database::open(StoreLocation::postgres(host, port, database, user), password);
}

QStringList StoreTarget::toArguments() const
{
    // The password of a throwaway test server, handed to the test's own child process.
    return { dialect == SqlDialect::Sqlite ? QStringLiteral("sqlite")
                                           : QStringLiteral("postgresql"),
             sqlitePath,
             host,
             QString::number(port),
             database,
             user,
             password };
}

StoreTarget StoreTarget::fromArguments(const QStringList &arguments)
{
    StoreTarget target;
    target.dialect = arguments.value(0) == QLatin1String("postgresql") ? SqlDialect::PostgreSql
                                                                       : SqlDialect::Sqlite;
    target.sqlitePath = arguments.value(1);
    target.host = arguments.value(2);
    target.port = quint16(arguments.value(3).toUInt());
    target.database = arguments.value(4);
    target.user = arguments.value(5);
    target.password = qEnvironmentVariable(passwordVariable);
    return target;
}

void StoreBackends::addGlobalData()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

QString StoreBackends::skipReason(const QString &backend) const
{
    if (backend != QLatin1String("postgresql"))
        return {};
    return PostgresServer::unavailableReason();
}

Result<StoreTarget> StoreBackends::fresh(const QString &backend, const QString &directory)
{
    StoreTarget target;
    if (backend != QLatin1String("postgresql")) {
        target.sqlitePath
            = QDir(directory).filePath(QStringLiteral("store-%1.sqlite").arg(m_nextFile++));
        return target;
    }
    if (!m_server) {
        auto server = std::make_unique<PostgresServer>();
        const QString error = server->start();
        if (!error.isEmpty())
            return Result<StoreTarget>::failure(error);
        m_server = std::move(server);
    }
    const Result<QString> name = m_server->createDatabase();
    if (!name)
        return Result<StoreTarget>::failure(name.error());
    target.dialect = SqlDialect::PostgreSql;
    target.host = m_server->host();
    target.port = m_server->port();
    target.database = *name;
    target.user = m_server->user();
    target.password = m_server->password();
    return target;
}
