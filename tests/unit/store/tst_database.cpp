#include "rawsql.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/querystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString pragma(const Database &database, const char *name)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !query.next())
        return QStringLiteral("<failed>");
    return query.value(0).toString();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void freshFileMigrates();
    void reopenKeepsData();
    void newerSchemaIsRefusedUntouched();
    void notADatabaseIsRefusedUntouched_data();
    void notADatabaseIsRefusedUntouched();
    void foreignSqliteDatabaseIsRefusedUntouched();
    void walModeIsOn();
    void instancesHaveTheirOwnConnections();
    void aSecondOpenKeepsTheFirstConnectionsLocks();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::init()
{
    QVERIFY(m_dir.isValid());
    // A connection removed while in use, or used on a wrong thread, makes QtSql warn.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestDatabase::freshFileMigrates()
{
    const QString path = m_dir.filePath(QStringLiteral("fresh/nested/osmgmt.db"));
    auto opened = Database::openSqlite(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    const auto &database = *opened;
    QCOMPARE(database->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(database->location(), QFileInfo(path).absoluteFilePath());
    const QStringList tables = database->connection().tables();
    for (const char *table : { "schema_version", "queries", "endpoints" })
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    QCOMPARE(pragma(*database, "foreign_keys"), QStringLiteral("1"));
    QCOMPARE(pragma(*database, "synchronous"), QStringLiteral("1")); // NORMAL
    QCOMPARE(pragma(*database, "busy_timeout"), QStringLiteral("5000"));

    QSqlQuery indexes(database->connection());
    QVERIFY(indexes.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'endpoints'")));
    QStringList names;
    while (indexes.next())
        names << indexes.value(0).toString();
    QVERIFY2(names.contains(QStringLiteral("endpoints_query_status")),
             qPrintable(names.join(QLatin1Char(','))));
    QVERIFY(names.contains(QStringLiteral("endpoints_query_address")));
}

void TestDatabase::reopenKeepsData()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.db"));
    qint64 id = 0;
    {
        auto opened = Database::openSqlite(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QueryStore store(*opened);
        auto begun = store.beginQuery("{\"ranges\":[]}", QStringLiteral("srv"), 7,
                                      QDateTime::currentDateTimeUtc());
        QVERIFY2(begun.ok(), qPrintable(begun.error()));
        id = *begun;
    }
    auto reopened = Database::openSqlite(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    QCOMPARE((*reopened)->schemaVersion(), Migrations::latestVersion());
    QueryStore store(*reopened);
    auto records = store.queries();
    QVERIFY2(records.ok(), qPrintable(records.error()));
    QCOMPARE(records->size(), 1);
    QCOMPARE(records->first().id, id);
    QCOMPARE(records->first().totalAddresses, quint64(7));

    QSqlQuery steps((*reopened)->connection());
    QVERIFY(steps.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")));
    QVERIFY(steps.next());
    QCOMPARE(steps.value(0).toInt(), int(Migrations::all().size())); // not applied twice
}

void TestDatabase::newerSchemaIsRefusedUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.db"));
    {
        auto opened = Database::openSqlite(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
    }
    // One step beyond what this version knows, whatever that is.
    const int future = Migrations::latestVersion() + 1;
    QCOMPARE(rawExec(path,
                     { QStringLiteral("INSERT INTO schema_version VALUES (%1, "
                                      "'2030-01-01T00:00:00.000Z', 'from the future')")
                           .arg(future) }),
             QString());
    const QByteArray before = readAll(path);
    QVERIFY(!before.isEmpty());

    for (int attempt = 0; attempt < 2; ++attempt) {
        auto opened = Database::openSqlite(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(
                     QStringLiteral("this database was written by a newer osmgmt (schema %1; this "
                                    "version knows up to %2); it was left untouched")
                         .arg(future)
                         .arg(Migrations::latestVersion())),
                 qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(QFileInfo(path).absoluteFilePath()),
                 qPrintable(opened.error()));
        QCOMPARE(readAll(path), before);
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestDatabase::notADatabaseIsRefusedUntouched_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("text") << QByteArray("name,address\r\npc1,127.0.0.1\r\n").repeated(200);
    QTest::newRow("short") << QByteArray("SQLi");
    QByteArray headerThenGarbage("SQLite format 3\0", 16);
    headerThenGarbage += QByteArray("\xff\x13garbage", 9).repeated(1000);
    QTest::newRow("magic then garbage") << headerThenGarbage;
}

void TestDatabase::notADatabaseIsRefusedUntouched()
{
    QFETCH(QByteArray, contents);
    const QString path = m_dir.filePath(
        QStringLiteral("garbage-%1.db").arg(QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(writeAll(path, contents));

    auto opened = Database::openSqlite(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QFileInfo(path).absoluteFilePath()),
             qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QStringLiteral("file is not a database")),
             qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QStringLiteral("left untouched")), qPrintable(opened.error()));
    QCOMPARE(readAll(path), contents);
}

void TestDatabase::foreignSqliteDatabaseIsRefusedUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("foreign.db"));
    QCOMPARE(rawExec(path,
                     { QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                       QStringLiteral("INSERT INTO contacts VALUES ('someone')") }),
             QString());
    const QByteArray before = readAll(path);

    auto opened = Database::openSqlite(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("another program")),
             qPrintable(opened.error()));
    QCOMPARE(readAll(path), before);
}

void TestDatabase::walModeIsOn()
{
    const QString path = m_dir.filePath(QStringLiteral("wal.db"));
    auto opened = Database::openSqlite(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(pragma(**opened, "journal_mode"), QStringLiteral("wal"));
    QueryStore store(*opened);
    QVERIFY(store.beginQuery("{}", QStringLiteral("srv"), 1, QDateTime::currentDateTimeUtc()).ok());
    // In WAL mode a commit goes to the -wal file first.
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
}

void TestDatabase::instancesHaveTheirOwnConnections()
{
    const QString path = m_dir.filePath(QStringLiteral("two.db"));
    auto first = Database::openSqlite(path);
    auto second = Database::openSqlite(path);
    QVERIFY2(first.ok() && second.ok(), qPrintable(first.error() + second.error()));
    QVERIFY((*first)->connection().connectionName() != (*second)->connection().connectionName());

    QueryStore writer(*first);
    QueryStore reader(*second);
    auto id = writer.beginQuery("{}", QStringLiteral("srv"), 3, QDateTime::currentDateTimeUtc());
    QVERIFY2(id.ok(), qPrintable(id.error()));
    auto latest = reader.latestQuery();
    QVERIFY2(latest.ok(), qPrintable(latest.error()));
    QVERIFY(latest->has_value());
    QCOMPARE((*latest)->id, *id);
}

QTEST_GUILESS_MAIN(TestDatabase)
void TestDatabase::aSecondOpenKeepsTheFirstConnectionsLocks()
{
    // The console keeps connections open while it opens more; osmgmt-cli opens the same file
    // from another process. Reading the header of the file for the second open dropped the
    // first connection's POSIX locks (a close() drops all of the process's), so the other
    // process, closing, took itself for the last and deleted the WAL under the console.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 (another process with SQLite) is not installed");
    const QString path = m_dir.filePath(QStringLiteral("shared.db"));
    auto first = Database::openSqlite(path);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    {
        auto second = Database::openSqlite(path);
        QVERIFY2(second.ok(), qPrintable(second.error()));
    }
    QProcess other;
    other.start(python,
                { QStringLiteral("-c"),
                  QStringLiteral("import sqlite3, sys\n"
                                 "c = sqlite3.connect(sys.argv[1])\n"
                                 "c.execute('SELECT COUNT(*) FROM schema_version').fetchone()\n"
                                 "c.close()"),
                  path });
    QVERIFY(other.waitForFinished(30000));
    QCOMPARE(other.exitCode(), 0);
    // The other process saw this one's connection: the WAL is still there, and still works.
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    QSqlQuery write((*first)->connection());
    QVERIFY2(write.exec(QStringLiteral("CREATE TABLE still_here (id INTEGER)")),
             qPrintable(write.lastError().text()));
}

#include "tst_database.moc"
