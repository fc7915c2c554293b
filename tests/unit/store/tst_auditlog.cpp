#include "postgresbackends.h"
#include "rawsql.h"
#include "store/auditchain.h"
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
    void everyEntryIsChainedToTheOneBefore();
    void aRewrittenEntryIsFoundByVerify();
    void aRemovedEntryIsFoundByVerify();
    void anIntentWithoutOutcomeStaysOpen();
    void anOutcomeMustNameItsIntent();
    void entriesWrittenBeforeTheChainAreAnchored();
    void theConsoleRoleCanOnlyInsertAndSelect();

private:
    void appendSamples();
    QString execute(const QString &sql);
    // Gets past the database's own refusal, as someone with the owner's rights could.
    void disableAppendOnlyTriggers();
    QVector<qint64> idsOf(const QVector<AuditEntry> &entries);

    StoreBackends m_backends;
    StoreTarget m_target;
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
    m_target = *target;
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
    QVERIFY(m_log->exportRows(alice, [&rows](const QStringList &row) {
        rows << row;
        return true;
    }));
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
    QVERIFY(m_log->exportRows({}, [&rows](const QStringList &row) {
        rows << row;
        return rows.size() < 2;
    }));
    QCOMPARE(rows.size(), 2);
    rows.clear();
    AuditFilter service;
    service.action = QStringLiteral("start-service");
    QVERIFY(m_log->exportRows(service, [&rows](const QStringList &row) {
        rows << row;
        return true;
    }));
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

void TestAuditLog::disableAppendOnlyTriggers()
{
    const QStringList statements = m_database->dialect() == SqlDialect::Sqlite
        ? QStringList { QStringLiteral("DROP TRIGGER audit_log_no_update"),
                        QStringLiteral("DROP TRIGGER audit_log_no_delete") }
        : QStringList { QStringLiteral(
            "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only") };
    for (const QString &sql : statements)
        QCOMPARE(execute(sql), QString());
}

QVector<qint64> TestAuditLog::idsOf(const QVector<AuditEntry> &entries)
{
    QVector<qint64> ids;
    for (const AuditEntry &e : entries)
        ids << e.id;
    return ids;
}

void TestAuditLog::everyEntryIsChainedToTheOneBefore()
{
    appendSamples();
    auto all = m_log->search({});
    QVERIFY(all.ok());
    // Oldest first: the first links to the genesis, each next one to the one before.
    QString previous = AuditChain::genesis();
    for (auto e = all->crbegin(); e != all->crend(); ++e) {
        QCOMPARE(e->previousHash, previous);
        QCOMPARE(e->hash.size(), 64);
        previous = e->hash;
    }
    auto verified = m_log->verify();
    QVERIFY2(verified.ok(), qPrintable(verified.error()));
    QVERIFY(verified->intact());
    QCOMPARE(verified->entries, qint64(4));
    QCOMPARE(verified->preChainEntries, qint64(0));
    QCOMPARE(verified->headId, all->first().id);
    QCOMPARE(verified->headHash, all->first().hash);
    QVERIFY(verified->openIntents.isEmpty());
}

void TestAuditLog::aRewrittenEntryIsFoundByVerify()
{
    appendSamples();
    const QVector<qint64> ids = idsOf(*m_log->search({}));
    const qint64 bobs = ids.at(2); // newest first: the move of 2024-03-02
    disableAppendOnlyTriggers();
    QCOMPARE(
        execute(QStringLiteral("UPDATE audit_log SET os_user = 'mallory' WHERE id = %1").arg(bobs)),
        QString());
    auto verified = m_log->verify();
    QVERIFY2(verified.ok(), qPrintable(verified.error()));
    QVERIFY(!verified->intact());
    QCOMPARE(verified->problems.size(), 1);
    QCOMPARE(verified->problems.first().id, bobs);
    QVERIFY2(verified->problems.first().problem.contains(QLatin1String("changed")),
             qPrintable(verified->problems.first().problem));

    // Recomputing that entry's own hash moves the break to the next entry, which still names
    // the old one.
    const AuditEntry forged = m_log->search({})->at(2);
    AuditChain::Row row;
    row.at = forged.at.toString(Qt::ISODateWithMs);
    row.osUser = forged.osUser;
    row.action = forged.action;
    QSqlQuery targets(m_database->connection());
    QVERIFY(targets.exec(
        QStringLiteral("SELECT targets_json, detail FROM audit_log WHERE id = %1").arg(bobs)));
    QVERIFY(targets.next());
    row.targetsJson = targets.value(0).toString();
    row.detail = targets.value(1).toString();
    targets.finish();
    row.phase = forged.phase;
    QCOMPARE(execute(QStringLiteral("UPDATE audit_log SET entry_hash = '%1' WHERE id = %2")
                         .arg(AuditChain::entryHash(forged.previousHash, row))
                         .arg(bobs)),
             QString());
    verified = m_log->verify();
    QVERIFY(verified.ok());
    QCOMPARE(verified->problems.size(), 1);
    QCOMPARE(verified->problems.first().id, ids.at(1));
    QVERIFY(verified->problems.first().problem.contains(QLatin1String("does not follow")));
}

void TestAuditLog::aRemovedEntryIsFoundByVerify()
{
    appendSamples();
    const QVector<qint64> ids = idsOf(*m_log->search({}));
    disableAppendOnlyTriggers();
    QCOMPARE(execute(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(ids.at(2))),
             QString());
    auto verified = m_log->verify();
    QVERIFY2(verified.ok(), qPrintable(verified.error()));
    QCOMPARE(verified->problems.size(), 1);
    QCOMPARE(verified->problems.first().id, ids.at(1)); // the entry after the removed one
    // An entry inserted around AuditLog (no hash) is named too.
    QCOMPARE(execute(QStringLiteral("INSERT INTO audit_log (at, os_user, action, targets_json,"
                                    " detail) VALUES ('2024-03-09T00:00:00.000Z', 'mallory',"
                                    " 'release', '[]', '')")),
             QString());
    verified = m_log->verify();
    QCOMPARE(verified->problems.size(), 2);
    QVERIFY(verified->problems.last().problem.contains(QLatin1String("no hash")));
}

void TestAuditLog::anIntentWithoutOutcomeStaysOpen()
{
    AuditEntry intent
        = entry("2024-03-01T09:00:00.000Z", QStringLiteral("alice"), QStringLiteral("quarantine"),
                { { QStringLiteral("127.0.0.10"), QStringLiteral("pending"), {} } });
    intent.phase = QLatin1String(AuditPhase::intent);
    auto intentId = m_log->append(intent);
    QVERIFY2(intentId.ok(), qPrintable(intentId.error()));
    // The console was killed here: the intent is visible, in the search and in verify().
    auto verified = m_log->verify();
    QVERIFY(verified.ok());
    QVERIFY(verified->intact());
    QCOMPARE(verified->openIntents.size(), 1);
    QCOMPARE(verified->openIntents.first().id, *intentId);
    QCOMPARE(m_log->search({})->size(), 1);
    QCOMPARE(m_log->search({})->first().phase, QLatin1String(AuditPhase::intent));

    AuditEntry outcome = intent;
    outcome.phase = QLatin1String(AuditPhase::outcome);
    outcome.intentId = *intentId;
    outcome.targets.first().outcome = QStringLiteral("done");
    QVERIFY(m_log->append(outcome).ok());
    verified = m_log->verify();
    QVERIFY(verified->openIntents.isEmpty());
    QCOMPARE(verified->entries, qint64(2));
    // The search shows the command once: its outcome.
    auto all = m_log->search({});
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().intentId, *intentId);
    QCOMPARE(all->first().targets.first().outcome, QStringLiteral("done"));
}

void TestAuditLog::anOutcomeMustNameItsIntent()
{
    AuditEntry orphan
        = entry("2024-03-01T09:00:00.000Z", QStringLiteral("alice"), QStringLiteral("release"), {});
    orphan.phase = QLatin1String(AuditPhase::outcome);
    QVERIFY(!m_log->append(orphan).ok());
    AuditEntry anchor = orphan;
    anchor.phase = QLatin1String(AuditPhase::chainAnchor);
    QVERIFY(!m_log->append(anchor).ok());
    QCOMPARE(m_log->verify()->entries, qint64(0));
}

void TestAuditLog::entriesWrittenBeforeTheChainAreAnchored()
{
    // A store as schema 3 left it, with two entries: steps 4 and later taken back out of a fresh
    // store.
    QStringList undo = undoSchemaStepsAfter5();
    undo << QStringList { QStringLiteral("DROP TABLE watch_lease"),
                          QStringLiteral("DROP INDEX audit_log_intent"),
                          QStringLiteral("ALTER TABLE audit_log DROP COLUMN phase"),
                          QStringLiteral("ALTER TABLE audit_log DROP COLUMN intent_id"),
                          QStringLiteral("ALTER TABLE audit_log DROP COLUMN previous_hash"),
                          QStringLiteral("ALTER TABLE audit_log DROP COLUMN entry_hash"),
                          QStringLiteral("DELETE FROM schema_version WHERE version >= 4") };
    for (const char *who : { "alice", "bob" })
        undo << QStringLiteral("INSERT INTO audit_log (at, os_user, action, targets_json, detail)"
                               " VALUES ('2024-03-01T09:00:00.000Z', '%1', 'release', '[]', '')")
                    .arg(QLatin1String(who));
    for (const QString &sql : undo)
        QCOMPARE(execute(sql), QString());
    m_log.reset();
    m_database.reset();
    auto reopened = m_target.open();
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    m_database = *reopened;
    m_log = std::make_unique<AuditLog>(m_database);

    auto verified = m_log->verify();
    QVERIFY2(verified.ok(), qPrintable(verified.error()));
    QVERIFY(verified->intact());
    QCOMPARE(verified->entries, qint64(3)); // the two, and the anchor
    QCOMPARE(verified->preChainEntries, qint64(2));
    // The search lists commands only: the anchor is not one.
    QCOMPARE(m_log->search({})->size(), 2);
    QVERIFY(m_log
                ->append(entry("2024-03-05T09:00:00.000Z", QStringLiteral("carol"),
                               QStringLiteral("move"), {}))
                .ok());
    QVERIFY(m_log->verify()->intact());

    // Rewriting an entry from before the chain breaks the anchor's link.
    const qint64 anchorId = verified->headId;
    disableAppendOnlyTriggers();
    QCOMPARE(execute(QStringLiteral("UPDATE audit_log SET os_user = 'mallory' WHERE os_user = "
                                    "'alice'")),
             QString());
    verified = m_log->verify();
    QCOMPARE(verified->problems.size(), 1);
    QCOMPARE(verified->problems.first().id, anchorId);
}

void TestAuditLog::theConsoleRoleCanOnlyInsertAndSelect()
{
    if (m_database->dialect() != SqlDialect::PostgreSql)
        QSKIP("grants are PostgreSQL's");
    appendSamples();
    // The grants of docs/security.md, "The console's database role".
    const QString role = QStringLiteral("console_") + m_target.database;
    const QStringList grants = {
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'console-pw'").arg(role),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(m_target.database, role),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(role),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON queries, endpoints, "
                       "query_status_counts, schedules TO %1")
            .arg(role),
        QStringLiteral("GRANT SELECT ON schema_version TO %1").arg(role),
        QStringLiteral("GRANT SELECT, INSERT ON audit_log TO %1").arg(role),
    };
    for (const QString &sql : grants)
        QCOMPARE(execute(sql), QString());
    auto console = Database::openPostgres(m_target.host, m_target.port, m_target.database, role,
                                          QStringLiteral("console-pw"));
    QVERIFY2(console.ok(), qPrintable(console.error()));
    AuditLog log(*console);
    QVERIFY2(log.append(entry("2024-03-05T09:00:00.000Z", QStringLiteral("dave"),
                              QStringLiteral("move"), {}))
                 .ok(),
             "the console's role can append");
    QVERIFY(log.verify()->intact());
    // Even with the triggers out of the way, the role itself may not change the log.
    disableAppendOnlyTriggers();
    for (const QString &sql :
         { QStringLiteral("UPDATE audit_log SET os_user = 'mallory'"),
           QStringLiteral("DELETE FROM audit_log"), QStringLiteral("TRUNCATE audit_log"),
           QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only") }) {
        QSqlQuery attempt((*console)->connection());
        QVERIFY2(!attempt.exec(sql), qPrintable(sql));
        const QString error = attempt.lastError().text();
        QVERIFY2(error.contains(QLatin1String("permission denied"))
                     || error.contains(QLatin1String("must be owner")),
                 qPrintable(sql + QLatin1String(": ") + error));
    }
    QCOMPARE(m_log->search({})->size(), 5);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
