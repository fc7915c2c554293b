// ResultsTable across its segments: rows beyond one segment, a snapshot that never changes
// under its reader, chunks that join a table by sharing their segments, and interned columns
// whose values differ from segment to segment.
#include "results/resultstable.h"
#include "sampleendpoints.h"

#include <QTest>

namespace {

constexpr qsizetype segmentRows = ResultsSegment::capacity;

// Endpoint `i` of a long run: unique names and addresses, a server and a detail that change
// every few hundred rows, so segments intern different values.
Endpoint numbered(qsizetype i)
{
    Endpoint endpoint = SampleEndpoints::make(
        QStringLiteral("127.%1.%2.%3").arg((i >> 16) & 255).arg((i >> 8) & 255).arg(i & 255),
        SecurityStatuses::all[size_t(i) % SecurityStatuses::all.size()],
        QStringLiteral("pc-%1").arg(i));
    endpoint.server = QStringLiteral("osm-%1").arg(i / 700);
    endpoint.detail = QStringLiteral("detail %1").arg(i / 5000);
    return endpoint;
}

ResultsTable tableOf(qsizetype first, qsizetype end)
{
    ResultsTable table;
    for (qsizetype i = first; i < end; ++i)
        table.append(numbered(i));
    return table;
}

void compareRows(const ResultsTable &table, qsizetype first, qsizetype count)
{
    QCOMPARE(table.size(), count);
    for (qsizetype row = 0; row < count; ++row)
        QCOMPARE(table.endpoint(row), numbered(first + row));
}

} // namespace

class TestResultsTable : public QObject
{
    Q_OBJECT
private slots:
    void holdsRowsAcrossSegments();
    void aSnapshotNeverChanges();
    void chunksJoinByTheirSegments();
    void rowsAfterAPartFilledSegmentAreCopied();
    void sharedValuesSpanSegments();
    void foldsNamesFromTheFirstThatNeedsIt();
};

void TestResultsTable::holdsRowsAcrossSegments()
{
    const qsizetype rows = 2 * segmentRows + 17;
    const ResultsTable table = tableOf(0, rows);
    compareRows(table, 0, rows);
    qint64 counted = 0;
    for (SecurityStatus status : SecurityStatuses::all)
        counted += table.count(status);
    QCOMPARE(counted, qint64(rows));
    QCOMPARE(table.count(SecurityStatuses::all[0]),
             qint64((rows + qsizetype(SecurityStatuses::all.size()) - 1)
                    / qsizetype(SecurityStatuses::all.size())));
}

void TestResultsTable::aSnapshotNeverChanges()
{
    // A worker holds a copy while the table goes on growing: in the segment they share, past
    // it, and after the snapshot's last row.
    ResultsTable table = tableOf(0, segmentRows - 3);
    const ResultsTable snapshot = table;
    for (qsizetype i = segmentRows - 3; i < segmentRows + 40; ++i)
        table.append(numbered(i));
    compareRows(snapshot, 0, segmentRows - 3);
    compareRows(table, 0, segmentRows + 40);
    QCOMPARE(snapshot.count(SecurityStatuses::all[0]) < table.count(SecurityStatuses::all[0]),
             true);
}

void TestResultsTable::chunksJoinByTheirSegments()
{
    ResultsTable table = tableOf(0, segmentRows);
    const ResultsTable second = tableOf(segmentRows, 3 * segmentRows);
    const ResultsTable last = tableOf(3 * segmentRows, 3 * segmentRows + 5);
    const size_t before = table.memoryBytes();
    table.append(second);
    table.append(last);
    compareRows(table, 0, 3 * segmentRows + 5);
    // Shared, not copied: the chunks' segments are the table's own now. Appending to the last,
    // which the chunk `last` still holds, leaves that chunk as it was.
    QVERIFY(table.memoryBytes() > before);
    table.append(numbered(3 * segmentRows + 5));
    compareRows(last, 3 * segmentRows, 5);
    compareRows(table, 0, 3 * segmentRows + 6);
}

void TestResultsTable::rowsAfterAPartFilledSegmentAreCopied()
{
    ResultsTable table = tableOf(0, 10);
    table.append(tableOf(10, segmentRows + 30));
    compareRows(table, 0, segmentRows + 30);
    table.append(ResultsTable());
    QCOMPARE(table.size(), segmentRows + 30);
}

void TestResultsTable::sharedValuesSpanSegments()
{
    const qsizetype rows = 2 * segmentRows + 100;
    const ResultsTable table = tableOf(0, rows);
    const ResultsTable::SharedValues servers = table.sharedValues(ResultsTable::Shared::Server);
    const ResultsTable::SharedValues details = table.sharedValues(ResultsTable::Shared::Detail);
    // One entry per distinct value over the table, even for values several segments hold.
    QCOMPARE(servers.values().size(), qsizetype((rows - 1) / 700 + 1));
    QCOMPARE(details.values().size(), qsizetype((rows - 1) / 5000 + 1));
    for (qsizetype row = 0; row < rows; row += 97) {
        QCOMPARE(servers.values().at(servers.id(row)), table.server(row));
        QCOMPARE(details.values().at(details.id(row)), table.detail(row));
    }
    QCOMPARE(servers.id(segmentRows - 1) == servers.id(segmentRows),
             (segmentRows - 1) / 700 == segmentRows / 700);
}

void TestResultsTable::foldsNamesFromTheFirstThatNeedsIt()
{
    // Lower-case names fold to themselves and are not kept twice; the first that does not
    // starts the folded column, which must still answer for the rows before it.
    ResultsTable table;
    QVector<Endpoint> endpoints = SampleEndpoints::mixed(6);
    const QStringList names { QStringLiteral("pc-a"),       QStringLiteral("pc-b"),
                              QStringLiteral("PC-C"),       QStringLiteral("経理-Ｄ"),
                              QStringLiteral("ΣΊΣΥΦΟΣ-pc"), QString() };
    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        endpoints[i].name = names.at(i);
        table.append(endpoints.at(i));
    }
    for (qsizetype row = 0; row < table.size(); ++row) {
        QCOMPARE(table.name(row), QStringView(names.at(row)));
        QCOMPARE(table.foldedName(row).toString(), names.at(row).toCaseFolded());
    }
}

QTEST_GUILESS_MAIN(TestResultsTable)
#include "tst_resultstable.moc"
