#include "fleetprocess.h"
#include "probe/probeengine.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

#include <sys/resource.h>

// Issue 18, point 3: every connection of every address counts against the connection cap. Before,
// all of an address's ports were opened at once whatever the cap, and a scope with more ports
// than the open-file limit failed the whole query with "Too many open files". The limit is
// lowered in this process (setrlimit), so the test has an executable of its own.
class TestProbeLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void portsWaitForRoomUnderTheOpenFileLimit_data();
    void portsWaitForRoomUnderTheOpenFileLimit();

private:
    QString m_net;
};

namespace {
// Below the engine's margin for the rest of the process (256): the engine keeps its floor of 16
// connections, and 64 sockets opened at once would not fit beside Qt's and OpenSSL's own.
constexpr rlim_t openFileLimit = 64;
constexpr int addresses = 6;
} // namespace

void TestProbeLimits::initTestCase()
{
    m_net = FleetProcess::randomLoopbackNetwork();
    const rlimit limit { openFileLimit, openFileLimit };
    QVERIFY2(setrlimit(RLIMIT_NOFILE, &limit) == 0, strerror(errno));
}

void TestProbeLimits::portsWaitForRoomUnderTheOpenFileLimit_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<bool>("gate");
    QTest::newRow("one thread") << 1 << false;
    QTest::newRow("one thread, through the gate") << 1 << true;
    QTest::newRow("two threads") << 2 << false;
    QTest::newRow("three threads, through the gate") << 3 << true;
}

void TestProbeLimits::portsWaitForRoomUnderTheOpenFileLimit()
{
    QFETCH(int, threads);
    QFETCH(bool, gate);
    // The most ports a scope may have, not in order: results must keep the scope's order.
    QVector<qint64> numbers;
    for (int i = 0; i < ScopeLimits::maxPorts; ++i)
        numbers.append(41000 + (i * 37) % ScopeLimits::maxPorts);
    Scope scope;
    const QString range = m_net + QStringLiteral("1-") + m_net + QString::number(addresses);
    scope.ipv4Ranges = { Ipv4Range::parse(range).value() };
    scope.ports = PortList::fromNumbers(numbers).value();
    // With the gate on, the first address answers it (a listener here) and its ports are opened
    // once the gate connected; the others refuse it and are never tried further.
    QTcpServer gatePort;
    if (gate) {
        QVERIFY2(gatePort.listen(QHostAddress(m_net + QLatin1Char('1')), 40999),
                 qPrintable(gatePort.errorString()));
    }
    scope.unreachableCheck = { gate, 40999 };
    scope.timeoutMs = 2000;
    ProbeSettings settings;
    settings.thisServerName = QStringLiteral("osm-hq");
    settings.threads = threads;
    ProbeEngine engine;
    QVector<Endpoint> found;
    connect(&engine, &ProbeEngine::endpointsClassified, this,
            [&found](const QVector<Endpoint> &batch) { found += batch; });
    QSignalSpy finished(&engine, &ProbeEngine::finished);
    QCOMPARE(engine.start(QueryScope::from(scope).value(), settings), QString());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).value<ProbeEngine::Outcome>(), ProbeEngine::Outcome::Completed);
    QCOMPARE(finished.first().at(1).toString(), QString());
    QCOMPARE(found.size(), addresses);
    for (const Endpoint &endpoint : std::as_const(found)) {
        if (gate && endpoint.address != m_net + QLatin1Char('1')) {
            QCOMPARE(endpoint.gate, GateResult::Refused);
            QVERIFY(endpoint.ports.isEmpty());
            continue;
        }
        QCOMPARE(endpoint.ports.size(), qsizetype(ScopeLimits::maxPorts));
        for (int i = 0; i < ScopeLimits::maxPorts; ++i)
            QCOMPARE(qint64(endpoint.ports[i].port), numbers[i]);
    }
}

QTEST_GUILESS_MAIN(TestProbeLimits)
#include "tst_probelimits.moc"
