#include "fleetprocess.h"
#include "querysession.h"
#include "store/database.h"
#include "store/querystore.h"

#include <QDir>
#include <QJsonArray>
#include <QtTest>

// Queries one after another, as the console runs them: restart, queue, cancel, and no
// descriptor or thread left behind by any of them.
class TestQuerySession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void restartStopsTheRunningQueryAndKeepsItsPart();
    void queueRunsTheNewQueryAfterTheRunningOne();
    void cancelDropsTheQueue();
    void leaksNoDescriptorOrThread();

private:
    QueryScope scope(int first, int last, int timeoutMs) const;
    static int openDescriptors();
    static int threads();

    QTemporaryDir m_dir;
    FleetProcess m_fleet;
    QString m_net;
    quint16 m_gatePort = 0;
    quint16 m_agentPort = 0;
};

void TestQuerySession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_net = FleetProcess::randomLoopbackNetwork();
    m_gatePort = FleetProcess::randomPort();
    m_agentPort = quint16(m_gatePort == 59999 ? 20000 : m_gatePort + 1);
    // .1-.20 answer at once; .21-.40 accept the agent port and never answer (stall).
    QJsonArray endpoints;
    for (int host = 1; host <= 40; ++host) {
        QJsonObject agent { { QStringLiteral("port"), m_agentPort },
                            { QStringLiteral("server"), QStringLiteral("osm-hq") } };
        if (host > 20)
            agent.insert(QStringLiteral("behaviour"), QStringLiteral("stall"));
        endpoints.append(
            QJsonObject { { QStringLiteral("address"), QString(m_net + QString::number(host)) },
                          { QStringLiteral("listen"), QJsonArray { m_gatePort } },
                          { QStringLiteral("agent"), agent } });
    }
    m_fleet.registerAgents(QStringLiteral("osm-hq"), FleetProcess::testAuthority());
    const QString error = m_fleet.start({ { QStringLiteral("endpoints"), endpoints } });
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QueryScope TestQuerySession::scope(int first, int last, int timeoutMs) const
{
    Scope scope;
    scope.ipv4Ranges = { Ipv4Range::parse(m_net + QString::number(first) + QLatin1Char('-') + m_net
                                          + QString::number(last))
                             .value() };
    scope.ports = PortList::fromNumbers({ m_agentPort }).value();
    scope.unreachableCheck.port = m_gatePort;
    scope.timeoutMs = timeoutMs;
    return QueryScope::from(scope).value();
}

void TestQuerySession::restartStopsTheRunningQueryAndKeepsItsPart()
{
    const QString db = m_dir.filePath(QStringLiteral("restart.sqlite"));
    QuerySession session(db, QStringLiteral("osm-hq"));
    session.setServerCa(FleetProcess::testAuthority().certificate());
    QSignalSpy finished(&session, &QuerySession::queryFinished);
    QSignalSpy progressed(&session, &QuerySession::progressed);
    session.startQuery(scope(1, 40, 20000)); // the stalled half holds it
    // Wait until the quick half is in, then ask for another query.
    QTRY_VERIFY_WITH_TIMEOUT(session.results()->rowCount() >= 20, 10000);
    session.startQuery(scope(1, 10, 1000), QuerySession::WhenRunning::Restart);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 15000);
    QCOMPARE(finished.at(0).first().value<QueryOutcome>().outcome, ProbeEngine::Outcome::Cancelled);
    QCOMPARE(finished.at(1).first().value<QueryOutcome>().outcome, ProbeEngine::Outcome::Completed);
    QCOMPARE(session.results()->rowCount(), 10);

    auto database = Database::openSqlite(db);
    QVERIFY(database);
    const auto queries = QueryStore(database.value()).queries();
    QVERIFY(queries);
    QCOMPARE(queries->size(), 2);
    const QueryRecord &stopped = queries->at(1);
    QCOMPARE(stopped.state, QueryState::Cancelled);
    QCOMPARE(stopped.endpointCount, qint64(20)); // the part it finished is kept
    QCOMPARE(stopped.totalAddresses, quint64(40));
    QCOMPARE(queries->at(0).state, QueryState::Completed);
}

void TestQuerySession::queueRunsTheNewQueryAfterTheRunningOne()
{
    QuerySession session(m_dir.filePath(QStringLiteral("queue.sqlite")), QStringLiteral("osm-hq"));
    QSignalSpy finished(&session, &QuerySession::queryFinished);
    QSignalSpy queue(&session, &QuerySession::queueChanged);
    session.startQuery(scope(15, 25, 1500));
    session.startQuery(scope(1, 5, 1000), QuerySession::WhenRunning::Queue);
    QCOMPARE(session.queuedCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 15000);
    QCOMPARE(finished.at(0).first().value<QueryOutcome>().outcome, ProbeEngine::Outcome::Completed);
    QCOMPARE(finished.at(1).first().value<QueryOutcome>().outcome, ProbeEngine::Outcome::Completed);
    QCOMPARE(session.queuedCount(), 0);
    QCOMPARE(queue.last().first().toInt(), 0);
    QCOMPARE(session.results()->rowCount(), 5);
}

void TestQuerySession::cancelDropsTheQueue()
{
    QuerySession session(m_dir.filePath(QStringLiteral("cancel.sqlite")), QStringLiteral("osm-hq"));
    QSignalSpy finished(&session, &QuerySession::queryFinished);
    session.startQuery(scope(21, 40, 20000));
    session.startQuery(scope(1, 5, 1000), QuerySession::WhenRunning::Queue);
    session.startQuery(scope(1, 6, 1000), QuerySession::WhenRunning::Queue);
    QCOMPARE(session.queuedCount(), 2);
    session.cancel();
    QCOMPARE(session.queuedCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.first().first().value<QueryOutcome>().outcome,
             ProbeEngine::Outcome::Cancelled);
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!session.isRunning());
}

int TestQuerySession::openDescriptors()
{
    return int(QDir(QStringLiteral("/proc/self/fd"))
                   .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
                   .size());
}

int TestQuerySession::threads()
{
    return int(QDir(QStringLiteral("/proc/self/task"))
                   .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
                   .size());
}

void TestQuerySession::leaksNoDescriptorOrThread()
{
    QuerySession session(m_dir.filePath(QStringLiteral("leaks.sqlite")), QStringLiteral("osm-hq"));
    QSignalSpy finished(&session, &QuerySession::queryFinished);
    QSignalSpy loaded(&session, &QuerySession::lastQueryChanged);
    auto runOnce = [&](bool cancelEarly) {
        const int before = finished.count();
        session.startQuery(scope(1, 40, 300));
        if (cancelEarly)
            session.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), before + 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 10000);
        loaded.clear();
    };
    runOnce(false); // the first query opens what stays open: the store thread's database
    QTest::qWait(100);
    const int descriptors = openDescriptors();
    const int threadCount = threads();
    for (int i = 0; i < 20; ++i)
        runOnce(i % 4 == 3);
    QTest::qWait(100); // threads that ended are joined by their deleteLater
    QCOMPARE(openDescriptors(), descriptors);
    QCOMPARE(threads(), threadCount);
}

QTEST_GUILESS_MAIN(TestQuerySession)
#include "tst_querysession.moc"
