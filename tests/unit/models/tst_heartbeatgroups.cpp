#include "heartbeatgroupdraft.h"
#include "heartbeatgroupsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The heartbeat groups as the settings page edits them (docs/watch.md, "Heartbeat settings"): the
// model keeps their order (the first group that takes an agent applies), and a group typed in the
// editor is checked as the import checks a file, the problem naming the field that is wrong.
class TestHeartbeatGroups : public QObject
{
    Q_OBJECT

private slots:
    void theModelAddsEditsMovesAndRemoves();
    void aDraftRoundTripsAGroup();
    void aWrongFieldIsNamed_data();
    void aWrongFieldIsNamed();
    void aDraftTheImportWouldTakeIsTaken();
};

namespace {

HeartbeatGroup group(const QString &name, const QString &computer)
{
    HeartbeatGroup made;
    made.name = name;
    made.appliesTo.computers = { computer };
    return made;
}

HeartbeatGroupDraft laptops()
{
    HeartbeatGroupDraft draft;
    draft.name = QStringLiteral("Laptops");
    draft.ipv4Ranges = QStringLiteral("10.20.0.0/16\n10.21.0.1-10.21.0.9");
    draft.ipv6Prefixes = QStringLiteral("fd00:20::/112");
    draft.adContainers = QStringLiteral("OU=Laptops,DC=corp,DC=example");
    draft.computers = QStringLiteral("nb-001, nb-002");
    draft.intervalMinutes = 30;
    draft.missesForOffline = 4;
    draft.neverOffline = true;
    return draft;
}

} // namespace

void TestHeartbeatGroups::theModelAddsEditsMovesAndRemoves()
{
    HeartbeatGroupsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &HeartbeatGroupsModel::groupsChanged);
    model.setGroups({ group(QStringLiteral("Lab"), QStringLiteral("lab-1")) });
    model.append(group(QStringLiteral("Laptops"), QStringLiteral("nb-001")));
    model.append(group(QStringLiteral("Servers"), QStringLiteral("srv-1")));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(HeartbeatGroupsModel::ColumnCount));
    QCOMPARE(model.index(1, HeartbeatGroupsModel::Name).data().toString(),
             QStringLiteral("Laptops"));
    QCOMPARE(model.index(1, HeartbeatGroupsModel::AppliesTo).data().toString(),
             QStringLiteral("computers nb-001"));
    QCOMPARE(model.index(1, HeartbeatGroupsModel::Interval).data().toString(),
             QStringLiteral("10 min"));
    QCOMPARE(model.index(1, HeartbeatGroupsModel::Offline).data().toString(),
             QStringLiteral("After 2 missed"));
    QCOMPARE(model.namesExcept(1),
             QStringList({ QStringLiteral("Lab"), QStringLiteral("Servers") }));

    HeartbeatGroup edited = model.groups().at(1);
    edited.neverOffline = true;
    model.replace(1, edited);
    QCOMPARE(model.index(1, HeartbeatGroupsModel::Offline).data().toString(),
             QStringLiteral("Never offline"));

    // Down then up, at both ends; moving past an end changes nothing.
    QVERIFY(model.move(0, +1));
    QCOMPARE(model.groups().at(1).name, QStringLiteral("Lab"));
    QVERIFY(model.move(1, +1));
    QCOMPARE(model.groups().at(2).name, QStringLiteral("Lab"));
    QVERIFY(!model.move(2, +1));
    QVERIFY(model.move(2, -1));
    QVERIFY(!model.move(0, -1));
    QCOMPARE(model.groups().at(0).name, QStringLiteral("Laptops"));
    QCOMPARE(model.groups().at(1).name, QStringLiteral("Lab"));

    model.remove(0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.groups().at(0).name, QStringLiteral("Lab"));
    QCOMPARE(changed.count(), 8);
}

void TestHeartbeatGroups::aDraftRoundTripsAGroup()
{
    const HeartbeatGroupDraft draft = laptops();
    QCOMPARE(draft.problem({ QStringLiteral("Lab") }).field, HeartbeatGroupDraft::Field::None);
    const HeartbeatGroup made = draft.toGroup();
    QCOMPARE(made.name, QStringLiteral("Laptops"));
    QCOMPARE(made.appliesTo.ipv4Ranges.size(), 2);
    QCOMPARE(made.appliesTo.ipv6Prefixes.size(), 1);
    QCOMPARE(made.appliesTo.computers,
             QStringList({ QStringLiteral("nb-001"), QStringLiteral("nb-002") }));
    QCOMPARE(made.interval.count(), 30 * 60);
    QCOMPARE(made.missesForOffline, 4);
    QVERIFY(made.neverOffline);
    QVERIFY(HeartbeatGroupDraft::of(made).toGroup() == made);
}

void TestHeartbeatGroups::aWrongFieldIsNamed_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("words");
    using F = HeartbeatGroupDraft::Field;
    QTest::newRow("no name") << "name"
                             << "  " << int(F::Name) << "Name:";
    QTest::newRow("taken name") << "name"
                                << "lab" << int(F::Name) << "names another group";
    QTest::newRow("bad range") << "ipv4"
                               << "10.20.0.0/16\n10.0.0.300" << int(F::Ipv4Ranges)
                               << "IPv4 ranges, entry 2 (10.0.0.300)";
    QTest::newRow("bad prefix") << "ipv6"
                                << "fd00::/200" << int(F::Ipv6Prefixes)
                                << "IPv6 prefixes, entry 1 (fd00::/200)";
    QTest::newRow("bad container")
        << "containers"
        << "Laptops" << int(F::AdContainers) << "Active Directory containers, entry 1 (Laptops)";
    QTest::newRow("applies to nothing") << "nothing"
                                        << "" << int(F::AppliesTo) << "Applies to:";
    QTest::newRow("interval") << "interval"
                              << "0" << int(F::Interval) << "Heartbeat interval:";
    QTest::newRow("misses") << "misses"
                            << "101" << int(F::Misses) << "Offline after missed heartbeats:";
}

void TestHeartbeatGroups::aWrongFieldIsNamed()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(int, expected);
    QFETCH(QString, words);
    HeartbeatGroupDraft draft = laptops();
    if (field == QLatin1String("name"))
        draft.name = text;
    else if (field == QLatin1String("ipv4"))
        draft.ipv4Ranges = text;
    else if (field == QLatin1String("ipv6"))
        draft.ipv6Prefixes = text;
    else if (field == QLatin1String("containers"))
        draft.adContainers = text;
    else if (field == QLatin1String("interval"))
        draft.intervalMinutes = text.toInt();
    else if (field == QLatin1String("misses"))
        draft.missesForOffline = text.toInt();
    else
        draft.ipv4Ranges = draft.ipv6Prefixes = draft.adContainers = draft.computers = text;
    const HeartbeatGroupDraft::Problem problem = draft.problem({ QStringLiteral("Lab") });
    QCOMPARE(int(problem.field), expected);
    QVERIFY2(problem.message.contains(words), qPrintable(problem.message));
}

void TestHeartbeatGroups::aDraftTheImportWouldTakeIsTaken()
{
    // What the editor takes, the store's own reading takes back unchanged (the one format).
    HeartbeatPolicy policy;
    policy.groups = { laptops().toGroup() };
    const Result<HeartbeatPolicy> read = HeartbeatPolicy::fromJson(policy.toJson());
    QVERIFY2(read, qPrintable(read.error()));
    QVERIFY(*read == policy);
}

QTEST_GUILESS_MAIN(TestHeartbeatGroups)
#include "tst_heartbeatgroups.moc"
