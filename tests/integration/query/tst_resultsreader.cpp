#include "errorwords.h"
#include "sampleendpoints.h"
#include "store/database.h"
#include "store/querystore.h"
#include "store/resultsreader.h"

#include <QSqlQuery>
#include <QtTest>

// ResultsReader against a real SQLite store written by QueryStore: every field of every row
// comes back as QueryStore::endpoints() gives it, and refusals name the query.
class TestResultsReader : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatQueryStoreWrote();
    void refusesWhatIsNotThere();
};

void TestResultsReader::readsWhatQueryStoreWrote()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto database = Database::openSqlite(dir.filePath(QStringLiteral("r.sqlite")));
    QVERIFY2(database.ok(), qPrintable(database.error()));
    QueryStore store(database.value());
    const auto id = store.beginQuery("{}", QStringLiteral("osm-hq"), 64,
                                     QDateTime(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC));
    QVERIFY(id.ok());
    QVector<Endpoint> endpoints = SampleEndpoints::mixed(60);
    endpoints[1].name = QStringLiteral("経理部-端末,\"01\"\n2");
    endpoints[2].address = QStringLiteral("fd00:1::2a");
    endpoints[3].adPath = QStringLiteral("CN=Ärzte,OU=Site 1,DC=corp");
    endpoints[4].ports
        = { PortObservation { 135, PortOutcome::Refused, QStringLiteral("refused") },
            PortObservation { 21112, PortOutcome::Stalled, QStringLiteral("日本") } };
    endpoints[5].agentPort = 65535;
    endpoints[6].gate = GateResult::NoRoute;
    endpoints[7].name = QStringLiteral("unit\x1fseparator"); // read again column by column
    endpoints[8].detail = QStringLiteral("emoji 😀 and \x1f");
    QVERIFY(store.appendEndpoints(*id, endpoints).isEmpty());

    const ResultsReader reader(database.value());
    QCOMPARE(reader.latestQueryId().value(), *id);
    const auto table = reader.read(*id);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    const auto stored = store.endpoints(*id);
    QVERIFY(stored.ok());
    QCOMPARE((*table)->size(), qsizetype(endpoints.size()));
    for (qsizetype row = 0; row < endpoints.size(); ++row)
        QCOMPARE((*table)->endpoint(row), stored->at(row));
    QCOMPARE((*table)->count(SecurityStatus::Unreachable), qint64(12));
    QCOMPARE((*table)->foldedName(1), QStringView(endpoints[1].name.toCaseFolded()));
    QCOMPARE(int((*table)->addressKey(2)[0]), 6);

    // In chunks of 7, joined again: the same rows in the same order.
    QVector<std::shared_ptr<ResultsTable>> chunks;
    const auto rows = reader.read(*id, 7, [&chunks](std::shared_ptr<ResultsTable> chunk) {
        chunks.append(std::move(chunk));
    });
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    QCOMPARE(*rows, qint64(endpoints.size()));
    QCOMPARE(chunks.size(), 9);
    QCOMPARE(chunks.first()->size(), qsizetype(7));
    ResultsTable joined;
    for (const auto &chunk : std::as_const(chunks))
        joined.append(*chunk);
    QCOMPARE(joined.size(), qsizetype(endpoints.size()));
    for (qsizetype row = 0; row < endpoints.size(); ++row)
        QCOMPARE(joined.endpoint(row), stored->at(row));
    QCOMPARE(joined.count(SecurityStatus::Unreachable), qint64(12));
}

void TestResultsReader::refusesWhatIsNotThere()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto database = Database::openSqlite(dir.filePath(QStringLiteral("empty.sqlite")));
    QVERIFY(database.ok());
    const ResultsReader reader(database.value());
    QVERIFY(!reader.latestQueryId().ok());
    QVERIFY_MENTIONS(reader.latestQueryId().error(), words({ "no query" }));
    const auto missing = reader.read(42);
    QVERIFY(!missing.ok());
    QVERIFY_MENTIONS(missing.error(), words({ "42" }));

    // A row holding a status this version never writes is refused, naming the row and the
    // status, and nothing of the query is handed over half read.
    QueryStore store(database.value());
    const auto id
        = store.beginQuery("{}", QStringLiteral("osm-hq"), 3, QDateTime::currentDateTimeUtc());
    QVERIFY(id.ok());
    QVERIFY(store.appendEndpoints(*id, SampleEndpoints::mixed(3)).isEmpty());
    QSqlQuery edit(database.value()->connection());
    QVERIFY(edit.exec(QStringLiteral("UPDATE endpoints SET status = 'protected-somehow' WHERE id = "
                                     "(SELECT MAX(id) FROM endpoints)")));
    int handed = 0;
    const auto broken
        = reader.read(*id, 100, [&handed](std::shared_ptr<ResultsTable>) { ++handed; });
    QVERIFY(!broken.ok());
    QVERIFY_MENTIONS(broken.error(), words({ "protected-somehow", "cannot be read" }));
    QCOMPARE(handed, 0);
}

QTEST_GUILESS_MAIN(TestResultsReader)
#include "tst_resultsreader.moc"
