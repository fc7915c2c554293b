#include "fleetprocess.h"
#include "schedule/schedulestore.h"
#include "scope/scopefile.h"
#include "store/database.h"
#include "store/querystore.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// The scheduled query as a duty of a headless watcher: the schedule the console saved in the
// store, a run missed while no watcher ran, run by `osmgmt-cli watch --once` against a fleet on
// loopback and stored; the next --once finds nothing due.
class TestWatchSchedule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onceRunsTheMissedScheduledQueryThenNothing();

private:
    QString runOnce(int *exitCode);

    QTemporaryDir m_dir;
    FleetProcess m_fleet;
    QString m_scopeFile;
    QString m_database;
};

void TestWatchSchedule::initTestCase()
{
    const QString net = FleetProcess::randomLoopbackNetwork();
    const quint16 agentPort = FleetProcess::randomPort();
    QJsonArray endpoints;
    for (int host = 1; host <= 4; ++host) {
        endpoints.append(QJsonObject {
            { QStringLiteral("address"), QString(net + QString::number(host)) },
            { QStringLiteral("agent"),
              QJsonObject { { QStringLiteral("port"), agentPort },
                            { QStringLiteral("server"), QStringLiteral("osm-hq") } } } });
    }
    const QString error = m_fleet.start({ { QStringLiteral("endpoints"), endpoints } });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Scope scope;
    scope.ipv4Ranges
        = { Ipv4Range::parse(net + QStringLiteral("1-") + net + QStringLiteral("4")).value() };
    scope.ports = PortList::fromNumbers({ agentPort }).value();
    scope.unreachableCheck.enabled = false;
    scope.timeoutMs = 3000; // generous: under load a handshake may take longer than half a second
    m_scopeFile = m_dir.filePath(QStringLiteral("scope.json"));
    QCOMPARE(saveScopeFile(m_scopeFile, scope).error(), QString());
    m_database = m_dir.filePath(QStringLiteral("watch.sqlite"));
}

QString TestWatchSchedule::runOnce(int *exitCode)
{
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString home = m_dir.filePath(QStringLiteral("home"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/share"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    cli.setProcessEnvironment(environment);
    cli.start(TestEnvironment::cliProgram(),
              { QStringLiteral("watch"), QStringLiteral("--once"), QStringLiteral("--db"),
                m_database, QStringLiteral("--scope"), m_scopeFile, QStringLiteral("--server-name"),
                QStringLiteral("osm-hq") });
    if (!cli.waitForFinished(60000))
        return QStringLiteral("did not finish");
    *exitCode = cli.exitCode();
    return QString::fromUtf8(cli.readAllStandardOutput())
        + QString::fromUtf8(cli.readAllStandardError());
}

void TestWatchSchedule::onceRunsTheMissedScheduledQueryThenNothing()
{
    // Saved by a console two days ago: daily, an hour before now (UTC), so today's run (or
    // yesterday's, just after midnight) passed while no watcher ran.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        auto database = Database::openSqlite(m_database);
        QVERIFY2(database, qPrintable(database.error()));
        Schedule daily;
        daily.enabled = true;
        daily.frequency = ScheduleFrequency::Daily;
        daily.timeOfDay = QTime(now.addSecs(-3600).time().hour(), 0);
        daily.effectiveFrom = now.addDays(-2);
        QVERIFY(ScheduleStore(database.value()).save(daily));
    }

    int exitCode = -1;
    const QString first = runOnce(&exitCode);
    QVERIFY2(exitCode == 0, qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("\tscheduled-query\tok\tran the scheduled query of ")),
             qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("missed while no watcher ran: stored as query ")),
             qPrintable(first));

    auto database = Database::openSqlite(m_database);
    QVERIFY2(database, qPrintable(database.error()));
    const auto stored = ScheduleStore(database.value()).load();
    QVERIFY2(stored, qPrintable(stored.error()));
    QVERIFY(stored->lastRun && *stored->lastRun >= now);
    QueryStore queries(database.value());
    const auto records = queries.queries();
    QVERIFY2(records, qPrintable(records.error()));
    QCOMPARE(records->size(), qsizetype(1));
    QCOMPARE(records->first().endpointCount, qint64(4));

    const QString second = runOnce(&exitCode);
    QVERIFY2(exitCode == 0, qPrintable(second));
    QVERIFY2(second.contains(QStringLiteral("\tscheduled-query\tok\tno run is due")),
             qPrintable(second));
    QCOMPARE(queries.queries()->size(), qsizetype(1));
}

QTEST_GUILESS_MAIN(TestWatchSchedule)
#include "tst_watchschedule.moc"
