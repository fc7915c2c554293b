#include "postgresserver.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/querystore.h"
#include "store/storelocation.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

// Opening a team's PostgreSQL store on a real server (LAB.md): migrations, refusals that leave
// the database untouched, two consoles migrating at once, errors that name the problem.
class TestPostgresDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void freshDatabaseMigrates();
    void newerSchemaIsRefusedUntouched();
    void foreignDatabaseIsRefusedUntouched();
    void twoConsolesMigratingAtOnce();
    void wrongPasswordIsNamed();
    void noServerIsNamed();
    void theServerIsVerifiedByDefault();
    void aServerWithAnotherCertificateIsRefused();
    void aLoweredModeConnectsWithoutVerifying();

private:
    QStringList tableNames(const QString &database) const;

    PostgresServer m_server;
    QString m_database;
};

void TestPostgresDatabase::initTestCase()
{
    const QString unavailable = PostgresServer::unavailableReason();
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    const QString error = m_server.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestPostgresDatabase::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    auto created = m_server.createDatabase();
    QVERIFY2(created.ok(), qPrintable(created.error()));
    m_database = *created;
}

QStringList TestPostgresDatabase::tableNames(const QString &database) const
{
    auto names = m_server.column(database,
                                 QStringLiteral("SELECT table_name FROM information_schema.tables"
                                                " WHERE table_schema = 'public' ORDER BY 1"));
    return names ? *names : QStringList { names.error() };
}

void TestPostgresDatabase::freshDatabaseMigrates()
{
    {
        auto opened = m_server.open(m_database);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE((*opened)->dialect(), SqlDialect::PostgreSql);
        QCOMPARE((*opened)->schemaVersion(), Migrations::latestVersion());
        QVERIFY2((*opened)->location().contains(m_database), qPrintable((*opened)->location()));
        QCOMPARE(tableNames(m_database),
                 (QStringList { QStringLiteral("agent_health"),
                                QStringLiteral("agent_heartbeats"),
                                QStringLiteral("audit_log"),
                                QStringLiteral("auto_response_settings"),
                                QStringLiteral("auto_responses"),
                                QStringLiteral("detections"),
                                QStringLiteral("endpoints"),
                                QStringLiteral("event_sources"),
                                QStringLiteral("events"),
                                QStringLiteral("health_settings"),
                                QStringLiteral("health_snapshots"),
                                QStringLiteral("health_states"),
                                QStringLiteral("heartbeat_settings"),
                                QStringLiteral("policy_document"),
                                QStringLiteral("policy_standings"),
                                QStringLiteral("queries"),
                                QStringLiteral("query_status_counts"),
                                QStringLiteral("schedules"),
                                QStringLiteral("schema_version"),
                                QStringLiteral("watch_lease") }));
    }
    // Reopening applies nothing twice.
    auto again = m_server.open(m_database);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    auto versions = m_server.column(
        m_database, QStringLiteral("SELECT version FROM schema_version ORDER BY 1"));
    QVERIFY(versions.ok());
    QCOMPARE(versions->size(), Migrations::latestVersion());
}

void TestPostgresDatabase::newerSchemaIsRefusedUntouched()
{
    {
        auto opened = m_server.open(m_database);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QueryStore store(*opened);
        QVERIFY(store.beginQuery("{}", QStringLiteral("srv"), 1, QDateTime::currentDateTimeUtc()));
    }
    QCOMPARE(m_server.execute(m_database,
                              { QStringLiteral("INSERT INTO schema_version VALUES (99, "
                                               "'2030-01-01T00:00:00.000Z', 'from the future')"),
                                QStringLiteral("CREATE TABLE from_the_future (x INTEGER)") }),
             QString());
    const QStringList tablesBefore = tableNames(m_database);
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto opened = m_server.open(m_database);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(
                     QStringLiteral("this database was written by a newer osmgmt (schema 99; this "
                                    "version knows up to %1); it was left untouched")
                         .arg(Migrations::latestVersion())),
                 qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(m_database), qPrintable(opened.error()));
    }
    QCOMPARE(tableNames(m_database), tablesBefore);
    auto versions = m_server.column(
        m_database, QStringLiteral("SELECT version FROM schema_version ORDER BY 1"));
    QVERIFY(versions.ok());
    QCOMPARE(versions->last(), QStringLiteral("99"));
    QCOMPARE(versions->size(), Migrations::latestVersion() + 1);
    QCOMPARE(*m_server.column(m_database, QStringLiteral("SELECT COUNT(*) FROM queries")),
             QStringList { QStringLiteral("1") });
}

void TestPostgresDatabase::foreignDatabaseIsRefusedUntouched()
{
    QCOMPARE(m_server.execute(m_database,
                              { QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                                QStringLiteral("INSERT INTO contacts VALUES ('someone')") }),
             QString());
    auto opened = m_server.open(m_database);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("another program")),
             qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QStringLiteral("left untouched")), qPrintable(opened.error()));
    QCOMPARE(tableNames(m_database), QStringList { QStringLiteral("contacts") });
    QCOMPARE(*m_server.column(m_database, QStringLiteral("SELECT name FROM contacts")),
             QStringList { QStringLiteral("someone") });
}

void TestPostgresDatabase::twoConsolesMigratingAtOnce()
{
    // Four connections open one empty database at the same moment: each migration step is
    // applied once, under the advisory lock, and every opener succeeds.
    constexpr int openers = 4;
    QString errors[openers];
    int versions[openers] = {};
    std::unique_ptr<QThread> threads[openers];
    const QString host = m_server.host();
    const quint16 port = m_server.port();
    const QString database = m_database;
    const QString user = m_server.user();
    const QString password = m_server.password();
    for (int i = 0; i < openers; ++i) {
        threads[i].reset(QThread::create([&, i] {
            auto opened = Database::openPostgres(host, port, database, user, password);
            if (opened)
                versions[i] = (*opened)->schemaVersion();
            else
                errors[i] = opened.error();
        }));
    }
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        QVERIFY(thread->wait(60000));
    for (int i = 0; i < openers; ++i) {
        QVERIFY2(errors[i].isEmpty(), qPrintable(errors[i]));
        QCOMPARE(versions[i], Migrations::latestVersion());
    }
    auto rows = m_server.column(m_database,
                                QStringLiteral("SELECT version FROM schema_version ORDER BY 1"));
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    QStringList expected;
    for (const Migration &step : Migrations::all())
        expected << QString::number(step.version);
    QCOMPARE(*rows, expected);
}

void TestPostgresDatabase::wrongPasswordIsNamed()
{
    auto opened = Database::openPostgres(m_server.host(), m_server.port(), m_database,
                                         m_server.user(), QStringLiteral("not-the-password"));
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("password authentication failed")),
             qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(m_database), qPrintable(opened.error()));
    QVERIFY2(!opened.error().contains(QStringLiteral("not-the-password")),
             qPrintable(opened.error()));
    QVERIFY(tableNames(m_database).isEmpty());

    auto incomplete = Database::openPostgres(m_server.host(), m_server.port(), QString(),
                                             m_server.user(), m_server.password());
    QVERIFY(!incomplete.ok());
    QVERIFY2(incomplete.error().contains(QStringLiteral("database name")),
             qPrintable(incomplete.error()));
}

void TestPostgresDatabase::noServerIsNamed()
{
    // A port that was free a moment ago: nothing answers there.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    auto opened = Database::openPostgres(QStringLiteral("127.0.0.1"), port, m_database,
                                         m_server.user(), m_server.password());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("cannot connect to the PostgreSQL database")),
             qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QString::number(port)), qPrintable(opened.error()));
}

// Without PostgreSQL the whole test is a skip (77), not a pass.
void TestPostgresDatabase::theServerIsVerifiedByDefault()
{
    QCOMPARE(PostgresTls().mode, QStringLiteral("verify-full"));
    QVERIFY(PostgresTls().isFullyVerified());
    QCOMPARE(
        StoreLocation::postgres(QStringLiteral("h"), 5432, QStringLiteral("d"), QStringLiteral("u"))
            .tls.mode,
        QStringLiteral("verify-full"));
    // The server's certificate names 127.0.0.1 and chains to the test CA: the default accepts it,
    // and the session is encrypted.
    auto opened = Database::openPostgres(
        m_server.host(), m_server.port(), m_database, m_server.user(), m_server.password(),
        PostgresTls { QStringLiteral("verify-full"), m_server.caFile() });
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QSqlQuery ssl((*opened)->connection());
    QVERIFY(ssl.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
    QVERIFY(ssl.next());
    QVERIFY(ssl.value(0).toBool());
}

void TestPostgresDatabase::aServerWithAnotherCertificateIsRefused()
{
    // The same server under a name its certificate does not carry: a machine in the middle
    // with a valid certificate for another host looks exactly like this.
    auto wrongName = Database::openPostgres(
        QStringLiteral("localhost"), m_server.port(), m_database, m_server.user(),
        m_server.password(), PostgresTls { QStringLiteral("verify-full"), m_server.caFile() });
    QVERIFY(!wrongName.ok());
    QVERIFY2(wrongName.error().contains(QLatin1String("does not match host name")),
             qPrintable(wrongName.error()));

    // The same with a location as the settings and the CLI make it, nothing about TLS said.
    auto byDefault
        = Database::open(StoreLocation::postgres(QStringLiteral("localhost"), m_server.port(),
                                                 m_database, m_server.user()),
                         m_server.password());
    QVERIFY(!byDefault.ok());
    QVERIFY2(byDefault.error().contains(QLatin1String("does not match host name")),
             qPrintable(byDefault.error()));

    // A CA this server's certificate does not chain to.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString otherCa = dir.filePath(QStringLiteral("other ca.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), dir.filePath(QStringLiteral("other.key")),
                    QStringLiteral("-out"), otherCa, QStringLiteral("-subj"),
                    QStringLiteral("/CN=another CA") });
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
    auto wrongCa = Database::openPostgres(m_server.host(), m_server.port(), m_database,
                                          m_server.user(), m_server.password(),
                                          PostgresTls { QStringLiteral("verify-full"), otherCa });
    QVERIFY(!wrongCa.ok());
    QVERIFY2(wrongCa.error().contains(QLatin1String("certificate verify failed")),
             qPrintable(wrongCa.error()));

    auto unknownMode
        = Database::openPostgres(m_server.host(), m_server.port(), m_database, m_server.user(),
                                 m_server.password(), PostgresTls { QStringLiteral("prefer"), {} });
    QVERIFY(!unknownMode.ok());
    QVERIFY(unknownMode.error().contains(QLatin1String("prefer")));
}

void TestPostgresDatabase::aLoweredModeConnectsWithoutVerifying()
{
    // What the setting's warning is about: "require" encrypts but takes any certificate.
    auto lowered = Database::openPostgres(QStringLiteral("localhost"), m_server.port(), m_database,
                                          m_server.user(), m_server.password(),
                                          PostgresTls { QStringLiteral("require"), {} });
    QVERIFY2(lowered.ok(), qPrintable(lowered.error()));
}

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QString unavailable = PostgresServer::unavailableReason();
    if (!unavailable.isEmpty()) {
        fprintf(stderr, "SKIP: %s\n", qPrintable(unavailable));
        return 77;
    }
    TestPostgresDatabase test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_postgresdatabase.moc"
