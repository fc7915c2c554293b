#include "sampleendpoints.h"
#include "store/database.h"
#include "store/eventlog.h"
#include "store/querystore.h"
#include "testclock.h"
#include "watch/statuschangeduty.h"

#include <QTemporaryDir>
#include <QTest>

// `status-changed` events (docs/watch.md, "Events"): each completed query, once, against the
// previous completed one, as *Changes since the previous query* sees them.
class TestStatusChanges : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aNewQueryGivesItsChangesOnce();
    void severalQueriesBetweenRoundsAreEachRead();
    void aFreshStoreStartsFromItsNewestQuery();

private:
    void storeQuery(const QVector<Endpoint> &endpoints, const QDateTime &startedAt,
                    QueryState state = QueryState::Completed);
    QString round();
    QVector<ComputerEvent> events() const;

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_store;
    StatusChangeDuty m_duty;
};

namespace {
using S = SecurityStatus;
Endpoint ws(int host, S status)
{
    return SampleEndpoints::make(QStringLiteral("10.0.0.%1").arg(host), status,
                                 QStringLiteral("ws%1").arg(host));
}
} // namespace

void TestStatusChanges::init()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(
        QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    auto opened = Database::openSqlite(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_store = opened.value();
}

void TestStatusChanges::cleanup()
{
    m_store.reset();
}

void TestStatusChanges::storeQuery(const QVector<Endpoint> &endpoints, const QDateTime &startedAt,
                                   QueryState state)
{
    QueryStore queries(m_store);
    const qint64 id
        = queries.beginQuery("{}", QStringLiteral("osm-hq"), quint64(endpoints.size()), startedAt)
              .value();
    if (!queries.appendEndpoints(id, endpoints).error().isEmpty()
        || !queries.finishQuery(id, state, startedAt.addSecs(5), QString()).error().isEmpty())
        qFatal("cannot store the query");
}

QString TestStatusChanges::round()
{
    const Result<QString> done = m_duty.runRound(m_store);
    if (!done)
        qFatal("%s", qPrintable(done.error()));
    return done.value();
}

QVector<ComputerEvent> TestStatusChanges::events() const
{
    return EventLog(m_store).read({}).value();
}

void TestStatusChanges::aNewQueryGivesItsChangesOnce()
{
    storeQuery({ ws(1, S::ManagedByThisServer), ws(2, S::NoClientInstalled) },
               at("2026-12-01T08:00:00Z"));
    round(); // the first query: nothing to compare with
    QVERIFY(events().isEmpty());
    storeQuery({ ws(1, S::ManagedByAnotherServer), ws(2, S::ManagedByThisServer),
                 ws(3, S::NoClientInstalled) },
               at("2026-12-01T09:00:00Z"));
    // A cancelled query is not compared.
    storeQuery({ ws(1, S::ManagedByThisServer) }, at("2026-12-01T09:30:00Z"),
               QueryState::Cancelled);
    QCOMPARE(round(), QStringLiteral("completed queries read: 1; status changes: 2"));
    QVector<ComputerEvent> stored = events();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[0].kind, QStringLiteral("status-changed"));
    QCOMPARE(stored[0].address, QStringLiteral("10.0.0.1"));
    QCOMPARE(stored[0].name, QStringLiteral("ws1"));
    QCOMPARE(stored[0].from, QStringLiteral("managed-by-this-server"));
    QCOMPARE(stored[0].to, QStringLiteral("managed-by-another-server"));
    QCOMPARE(stored[0].at, at("2026-12-01T09:00:05Z"));
    QCOMPARE(stored[1].address, QStringLiteral("10.0.0.2"));
    QCOMPARE(stored[1].from, QStringLiteral("no-client-installed"));
    QCOMPARE(stored[1].to, QStringLiteral("managed-by-this-server"));
    QCOMPARE(round(), QStringLiteral("no new completed query"));
    QCOMPARE(events().size(), 2);
}

void TestStatusChanges::severalQueriesBetweenRoundsAreEachRead()
{
    storeQuery({ ws(1, S::ManagedByThisServer) }, at("2026-12-01T08:00:00Z"));
    round();
    storeQuery({ ws(1, S::Unreachable) }, at("2026-12-01T09:00:00Z"));
    storeQuery({ ws(1, S::ManagedByThisServer) }, at("2026-12-01T10:00:00Z"));
    QCOMPARE(round(), QStringLiteral("completed queries read: 2; status changes: 2"));
    const QVector<ComputerEvent> stored = events();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[0].to, QStringLiteral("unreachable"));
    QCOMPARE(stored[1].from, QStringLiteral("unreachable"));
    QCOMPARE(stored[1].to, QStringLiteral("managed-by-this-server"));
}

void TestStatusChanges::aFreshStoreStartsFromItsNewestQuery()
{
    storeQuery({ ws(1, S::ManagedByThisServer) }, at("2026-12-01T08:00:00Z"));
    storeQuery({ ws(1, S::NoClientInstalled) }, at("2026-12-01T09:00:00Z"));
    storeQuery({ ws(1, S::ManagedByThisServer) }, at("2026-12-01T10:00:00Z"));
    // History older than the watcher is not replayed: only the newest query's changes.
    QCOMPARE(round(), QStringLiteral("completed queries read: 1; status changes: 1"));
    QCOMPARE(events().size(), 1);
    QCOMPARE(events()[0].at, at("2026-12-01T10:00:05Z"));
}

QTEST_GUILESS_MAIN(TestStatusChanges)
#include "tst_statuschanges.moc"
