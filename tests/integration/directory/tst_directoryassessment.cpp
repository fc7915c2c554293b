#include "fleetprocess.h"
#include "query/queryrunner.h"
#include "samba.h"
#include "store/database.h"
#include "store/querystore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// A whole query over the Samba lab's 2,000 computers (issue 5, points 4 and 5): read from the
// DC, resolved through its DNS, probed at fleet agents that listen at the addresses the DNS
// records point to (198.18.0.0/16, local only inside the lab's own namespace), and every
// computer's status and AD path checked against the lab's ground truth.
class TestDirectoryAssessment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void classifiesEveryComputer();
    void takesStoredResultsWithoutOnDemand();
    void failsWithTheDirectorysWords();
    void cancelsWhileReadingTheDirectory();

private:
    // What the fleet plays at a lab address, by the computer's number (198.18.n/256.n%256).
    enum class Role { ThisServer, OtherServer, GateOnly, Nothing, Stall };
    static Role roleOf(const QString &address);
    static SecurityStatus liveStatus(const SambaLab::Computer &computer);
    Scope scope(const QStringList &objects, bool onDemand) const;
    bool inRange(const QString &address) const;
    struct Run
    {
        QueryOutcome outcome;
        QVector<Endpoint> endpoints;
        quint64 started = 0;
        quint64 lastProgress = 0;
    };
    Run runQuery(const Scope &scope, const QString &password, int timeoutMs = 120000);

    SambaLab m_lab;
    QTemporaryDir m_dir;
    FleetProcess m_fleet;
    quint16 m_gatePort = 0;
    quint16 m_agentPort = 0;
    QString m_store;
};

namespace {

const QString thisServer = QStringLiteral("osm-hq");
const QString otherServer = QStringLiteral("osm-branch");
// The IP range of the scope: 198.18.1.0-255, which holds the lab's computers 256-511 (some
// without a DNS record, so only in the range) and overlaps the AD selection.
const quint32 rangeFirst = (198u << 24) | (18u << 16) | (1u << 8);
const quint32 rangeLast = rangeFirst + 255;

} // namespace

TestDirectoryAssessment::Role TestDirectoryAssessment::roleOf(const QString &address)
{
    const QStringList parts = address.split(QLatin1Char('.'));
    const int number = parts.value(2).toInt() * 256 + parts.value(3).toInt();
    return Role(number % 5);
}

SecurityStatus TestDirectoryAssessment::liveStatus(const SambaLab::Computer &computer)
{
    if (computer.address.isEmpty())
        return SecurityStatus::UnresolvedAd; // no dNSHostName, or no DNS record
    switch (roleOf(computer.address)) {
    case Role::ThisServer:
        return SecurityStatus::ManagedByThisServer;
    case Role::OtherServer:
        return SecurityStatus::ManagedByAnotherServer;
    case Role::GateOnly:
        return SecurityStatus::NoClientInstalled;
    case Role::Nothing:
        return SecurityStatus::Unreachable; // the gate port is refused
    case Role::Stall:
        return SecurityStatus::UnresolvedAd; // in AD, the agent port never completes
    }
    return SecurityStatus::Unreachable;
}

void TestDirectoryAssessment::initTestCase()
{
    const QString error = SambaLab::load(m_lab);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_lab.computers.size() >= 2000);
    m_store = m_dir.filePath(QStringLiteral("osmgmt.sqlite"));
    m_gatePort = FleetProcess::randomPort();
    m_agentPort = quint16(m_gatePort == 59999 ? 20000 : m_gatePort + 1);
    QJsonArray endpoints;
    for (const SambaLab::Computer &computer : std::as_const(m_lab.computers)) {
        // Network safety: the fleet only ever listens inside the lab's range.
        if (computer.address.isEmpty())
            continue;
        QVERIFY2(computer.address.startsWith(QStringLiteral("198.18.")),
                 qPrintable(computer.address));
        QJsonObject endpoint { { QStringLiteral("address"), computer.address },
                               { QStringLiteral("name"), computer.cn } };
        const Role role = roleOf(computer.address);
        if (role != Role::Nothing)
            endpoint.insert(QStringLiteral("listen"), QJsonArray { m_gatePort });
        if (role == Role::ThisServer || role == Role::OtherServer || role == Role::Stall) {
            QJsonObject agent { { QStringLiteral("port"), m_agentPort } };
            if (role == Role::Stall)
                agent.insert(QStringLiteral("behaviour"), QStringLiteral("stall"));
            else
                agent.insert(QStringLiteral("server"),
                             role == Role::ThisServer ? thisServer : otherServer);
            endpoint.insert(QStringLiteral("agent"), agent);
        }
        if (role != Role::Nothing)
            endpoints.append(endpoint);
    }
    // The agents of this server prove it with agent certificates of the test CA (issue 15).
    m_fleet.registerAgents(thisServer, FleetProcess::testAuthority());
    const QString fleetError = m_fleet.start({ { QStringLiteral("endpoints"), endpoints } });
    QVERIFY2(fleetError.isEmpty(), qPrintable(fleetError));
}

bool TestDirectoryAssessment::inRange(const QString &address) const
{
    const QHostAddress host(address);
    return !address.isEmpty() && host.toIPv4Address() >= rangeFirst
        && host.toIPv4Address() <= rangeLast;
}

Scope TestDirectoryAssessment::scope(const QStringList &objects, bool onDemand) const
{
    Scope scope;
    scope.ipv4Ranges = { Ipv4Range::fromBounds(rangeFirst, rangeLast).value() };
    scope.ports = PortList::fromNumbers({ m_agentPort }).value();
    scope.unreachableCheck.enabled = true;
    scope.unreachableCheck.port = m_gatePort;
    // Hundreds of TLS handshakes at once on a busy machine (docs/fleet-format.md).
    scope.timeoutMs = 8000;
    scope.activeDirectory.objects = objects;
    scope.activeDirectory.onDemand = onDemand;
    scope.activeDirectory.connection = m_lab.connection();
    return scope;
}

TestDirectoryAssessment::Run
TestDirectoryAssessment::runQuery(const Scope &scope, const QString &password, int timeoutMs)
{
    Run run;
    QueryRunner runner(StoreLocation::sqlite(m_store));
    runner.setDirectoryPassword(password);
    connect(&runner, &QueryRunner::started, this, [&](quint64 total) { run.started = total; });
    connect(&runner, &QueryRunner::progressed, this,
            [&](quint64 finished, quint64) { run.lastProgress = finished; });
    connect(&runner, &QueryRunner::endpointsClassified, this,
            [&](const QVector<Endpoint> &batch) { run.endpoints += batch; });
    QSignalSpy finished(&runner, &QueryRunner::finished);
    ProbeSettings settings;
    settings.thisServerName = thisServer;
    settings.thisServerCas = QList<QSslCertificate> { FleetProcess::testAuthority().certificate() };
    const QString error = runner.start(QueryScope::from(scope).value(), settings);
    if (!error.isEmpty())
        qFatal("the query did not start: %s", qPrintable(error));
    if (!finished.wait(timeoutMs))
        qFatal("the query did not finish in %d ms", timeoutMs);
    run.outcome = finished.first().first().value<QueryOutcome>();
    return run;
}

void TestDirectoryAssessment::classifiesEveryComputer()
{
    const Run run = runQuery(scope({ m_lab.labOu }, true), m_lab.password);
    QVERIFY2(run.outcome.outcome == ProbeEngine::Outcome::Completed, qPrintable(run.outcome.error));

    QHash<QString, Endpoint> byDn;
    QHash<QString, Endpoint> byAddress;
    for (const Endpoint &endpoint : run.endpoints) {
        if (!endpoint.address.isEmpty()) {
            QVERIFY2(!byAddress.contains(endpoint.address),
                     qPrintable(endpoint.address + QStringLiteral(" reported twice")));
            byAddress.insert(endpoint.address, endpoint);
        }
        if (!endpoint.adPath.isEmpty()) {
            QVERIFY2(!byDn.contains(endpoint.adPath), qPrintable(endpoint.adPath));
            byDn.insert(endpoint.adPath, endpoint);
        }
    }
    int inLab = 0;
    int overlapping = 0;
    QHash<SecurityStatus, int> tally;
    for (const SambaLab::Computer &computer : std::as_const(m_lab.computers)) {
        if (!computer.dn.endsWith(m_lab.labOu))
            continue;
        ++inLab;
        const auto found = byDn.constFind(computer.dn);
        QVERIFY2(found != byDn.cend(), qPrintable(QStringLiteral("missing: ") + computer.dn));
        const Endpoint &endpoint = found.value();
        const SecurityStatus expected = liveStatus(computer);
        QVERIFY2(endpoint.status == expected,
                 qPrintable(QStringLiteral("%1 (%2): %3, expected %4; %5")
                                .arg(computer.dn, computer.address, toKey(endpoint.status),
                                     toKey(expected), endpoint.detail)));
        QCOMPARE(endpoint.name, computer.cn);
        QCOMPARE(endpoint.address, computer.address);
        if (computer.address.isEmpty())
            QVERIFY2(!endpoint.detail.isEmpty(), qPrintable(computer.dn));
        if (expected == SecurityStatus::ManagedByAnotherServer)
            QCOMPARE(endpoint.server, otherServer);
        if (inRange(computer.address))
            ++overlapping;
        ++tally[expected];
    }
    QVERIFY(overlapping > 50);
    for (SecurityStatus status : SecurityStatuses::all)
        QVERIFY2(tally.value(status) > 20, qPrintable(toKey(status)));
    // The rest of the range: addresses no selected computer has, each once, without an AD
    // path. Some are computers of CN=Computers (not selected), with their fleet entry; those
    // are classified as IP-only endpoints (a stalled agent port is No client installed).
    QHash<QString, SambaLab::Computer> anyByAddress;
    for (const SambaLab::Computer &computer : std::as_const(m_lab.computers))
        anyByAddress.insert(computer.address, computer);
    int ipOnly = 0;
    for (const Endpoint &endpoint : run.endpoints) {
        if (!endpoint.adPath.isEmpty())
            continue;
        ++ipOnly;
        QVERIFY2(inRange(endpoint.address), qPrintable(endpoint.address));
        SecurityStatus expected = SecurityStatus::Unreachable; // no fleet entry there
        if (anyByAddress.contains(endpoint.address)) {
            expected = liveStatus(anyByAddress.value(endpoint.address));
            if (roleOf(endpoint.address) == Role::Stall)
                expected = SecurityStatus::NoClientInstalled;
        }
        QVERIFY2(endpoint.status == expected,
                 qPrintable(QStringLiteral("%1: %2, expected %3; %4")
                                .arg(endpoint.address, toKey(endpoint.status), toKey(expected),
                                     endpoint.detail)));
    }
    QCOMPARE(ipOnly, 256 - overlapping);
    QCOMPARE(run.endpoints.size(), inLab + ipOnly);
    // Progress and total count the AD computers that were not probed as well.
    QCOMPARE(run.started, quint64(run.endpoints.size()));
    QCOMPARE(run.lastProgress, run.started);

    auto database = Database::openSqlite(m_store);
    QVERIFY2(database, qPrintable(database.error()));
    const auto stored = QueryStore(database.value()).query(run.outcome.queryId);
    QVERIFY(stored && stored.value());
    QCOMPARE(stored.value()->state, QueryState::Completed);
    QCOMPARE(stored.value()->endpointCount, qint64(run.endpoints.size()));
    QCOMPARE(stored.value()->totalAddresses, quint64(run.endpoints.size()));
    QCOMPARE(stored.value()->statusCounts.value(SecurityStatus::UnresolvedAd),
             qint64(tally.value(SecurityStatus::UnresolvedAd)));
}

void TestDirectoryAssessment::takesStoredResultsWithoutOnDemand()
{
    // After classifiesEveryComputer's query of the lab OU: now the lab OU and CN=Computers,
    // whose computers were never assessed (except those inside the range, which is probed).
    const QString computersDn = QStringLiteral("CN=Computers,") + m_lab.domainDn;
    const Run run = runQuery(scope({ m_lab.labOu, computersDn }, false), m_lab.password);
    QVERIFY2(run.outcome.outcome == ProbeEngine::Outcome::Completed, qPrintable(run.outcome.error));
    QHash<QString, Endpoint> byDn;
    for (const Endpoint &endpoint : run.endpoints) {
        if (!endpoint.adPath.isEmpty())
            byDn.insert(endpoint.adPath, endpoint);
    }
    int fromStore = 0;
    int never = 0;
    for (const SambaLab::Computer &computer : std::as_const(m_lab.computers)) {
        const auto found = byDn.constFind(computer.dn);
        QVERIFY2(found != byDn.cend(), qPrintable(QStringLiteral("missing: ") + computer.dn));
        const Endpoint &endpoint = found.value();
        const QString why
            = QStringLiteral("%1 (%2): %3; %4")
                  .arg(computer.dn, computer.address, toKey(endpoint.status), endpoint.detail);
        QCOMPARE(endpoint.name, computer.cn);
        if (inRange(computer.address)) { // probed now, as the range is
            QVERIFY2(endpoint.status == liveStatus(computer), qPrintable(why));
            QVERIFY2(!endpoint.detail.startsWith(QStringLiteral("From the stored")),
                     qPrintable(why));
        } else if (computer.dn.endsWith(m_lab.labOu)) {
            ++fromStore;
            QVERIFY2(endpoint.status == liveStatus(computer), qPrintable(why));
            QVERIFY2(endpoint.detail.startsWith(QStringLiteral("From the stored assessment of ")),
                     qPrintable(why));
            QCOMPARE(endpoint.address, computer.address);
        } else {
            ++never;
            QVERIFY2(endpoint.status == SecurityStatus::UnresolvedAd, qPrintable(why));
            QVERIFY2(endpoint.detail.startsWith(QStringLiteral("Never assessed")), qPrintable(why));
        }
    }
    QVERIFY(fromStore > 1000);
    QVERIFY(never > 50);
    QCOMPARE(run.started, quint64(run.endpoints.size()));
    QCOMPARE(run.lastProgress, run.started);
}

void TestDirectoryAssessment::failsWithTheDirectorysWords()
{
    const Run run = runQuery(scope({ m_lab.labOu }, true), QStringLiteral("not the password"));
    QCOMPARE(run.outcome.outcome, ProbeEngine::Outcome::Failed);
    QVERIFY2(run.outcome.error.contains(QStringLiteral("refused the credentials")),
             qPrintable(run.outcome.error));
    QVERIFY(run.endpoints.isEmpty());
    auto database = Database::openSqlite(m_store);
    QVERIFY(database);
    const auto stored = QueryStore(database.value()).query(run.outcome.queryId);
    QVERIFY(stored && stored.value());
    QCOMPARE(stored.value()->state, QueryState::Failed);
    QCOMPARE(stored.value()->error, run.outcome.error);
}

void TestDirectoryAssessment::cancelsWhileReadingTheDirectory()
{
    QueryRunner runner(StoreLocation::sqlite(m_store));
    runner.setDirectoryPassword(m_lab.password);
    QSignalSpy started(&runner, &QueryRunner::started);
    QSignalSpy finished(&runner, &QueryRunner::finished);
    ProbeSettings settings;
    settings.thisServerName = thisServer;
    settings.thisServerCas = QList<QSslCertificate> { FleetProcess::testAuthority().certificate() };
    QVERIFY(runner.start(QueryScope::from(scope({ m_lab.domainDn }, true)).value(), settings)
                .isEmpty());
    QTest::qWait(50);
    QElapsedTimer timer;
    timer.start();
    runner.cancel();
    QVERIFY(finished.wait(5000));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(finished.first().first().value<QueryOutcome>().outcome,
             ProbeEngine::Outcome::Cancelled);
    QVERIFY(started.isEmpty()); // nothing was probed
    QVERIFY(!runner.isRunning());
}

QTEST_GUILESS_MAIN(TestDirectoryAssessment)
#include "tst_directoryassessment.moc"
