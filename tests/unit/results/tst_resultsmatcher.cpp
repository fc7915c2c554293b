// ResultsMatcher, the one search of a query's results (the console's and `osmgmt-cli results`):
// the criteria combine with AND, address families with OR, the number link's status narrows
// further, and the matching rows come out in the order asked for.
#include "results/resultsmatcher.h"
#include "results/resultsorder.h"
#include "sampleendpoints.h"

#include <QtTest>

class TestResultsMatcher : public QObject
{
    Q_OBJECT

private slots:
    void emptyMatchesEverything();
    void combinesWithAnd();
    void addressFamiliesCombineWithOr();
    void statusLinkNarrowsTheCriteria();
    void serversMatchAcrossSegments();
    void matchingRowsFollowTheOrder();
    void quickSearchMatchesNameOrAddress();
    void quickSearchFallsBackInsideNames();
};

namespace {
Endpoint endpoint(const QString &address, const QString &name, SecurityStatus status,
                  const QString &server = {}, const QString &adPath = {})
{
    Endpoint e = SampleEndpoints::make(address, status, name);
    e.server = server;
    e.adPath = adPath;
    return e;
}

// Whether the matcher over a table of this one endpoint keeps it.
bool matches(const EndpointCriteria &criteria, const Endpoint &endpoint,
             std::optional<SecurityStatus> status = std::nullopt)
{
    ResultsTable table;
    table.append(endpoint);
    return ResultsMatcher(table, criteria, status).matches(0);
}

bool matchesAddress(const EndpointCriteria &criteria, const QString &address)
{
    return matches(criteria, endpoint(address, QStringLiteral("pc"), SecurityStatus::Unreachable));
}
} // namespace

void TestResultsMatcher::emptyMatchesEverything()
{
    const EndpointCriteria criteria;
    ResultsTable table;
    table.append(endpoint(QStringLiteral("10.0.0.1"), {}, SecurityStatus::Unreachable));
    const ResultsMatcher matcher(table, criteria, std::nullopt);
    QVERIFY(matcher.isEverything());
    QVERIFY(matcher.matches(0));
    QVERIFY(!ResultsMatcher(table, criteria, SecurityStatus::Unreachable).isEverything());
}

void TestResultsMatcher::combinesWithAnd()
{
    EndpointCriteria criteria;
    QVERIFY(criteria.setName(QStringLiteral("pc-*")).error().isEmpty());
    QVERIFY(criteria.setServer(QStringLiteral("OSM-*")).error().isEmpty());
    QVERIFY(criteria.setStatuses(QStringLiteral("managed-by-another-server")).error().isEmpty());
    QVERIFY(criteria.setIpv4(QStringLiteral("10.0.0.0/24")).error().isEmpty());
    QVERIFY(criteria.setAdTree(QStringLiteral("DC=corp")).error().isEmpty());
    const QString dn = QStringLiteral("CN=pc-1,DC=corp");
    const SecurityStatus other = SecurityStatus::ManagedByAnotherServer;
    QVERIFY(matches(criteria,
                    endpoint(QStringLiteral("10.0.0.7"), QStringLiteral("PC-1"), other,
                             QStringLiteral("osm-b"), dn)));
    QVERIFY(!matches(criteria,
                     endpoint(QStringLiteral("10.0.1.7"), QStringLiteral("PC-1"), other,
                              QStringLiteral("osm-b"), dn)));
    QVERIFY(!matches(criteria,
                     endpoint(QStringLiteral("10.0.0.7"), QStringLiteral("ws-1"), other,
                              QStringLiteral("osm-b"), dn)));
    QVERIFY(!matches(criteria,
                     endpoint(QStringLiteral("10.0.0.7"), QStringLiteral("PC-1"), other,
                              QStringLiteral("branch"), dn)));
    QVERIFY(!matches(criteria,
                     endpoint(QStringLiteral("10.0.0.7"), QStringLiteral("PC-1"),
                              SecurityStatus::Unreachable, QStringLiteral("osm-b"), dn)));
    QVERIFY(!matches(criteria,
                     endpoint(QStringLiteral("10.0.0.7"), QStringLiteral("PC-1"), other,
                              QStringLiteral("osm-b"), QStringLiteral("CN=pc-1,DC=lab"))));
}

void TestResultsMatcher::addressFamiliesCombineWithOr()
{
    EndpointCriteria criteria;
    QVERIFY(criteria.setIpv4(QStringLiteral("127.0.0.0/8")).error().isEmpty());
    QVERIFY(criteria.setIpv6(QStringLiteral("fd00:1::/120")).error().isEmpty());
    QVERIFY(matchesAddress(criteria, QStringLiteral("127.1.2.3")));
    QVERIFY(matchesAddress(criteria, QStringLiteral("fd00:1::ff")));
    QVERIFY(!matchesAddress(criteria, QStringLiteral("fd00:1::1:0")));
    QVERIFY(!matchesAddress(criteria, QStringLiteral("10.0.0.1")));
    QVERIFY(!matchesAddress(criteria, QStringLiteral("::1")));
    QVERIFY(!matchesAddress(criteria, QString()));
}

void TestResultsMatcher::statusLinkNarrowsTheCriteria()
{
    EndpointCriteria criteria;
    QVERIFY(
        criteria.setStatuses(QStringLiteral("unreachable,no-client-installed")).error().isEmpty());
    const Endpoint unreachable
        = endpoint(QStringLiteral("10.0.0.1"), QStringLiteral("a"), SecurityStatus::Unreachable);
    QVERIFY(matches(criteria, unreachable));
    QVERIFY(matches(criteria, unreachable, SecurityStatus::Unreachable));
    // The link's status and the criteria must both hold.
    QVERIFY(!matches(criteria, unreachable, SecurityStatus::NoClientInstalled));
    QVERIFY(!matches({}, unreachable, SecurityStatus::ManagedByThisServer));
}

void TestResultsMatcher::serversMatchAcrossSegments()
{
    // Each segment interns its own servers: the pattern is decided per distinct server of the
    // whole table, whichever segment a row is in.
    EndpointCriteria criteria;
    QVERIFY(criteria.setServer(QStringLiteral("osm-1*")).error().isEmpty());
    ResultsTable table;
    const qsizetype rows = ResultsSegment::capacity + 100;
    for (qsizetype i = 0; i < rows; ++i) {
        table.append(endpoint(QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256),
                              QStringLiteral("pc"), SecurityStatus::ManagedByAnotherServer,
                              QStringLiteral("osm-%1").arg(i / 5000)));
    }
    const ResultsMatcher matcher(table, criteria, std::nullopt);
    for (qsizetype i = 0; i < rows; i += 97)
        QCOMPARE(matcher.matches(i), (i / 5000) == 1);
    QCOMPARE(matcher.matchingRows().size(), size_t(5000));
}

void TestResultsMatcher::matchingRowsFollowTheOrder()
{
    ResultsTable table;
    const QStringList addresses
        = { QStringLiteral("10.0.0.10"), QStringLiteral("10.0.0.9"), QStringLiteral("fd00::1"),
            QStringLiteral("10.0.0.100"), QStringLiteral("127.0.0.1") };
    for (const QString &address : addresses)
        table.append(endpoint(address, QStringLiteral("pc"), SecurityStatus::Unreachable));
    EndpointCriteria criteria;
    QVERIFY(criteria.setIpv4(QStringLiteral("10.0.0.0/8")).error().isEmpty());
    const ResultsMatcher matcher(table, criteria, std::nullopt);
    QCOMPARE(matcher.matchingRows(), (std::vector<quint32> { 0, 1, 3 }));
    const std::vector<quint32> byAddress = ResultsOrder::ascending(table, ResultsColumn::Address);
    QCOMPARE(matcher.matchingRows(byAddress, false), (std::vector<quint32> { 1, 0, 3 }));
    QCOMPARE(matcher.matchingRows(byAddress, true), (std::vector<quint32> { 3, 0, 1 }));
}

void TestResultsMatcher::quickSearchMatchesNameOrAddress()
{
    EndpointCriteria criteria;
    const Endpoint v4 = endpoint(QStringLiteral("10.1.2.3"), QStringLiteral("Tokyo-PC"),
                                 SecurityStatus::Unreachable);
    const Endpoint v6 = endpoint(QStringLiteral("fd00::a:1"), QStringLiteral("osaka"),
                                 SecurityStatus::Unreachable);
    QCOMPARE(criteria.setQuick(QStringLiteral("tokyo-pc")).error(), QString());
    QVERIFY(matches(criteria, v4));
    QCOMPARE(criteria.setQuick(QStringLiteral("10.1.2.3")).error(), QString());
    QVERIFY(matches(criteria, v4));
    QVERIFY(!matches(criteria, v6));
    QCOMPARE(criteria.setQuick(QStringLiteral("10.1.*")).error(), QString());
    QVERIFY(matches(criteria, v4));
    QCOMPARE(criteria.setQuick(QStringLiteral("FD00::A:1")).error(), QString());
    QVERIFY(matches(criteria, v6));
    // A wildcard never falls back inside: "*kyo" is a pattern, and it matches no whole name.
    QCOMPARE(criteria.setQuick(QStringLiteral("*kyo")).error(), QString());
    QVERIFY(!matches(criteria, v4));
    QCOMPARE(criteria.setQuick(QStringLiteral("  ")).error(),
             QString()); // an empty box: no criterion
    QVERIFY(!criteria.quick);
}

void TestResultsMatcher::quickSearchFallsBackInsideNames()
{
    ResultsTable table;
    table.append(endpoint(QStringLiteral("10.0.0.1"), QStringLiteral("tokyo-01"),
                          SecurityStatus::Unreachable));
    table.append(endpoint(QStringLiteral("10.0.0.2"), QStringLiteral("tokyo"),
                          SecurityStatus::NoClientInstalled));
    table.append(endpoint(QStringLiteral("10.0.0.3"), QStringLiteral("old-tokyo-02"),
                          SecurityStatus::Unreachable));
    EndpointCriteria criteria;
    QCOMPARE(criteria.setQuick(QStringLiteral("TOKYO")).error(), QString());
    // A whole name matches: only that one, no fallback.
    const ResultsMatcher whole(table, criteria, std::nullopt);
    QVERIFY(!whole.searchedInside());
    QCOMPARE(whole.matchingRows(), std::vector<quint32>({ 1 }));
    // Among the unreachable ones no whole name is "tokyo": the names that contain it.
    const ResultsMatcher inside(table, criteria, SecurityStatus::Unreachable);
    QVERIFY(inside.searchedInside());
    QCOMPARE(inside.matchingRows(), std::vector<quint32>({ 0, 2 }));
    // Nothing contains it either: still said, and nothing matches.
    QCOMPARE(criteria.setQuick(QStringLiteral("kyoto")).error(), QString());
    const ResultsMatcher none(table, criteria, std::nullopt);
    QVERIFY(none.searchedInside());
    QVERIFY(none.matchingRows().empty());
}

QTEST_GUILESS_MAIN(TestResultsMatcher)
#include "tst_resultsmatcher.moc"
