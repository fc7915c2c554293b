#include "clienttreemodel.h"
#include "heartbeatsession.h"
#include "sampleendpoints.h"
#include "store/database.h"
#include "store/heartbeatstore.h"
#include "testclock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The heartbeat states in the client tree (docs/watch.md, "Heartbeats"): marks read from the
// store by HeartbeatSession off the GUI thread, shown on This server's computers as a colour
// and in their tooltip, by the aging bands of a clock the test moves.
class TestHeartbeatMarks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void marksFollowStateAndAge();
    void thisServersComputersShowTheirMark();
    void aContactWithinTheShownMinuteChangesNothing();
    void theSessionReadsTheStoreOffTheGuiThread();

private:
    std::shared_ptr<TestClock> m_clock;
};

namespace {
AgentHeartbeat agent(const char *address, HeartbeatState state, const QDateTime &offlineSince)
{
    AgentHeartbeat heartbeat;
    heartbeat.address = QLatin1String(address);
    heartbeat.port = 21112;
    heartbeat.state = state;
    heartbeat.offlineSince = offlineSince;
    heartbeat.outcome = QStringLiteral("unreachable");
    return heartbeat;
}

std::shared_ptr<const ResultsTable> tableOf(const QVector<Endpoint> &endpoints)
{
    auto table = std::make_shared<ResultsTable>();
    for (const Endpoint &endpoint : endpoints)
        table->append(endpoint);
    return table;
}
} // namespace

void TestHeartbeatMarks::init()
{
    m_clock = std::make_shared<TestClock>(at("2026-12-01T12:00:00Z"));
    Clock::setInstance(m_clock);
}

void TestHeartbeatMarks::cleanup()
{
    Clock::setInstance(nullptr);
}

void TestHeartbeatMarks::marksFollowStateAndAge()
{
    const HeartbeatSettings settings;
    const QDateTime now = Clock::instance().now();
    const auto marks
        = HeartbeatMark::of({ agent("10.0.0.1", HeartbeatState::Online, {}),
                              agent("10.0.0.2", HeartbeatState::Offline, now.addSecs(-600)),
                              agent("10.0.0.3", HeartbeatState::Offline, now.addSecs(-2 * 3600)),
                              agent("10.0.0.4", HeartbeatState::Offline, now.addDays(-3)),
                              agent("10.0.0.5", HeartbeatState::Offline, now.addDays(-8)),
                              agent("10.0.0.6", HeartbeatState::Missing, now.addDays(-40)) },
                            now, settings);
    QCOMPARE(marks.size(), 6);
    QVERIFY(!marks[QStringLiteral("10.0.0.1")].age);
    QCOMPARE(marks[QStringLiteral("10.0.0.2")].age, OfflineAge::UnderFirstBand);
    QCOMPARE(marks[QStringLiteral("10.0.0.3")].age, OfflineAge::UnderSecondBand);
    QCOMPARE(marks[QStringLiteral("10.0.0.4")].age, OfflineAge::UnderThirdBand);
    QCOMPARE(marks[QStringLiteral("10.0.0.5")].age, OfflineAge::Longer);
    QVERIFY(!marks[QStringLiteral("10.0.0.6")].age);
    // Each state and band has its own colour and words.
    QSet<QRgb> colours;
    QSet<QString> texts;
    for (const HeartbeatMark &mark : marks) {
        colours.insert(mark.colour().rgb());
        texts.insert(mark.text());
    }
    QCOMPARE(colours.size(), 6);
    QCOMPARE(texts.size(), 6);
    // The English plural forms come from osmgmt_en.ts, which a unit test does not load.
    QVERIFY2(marks[QStringLiteral("10.0.0.3")].text().startsWith(
                 QStringLiteral("Heartbeat: offline, less than 1 day")),
             qPrintable(marks[QStringLiteral("10.0.0.3")].text()));
    // The words follow bands the administrator changed: 2 hours offline is now the first band.
    HeartbeatSettings edited = settings;
    edited.firstBand = std::chrono::hours(3);
    edited.secondBand = std::chrono::hours(36);
    const auto editedMarks
        = HeartbeatMark::of({ agent("10.0.0.3", HeartbeatState::Offline, now.addSecs(-2 * 3600)),
                              agent("10.0.0.4", HeartbeatState::Offline, now.addSecs(-30 * 3600)) },
                            now, edited);
    QCOMPARE(editedMarks[QStringLiteral("10.0.0.3")].age, OfflineAge::UnderFirstBand);
    QVERIFY(editedMarks[QStringLiteral("10.0.0.3")].text().contains(
        QLatin1String("less than 3 hours")));
    QVERIFY(editedMarks[QStringLiteral("10.0.0.4")].text().contains(
        QLatin1String("less than 36 hours")));
}

void TestHeartbeatMarks::thisServersComputersShowTheirMark()
{
    ClientTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setServerName(QStringLiteral("osm-hq"));
    Endpoint ours
        = SampleEndpoints::make(QStringLiteral("10.0.0.2"), SecurityStatus::ManagedByThisServer,
                                QStringLiteral("ws02"), QStringLiteral("Sales"));
    Endpoint theirs = SampleEndpoints::make(
        QStringLiteral("10.0.0.3"), SecurityStatus::ManagedByAnotherServer, QStringLiteral("ws03"));
    model.addRows(tableOf({ ours, theirs }), 2);
    const QModelIndex sales = model.index(0, 0, model.thisServerIndex());
    const QModelIndex ws02 = model.index(0, 0, sales);
    QCOMPARE(ws02.data().toString(), QStringLiteral("ws02"));
    QVERIFY(!ws02.data(Qt::DecorationRole).isValid()); // no heartbeat read yet

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QDateTime now = Clock::instance().now();
    model.setHeartbeats(
        HeartbeatMark::of({ agent("10.0.0.2", HeartbeatState::Offline, now.addSecs(-600)),
                            agent("10.0.0.3", HeartbeatState::Online, {}) },
                          now, HeartbeatSettings()));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(ws02.data(Qt::DecorationRole).value<QColor>(), QColor(0xf0, 0xb4, 0x29));
    QVERIFY2(ws02.data(Qt::ToolTipRole).toString().contains(QLatin1String("offline")),
             qPrintable(ws02.data(Qt::ToolTipRole).toString()));
    QCOMPARE(ws02.data(ClientTreeModel::HeartbeatRole).value<HeartbeatMark>().state,
             HeartbeatState::Offline);
    // Another server's computer shows none, whatever the heartbeats last saw at its address.
    const QModelIndex other
        = model.index(0, 0, model.statusGroupIndex(SecurityStatus::ManagedByAnotherServer));
    QCOMPARE(other.data().toString(), QStringLiteral("ws03"));
    QVERIFY(!other.data(Qt::DecorationRole).isValid());
    // The same marks again change nothing.
    changed.clear();
    model.setHeartbeats(
        HeartbeatMark::of({ agent("10.0.0.2", HeartbeatState::Offline, now.addSecs(-600)),
                            agent("10.0.0.3", HeartbeatState::Online, {}) },
                          now, HeartbeatSettings()));
    QVERIFY(changed.isEmpty());
    // The marks outlive a new query's results.
    model.clear();
    model.addRows(tableOf({ ours }), 1);
    QVERIFY(model.index(0, 0, model.index(0, 0, model.thisServerIndex()))
                .data(Qt::DecorationRole)
                .isValid());
}

void TestHeartbeatMarks::aContactWithinTheShownMinuteChangesNothing()
{
    ClientTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setServerName(QStringLiteral("osm-hq"));
    model.addRows(tableOf({ SampleEndpoints::make(QStringLiteral("10.0.0.2"),
                                                  SecurityStatus::ManagedByThisServer,
                                                  QStringLiteral("ws02")) }),
                  1);
    const auto answeredAt = [](const char *when) {
        AgentHeartbeat online = agent("10.0.0.2", HeartbeatState::Online, {});
        online.lastContact = at(when);
        return HeartbeatMark::of({ online }, Clock::instance().now(), HeartbeatSettings());
    };
    model.setHeartbeats(answeredAt("2026-12-01T12:00:10Z"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Each round an online agent answers again; within the minute the tooltip shows, the tree
    // has nothing new to show.
    model.setHeartbeats(answeredAt("2026-12-01T12:00:40Z"));
    QCOMPARE(changed.size(), 0);
    model.setHeartbeats(answeredAt("2026-12-01T12:01:05Z"));
    QVERIFY(!changed.isEmpty());
}

void TestHeartbeatMarks::theSessionReadsTheStoreOffTheGuiThread()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("osmgmt.sqlite"));
    {
        const auto database = Database::openSqlite(path);
        QVERIFY2(database, qPrintable(database.error()));
        QVERIFY(HeartbeatStore(database.value())
                    .saveRound({ agent("10.0.0.5", HeartbeatState::Offline,
                                       Clock::instance().now().addDays(-8)) },
                               {}, {})
                    .error()
                    .isEmpty());
    }
    HeartbeatSession session([path] { return Database::openSqlite(path); });
    QSignalSpy read(&session, &HeartbeatSession::read);
    session.start();
    QVERIFY(read.wait(10000));
    const auto marks = read.at(0).at(0).value<QHash<QString, HeartbeatMark>>();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks[QStringLiteral("10.0.0.5")].age, OfflineAge::Longer);

    HeartbeatSession broken([] {
        return Result<std::shared_ptr<Database>>::failure(QStringLiteral("the store is gone"));
    });
    QSignalSpy failed(&broken, &HeartbeatSession::readFailed);
    broken.refresh();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("the store is gone"));
}

QTEST_GUILESS_MAIN(TestHeartbeatMarks)
#include "tst_heartbeatmarks.moc"
