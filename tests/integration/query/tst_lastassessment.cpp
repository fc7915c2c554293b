#include "store/database.h"
#include "store/lastassessment.h"
#include "store/querystore.h"

#include <QTemporaryDir>
#include <QTest>

// LastAssessment on a real SQLite store: the newest query decides, the same AD path wins over
// the same address, and what queries without on-demand assessment stored for AD computers
// (copies, never-assessed rows) is not an assessment.
class TestLastAssessment : public QObject
{
    Q_OBJECT

private slots:
    void findsTheNewestRealAssessment();
};

namespace {

const QByteArray onDemandScope = R"({"activeDirectory": {"onDemand": true}})";
const QByteArray storedScope = R"({"activeDirectory": {"onDemand": false}})";

Endpoint endpoint(const QString &address, const QString &dn, SecurityStatus status,
                  const QString &detail)
{
    Endpoint e;
    e.address = address;
    e.adPath = dn;
    e.status = status;
    e.detail = detail;
    return e;
}

} // namespace

void TestLastAssessment::findsTheNewestRealAssessment()
{
    QTemporaryDir dir;
    auto database = Database::openSqlite(dir.filePath(QStringLiteral("osmgmt.sqlite")));
    QVERIFY2(database, qPrintable(database.error()));
    QueryStore store(database.value());
    const QDateTime day1 = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    const auto add
        = [&](const QByteArray &scope, const QDateTime &at, const QVector<Endpoint> &rows) {
              const Result<qint64> id = store.beginQuery(scope, QStringLiteral("osm-hq"), 10, at);
              QVERIFY(id);
              QCOMPARE(store.appendEndpoints(id.value(), rows).error(), QString());
              QCOMPARE(store.finishQuery(id.value(), QueryState::Completed, at.addSecs(60)).error(),
                       QString());
          };
    const QString a = QStringLiteral("CN=A,OU=Sales,DC=corp,DC=test");
    const QString b = QStringLiteral("CN=B,OU=Sales,DC=corp,DC=test");
    add(onDemandScope, day1,
        { endpoint(QStringLiteral("198.18.0.1"), a, SecurityStatus::ManagedByThisServer,
                   QStringLiteral("probed on day 1")),
          endpoint(QStringLiteral("198.18.0.2"), QString(), SecurityStatus::NoClientInstalled,
                   QStringLiteral("IP only on day 1")) });
    // Day 2 ran without on-demand assessment: its AD rows are copies, not assessments; its
    // IP-only rows were probed.
    add(storedScope, day1.addDays(1),
        { endpoint(QStringLiteral("198.18.0.1"), a, SecurityStatus::ManagedByThisServer,
                   QStringLiteral("From the stored assessment of day 1")),
          endpoint(QString(), b, SecurityStatus::UnresolvedAd, QStringLiteral("Never assessed")),
          endpoint(QStringLiteral("198.18.0.3"), QString(), SecurityStatus::Unreachable,
                   QStringLiteral("IP only on day 2")) });
    // Day 3: B, never assessed on day 2, is probed at an address of its own.
    add(onDemandScope, day1.addDays(2),
        { endpoint(QStringLiteral("198.18.0.9"), b, SecurityStatus::Unreachable,
                   QStringLiteral("B on day 3")) });

    const Result<QVector<std::optional<LastAssessment::Found>>> found
        = LastAssessment(database.value())
              .find({ { a, QStringLiteral("198.18.0.1") },
                      { QStringLiteral("CN=C,DC=corp,DC=test"), QStringLiteral("198.18.0.2") },
                      { QStringLiteral("CN=D,DC=corp,DC=test"), QStringLiteral("198.18.0.3") },
                      { b, QString() },
                      { QStringLiteral("CN=E,DC=corp,DC=test"), QString() },
                      { QStringLiteral("CN=F,DC=corp,DC=test"), QStringLiteral("198.18.0.7") } });
    QVERIFY2(found, qPrintable(found.error()));
    QCOMPARE(found->size(), 6);
    QVERIFY(found->at(0));
    QCOMPARE(found->at(0)->endpoint.detail, QStringLiteral("probed on day 1"));
    QCOMPARE(found->at(0)->assessedAt, day1);
    QCOMPARE(found->at(1)->endpoint.detail, QStringLiteral("IP only on day 1"));
    QCOMPARE(found->at(2)->endpoint.detail, QStringLiteral("IP only on day 2"));
    QCOMPARE(found->at(2)->assessedAt, day1.addDays(1));
    QCOMPARE(found->at(3)->endpoint.detail, QStringLiteral("B on day 3"));
    QVERIFY(!found->at(4)); // never assessed
    QVERIFY(!found->at(5));
}

QTEST_GUILESS_MAIN(TestLastAssessment)
#include "tst_lastassessment.moc"
