#include "auditsession.h"
#include "store/auditlog.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// AuditSession over a real SQLite store: it searches the log into its model, the newest search
// winning, and exports what a filter selects to CSV; every read and write on a worker.
class TestAuditSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void searchesIntoItsModel();
    void theNewestSearchWins();
    void exportsWhatTheFilterSelects();
    void saysWhyAnExportFailed();
    void saysWhyTheLogCannotBeRead();

private:
    AuditSession::OpenDatabase openStore() const
    {
        return [path = m_database] { return Database::openSqlite(path); };
    }

    QTemporaryDir m_directory;
    QString m_database;
};

void TestAuditSession::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_database = m_directory.filePath(QStringLiteral("osmgmt.sqlite"));
    const Result<std::shared_ptr<Database>> database = Database::openSqlite(m_database);
    QVERIFY2(database, qPrintable(database ? QString() : database.error()));
    AuditLog log(database.value());
    const QDateTime monday(QDate(2026, 11, 16), QTime(9, 0), Qt::UTC);
    int minute = 0;
    for (const char *action : { "quarantine", "release", "quarantine" }) {
        AuditEntry entry;
        entry.at = monday.addSecs(60 * minute++);
        entry.osUser = QStringLiteral("admin");
        entry.action = QLatin1String(action);
        entry.targets = { { QStringLiteral("127.1.0.1"), QStringLiteral("done"), QString() },
                          { QStringLiteral("127.1.0.2"), QStringLiteral("refused"), QString() } };
        QVERIFY(log.append(entry));
    }
}

void TestAuditSession::searchesIntoItsModel()
{
    AuditSession session(openStore());
    QAbstractItemModelTester tester(session.entries(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy searched(&session, &AuditSession::searched);
    session.search({});
    QVERIFY(searched.wait(10000));
    QCOMPARE(searched.at(0).at(0).toInt(), 3);
    QCOMPARE(searched.at(0).at(1).toBool(), false);
    QCOMPARE(session.entries()->rowCount(), 3);
    QCOMPARE(session.entries()->entry(0).action, QStringLiteral("quarantine")); // newest first

    AuditFilter releases;
    releases.action = QStringLiteral("release");
    session.search(releases);
    QVERIFY(searched.wait(10000));
    QCOMPARE(session.entries()->rowCount(), 1);
    QCOMPARE(session.entries()->entry(0).action, QStringLiteral("release"));
}

void TestAuditSession::theNewestSearchWins()
{
    AuditSession session(openStore());
    QSignalSpy searched(&session, &AuditSession::searched);
    AuditFilter releases;
    releases.action = QStringLiteral("release");
    session.search({}); // dropped: the next one is newer
    session.search(releases);
    QVERIFY(searched.wait(10000));
    QCOMPARE(searched.at(0).at(0).toInt(), 1);
    QCOMPARE(session.entries()->rowCount(), 1);
}

void TestAuditSession::exportsWhatTheFilterSelects()
{
    AuditSession session(openStore());
    QSignalSpy exported(&session, &AuditSession::exportFinished);
    AuditFilter quarantines;
    quarantines.action = QStringLiteral("quarantine");
    const QString path = m_directory.filePath(QStringLiteral("audit.csv"));
    session.exportTo(quarantines, path);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.at(0).at(0).toString(), path);
    QCOMPARE(exported.at(0).at(1).toString(), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 5); // the headers, then a row per computer of the two quarantines
    for (int line = 1; line < lines.size(); ++line)
        QVERIFY(lines.at(line).contains("quarantine"));
}

void TestAuditSession::saysWhyAnExportFailed()
{
    AuditSession session(openStore());
    QSignalSpy exported(&session, &AuditSession::exportFinished);
    const QString path = m_directory.filePath(QStringLiteral("missing/folder/audit.csv"));
    session.exportTo({}, path);
    QVERIFY(exported.wait(10000));
    QVERIFY(exported.at(0).at(1).toString().contains(path));
    QVERIFY(!QFile::exists(path));
}

void TestAuditSession::saysWhyTheLogCannotBeRead()
{
    AuditSession session([] {
        return Result<std::shared_ptr<Database>>::failure(QStringLiteral("the disk is gone"));
    });
    QSignalSpy failed(&session, &AuditSession::searchFailed);
    session.search({});
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("the disk is gone"));
    QCOMPARE(session.entries()->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestAuditSession)
#include "tst_auditsession.moc"
