#include "clienttreemodel.h"
#include "quarantinesession.h"
#include "results/resultstable.h"
#include "store/auditlog.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// QuarantineSession over a real SQLite store: it reads who is quarantined into its model on a
// worker, hands the client tree the quarantined and pending computers, and says why when the
// store cannot be read (docs/quarantine.md).
class TestQuarantineSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsIntoItsModel();
    void saysWhyTheStoreCannotBeRead();
    void theTreeShowsQuarantinedComputers();

private:
    QTemporaryDir m_directory;
    QString m_database;
};

void TestQuarantineSession::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_database = m_directory.filePath(QStringLiteral("osmgmt.sqlite"));
    const Result<std::shared_ptr<Database>> database = Database::openSqlite(m_database);
    QVERIFY2(database, qPrintable(database ? QString() : database.error()));
    AuditLog audit(database.value());
    for (const auto &[action, address] :
         { std::pair { "quarantine", "127.80.0.2" }, std::pair { "quarantine", "127.80.0.1" },
           std::pair { "quarantine", "127.80.0.3" }, std::pair { "release", "127.80.0.3" } }) {
        AuditEntry entry;
        entry.at = QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC);
        entry.osUser = QStringLiteral("alice");
        entry.action = QLatin1String(action);
        entry.targets = { { QLatin1String(address), QStringLiteral("done"), {} } };
        QVERIFY(audit.append(entry));
    }
}

void TestQuarantineSession::readsIntoItsModel()
{
    QuarantineSession session([path = m_database] { return Database::openSqlite(path); });
    QAbstractItemModelTester tester(session.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&session, &QuarantineSession::refreshed);
    session.refresh();
    QVERIFY(refreshed.wait());
    QCOMPARE(refreshed.first().first().toInt(), 3);
    const QuarantineStatusModel *model = session.model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->columnCount(), int(QuarantineStatusModel::ColumnCount));
    QCOMPARE(model->index(0, QuarantineStatusModel::AddressColumn).data().toString(),
             QStringLiteral("127.80.0.1"));
    QCOMPARE(model->index(0, QuarantineStatusModel::StateColumn).data().toString(),
             QStringLiteral("Quarantined"));
    QCOMPARE(model->index(0, QuarantineStatusModel::ReasonColumn).data().toString(),
             QStringLiteral("Manual"));
    QCOMPARE(model->index(2, QuarantineStatusModel::StateColumn)
                 .data(QuarantineStatusModel::StateKeyRole)
                 .toString(),
             QStringLiteral("released"));
    QVERIFY(model->index(0, QuarantineStatusModel::StateColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("alice")));
    QCOMPARE(model->count(QuarantineState::State::Quarantined), 2);
    QCOMPARE(model->count(QuarantineState::State::Released), 1);
    // The tree gets the quarantined and pending ones only: a released computer shows no icon.
    QCOMPARE(QSet<QString>(session.byAddress().keyBegin(), session.byAddress().keyEnd()),
             (QSet<QString> { QStringLiteral("127.80.0.1"), QStringLiteral("127.80.0.2") }));
    // Read again: the model is reset, not appended to.
    session.refresh();
    QVERIFY(refreshed.wait());
    QCOMPARE(model->rowCount(), 3);
}

void TestQuarantineSession::saysWhyTheStoreCannotBeRead()
{
    const QString notADatabase = m_directory.filePath(QStringLiteral("not-a-database"));
    QFile file(notADatabase);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not SQLite");
    file.close();
    QuarantineSession session([notADatabase] { return Database::openSqlite(notADatabase); });
    QSignalSpy failed(&session, &QuarantineSession::refreshFailed);
    session.refresh();
    QVERIFY(failed.wait());
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("not an osmgmt database")),
             qPrintable(failed.first().first().toString()));
}

// The client tree: a quarantined or pending computer shows the icon it is given and, in its
// tooltip, by whom, since when and why; a computer that is not quarantined keeps none.
void TestQuarantineSession::theTreeShowsQuarantinedComputers()
{
    ClientTreeModel tree;
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tree.setServerName(QStringLiteral("osm-hq"));
    auto table = std::make_shared<ResultsTable>();
    for (int i = 1; i <= 3; ++i) {
        Endpoint endpoint;
        endpoint.name = QStringLiteral("ws-%1").arg(i);
        endpoint.address = QStringLiteral("127.80.0.%1").arg(i);
        endpoint.status = SecurityStatus::NoClientInstalled;
        table->append(endpoint);
    }
    tree.addRows(table, 3);
    QuarantineState quarantined;
    quarantined.since = QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC);
    quarantined.why = QStringLiteral("quarantined by the console at 127.0.0.1");
    QuarantineState pending;
    pending.state = QuarantineState::State::Pending;
    pending.reason = QuarantineState::Reason::Policy;
    pending.policy = QStringLiteral("Critical 2026");
    QPixmap red(8, 8);
    red.fill(Qt::red);
    QPixmap blue(8, 8);
    blue.fill(Qt::blue);
    QSignalSpy changed(&tree, &QAbstractItemModel::dataChanged);
    tree.setQuarantines({ { QStringLiteral("127.80.0.1"), quarantined },
                          { QStringLiteral("127.80.0.3"), pending } },
                        QIcon(red), QIcon(blue));
    QVERIFY(!changed.isEmpty());
    const QModelIndex group = tree.statusGroupIndex(SecurityStatus::NoClientInstalled);
    QCOMPARE(tree.rowCount(group), 3);
    const auto iconAt = [&](int row) {
        return tree.index(row, 0, group).data(Qt::DecorationRole).value<QIcon>();
    };
    QCOMPARE(iconAt(0).pixmap(8, 8).toImage().pixelColor(4, 4), QColor(Qt::red));
    QVERIFY(iconAt(1).isNull());
    QCOMPARE(iconAt(2).pixmap(8, 8).toImage().pixelColor(4, 4), QColor(Qt::blue));
    QCOMPARE(tree.index(0, 0, group).data(Qt::ToolTipRole).toString(),
             QStringLiteral("127.80.0.1\nQuarantined (Manual) since 2026-12-02 08:00 UTC: "
                            "quarantined by the console at 127.0.0.1"));
    QCOMPARE(tree.index(2, 0, group)
                 .data(ClientTreeModel::QuarantineRole)
                 .value<QuarantineState>()
                 .policy,
             QStringLiteral("Critical 2026"));
    QVERIFY(!tree.index(1, 0, group).data(ClientTreeModel::QuarantineRole).isValid());
}

QTEST_MAIN(TestQuarantineSession)
#include "tst_quarantinesession.moc"
