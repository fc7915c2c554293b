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
    void readsLargeQueriesInWholeSegments();
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
    QVERIFY(store.appendEndpoints(*id, endpoints).error().isEmpty());

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

    // In chunks: a query this small is one.
    QVector<std::shared_ptr<ResultsTable>> chunks;
    const auto rows = reader.read(*id, 7, [&chunks](std::shared_ptr<ResultsTable> chunk) {
        chunks.append(std::move(chunk));
    });
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    QCOMPARE(*rows, qint64(endpoints.size()));
    QCOMPARE(chunks.size(), 1);
    for (qsizetype row = 0; row < endpoints.size(); ++row)
        QCOMPARE(chunks.first()->endpoint(row), stored->at(row));
}

namespace {

QVector<Endpoint> numbered(int first, int count)
{
    QVector<Endpoint> endpoints = SampleEndpoints::mixed(count);
    for (int i = 0; i < count; ++i) {
        endpoints[i].name = QStringLiteral("pc-%1").arg(first + i);
        endpoints[i].server = QStringLiteral("osm-%1").arg((first + i) / 1000);
    }
    return endpoints;
}

struct ChunkedRead
{
    Result<qint64> rows = Result<qint64>::failure(QString());
    QVector<std::shared_ptr<ResultsTable>> chunks;
};

ChunkedRead readInChunks(const ResultsReader &reader, qint64 queryId)
{
    ChunkedRead read;
    read.rows = reader.read(queryId, 7, [&read](std::shared_ptr<ResultsTable> chunk) {
        read.chunks.append(std::move(chunk));
    });
    return read;
}

} // namespace

void TestResultsReader::readsLargeQueriesInWholeSegments()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto database = Database::openSqlite(dir.filePath(QStringLiteral("large.sqlite")));
    QVERIFY2(database.ok(), qPrintable(database.error()));
    QueryStore store(database.value());
    const QDateTime start(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC);
    // Query `contiguous` is one run of row ids; query `interleaved` has another query's rows in
    // the middle of its own (two consoles writing at once). Both are read by two readers, in
    // chunks of one segment's ids.
    const auto contiguous = store.beginQuery("{}", QStringLiteral("osm-hq"), 40000, start);
    QVERIFY(contiguous.ok());
    for (int first = 0; first < 40000; first += 5000)
        QVERIFY(store.appendEndpoints(*contiguous, numbered(first, 5000)).error().isEmpty());
    const auto interleaved = store.beginQuery("{}", QStringLiteral("osm-hq"), 40000, start);
    const auto between = store.beginQuery("{}", QStringLiteral("osm-hq"), 10, start);
    QVERIFY(interleaved.ok() && between.ok());
    QVERIFY(store.appendEndpoints(*interleaved, numbered(0, 20000)).error().isEmpty());
    QVERIFY(store.appendEndpoints(*between, numbered(0, 10)).error().isEmpty());
    QVERIFY(store.appendEndpoints(*interleaved, numbered(20000, 20000)).error().isEmpty());

    const ResultsReader reader(database.value());
    for (const qint64 queryId : { *contiguous, *interleaved }) {
        const ChunkedRead read = readInChunks(reader, queryId);
        QVERIFY2(read.rows.ok(), qPrintable(read.rows.error()));
        QCOMPARE(*read.rows, qint64(40000));
        // Whole segments but the last, in order, so that joined, every chunk's segments are
        // shared; the chunk whose ids hold the other query's rows is that much shorter (and
        // the table copies the rows after it).
        QCOMPARE(read.chunks.size(), 3);
        QCOMPARE(read.chunks.at(0)->size(), ResultsSegment::capacity);
        QCOMPARE(read.chunks.at(1)->size(),
                 ResultsSegment::capacity - (queryId == *contiguous ? 0 : 10));
        ResultsTable joined;
        for (const auto &chunk : read.chunks)
            joined.append(*chunk);
        const auto stored = store.endpoints(queryId);
        QVERIFY(stored.ok());
        QCOMPARE(joined.size(), stored->size());
        for (qsizetype row = 0; row < joined.size(); ++row)
            QCOMPARE(joined.endpoint(row), stored->at(row));
        qint64 counted = 0;
        for (SecurityStatus status : SecurityStatuses::all)
            counted += joined.count(status);
        QCOMPARE(counted, qint64(40000));
    }

    // A row this version cannot read, in either half, fails the read with its words, and the
    // other reader stops (the read returns).
    QSqlQuery edit(database.value()->connection());
    // The row 20,000th is in the second chunk, which the second reader reads; the first and the
    // last are the first reader's, and the ends of the run the span follows.
    for (const char *which : { "MIN(id) + 20000", "MIN(id)", "MAX(id)" }) {
        QVERIFY(edit.exec(QStringLiteral("UPDATE endpoints SET status = 'protected-somehow' WHERE "
                                         "id = (SELECT %1 FROM endpoints WHERE query_id = %2)")
                              .arg(QLatin1String(which))
                              .arg(*contiguous)));
        const ChunkedRead broken = readInChunks(reader, *contiguous);
        QVERIFY(!broken.rows.ok());
        QVERIFY_MENTIONS(broken.rows.error(), words({ "protected-somehow", "cannot be read" }));
    }
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
    QVERIFY(store.appendEndpoints(*id, SampleEndpoints::mixed(3)).error().isEmpty());
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
