#include "health/healthstates.h"
#include "health/healthstore.h"
#include "postgresbackends.h"
#include "store/querystore.h"
#include "testclock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Each snapshot's evaluated state in the store (schema 11), on SQLite and a real PostgreSQL:
// evaluated as it is stored, at its query's start; counted per query and per group in SQL;
// read per computer; evaluated again, newest query first, when the settings change or when
// snapshots were stored before the states were (an older store).
class TestHealthStates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { StoreBackends::addGlobalData(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        const QString skip = m_backends.skipReason(backend);
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        m_dir = std::make_unique<QTemporaryDir>();
        auto target = m_backends.fresh(backend, m_dir->path());
        QVERIFY2(target.ok(), qPrintable(target.error()));
        auto opened = target->open();
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_database = *opened;
        Clock::setInstance(std::make_shared<TestClock>(at("2026-12-20T12:00:00Z")));
        // Two queries of three computers: 127.79.0.1 healthy in both; 127.79.0.2 with a stopped
        // service in the first; 127.79.0.3 with definitions 5 days old at the first query, so
        // 12 at the second (Needs attention with the default 7 days).
        QueryStore queries(m_database);
        m_first = queries.beginQuery("{}", QStringLiteral("osm-hq"), 3, at("2026-12-01T00:00:00Z"))
                      .value();
        m_second = queries.beginQuery("{}", QStringLiteral("osm-hq"), 3, at("2026-12-08T00:00:00Z"))
                       .value();
        const QDate patterns(2026, 11, 26);
        QCOMPARE(HealthStore(m_database)
                     .append(m_first,
                             { snapshot(1, patterns, true), snapshot(2, patterns, false),
                               snapshot(3, patterns, true) })
                     .error(),
                 QString());
        QCOMPARE(HealthStore(m_database)
                     .append(m_second,
                             { snapshot(1, QDate(2026, 12, 7), true),
                               snapshot(2, QDate(2026, 12, 7), true), snapshot(3, patterns, true) })
                     .error(),
                 QString());
    }
    void cleanup()
    {
        m_database.reset();
        m_dir.reset();
        Clock::setInstance(nullptr);
    }

    void statesAreStoredWithEachSnapshot()
    {
        const Result<QVector<HealthRow>> first = HealthStates(m_database).rowsOf(m_first);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->size(), 3);
        // Evaluated at the query's start, not the Clock's now (when every one is old).
        QCOMPARE(first->at(0).verdict.overall, HealthState::Healthy);
        QCOMPARE(first->at(1).verdict.overall, HealthState::NeedsAttention);
        QCOMPARE(first->at(1).verdict.state(HealthIndicator::Service), HealthState::NeedsAttention);
        QCOMPARE(first->at(1).verdict.stoppedServices, QStringList { QStringLiteral("ntrtscan") });
        QCOMPARE(first->at(2).verdict.overall, HealthState::Healthy);
        QCOMPARE(first->at(2).verdict.settings, QStringLiteral("(Default Settings)"));
        // The same verdicts as the evaluation gives, field by field.
        const QVector<HealthSnapshot> snapshots
            = HealthStore(m_database).snapshots(m_second).value();
        const QVector<HealthRow> second = HealthStates(m_database).rowsOf(m_second).value();
        const QVector<HealthRow> evaluated
            = HealthReport::evaluate(snapshots, HealthSettingsList(), at("2026-12-08T00:00:00Z"));
        QCOMPARE(second.size(), evaluated.size());
        for (int i = 0; i < second.size(); ++i) {
            QCOMPARE(second[i].snapshot.address, evaluated[i].snapshot.address);
            QCOMPARE(second[i].snapshot.name, evaluated[i].snapshot.name);
            QCOMPARE(second[i].snapshot.outcome, HealthSnapshot::Outcome::Reported);
            QVERIFY(!second[i].snapshot.status); // states only: no status parsed
            QCOMPARE(second[i].verdict.overall, evaluated[i].verdict.overall);
            QCOMPARE(second[i].verdict.indicators, evaluated[i].verdict.indicators);
            QCOMPARE(second[i].verdict.stoppedServices, evaluated[i].verdict.stoppedServices);
        }
        QCOMPARE(second[2].verdict.overall, HealthState::NeedsAttention); // 12 days old
        QCOMPARE(HealthStates(m_database).newestQuery().value(), m_second);
    }

    void historyIsCountedPerQueryAndPerGroup()
    {
        HealthStates states(m_database);
        const Result<QVector<HealthHistoryPoint>> all = states.history(30, std::nullopt);
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).queryId, m_first);
        QCOMPARE(all->at(0).at, at("2026-12-01T00:00:00Z"));
        QCOMPARE(all->at(0).counts[int(HealthState::Healthy)], 2);
        QCOMPARE(all->at(0).counts[int(HealthState::NeedsAttention)], 1);
        QCOMPARE(all->at(1).counts[int(HealthState::Healthy)], 2);
        QCOMPARE(all->at(1).counts[int(HealthState::NeedsAttention)], 1);
        // A group: only its computers, an address twice counted once, one without health.
        const QVector<QString> group { QStringLiteral("127.79.0.2"), QStringLiteral("127.79.0.2"),
                                       QStringLiteral("127.79.0.9") };
        const QVector<HealthHistoryPoint> two = states.history(30, group).value();
        QCOMPARE(two.size(), 2);
        QCOMPARE(two[0].counts[int(HealthState::NeedsAttention)], 1);
        QCOMPARE(two[0].total(), 1);
        QCOMPARE(two[1].counts[int(HealthState::Healthy)], 1);
        QCOMPARE(two[1].total(), 1);
        // Asked again with another group on the same connection: that group alone.
        QCOMPARE(states.history(30, QVector<QString> { QStringLiteral("127.79.0.9") })->size(), 0);
        // The newest query only.
        QCOMPARE(states.history(1, std::nullopt)->size(), 1);
        QCOMPARE(states.history(1, std::nullopt)->at(0).queryId, m_second);

        const Result<QVector<HealthHistoryEntry>> one
            = states.historyOf(QStringLiteral("127.79.0.3"), 30);
        QVERIFY2(one.ok(), qPrintable(one.error()));
        QCOMPARE(one->size(), 2);
        QCOMPARE(one->at(0).queryId, m_first); // oldest first
        QCOMPARE(one->at(0).overall, HealthState::Healthy);
        QCOMPARE(one->at(1).overall, HealthState::NeedsAttention);
        QCOMPARE(states.historyOf(QStringLiteral("127.79.0.3"), 1)->size(), 1);
        QVERIFY(states.historyOf(QStringLiteral("127.79.0.9"), 30)->isEmpty());
    }

    void aSettingsChangeMakesEveryStateStale()
    {
        HealthStates states(m_database);
        QCOMPARE(states.settingsRevision().value(), qint64(0));
        QCOMPARE(states.reevaluateStale(std::nullopt, 100).value(), 0); // all current
        // Settings that stop tracking 127.79.0.3.
        HealthSettings lab;
        lab.name = QStringLiteral("Lab");
        lab.enabled = false;
        lab.appliesTo.computers = { QStringLiteral("ws-3") };
        QCOMPARE(HealthStore(m_database)
                     .saveSettings(HealthSettingsList({ HealthSettings::defaults(), lab }))
                     .error(),
                 QString());
        QCOMPARE(states.settingsRevision().value(), qint64(1));
        QCOMPARE(HealthStore(m_database)
                     .saveSettings(HealthSettingsList({ HealthSettings::defaults(), lab }))
                     .error(),
                 QString());
        QCOMPARE(states.settingsRevision().value(), qint64(2));
        // Stale until evaluated again: what is read is what the old settings said.
        QCOMPARE(states.rowsOf(m_second)->at(2).verdict.overall, HealthState::NeedsAttention);
        // The newest query alone, a batch at a time.
        QCOMPARE(states.reevaluateStale(m_second, 2).value(), 2);
        QCOMPARE(states.reevaluateStale(m_second, 2).value(), 1);
        QCOMPARE(states.reevaluateStale(m_second, 2).value(), 0);
        QCOMPARE(states.rowsOf(m_second)->at(2).verdict.overall, HealthState::Untracked);
        QCOMPARE(states.rowsOf(m_second)->at(2).verdict.settings, QStringLiteral("Lab"));
        QCOMPARE(states.rowsOf(m_first)->at(2).verdict.overall, HealthState::Healthy); // stale
        QCOMPARE(states.reevaluateStale(std::nullopt, 100).value(), 3);
        QCOMPARE(states.rowsOf(m_first)->at(2).verdict.overall, HealthState::Untracked);
        QCOMPARE(states.history(30, std::nullopt)->at(0).counts[int(HealthState::Untracked)], 1);
        QCOMPARE(states.reevaluateStale(std::nullopt, 100).value(), 0);
    }

    // A store that kept snapshots before schema 11 has no states: they are evaluated on demand.
    void snapshotsWithoutStatesAreEvaluated()
    {
        QSqlQuery remove(m_database->connection());
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM health_states")));
        HealthStates states(m_database);
        QVERIFY(states.rowsOf(m_first)->isEmpty());
        QCOMPARE(states.reevaluateStale(std::nullopt, 100).value(), 6);
        QCOMPARE(states.rowsOf(m_first)->size(), 3);
        QCOMPARE(states.rowsOf(m_first)->at(1).verdict.overall, HealthState::NeedsAttention);
        // Deleted with their snapshots' query.
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM queries WHERE id = %1").arg(m_first)));
        QCOMPARE(states.history(30, std::nullopt)->size(), 1);
        QVERIFY(remove.exec(QStringLiteral("SELECT COUNT(*) FROM health_states")));
        QVERIFY(remove.next());
        QCOMPARE(remove.value(0).toInt(), 3);
    }

private:
    static HealthSnapshot snapshot(int host, QDate patternDate, bool running)
    {
        HealthSnapshot snapshot;
        snapshot.address = QStringLiteral("127.79.0.%1").arg(host);
        snapshot.agentPort = 40000;
        snapshot.name = QStringLiteral("ws-%1").arg(host);
        snapshot.outcome = HealthSnapshot::Outcome::Reported;
        snapshot.gatheredAt = QDateTime(patternDate, QTime(13, 0), Qt::UTC);
        AgentStatus status = AgentStatus::healthyDefault();
        status.lastScan = QDateTime(patternDate, QTime(12, 0), Qt::UTC);
        status.patternDate = patternDate.toString(QStringLiteral("yyyyMMdd"));
        for (ServiceState &service : status.services)
            if (service.name == QLatin1String("ntrtscan"))
                service.running = running;
        snapshot.status = status;
        return snapshot;
    }

    StoreBackends m_backends;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_database;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

QTEST_GUILESS_MAIN(TestHealthStates)
#include "tst_healthstates.moc"
