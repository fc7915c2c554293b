#include "clienttreemodel.h"
#include "sampleendpoints.h"

#include <QAbstractItemModelTester>
#include <QtTest>

class TestClientTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void groupsByStatusWithCounts();
    void groupsThisServersClientsByDomain();
    void groupsByAdPath();
    void regroupsWhatIsShownBothWays();
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
    model.addEndpoints(endpoints.mid(0, 20));
    model.addEndpoints(endpoints.mid(20));
    model.clear();
    model.addEndpoints(endpoints.mid(0, 7));
}

void TestClientTreeModel::groupsByStatusWithCounts()
{
    ClientTreeModel model;
    model.addEndpoints(SampleEndpoints::mixed(25));
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
    model.addEndpoints(SampleEndpoints::mixed(20)); // four clients of this server
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
    model.addEndpoints(endpoints.mid(0, 3));
    model.addEndpoints(endpoints.mid(3));
    QVERIFY(!model.statusGroupIndex(SecurityStatus::Unreachable).isValid());
    QCOMPARE(model.rowCount(), 2); // IP ranges, corp.example.test

    const QModelIndex ipRanges = model.ipRangesIndex();
    QCOMPARE(ipRanges.data().toString(), QStringLiteral("IP ranges (2)"));
    QCOMPARE(ipRanges.data(ClientTreeModel::NodeKindRole).value<Kind>(), Kind::IpRanges);
    QCOMPARE(model.index(0, 0, ipRanges).data().toString(), QStringLiteral("127.0.0.9"));
    QCOMPARE(model.index(1, 0, ipRanges).data().toString(), QStringLiteral("lab-pc"));

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
    model.addEndpoints(endpoints);
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
    // In the order they came, not the order the other grouping held them in.
    QCOMPARE(model.index(0, 0, unreachable).data().toString(), QStringLiteral("PC2"));
    QCOMPARE(model.index(1, 0, unreachable).data().toString(), QStringLiteral("127.0.0.9"));
    QCOMPARE(model.rowCount(model.statusGroupIndex(SecurityStatus::UnresolvedAd)), 1);
}

QTEST_GUILESS_MAIN(TestClientTreeModel)
#include "tst_clienttreemodel.moc"
