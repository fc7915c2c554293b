#include "clienttreemodel.h"
#include "sampleendpoints.h"

#include <QAbstractItemModelTester>
#include <QtTest>

#include <map>
#include <memory>

class TestClientTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void groupsByStatusWithCounts();
    void groupsThisServersClientsByDomain();
    void groupsByAdPath();
    void regroupsWhatIsShownBothWays();
    void rowsAddedInSeveralCallsLandInTheirGroups();
    void regroupingListsComputersByName();
    void clearDropsTheTable();
    void unreadableAdPathsHaveTheirOwnGroup();
    void aLargeGroupIsMergedInOrderSoonAfter();
};

namespace {

// Endpoints in AD: two in Sales/Desks, one in Sales, one in CN=Computers, one with hostile
// names (a comma and a slash in the OU), and two found only in an IP range.
QVector<Endpoint> inDirectory()
{
    const auto endpoint = [](const QString &name, const QString &address, const QString &dn,
                             SecurityStatus status) {
        Endpoint e;
        e.name = name;
        e.address = address;
        e.adPath = dn;
        e.status = status;
        return e;
    };
    const QString domain = QStringLiteral(",DC=corp,DC=example,DC=test");
    return {
        endpoint(QStringLiteral("PC1"), QStringLiteral("198.18.0.1"),
                 QStringLiteral("CN=PC1,OU=Desks,OU=Sales") + domain,
                 SecurityStatus::ManagedByThisServer),
        endpoint(QStringLiteral("PC2"), QStringLiteral("198.18.0.2"),
                 QStringLiteral("CN=PC2,OU=Desks,OU=Sales") + domain, SecurityStatus::Unreachable),
        endpoint(QStringLiteral("Printer"), QStringLiteral("198.18.0.3"),
                 QStringLiteral("CN=Printer,OU=Sales") + domain, SecurityStatus::NoClientInstalled),
        endpoint(QStringLiteral("Old"), QString(), QStringLiteral("CN=Old,CN=Computers") + domain,
                 SecurityStatus::UnresolvedAd),
        endpoint(QStringLiteral("Comma, Inc"), QStringLiteral("198.18.0.5"),
                 QStringLiteral("CN=Comma\\, Inc,OU=R&D \\2C a/b") + domain,
                 SecurityStatus::ManagedByAnotherServer),
        endpoint(QString(), QStringLiteral("127.0.0.9"), QString(), SecurityStatus::Unreachable),
        endpoint(QStringLiteral("lab-pc"), QStringLiteral("127.0.0.10"), QString(),
                 SecurityStatus::NoClientInstalled),
    };
}

// The results model's table for `endpoints`, as ResultsModel::snapshot() hands it out.
std::shared_ptr<const ResultsTable> tableOf(const QVector<Endpoint> &endpoints)
{
    auto table = std::make_shared<ResultsTable>();
    for (const Endpoint &endpoint : endpoints)
        table->append(endpoint);
    return table;
}

// Shows every row of `endpoints`.
void addAll(ClientTreeModel &model, const QVector<Endpoint> &endpoints)
{
    model.addRows(tableOf(endpoints), endpoints.size());
}

// The labels of a group's rows, in order.
QStringList labels(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(parent); ++row)
        result.append(model.index(row, 0, parent).data().toString());
    return result;
}

QModelIndex child(const QAbstractItemModel &model, const QModelIndex &parent, const QString &label)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == label)
            return index;
    }
    return {};
}

} // namespace

void TestClientTreeModel::passesTheModelTester()
{
    ClientTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setServerName(QStringLiteral("osm-hq"));
    const QVector<Endpoint> endpoints = SampleEndpoints::mixed(60);
    model.addRows(tableOf(endpoints.mid(0, 20)), 20);
    model.addRows(tableOf(endpoints), endpoints.size());
    model.clear();
    model.addRows(tableOf(endpoints.mid(0, 7)), 7);
    model.setGrouping(ClientTreeModel::Grouping::ByAdPath);
    model.addRows(tableOf(endpoints.mid(0, 9)), 9);
}

void TestClientTreeModel::groupsByStatusWithCounts()
{
    ClientTreeModel model;
    addAll(model, SampleEndpoints::mixed(25));
    const QModelIndex outside = model.outsideServerManagementIndex();
    QCOMPARE(model.rowCount(outside), 4);
    const QModelIndex unreachable = model.statusGroupIndex(SecurityStatus::Unreachable);
    QCOMPARE(model.rowCount(unreachable), 5);
    QCOMPARE(unreachable.data().toString(),
             QStringLiteral("%1 (5)").arg(displayName(SecurityStatus::Unreachable)));
    QCOMPARE(unreachable.data(ClientTreeModel::StatusRole).value<SecurityStatus>(),
             SecurityStatus::Unreachable);
    const QModelIndex computer = model.index(0, 0, unreachable);
    QCOMPARE(computer.data(ClientTreeModel::NodeKindRole).value<ClientTreeModel::NodeKind>(),
             ClientTreeModel::NodeKind::Computer);
    QVERIFY(computer.data(ClientTreeModel::AddressRole)
                .toString()
                .startsWith(QStringLiteral("127.90.")));
}

void TestClientTreeModel::groupsThisServersClientsByDomain()
{
    ClientTreeModel model;
    model.setServerName(QStringLiteral("osm-hq"));
    addAll(model, SampleEndpoints::mixed(20)); // four clients of this server
    const QModelIndex server = model.thisServerIndex();
    QCOMPARE(server.data().toString(), QStringLiteral("This server: osm-hq (4)"));
    QCOMPARE(model.rowCount(server), 2); // Sales and Finance
    int clients = 0;
    for (int row = 0; row < model.rowCount(server); ++row)
        clients += model.rowCount(model.index(row, 0, server));
    QCOMPARE(clients, 4);
}

void TestClientTreeModel::groupsByAdPath()
{
    using Kind = ClientTreeModel::NodeKind;
    ClientTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGrouping(ClientTreeModel::Grouping::ByAdPath);
    const QVector<Endpoint> endpoints = inDirectory();
    const std::shared_ptr<const ResultsTable> table = tableOf(endpoints);
    model.addRows(table, 3);
    model.addRows(table, table->size());
    QVERIFY(!model.statusGroupIndex(SecurityStatus::Unreachable).isValid());
    QCOMPARE(model.rowCount(), 3); // Home, IP ranges, corp.example.test

    const QModelIndex ipRanges = model.ipRangesIndex();
    QCOMPARE(ipRanges.data().toString(), QStringLiteral("IP ranges (2)"));
    QCOMPARE(ipRanges.data(ClientTreeModel::NodeKindRole).value<Kind>(), Kind::IpRanges);
    // By name; a computer without a name after the named ones.
    QCOMPARE(model.index(0, 0, ipRanges).data().toString(), QStringLiteral("lab-pc"));
    QCOMPARE(model.index(1, 0, ipRanges).data().toString(), QStringLiteral("127.0.0.9"));

    const QModelIndex domain = child(model, {}, QStringLiteral("corp.example.test (5)"));
    QVERIFY(domain.isValid());
    QCOMPARE(domain.data(ClientTreeModel::NodeKindRole).value<Kind>(), Kind::AdContainer);
    const QModelIndex sales = child(model, domain, QStringLiteral("Sales (3)"));
    QVERIFY(sales.isValid());
    const QModelIndex desks = child(model, sales, QStringLiteral("Desks (2)"));
    QVERIFY(desks.isValid());
    QCOMPARE(model.rowCount(desks), 2);
    const QModelIndex pc2 = model.index(1, 0, desks);
    QCOMPARE(pc2.data().toString(), QStringLiteral("PC2"));
    QCOMPARE(pc2.data(ClientTreeModel::StatusRole).value<SecurityStatus>(),
             SecurityStatus::Unreachable);
    QCOMPARE(pc2.data(ClientTreeModel::AdPathRole).toString(), endpoints[1].adPath);
    QVERIFY(child(model, sales, QStringLiteral("Printer")).isValid());

    // An unresolved computer has no address, and is under its container all the same.
    const QModelIndex computers = child(model, domain, QStringLiteral("Computers (1)"));
    QCOMPARE(model.index(0, 0, computers).data().toString(), QStringLiteral("Old"));
    QCOMPARE(model.index(0, 0, computers).data(ClientTreeModel::AddressRole).toString(), QString());

    // Escaped DN values are shown unescaped; a slash stays inside its OU's name.
    const QModelIndex hostile = child(model, domain, QStringLiteral("R&D , a/b (1)"));
    QVERIFY2(hostile.isValid(), "the OU with a comma and a slash");
    QCOMPARE(model.index(0, 0, hostile).data().toString(), QStringLiteral("Comma, Inc"));

    // Each container knows its own DN, as written, for the results page's AD tree search.
    QCOMPARE(domain.data(ClientTreeModel::AdPathRole).toString(),
             QStringLiteral("DC=corp,DC=example,DC=test"));
    QCOMPARE(desks.data(ClientTreeModel::AdPathRole).toString(),
             QStringLiteral("OU=Desks,OU=Sales,DC=corp,DC=example,DC=test"));
    QCOMPARE(hostile.data(ClientTreeModel::AdPathRole).toString(),
             QStringLiteral("OU=R&D \\2C a/b,DC=corp,DC=example,DC=test"));
    QVERIFY(!ipRanges.data(ClientTreeModel::AdPathRole).isValid());
}

void TestClientTreeModel::regroupsWhatIsShownBothWays()
{
    ClientTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setServerName(QStringLiteral("osm-hq"));
    QVector<Endpoint> endpoints = inDirectory();
    endpoints[0].domain = QStringLiteral("Sales");
    endpoints[0].server = QStringLiteral("osm-hq");
    addAll(model, endpoints);
    QCOMPARE(model.rowCount(model.statusGroupIndex(SecurityStatus::Unreachable)), 2);

    model.setGrouping(ClientTreeModel::Grouping::ByAdPath);
    QCOMPARE(model.ipRangesIndex().data().toString(), QStringLiteral("IP ranges (2)"));
    QVERIFY(child(model, {}, QStringLiteral("corp.example.test (5)")).isValid());

    model.setGrouping(ClientTreeModel::Grouping::BySecurityStatus);
    QCOMPARE(model.thisServerIndex().data().toString(), QStringLiteral("This server: osm-hq (1)"));
    const QModelIndex sales = model.index(0, 0, model.thisServerIndex());
    QCOMPARE(sales.data().toString(), QStringLiteral("Sales (1)"));
    const QModelIndex unreachable = model.statusGroupIndex(SecurityStatus::Unreachable);
    QCOMPARE(model.rowCount(unreachable), 2);
    // By name, then the nameless by address: not the order the other grouping held them in.
    QCOMPARE(model.index(0, 0, unreachable).data().toString(), QStringLiteral("PC2"));
    QCOMPARE(model.index(1, 0, unreachable).data().toString(), QStringLiteral("127.0.0.9"));
    QCOMPARE(model.rowCount(model.statusGroupIndex(SecurityStatus::UnresolvedAd)), 1);
}

void TestClientTreeModel::rowsAddedInSeveralCallsLandInTheirGroups()
{
    ClientTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setServerName(QStringLiteral("osm-hq"));
    const QVector<Endpoint> endpoints = SampleEndpoints::mixed(53);
    // Each call brings a newer snapshot with rows appended, as the results model hands out.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    qsizetype end = 0;
    for (qsizetype step : { 1, 6, 13, 0, 33 }) {
        end += step;
        model.addRows(tableOf(endpoints.mid(0, end)), end);
        QCOMPARE(model.rowsShown(), end);
    }
    QCOMPARE(end, endpoints.size());
    // A call with no new row announces nothing.
    inserted.clear();
    model.addRows(tableOf(endpoints), endpoints.size());
    QCOMPARE(inserted.size(), 0);

    // Every computer in its group, in the order it came, with the group's count.
    std::map<SecurityStatus, QStringList> byStatus;
    std::map<QString, QStringList> byDomain;
    for (const Endpoint &endpoint : endpoints) {
        if (endpoint.status == SecurityStatus::ManagedByThisServer)
            byDomain[endpoint.domain].append(endpoint.name);
        else
            byStatus[endpoint.status].append(endpoint.name);
    }
    for (SecurityStatus status : SecurityStatuses::outside) {
        const QModelIndex group = model.statusGroupIndex(status);
        QCOMPARE(labels(model, group), byStatus[status]);
        QCOMPARE(group.data().toString(),
                 QStringLiteral("%1 (%2)").arg(displayName(status)).arg(byStatus[status].size()));
    }
    const QModelIndex server = model.thisServerIndex();
    QCOMPARE(server.data().toString(), QStringLiteral("This server: osm-hq (11)"));
    QCOMPARE(model.rowCount(server), 2);
    for (int row = 0; row < model.rowCount(server); ++row) {
        const QModelIndex domain = model.index(row, 0, server);
        QCOMPARE(model.parent(domain), server);
        const QString name = domain.data().toString().section(QLatin1Char(' '), 0, 0);
        QCOMPARE(labels(model, domain), byDomain[name]);
        QCOMPARE(domain.data().toString(),
                 QStringLiteral("%1 (%2)").arg(name).arg(byDomain[name].size()));
        // A computer's parent is its group, and its roles are its row's.
        const QModelIndex computer = model.index(0, 0, domain);
        QCOMPARE(model.parent(computer), domain);
        QCOMPARE(model.rowCount(computer), 0);
        QCOMPARE(computer.data(ClientTreeModel::StatusRole).value<SecurityStatus>(),
                 SecurityStatus::ManagedByThisServer);
        QVERIFY(computer.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("127.90.")));
    }
}

void TestClientTreeModel::regroupingListsComputersByName()
{
    ClientTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Rows in the table's order: an IP-range endpoint, then PC1 (Desks), then another IP-range
    // endpoint, then PC2 (Desks), then the rest, in two calls.
    const QVector<Endpoint> directory = inDirectory();
    const QVector<Endpoint> endpoints { directory[6], directory[1], directory[5], directory[0],
                                        directory[2], directory[3], directory[4] };
    const std::shared_ptr<const ResultsTable> table = tableOf(endpoints);
    model.addRows(table, 4);
    model.addRows(table, table->size());
    QCOMPARE(labels(model, model.statusGroupIndex(SecurityStatus::Unreachable)),
             QStringList({ QStringLiteral("PC2"), QStringLiteral("127.0.0.9") }));

    model.setGrouping(ClientTreeModel::Grouping::ByAdPath);
    QCOMPARE(model.rowsShown(), table->size());
    QCOMPARE(labels(model, model.ipRangesIndex()),
             QStringList({ QStringLiteral("lab-pc"), QStringLiteral("127.0.0.9") }));
    const QModelIndex domain = child(model, {}, QStringLiteral("corp.example.test (5)"));
    const QModelIndex sales = child(model, domain, QStringLiteral("Sales (3)"));
    const QModelIndex desks = child(model, sales, QStringLiteral("Desks (2)"));
    // By name (issue 19), whatever order the rows came in.
    QCOMPARE(labels(model, desks), QStringList({ QStringLiteral("PC1"), QStringLiteral("PC2") }));
    // A container's groups come before its computers.
    QCOMPARE(labels(model, sales),
             QStringList({ QStringLiteral("Desks (2)"), QStringLiteral("Printer") }));

    // Rows that come after regrouping join the containers already there, counts and all.
    QVector<Endpoint> more = endpoints;
    Endpoint pc3 = directory[0];
    pc3.name = QStringLiteral("PC3");
    pc3.adPath = QStringLiteral("CN=PC3,OU=Desks,OU=Sales,DC=corp,DC=example,DC=test");
    Endpoint kiosk = directory[0];
    kiosk.name = QStringLiteral("Kiosk");
    kiosk.adPath = QStringLiteral("CN=Kiosk,OU=Lobby,OU=Sales,DC=corp,DC=example,DC=test");
    more << pc3 << kiosk;
    model.addRows(tableOf(more), more.size());
    QCOMPARE(domain.data().toString(), QStringLiteral("corp.example.test (7)"));
    QCOMPARE(sales.data().toString(), QStringLiteral("Sales (5)"));
    QCOMPARE(labels(model, desks),
             QStringList({ QStringLiteral("PC1"), QStringLiteral("PC2"), QStringLiteral("PC3") }));
    // The new OU is inserted before Sales' computers, which keep their data.
    QCOMPARE(labels(model, sales),
             QStringList({ QStringLiteral("Desks (3)"), QStringLiteral("Lobby (1)"),
                           QStringLiteral("Printer") }));
    const QModelIndex printer = model.index(2, 0, sales);
    QCOMPARE(printer.data(ClientTreeModel::AdPathRole).toString(), directory[2].adPath);
    QCOMPARE(printer.data(ClientTreeModel::AddressRole).toString(), directory[2].address);
    QCOMPARE(printer.data(ClientTreeModel::StatusRole).value<SecurityStatus>(),
             SecurityStatus::NoClientInstalled);
    QCOMPARE(model.parent(printer), sales);

    model.setGrouping(ClientTreeModel::Grouping::BySecurityStatus);
    QCOMPARE(labels(model, model.statusGroupIndex(SecurityStatus::Unreachable)),
             QStringList({ QStringLiteral("PC2"), QStringLiteral("127.0.0.9") }));
    QCOMPARE(
        labels(model, model.index(0, 0, model.thisServerIndex())),
        QStringList({ QStringLiteral("Kiosk"), QStringLiteral("PC1"), QStringLiteral("PC3") }));
}

void TestClientTreeModel::clearDropsTheTable()
{
    ClientTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::shared_ptr<const ResultsTable> table = tableOf(SampleEndpoints::mixed(10));
    model.addRows(table, table->size());
    QCOMPARE(table.use_count(), 2); // the tree reads its computers from it
    model.clear();
    QCOMPARE(table.use_count(), 1);
    QCOMPARE(model.rowsShown(), 0);
    QCOMPARE(model.rowCount(model.statusGroupIndex(SecurityStatus::Unreachable)), 0);
    // A new query's rows start from the first row again.
    table = tableOf(SampleEndpoints::mixed(5));
    model.addRows(table, table->size());
    QCOMPARE(model.rowCount(model.statusGroupIndex(SecurityStatus::Unreachable)), 1);
}

void TestClientTreeModel::unreadableAdPathsHaveTheirOwnGroup()
{
    ClientTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGrouping(ClientTreeModel::Grouping::ByAdPath);
    QVector<Endpoint> endpoints = inDirectory().mid(0, 2);
    Endpoint odd = endpoints[0];
    odd.name = QStringLiteral("Odd");
    odd.adPath = QStringLiteral("not a distinguished name");
    endpoints.insert(1, odd);
    addAll(model, endpoints);
    const QModelIndex unreadable = child(model, {}, QStringLiteral("(unreadable AD path) (1)"));
    QVERIFY(unreadable.isValid());
    QCOMPARE(unreadable.data(ClientTreeModel::NodeKindRole).value<ClientTreeModel::NodeKind>(),
             ClientTreeModel::NodeKind::AdContainer);
    const QModelIndex computer = model.index(0, 0, unreadable);
    QCOMPARE(computer.data().toString(), QStringLiteral("Odd"));
    QCOMPARE(computer.data(ClientTreeModel::AdPathRole).toString(), odd.adPath);
    QVERIFY(child(model, {}, QStringLiteral("corp.example.test (2)")).isValid());
}

QTEST_GUILESS_MAIN(TestClientTreeModel)
void TestClientTreeModel::aLargeGroupIsMergedInOrderSoonAfter()
{
    // Above mergeAtOnceRows computers, new ones wait at the group's end and are merged in
    // order a moment later, in one layout change that the current computer survives.
    ClientTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVector<Endpoint> endpoints;
    const int even = 21000;
    for (int i = 0; i < even + 500; ++i) {
        const int number = i < even ? 2 * i : 2 * (i - even) + 1; // then odd ones in between
        endpoints.append(
            SampleEndpoints::make(QStringLiteral("127.1.%1.%2").arg(i / 250).arg(i % 250 + 1),
                                  SecurityStatus::Unreachable,
                                  QStringLiteral("pc-%1").arg(number, 5, 10, QLatin1Char('0'))));
    }
    const std::shared_ptr<const ResultsTable> table = tableOf(endpoints);
    model.addRows(table, even);
    const QModelIndex group = model.statusGroupIndex(SecurityStatus::Unreachable);
    QCOMPARE(model.index(1, 0, group).data().toString(), QStringLiteral("pc-00002"));
    const QPersistentModelIndex current = model.index(1, 0, group);
    model.addRows(table, table->size());
    QCOMPARE(model.rowCount(group), even + 500);
    QCOMPARE(model.index(1, 0, group).data().toString(), QStringLiteral("pc-00002")); // not yet
    QTRY_COMPARE(model.index(1, 0, group).data().toString(), QStringLiteral("pc-00001"));
    for (int row = 1; row < 1001; ++row)
        QCOMPARE(model.index(row, 0, group).data().toString(),
                 QStringLiteral("pc-%1").arg(row, 5, 10, QLatin1Char('0')));
    QCOMPARE(current.data().toString(), QStringLiteral("pc-00002"));
    QCOMPARE(current.row(), 2);
}

#include "tst_clienttreemodel.moc"
