#include "common/clock.h"
#include "rawsql.h"
#include "schedule/schedulestore.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/querystore.h"
#include "testclock.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

Schedule weeklySchedule()
{
    Schedule schedule;
    schedule.enabled = true;
    schedule.frequency = ScheduleFrequency::Weekly;
    schedule.dayOfWeek = Qt::Saturday;
    schedule.timeOfDay = QTime(3, 45);
    schedule.effectiveFrom = at("2024-05-10T08:00:00.125Z");
    return schedule;
}

} // namespace

class TestScheduleStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyDatabaseHasTheDefault();
    void roundTripAcrossReopening();
    void scheduleAndLastRunAreKeptApart();
    void invalidScheduleIsNotSaved();
    void damagedRowIsAnError_data();
    void damagedRowIsAnError();
    void migratesAVersion1File();

private:
    std::shared_ptr<Database> open(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestScheduleStore::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Clock::setInstance(std::make_shared<TestClock>(at("2024-05-10T12:00:00Z")));
}

void TestScheduleStore::cleanup()
{
    m_dir.reset();
    Clock::setInstance(nullptr);
}

std::shared_ptr<Database> TestScheduleStore::open(const QString &name)
{
    auto opened = Database::openSqlite(m_dir->filePath(name));
    if (!opened) {
        qCritical("%s", qPrintable(opened.error()));
        return {};
    }
    return *opened;
}

void TestScheduleStore::emptyDatabaseHasTheDefault()
{
    auto database = open(QStringLiteral("empty.db"));
    QVERIFY(database);
    ScheduleStore store(database);
    const auto loaded = store.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->schedule, Schedule());
    QVERIFY(!loaded->schedule.enabled);
    QVERIFY(!loaded->lastRun);
}

void TestScheduleStore::roundTripAcrossReopening()
{
    const QDateTime lastRun = at("2024-05-11T03:45:20.500Z");
    {
        auto database = open(QStringLiteral("reopen.db"));
        QVERIFY(database);
        ScheduleStore store(database);
        QVERIFY(store.save(weeklySchedule()));
        QVERIFY(store.saveLastRun(lastRun.toOffsetFromUtc(9 * 3600)));
    }
    auto database = open(QStringLiteral("reopen.db"));
    QVERIFY(database);
    const auto loaded = ScheduleStore(database).load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->schedule, weeklySchedule());
    QVERIFY(loaded->lastRun);
    QCOMPARE(*loaded->lastRun, lastRun);
    QCOMPARE(loaded->lastRun->timeSpec(), Qt::UTC);

    // Stored as UTC text, one row.
    QSqlQuery rows(database->connection());
    QVERIFY(rows.exec(QStringLiteral("SELECT id, last_run_at, updated_at FROM schedules")));
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toInt(), 1);
    QCOMPARE(rows.value(1).toString(), QStringLiteral("2024-05-11T03:45:20.500Z"));
    QCOMPARE(rows.value(2).toString(), QStringLiteral("2024-05-10T12:00:00.000Z"));
    QVERIFY(!rows.next());
}

void TestScheduleStore::scheduleAndLastRunAreKeptApart()
{
    auto database = open(QStringLiteral("apart.db"));
    QVERIFY(database);
    ScheduleStore store(database);
    // A last run before any schedule was saved: the row starts with the default schedule.
    QVERIFY(store.saveLastRun(at("2024-05-09T02:00:00Z")));
    auto loaded = store.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->schedule, Schedule());
    QCOMPARE(loaded->lastRun, std::optional<QDateTime>(at("2024-05-09T02:00:00Z")));

    QVERIFY(store.save(weeklySchedule())); // keeps the last run
    loaded = store.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->schedule, weeklySchedule());
    QCOMPARE(loaded->lastRun, std::optional<QDateTime>(at("2024-05-09T02:00:00Z")));

    QVERIFY(store.saveLastRun(at("2024-05-11T03:45:01Z"))); // keeps the schedule
    loaded = store.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->schedule, weeklySchedule());
    QCOMPARE(loaded->lastRun, std::optional<QDateTime>(at("2024-05-11T03:45:01Z")));

    QVERIFY(!store.saveLastRun(QDateTime()));
}

void TestScheduleStore::invalidScheduleIsNotSaved()
{
    auto database = open(QStringLiteral("invalid.db"));
    QVERIFY(database);
    ScheduleStore store(database);
    QVERIFY(store.save(weeklySchedule()));
    Schedule bad = weeklySchedule();
    bad.dayOfMonth = 32;
    const Result<Done> refused = store.save(bad);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("the schedule was not saved"))
                 && refused.error().contains(QStringLiteral("not 32")),
             qPrintable(refused.error()));
    const auto loaded = store.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->schedule, weeklySchedule());
}

void TestScheduleStore::damagedRowIsAnError_data()
{
    QTest::addColumn<QString>("update");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON") << QStringLiteral("schedule_json = '{oops'")
                              << QStringLiteral("not a JSON object");
    QTest::newRow("a JSON array") << QStringLiteral("schedule_json = '[1]'")
                                  << QStringLiteral("another JSON value");
    QTest::newRow("unknown frequency")
        << QStringLiteral("schedule_json = replace(schedule_json, 'weekly', 'fortnightly')")
        << QStringLiteral("cannot be used: unknown schedule frequency \"fortnightly\"");
    QTest::newRow("bad last run") << QStringLiteral("last_run_at = 'last tuesday'")
                                  << QStringLiteral("\"last tuesday\" is not a time");
}

void TestScheduleStore::damagedRowIsAnError()
{
    QFETCH(QString, update);
    QFETCH(QString, reason);
    const QString name = QStringLiteral("damaged.db");
    {
        auto database = open(name);
        QVERIFY(database);
        ScheduleStore store(database);
        QVERIFY(store.save(weeklySchedule()));
        QVERIFY(store.saveLastRun(at("2024-05-11T03:45:01Z")));
    }
    QCOMPARE(rawExec(m_dir->filePath(name), { QStringLiteral("UPDATE schedules SET ") + update }),
             QString());
    auto database = open(name);
    QVERIFY(database);
    const auto loaded = ScheduleStore(database).load();
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(reason), qPrintable(loaded.error()));
}

// A database written by the first release (schema 1, no schedules table) gains the table and
// keeps its queries.
void TestScheduleStore::migratesAVersion1File()
{
    const QString path = m_dir->filePath(QStringLiteral("version1.db"));
    QStringList statements = Migrations::all().at(0).statements(SqlDialect::Sqlite);
    statements << QStringLiteral("INSERT INTO schema_version VALUES (1, "
                                 "'2024-04-01T00:00:00.000Z', 'queries and their endpoints')")
               << QStringLiteral("INSERT INTO queries (started_at, finished_at, state, "
                                 "server_name, scope_json, total_addresses, error) VALUES "
                                 "('2024-04-01T09:00:00.000Z', '2024-04-01T09:01:00.000Z', "
                                 "'completed', 'srv', '{}', 20, NULL)");
    QCOMPARE(rawExec(path, statements), QString());

    auto database = open(QStringLiteral("version1.db"));
    QVERIFY(database);
    QCOMPARE(database->schemaVersion(), Migrations::latestVersion());
    QVERIFY(database->connection().tables().contains(QStringLiteral("schedules")));

    QSqlQuery steps(database->connection());
    QVERIFY(steps.exec(QStringLiteral("SELECT version, summary FROM schema_version ORDER BY 1")));
    QVERIFY(steps.next());
    QCOMPARE(steps.value(0).toInt(), 1);
    QVERIFY(steps.next());
    QCOMPARE(steps.value(0).toInt(), 2);
    QCOMPARE(steps.value(1).toString(), QStringLiteral("the scheduled query"));

    const auto queries = QueryStore(database).queries();
    QVERIFY2(queries.ok(), qPrintable(queries.error()));
    QCOMPARE(queries->size(), 1);
    QCOMPARE(queries->first().serverName, QStringLiteral("srv"));

    ScheduleStore store(database);
    auto loaded = store.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->schedule, Schedule());
    QVERIFY(store.save(weeklySchedule()));
    loaded = store.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->schedule, weeklySchedule());

    // The table holds one row only, whoever writes it.
    QSqlQuery second(database->connection());
    QVERIFY(!second.exec(QStringLiteral("INSERT INTO schedules (id, schedule_json, updated_at) "
                                        "VALUES (2, '{}', '2024-05-10T12:00:00.000Z')")));
}

QTEST_GUILESS_MAIN(TestScheduleStore)
#include "tst_schedulestore.moc"
