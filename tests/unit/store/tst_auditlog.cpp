#include "postgresbackends.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "testclock.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// The audit log on both backends: append, search, export, and a table that refuses to change.
class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void appendAndReadBack();
    void incompleteEntriesAreRefused();
    void searchByTextActionAndTime();
    void exportGivesOneRowPerComputer();
    void rowsCannotBeChangedOrDeleted();
    void currentOsUserIsTheAccount();

private:
    void appendSamples();
    QString execute(const QString &sql);

    StoreBackends m_backends;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<AuditLog> m_log;
};

namespace {

AuditEntry entry(const char *when, const QString &user, const QString &action,
                 const QVector<AuditTarget> &targets, const QString &detail = {})
{
    AuditEntry e;
    e.at = at(when);
    e.osUser = user;
    e.action = action;
    e.targets = targets;
    e.detail = detail;
    return e;
}

QStringList actionsOf(const QVector<AuditEntry> &entries)
{
    QStringList actions;
    for (const AuditEntry &e : entries)
        actions << e.action + QLatin1Char('@') + e.at.toString(Qt::ISODate);
    return actions;
}

} // namespace

void TestAuditLog::initTestCase_data()
{
    StoreBackends::addGlobalData();
}

void TestAuditLog::init()
{
    QFETCH_GLOBAL(QString, backend);
    const QString skip = m_backends.skipReason(backend);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto target = m_backends.fresh(backend, m_dir->path());
    QVERIFY2(target.ok(), qPrintable(target.error()));
    auto opened = target->open();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_database = *opened;
    m_log = std::make_unique<AuditLog>(m_database);
    // Only after opening: the refusals below are logged as warnings on purpose.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestAuditLog::cleanup()
{
    m_log.reset();
    m_database.reset();
    m_dir.reset();
}

void TestAuditLog::appendSamples()
{
    const QVector<AuditEntry> samples = {
        entry("2024-03-01T09:00:00.000Z", QStringLiteral("alice"), QStringLiteral("quarantine"),
              { { QStringLiteral("127.0.0.10"), QStringLiteral("done"), QString() },
                { QStringLiteral("127.0.0.11"), QStringLiteral("unreachable"),
                  QStringLiteral("no answer on 21112") } }),
        entry("2024-03-02T09:00:00.000Z", QStringLiteral("bob"), QStringLiteral("move"),
              { { QStringLiteral("経理部-PC01"), QStringLiteral("refused"),
                  QStringLiteral("certificate of another CA") } },
              QStringLiteral("to server osm-東京")),
        entry("2024-03-03T09:00:00.000Z", QStringLiteral("alice"), QStringLiteral("release"),
              { { QStringLiteral("127.0.0.10"), QStringLiteral("done"), QString() } }),
        entry("2024-03-04T09:00:00.000Z", QStringLiteral("carol"), QStringLiteral("start-service"),
              {}, QStringLiteral("service 100%_real, =cmd")),
    };
    for (const AuditEntry &sample : samples) {
        auto id = m_log->append(sample);
        QVERIFY2(id.ok(), qPrintable(id.error()));
    }
}

QString TestAuditLog::execute(const QString &sql)
{
    QSqlQuery query(m_database->connection());
    return query.exec(sql) ? QString() : query.lastError().text();
}

void TestAuditLog::appendAndReadBack()
{
    const AuditEntry written = entry(
        "2024-03-01T09:00:00.250Z", QStringLiteral("ユーザー"), QStringLiteral("quarantine"),
        { { QStringLiteral("127.0.0.10"), QStringLiteral("done"), QString() },
          { QStringLiteral("Müller's \"PC\", upstairs"), QStringLiteral("refused"),
            QStringLiteral("line one\nline two") } },
        QStringLiteral("from the results table"));
    auto first = m_log->append(written);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    auto second = m_log->append(written);
    QVERIFY(second.ok());
    QVERIFY(*second > *first);

    auto all = m_log->search({});
    QVERIFY2(all.ok(), qPrintable(all.error()));
    QCOMPARE(all->size(), 2);
    const AuditEntry &read = all->last();
    QCOMPARE(read.id, *first);
    QCOMPARE(read.at, written.at);
    QCOMPARE(read.osUser, written.osUser);
    QCOMPARE(read.action, written.action);
    QCOMPARE(read.targets, written.targets);
    QCOMPARE(read.detail, written.detail);
}

void TestAuditLog::incompleteEntriesAreRefused()
{
    AuditEntry noUser = entry("2024-03-01T09:00:00.000Z", QString(), QStringLiteral("move"), {});
    AuditEntry noTime = noUser;
    noTime.osUser = QStringLiteral("alice");
    noTime.at = QDateTime();
    AuditEntry noAction = noTime;
    noAction.at = at("2024-03-01T09:00:00.000Z");
    noAction.action.clear();
    for (const AuditEntry &bad : { noUser, noTime, noAction }) {
        auto id = m_log->append(bad);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().contains(QStringLiteral("was not recorded")), qPrintable(id.error()));
    }
    QCOMPARE(m_log->search({})->size(), 0);
}

void TestAuditLog::searchByTextActionAndTime()
{
    appendSamples();
    auto all = m_log->search({});
    QVERIFY2(all.ok(), qPrintable(all.error()));
    QCOMPARE(actionsOf(*all),
             (QStringList { QStringLiteral("start-service@2024-03-04T09:00:00Z"),
                            QStringLiteral("release@2024-03-03T09:00:00Z"),
                            QStringLiteral("move@2024-03-02T09:00:00Z"),
                            QStringLiteral("quarantine@2024-03-01T09:00:00Z") }));

    const auto search = [this](const AuditFilter &filter) {
        auto found = m_log->search(filter);
        return found ? actionsOf(*found) : QStringList { found.error() };
    };
    AuditFilter byComputer;
    byComputer.text = QStringLiteral("127.0.0.10");
    QCOMPARE(search(byComputer),
             (QStringList { QStringLiteral("release@2024-03-03T09:00:00Z"),
                            QStringLiteral("quarantine@2024-03-01T09:00:00Z") }));
    AuditFilter byUserAnyCase;
    byUserAnyCase.text = QStringLiteral("ALICE");
    QCOMPARE(search(byUserAnyCase).size(), 2);
    AuditFilter byOutcome;
    byOutcome.text = QStringLiteral("unreachable");
    QCOMPARE(search(byOutcome), QStringList { QStringLiteral("quarantine@2024-03-01T09:00:00Z") });
    AuditFilter japanese;
    japanese.text = QStringLiteral("経理部");
    QCOMPARE(search(japanese), QStringList { QStringLiteral("move@2024-03-02T09:00:00Z") });
    // LIKE's wildcards are taken literally: "0%_" matches only the text that has them.
    AuditFilter literal;
    literal.text = QStringLiteral("0%_");
    QCOMPARE(search(literal), QStringList { QStringLiteral("start-service@2024-03-04T09:00:00Z") });
    AuditFilter byAction;
    byAction.action = QStringLiteral("move");
    QCOMPARE(search(byAction), QStringList { QStringLiteral("move@2024-03-02T09:00:00Z") });
    AuditFilter byTime;
    byTime.from = at("2024-03-02T09:00:00.000Z");
    byTime.to = at("2024-03-04T09:00:00.000Z");
    QCOMPARE(search(byTime),
             (QStringList { QStringLiteral("release@2024-03-03T09:00:00Z"),
                            QStringLiteral("move@2024-03-02T09:00:00Z") }));
    AuditFilter limited;
    limited.limit = 1;
    QCOMPARE(search(limited), QStringList { QStringLiteral("start-service@2024-03-04T09:00:00Z") });
    AuditFilter nothing;
    nothing.text = QStringLiteral("nobody-has-this");
    QVERIFY(search(nothing).isEmpty());
}

void TestAuditLog::exportGivesOneRowPerComputer()
{
    appendSamples();
    QCOMPARE(AuditLog::exportHeaders(),
             (QStringList { QStringLiteral("time_utc"), QStringLiteral("os_user"),
                            QStringLiteral("action"), QStringLiteral("computer"),
                            QStringLiteral("outcome"), QStringLiteral("outcome_detail"),
                            QStringLiteral("detail") }));
    QVector<QStringList> rows;
    AuditFilter alice;
    alice.text = QStringLiteral("alice");
    QCOMPARE(m_log->exportRows(alice,
                               [&rows](const QStringList &row) {
                                   rows << row;
                                   return true;
                               }),
             QString());
    // Oldest first, one row per computer.
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0),
             (QStringList { QStringLiteral("2024-03-01T09:00:00.000Z"), QStringLiteral("alice"),
                            QStringLiteral("quarantine"), QStringLiteral("127.0.0.10"),
                            QStringLiteral("done"), QString(), QString() }));
    QCOMPARE(rows.at(1).at(3), QStringLiteral("127.0.0.11"));
    QCOMPARE(rows.at(1).at(5), QStringLiteral("no answer on 21112"));
    QCOMPARE(rows.at(2).at(2), QStringLiteral("release"));

    // An entry without computers still gives its row; the sink can stop the export.
    rows.clear();
    QCOMPARE(m_log->exportRows({},
                               [&rows](const QStringList &row) {
                                   rows << row;
                                   return rows.size() < 2;
                               }),
             QString());
    QCOMPARE(rows.size(), 2);
    rows.clear();
    AuditFilter service;
    service.action = QStringLiteral("start-service");
    QCOMPARE(m_log->exportRows(service,
                               [&rows](const QStringList &row) {
                                   rows << row;
                                   return true;
                               }),
             QString());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().at(3), QString());
    QCOMPARE(rows.first().at(6), QStringLiteral("service 100%_real, =cmd"));
}

void TestAuditLog::rowsCannotBeChangedOrDeleted()
{
    appendSamples();
    // Whatever code tries it, the database itself refuses.
    QStringList attempts = { QStringLiteral("UPDATE audit_log SET os_user = 'mallory'"),
                             QStringLiteral("DELETE FROM audit_log WHERE action = 'move'"),
                             QStringLiteral("DELETE FROM audit_log") };
    if (m_database->dialect() == SqlDialect::PostgreSql)
        attempts << QStringLiteral("TRUNCATE audit_log");
    for (const QString &sql : attempts) {
        const QString error = execute(sql);
        QVERIFY2(error.contains(QStringLiteral("append-only")),
                 qPrintable(sql + QLatin1String(": ") + error));
    }
    auto all = m_log->search({});
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 4);
    QCOMPARE(all->last().osUser, QStringLiteral("alice"));
    // Appending still works afterwards.
    QVERIFY(m_log
                ->append(entry("2024-03-05T09:00:00.000Z", QStringLiteral("dave"),
                               QStringLiteral("move"), {}))
                .ok());
}

void TestAuditLog::currentOsUserIsTheAccount()
{
    const QString user = AuditLog::currentOsUser();
    QVERIFY(!user.isEmpty());
    if (geteuid() == 0)
        QCOMPARE(user, QStringLiteral("root"));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
