// ResultsOrder: every results column sorted as the administrator reads it, ties in stored order,
// an order extended by appended rows the same as one sorted again, and the AD path sorted by the
// text its column shows.
#include "results/resultsorder.h"
#include "sampleendpoints.h"

#include "export/endpointcsv.h"

#include <QTest>

#include <algorithm>
#include <numeric>

class TestResultsOrder : public QObject
{
    Q_OBJECT
private slots:
    void columnsAreTheExportsColumns();
    void sortsEachColumnAsShown_data();
    void sortsEachColumnAsShown();
    void showsAdPathsAsAdWritesThem();
    void sortsNamesByTheWholeFoldedName();
    void extendingAnOrderEqualsSortingAgain();
    void sortsLargeTablesInTwoHalvesStably();
};

namespace {

Endpoint row(const QString &name, const QString &address, SecurityStatus status,
             const QString &server, const QString &version, const QString &domain, GateResult gate,
             quint16 agentPort, const QString &adPath, const QString &detail)
{
    Endpoint endpoint = SampleEndpoints::make(address, status, name, domain);
    endpoint.server = server;
    endpoint.agentVersion = version;
    endpoint.gate = gate;
    endpoint.agentPort = agentPort;
    endpoint.adPath = adPath;
    endpoint.detail = detail;
    return endpoint;
}

// Four rows whose every column sorts differently from stored order.
ResultsTable fourRows()
{
    ResultsTable table;
    table.append(row(QStringLiteral("pc-10"), QStringLiteral("10.0.0.10"),
                     SecurityStatus::Unreachable, QStringLiteral("osm-10"), QStringLiteral("1.10"),
                     QStringLiteral("b"), GateResult::Timeout, 0,
                     QStringLiteral("CN=PC-10,OU=Sales,DC=corp,DC=test"), QStringLiteral("z")));
    table.append(row(QStringLiteral("PC-9"), QStringLiteral("10.0.0.9"),
                     SecurityStatus::ManagedByThisServer, QStringLiteral("osm-9"),
                     QStringLiteral("1.9"), QStringLiteral("A"), GateResult::Connected, 21112,
                     QStringLiteral("CN=PC-9,OU=Sales,DC=corp,DC=test"), QStringLiteral("a")));
    table.append(row(QStringLiteral("pc-1"), QStringLiteral("fd00::1"),
                     SecurityStatus::NoClientInstalled, QStringLiteral("osm-1"),
                     QStringLiteral("1.2"), QStringLiteral("c"), GateResult::Refused, 4343,
                     QString(), QStringLiteral("m")));
    table.append(row(QStringLiteral("ws"), QStringLiteral("127.0.0.1"),
                     SecurityStatus::ManagedByAnotherServer, QStringLiteral("other"),
                     QStringLiteral("2.0"), QStringLiteral("a"), GateResult::NoRoute, 21112,
                     QStringLiteral("CN=ZZ,OU=Finance,DC=corp,DC=test"), QStringLiteral("b")));
    return table;
}

} // namespace

void TestResultsOrder::columnsAreTheExportsColumns()
{
    // The results page shows its columns in the CSV's order, and names them with its headers.
    const QStringList headers = endpointCsvHeaders(HeaderLanguage::English);
    QCOMPARE(qsizetype(ResultsColumns::all.size()), headers.size());
    QCOMPARE(headers.at(int(ResultsColumn::Name)), QStringLiteral("Name"));
    QCOMPARE(headers.at(int(ResultsColumn::Address)), QStringLiteral("IP address"));
    QCOMPARE(headers.at(int(ResultsColumn::Status)), QStringLiteral("Security status"));
    QCOMPARE(headers.at(int(ResultsColumn::Server)), QStringLiteral("Server"));
    QCOMPARE(headers.at(int(ResultsColumn::AgentVersion)), QStringLiteral("Agent version"));
    QCOMPARE(headers.at(int(ResultsColumn::Domain)), QStringLiteral("Domain"));
    QCOMPARE(headers.at(int(ResultsColumn::Gate)), QStringLiteral("Gate port"));
    QCOMPARE(headers.at(int(ResultsColumn::AgentPort)), QStringLiteral("Agent port"));
    QCOMPARE(headers.at(int(ResultsColumn::AdPath)), QStringLiteral("AD path"));
    QCOMPARE(headers.at(int(ResultsColumn::Detail)), QStringLiteral("Detail"));
    for (size_t i = 0; i < ResultsColumns::all.size(); ++i)
        QCOMPARE(ResultsColumns::at(int(i)), std::optional(ResultsColumns::all[i]));
    QCOMPARE(ResultsColumns::at(-1), std::nullopt);
    QCOMPARE(ResultsColumns::at(int(ResultsColumns::all.size())), std::nullopt);
}

void TestResultsOrder::sortsEachColumnAsShown_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QList<int>>("rows");
    // Names by their folded text; addresses as numbers, IPv4 first; statuses and gate results
    // in the manual's order; shared texts naturally ("1.9" before "1.10"), equal but for case
    // in a fixed order; ports as numbers, ties in stored order; AD paths by the shown path
    // (domain/OU/computer), not by the DN, which would put PC-9 first.
    QTest::newRow("name") << int(ResultsColumn::Name) << QList<int> { 2, 0, 1, 3 };
    QTest::newRow("address") << int(ResultsColumn::Address) << QList<int> { 1, 0, 3, 2 };
    QTest::newRow("status") << int(ResultsColumn::Status) << QList<int> { 1, 3, 2, 0 };
    QTest::newRow("server") << int(ResultsColumn::Server) << QList<int> { 2, 1, 0, 3 };
    QTest::newRow("version") << int(ResultsColumn::AgentVersion) << QList<int> { 2, 1, 0, 3 };
    QTest::newRow("domain") << int(ResultsColumn::Domain) << QList<int> { 1, 3, 0, 2 };
    QTest::newRow("gate") << int(ResultsColumn::Gate) << QList<int> { 1, 2, 0, 3 };
    QTest::newRow("agent port") << int(ResultsColumn::AgentPort) << QList<int> { 0, 2, 1, 3 };
    QTest::newRow("AD path") << int(ResultsColumn::AdPath) << QList<int> { 2, 3, 1, 0 };
    QTest::newRow("detail") << int(ResultsColumn::Detail) << QList<int> { 1, 3, 2, 0 };
}

void TestResultsOrder::sortsEachColumnAsShown()
{
    QFETCH(int, column);
    QFETCH(QList<int>, rows);
    const ResultsTable table = fourRows();
    const std::vector<quint32> sorted = ResultsOrder::ascending(table, ResultsColumn(column));
    QCOMPARE(QList<int>(sorted.begin(), sorted.end()), rows);
}

void TestResultsOrder::showsAdPathsAsAdWritesThem()
{
    QCOMPARE(displayAdPath(QStringLiteral("CN=PC-9,OU=Sales,OU=Tokyo,DC=corp,DC=example,DC=test")),
             QStringLiteral("corp.example.test/Tokyo/Sales/PC-9"));
    QCOMPARE(displayAdPath(QString()), QString());
    QCOMPARE(displayAdPath(QStringLiteral("not a DN")), QStringLiteral("not a DN"));
}

void TestResultsOrder::sortsNamesByTheWholeFoldedName()
{
    // Names alike in their first eight characters, prefixes of each other, equal but for case
    // (kept in stored order), empty, and beyond ASCII.
    const QStringList names { QStringLiteral("workstation-10"),
                              QStringLiteral("workstation-2"),
                              QStringLiteral("Workstation-1"),
                              QStringLiteral("work"),
                              QString(),
                              QStringLiteral("workstation-1"),
                              QStringLiteral("workstatio"),
                              QStringLiteral("経理部-端末"),
                              QStringLiteral("ｗork"),
                              QStringLiteral("WORKSTATION-1") };
    ResultsTable table;
    QVector<Endpoint> endpoints = SampleEndpoints::mixed(int(names.size()));
    for (qsizetype i = 0; i < names.size(); ++i) {
        endpoints[i].name = names.at(i);
        table.append(endpoints.at(i));
    }
    std::vector<quint32> expected(size_t(names.size()));
    std::iota(expected.begin(), expected.end(), quint32(0));
    std::stable_sort(expected.begin(), expected.end(), [&table](quint32 a, quint32 b) {
        return table.foldedName(a).compare(table.foldedName(b)) < 0;
    });
    QCOMPARE(ResultsOrder::ascending(table, ResultsColumn::Name), expected);
    QCOMPARE(table.name(expected[0]), QStringView()); // the empty name first
}

void TestResultsOrder::extendingAnOrderEqualsSortingAgain()
{
    // Rows alike in every column (ties must stay in stored order), and appended rows that bring
    // shared values the first rows did not have, which changes every value's rank.
    QVector<Endpoint> endpoints = SampleEndpoints::mixed(600);
    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        Endpoint &endpoint = endpoints[i];
        endpoint.name = QStringLiteral("PC-%1").arg(i % 37);
        endpoint.address = QStringLiteral("10.0.%1.%2").arg(i % 5).arg(i % 11);
        endpoint.server = QStringLiteral("server-%1").arg(i < 200 ? i % 3 : i % 9);
        endpoint.agentVersion = QStringLiteral("1.%1").arg(i % 12);
        endpoint.agentPort = quint16(i % 2 ? 21112 : 4343);
        if (i % 3 == 0)
            endpoint.adPath
                = QStringLiteral("CN=PC-%1,OU=Site%2,DC=corp,DC=test").arg(i % 37).arg(i % 4);
    }
    for (const ResultsColumn column : ResultsColumns::all) {
        for (const qsizetype before : { 0, 1, 150, 200, 590, 600 }) {
            ResultsTable table;
            for (qsizetype i = 0; i < before; ++i)
                table.append(endpoints.at(i));
            const std::vector<quint32> previous = ResultsOrder::ascending(table, column);
            for (qsizetype i = before; i < endpoints.size(); ++i)
                table.append(endpoints.at(i));
            QCOMPARE(ResultsOrder::extended(table, column, previous),
                     ResultsOrder::ascending(table, column));
        }
    }
}

void TestResultsOrder::sortsLargeTablesInTwoHalvesStably()
{
    // Enough rows for the sort to split in two threads; names and addresses repeat, so ties
    // must come out in stored order across the halves too.
    ResultsTable table;
    QVector<Endpoint> endpoints = SampleEndpoints::mixed(100000);
    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        endpoints[i].name = QStringLiteral("pc-%1").arg((i * 7919) % 3001);
        endpoints[i].address = QStringLiteral("10.1.%1.%2").arg((i * 31) % 97).arg(i % 13);
        table.append(endpoints.at(i));
    }
    const auto reference = [&table](auto less) {
        std::vector<quint32> rows(size_t(table.size()));
        std::iota(rows.begin(), rows.end(), quint32(0));
        std::stable_sort(rows.begin(), rows.end(), less);
        return rows;
    };
    QCOMPARE(ResultsOrder::ascending(table, ResultsColumn::Name),
             reference([&table](quint32 a, quint32 b) {
                 return table.foldedName(a).compare(table.foldedName(b)) < 0;
             }));
    QCOMPARE(ResultsOrder::ascending(table, ResultsColumn::Address),
             reference([&table](quint32 a, quint32 b) {
                 return table.addressKey(a) < table.addressKey(b);
             }));
}

QTEST_GUILESS_MAIN(TestResultsOrder)
#include "tst_resultsorder.moc"
