#include "auditcheck.h"
#include "rawsql.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "testclock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The console's check of the audit log at start: off the GUI thread, and a warning that names
// the entry where the chain breaks, or the commands left open by an interrupted console.
class TestAuditCheck : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void anIntactLogGivesNoWarning();
    void aRewrittenEntryIsNamed();
    void anInterruptedCommandIsNamed();
    void aStoreThatCannotOpenIsLeftToTheConsole();

private:
    QString check(AuditCheck::OpenDatabase open = {});
    void append(const char *phase, qint64 intentId = 0);
    QString path() const { return m_dir->filePath(QStringLiteral("osmgmt.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAuditCheck::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAuditCheck::append(const char *phase, qint64 intentId)
{
    auto database = Database::openSqlite(path());
    QVERIFY2(database.ok(), qPrintable(database.error()));
    AuditEntry entry;
    entry.at = at("2024-03-01T09:00:00.000Z");
    entry.osUser = QStringLiteral("alice");
    entry.action = QStringLiteral("quarantine");
    entry.targets = { { QStringLiteral("127.0.0.10"), QStringLiteral("done"), {} } };
    entry.phase = QLatin1String(phase);
    entry.intentId = intentId;
    QVERIFY(AuditLog(*database).append(entry).ok());
}

QString TestAuditCheck::check(AuditCheck::OpenDatabase open)
{
    const QString file = path();
    if (!open)
        open = [file] { return Database::openSqlite(file); };
    AuditCheck auditCheck(open);
    QSignalSpy finished(&auditCheck, &AuditCheck::finished);
    QSignalSpy problem(&auditCheck, &AuditCheck::problemFound);
    auditCheck.start();
    if (!auditCheck.isRunning() || !finished.wait(10000))
        return QStringLiteral("did not finish");
    return problem.isEmpty() ? QString() : problem.first().first().toString();
}

void TestAuditCheck::anIntactLogGivesNoWarning()
{
    append(AuditPhase::complete);
    append(AuditPhase::complete);
    QCOMPARE(check(), QString());
}

void TestAuditCheck::aRewrittenEntryIsNamed()
{
    append(AuditPhase::complete);
    append(AuditPhase::complete);
    append(AuditPhase::complete);
    QCOMPARE(rawExec(path(),
                     { QStringLiteral("DROP TRIGGER audit_log_no_update"),
                       QStringLiteral("UPDATE audit_log SET detail = 'nothing happened' "
                                      "WHERE id = 2") }),
             QString());
    const QString warning = check();
    QVERIFY2(warning.contains(QLatin1String("changed after it was written")), qPrintable(warning));
    QVERIFY2(warning.contains(QLatin1String("entry 2.")), qPrintable(warning));
}

void TestAuditCheck::anInterruptedCommandIsNamed()
{
    append(AuditPhase::intent);
    append(AuditPhase::outcome, 1);
    append(AuditPhase::intent); // id 3: the console was killed before its outcome
    const QString warning = check();
    QVERIFY2(warning.contains(QLatin1String("interrupted")), qPrintable(warning));
    QVERIFY2(warning.contains(QLatin1String("entry 3)")), qPrintable(warning));
    QVERIFY(!warning.contains(QLatin1String("changed")));
}

void TestAuditCheck::aStoreThatCannotOpenIsLeftToTheConsole()
{
    const QString warning = check([] {
        return Result<std::shared_ptr<Database>>::failure(QStringLiteral("no password saved"));
    });
    QCOMPARE(warning, QString());
}

QTEST_GUILESS_MAIN(TestAuditCheck)
#include "tst_auditcheck.moc"
