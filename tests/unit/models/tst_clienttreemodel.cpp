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
};

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

QTEST_GUILESS_MAIN(TestClientTreeModel)
#include "tst_clienttreemodel.moc"
