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
    void truncatedOnlyBeyondTheLimit();

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
    QSignalSpy exported(&session, &AuditSession::exported);
    QSignalSpy failed(&session, &AuditSession::exportFailed);
    AuditFilter quarantines;
    quarantines.action = QStringLiteral("quarantine");
    const QString path = m_directory.filePath(QStringLiteral("audit.csv"));
    session.exportTo(quarantines, path);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.at(0).at(0).toString(), path);
    QCOMPARE(failed.count(), 0);
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
    QSignalSpy exported(&session, &AuditSession::exported);
    QSignalSpy failed(&session, &AuditSession::exportFailed);
    const QString path = m_directory.filePath(QStringLiteral("missing/folder/audit.csv"));
    session.exportTo({}, path);
    QVERIFY(failed.wait(10000));
    QCOMPARE(exported.count(), 0);
    QVERIFY(failed.at(0).at(1).toString().contains(path));
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

void TestAuditSession::truncatedOnlyBeyondTheLimit()
{
    const QString path = m_directory.filePath(QStringLiteral("many.sqlite"));
    const Result<std::shared_ptr<Database>> database = Database::openSqlite(path);
    QVERIFY2(database, qPrintable(database.error()));
    AuditLog log(database.value());
    const QDateTime monday(QDate(2026, 11, 16), QTime(9, 0), Qt::UTC);
    const auto append = [&log, &monday](int second) {
        AuditEntry entry;
        entry.at = monday.addSecs(second);
        entry.osUser = QStringLiteral("admin");
        entry.action = QStringLiteral("release");
        entry.targets = { { QStringLiteral("127.1.0.1"), QStringLiteral("done"), QString() } };
        return log.append(entry).ok();
    };
    for (int second = 0; second < AuditSession::searchLimit; ++second)
        QVERIFY(append(second));
    AuditSession session([path] { return Database::openSqlite(path); });
    QSignalSpy searched(&session, &AuditSession::searched);
    session.search({}); // exactly 5000: all of them, nothing left out
    QVERIFY(searched.wait(20000));
    QCOMPARE(searched.last().at(0).toInt(), AuditSession::searchLimit);
    QCOMPARE(searched.last().at(1).toBool(), false);
    QVERIFY(append(AuditSession::searchLimit));
    session.search({}); // 5001: the newest 5000, and a word that there were more
    QVERIFY(searched.wait(20000));
    QCOMPARE(searched.last().at(0).toInt(), AuditSession::searchLimit);
    QCOMPARE(searched.last().at(1).toBool(), true);
    QCOMPARE(session.entries()->entry(0).at, monday.addSecs(AuditSession::searchLimit));
    QCOMPARE(session.entries()->entry(AuditSession::searchLimit - 1).at, monday.addSecs(1));
}

QTEST_GUILESS_MAIN(TestAuditSession)
#include "tst_auditsession.moc"
