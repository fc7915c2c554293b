#include "postgresbackends.h"
#include "store/database.h"
#include "testenvironment.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

#include <signal.h>

namespace {

// Short enough for a test, long enough that a busy machine renews in time: a cycle every 3 s,
// 6 s of margin before the lease could lapse.
const QString leaseSeconds = QStringLiteral("9");

// One `osmgmt-cli watch` and what it has written so far.
class WatchProcess
{
public:
    void start(const StoreTarget &target, const QString &home, const QStringList &extra = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home);
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/share"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        m_process.setProcessEnvironment(environment);
        QStringList arguments { QStringLiteral("watch"), QStringLiteral("--lease-seconds"),
                                leaseSeconds };
        if (target.dialect == SqlDialect::Sqlite) {
            arguments << QStringLiteral("--db") << target.sqlitePath;
        } else {
            arguments << QStringLiteral("--db-url")
                      << QStringLiteral("postgresql://%1@%2:%3/%4")
                             .arg(target.user, target.host, QString::number(target.port),
                                  target.database)
                      << QStringLiteral("--db-password-stdin");
        }
        m_process.start(TestEnvironment::cliProgram(), arguments + extra);
        QVERIFY(m_process.waitForStarted());
        if (target.dialect == SqlDialect::PostgreSql)
            m_process.write((target.password + QStringLiteral("\n")).toUtf8());
        m_process.closeWriteChannel();
    }

    void read()
    {
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        m_err += QString::fromUtf8(m_process.readAllStandardError());
    }
    QString out()
    {
        read();
        return m_out;
    }
    QString err()
    {
        read();
        return m_err;
    }
    // The rounds of the scheduled-query duty it has run.
    int rounds() { return int(out().count(QStringLiteral("\tscheduled-query\tok\t"))); }
    // The holder id it announced on taking the lease.
    QString holder()
    {
        static const QRegularExpression acting(
            QStringLiteral("acting (?:on the store )?as (\\S+)"));
        return acting.match(err()).captured(1);
    }
    // Waits, at most `ms` and reading as it goes, for `condition`. Standard output and error are
    // separate pipes: a condition on both waits for both, whichever arrives first.
    bool waitFor(const std::function<bool()> &condition, int ms = 30000)
    {
        QDeadlineTimer deadline(ms);
        while (!condition()) {
            if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
                return condition();
            m_process.waitForReadyRead(100);
        }
        return true;
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QString m_out;
    QString m_err;
};

// The lease row as a third program sees it: holder and expiry, empty when there is none.
QStringList leaseRow(Database &store)
{
    QSqlQuery query(store.connection());
    if (!query.exec(QStringLiteral("SELECT holder, expires_at FROM watch_lease")) || !query.next())
        return {};
    return { query.value(0).toString(), query.value(1).toString() };
}

} // namespace

// Two headless watchers on one store, SQLite and a real PostgreSQL: only one acts, the other
// waits and says who acts; when the first is killed (SIGKILL: no chance to give the lease up)
// the second takes over once the lease has expired. The observable: the lease row, and the
// rounds of the scheduled-query duty each process reports on standard output.
class TestCliWatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void onlyOneActsAndTheOtherTakesOverAfterSigkill();
    void onceRunsOneRoundEachTimeAndGivesTheLeaseUp();
    void badLeaseSecondsIsUsage();

private:
    QTemporaryDir m_dir;
    StoreBackends m_backends;
};

void TestCliWatch::initTestCase_data()
{
    StoreBackends::addGlobalData();
}

void TestCliWatch::init()
{
    QFETCH_GLOBAL(QString, backend);
    const QString skip = m_backends.skipReason(backend);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
}

void TestCliWatch::onlyOneActsAndTheOtherTakesOverAfterSigkill()
{
    QFETCH_GLOBAL(QString, backend);
    auto target = m_backends.fresh(backend, m_dir.path());
    QVERIFY2(target, qPrintable(target.error()));
    auto store = target->open(); // creates and migrates the store before the watchers come
    QVERIFY2(store, qPrintable(store.error()));
    const QString home = m_dir.filePath(QStringLiteral("home"));

    WatchProcess first;
    first.start(*target, home);
    QVERIFY2(first.waitFor([&] { return first.rounds() == 1 && !first.holder().isEmpty(); }),
             qPrintable(first.err()));
    const QString firstHolder = first.holder();
    QVERIFY2(!firstHolder.isEmpty(), qPrintable(first.err()));
    QCOMPARE(leaseRow(**store).value(0), firstHolder);

    WatchProcess second;
    second.start(*target, home);
    const QString waiting
        = QStringLiteral("another watcher (holder %1) acts on this store until").arg(firstHolder);
    QVERIFY2(second.waitFor([&] { return second.err().contains(waiting); }),
             qPrintable(second.err()));
    // The first keeps the lease, renewing it each cycle, while the second waits and runs nothing.
    const QString expiry = leaseRow(**store).value(1);
    QVERIFY2(second.waitFor([&] {
        const QStringList row = leaseRow(**store);
        return row.value(0) == firstHolder && row.value(1) > expiry;
    }),
             qPrintable(leaseRow(**store).join(QLatin1Char(' '))));
    QCOMPARE(second.rounds(), 0);
    QVERIFY(second.holder().isEmpty());

    ::kill(pid_t(first.process().processId()), SIGKILL);
    QVERIFY(first.process().waitForFinished(10000));
    const QString tookOver = QStringLiteral("took over the store from watcher %1").arg(firstHolder);
    QVERIFY2(second.waitFor([&] {
        return second.rounds() == 1 && second.err().contains(tookOver)
            && !second.holder().isEmpty();
    }),
             qPrintable(second.err()));
    QVERIFY2(second.err().contains(tookOver), qPrintable(second.err()));
    const QString secondHolder = second.holder();
    QVERIFY(!secondHolder.isEmpty() && secondHolder != firstHolder);
    QCOMPARE(leaseRow(**store).value(0), secondHolder);

    // SIGTERM: the watcher stops and gives the lease up.
    second.process().terminate();
    QVERIFY(second.process().waitForFinished(20000));
    QCOMPARE(second.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.process().exitCode(), 0);
    QVERIFY(leaseRow(**store).isEmpty());
}

void TestCliWatch::onceRunsOneRoundEachTimeAndGivesTheLeaseUp()
{
    QFETCH_GLOBAL(QString, backend);
    auto target = m_backends.fresh(backend, m_dir.path());
    QVERIFY2(target, qPrintable(target.error()));
    auto store = target->open();
    QVERIFY2(store, qPrintable(store.error()));
    const QString home = m_dir.filePath(QStringLiteral("home"));
    for (int run = 1; run <= 2; ++run) {
        WatchProcess once;
        once.start(*target, home, { QStringLiteral("--once") });
        QVERIFY(once.process().waitForFinished(30000));
        QVERIFY2(once.process().exitCode() == 0, qPrintable(once.err()));
        QCOMPARE(once.rounds(), 1);
        QVERIFY(leaseRow(**store).isEmpty());
    }

    // While a running watcher holds the lease, --once says so and runs nothing.
    WatchProcess running;
    running.start(*target, home);
    QVERIFY2(running.waitFor([&] { return running.rounds() == 1 && !running.holder().isEmpty(); }),
             qPrintable(running.err()));
    WatchProcess once;
    once.start(*target, home, { QStringLiteral("--once") });
    QVERIFY(once.process().waitForFinished(30000));
    QCOMPARE(once.process().exitCode(), 0);
    QCOMPARE(once.rounds(), 0);
    QVERIFY2(
        once.err().contains(QStringLiteral("another watcher (holder %1)").arg(running.holder())),
        qPrintable(once.err()));
    running.process().terminate();
    QVERIFY(running.process().waitForFinished(20000));
}

void TestCliWatch::badLeaseSecondsIsUsage()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != QLatin1String("sqlite"))
        QSKIP("usage does not depend on the store");
    QProcess cli;
    cli.start(TestEnvironment::cliProgram(),
              { QStringLiteral("watch"), QStringLiteral("--lease-seconds"), QStringLiteral("1"),
                QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite")) });
    QVERIFY(cli.waitForFinished(10000));
    QCOMPARE(cli.exitCode(), 2);
    QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains(QStringLiteral("3 to 3600")));
    cli.start(TestEnvironment::cliProgram(),
              { QStringLiteral("watch"), QStringLiteral("--once"), QStringLiteral("--db"),
                m_dir.filePath(QStringLiteral("none.sqlite")) });
    QVERIFY(cli.waitForFinished(10000));
    QCOMPARE(cli.exitCode(), 3); // a mistyped path is not an empty store to watch
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("none.sqlite"))));
}

QTEST_GUILESS_MAIN(TestCliWatch)
#include "tst_cliwatch.moc"
