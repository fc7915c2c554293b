#include "probe/targetlist.h"

#include <QtTest>

class TestTargetList : public QObject
{
    Q_OBJECT

private slots:
    void mergesOverlappingIpv4Ranges();
    void dropsNestedIpv6Prefixes();
    void dropsNestedIpv6PrefixesInAnyOrder();
    void countsEachAddressOnce();
    void probesNothingWhenTheIpScopeIsDisabled();
    void addsDirectoryComputersOnceEach();
    void directoryComputersAloneWhenTheIpScopeIsDisabled();
    void targetsCarryTheirOrigin();
    void splitsRangesAroundComputersAtTheirEdges();
};

namespace {
Ipv4Range range(const char *text)
{
    return Ipv4Range::parse(QString::fromLatin1(text)).value();
}
Ipv6Prefix prefix(const char *text)
{
    return Ipv6Prefix::parse(QString::fromLatin1(text)).value();
}
} // namespace

void TestTargetList::mergesOverlappingIpv4Ranges()
{
    Scope scope;
    scope.ipv4Ranges = { range("127.0.0.10-127.0.0.20"), range("127.0.0.1-127.0.0.12"),
                         range("127.0.0.21"), range("127.0.1.0/30") };
    const TargetList targets(scope);
    QCOMPARE(targets.size(), quint64(21 + 4));
    QCOMPARE(targets.at(0).address.toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(targets.at(20).address.toString(), QStringLiteral("127.0.0.21"));
    QCOMPARE(targets.at(21).address.toString(), QStringLiteral("127.0.1.0"));
    QCOMPARE(targets.at(24).address.toString(), QStringLiteral("127.0.1.3"));
}

void TestTargetList::dropsNestedIpv6Prefixes()
{
    Scope scope;
    scope.ipv6Prefixes = { prefix("fd00:1::/120"), prefix("fd00:1::80/124"), prefix("fd00:1::/120"),
                           prefix("fd00:2::/126") };
    const TargetList targets(scope);
    QCOMPARE(targets.size(), quint64(256 + 4));
    QCOMPARE(targets.at(0).address.toString(), QStringLiteral("fd00:1::"));
    QCOMPARE(targets.at(255).address.toString(), QStringLiteral("fd00:1::ff"));
    QCOMPARE(targets.at(256).address.toString(), QStringLiteral("fd00:2::"));
}

// Issue 18, point 3: nesting is found by sorting, not by comparing every pair; the outer prefix
// may come last, inner ones repeat, and the result is in the order of the networks.
void TestTargetList::dropsNestedIpv6PrefixesInAnyOrder()
{
    Scope scope;
    for (int host = 4095; host >= 0; --host) {
        const QString inner = QStringLiteral("fd00:7::%1/128").arg(host, 0, 16);
        scope.ipv6Prefixes.append(Ipv6Prefix::parse(inner).value());
        if (host % 1000 == 0)
            scope.ipv6Prefixes.append(Ipv6Prefix::parse(inner).value());
    }
    scope.ipv6Prefixes.append(prefix("fd00:7::/116"));
    scope.ipv6Prefixes.append(prefix("fd00:3::10/124"));
    scope.ipv6Prefixes.append(prefix("fd00:3::/120"));
    scope.ipv6Prefixes.append(prefix("fd00:7::1000/128")); // just past the /116
    DirectoryTargets directory;
    directory.add(QHostAddress(QStringLiteral("fd00:7::ff")), { QStringLiteral("IN"), {} });
    directory.add(QHostAddress(QStringLiteral("fd00:9::1")), { QStringLiteral("OUT"), {} });
    const TargetList targets(scope, directory);
    QCOMPARE(targets.size(), quint64(256 + 4096 + 1 + 1));
    QCOMPARE(targets.at(0).address.toString(), QStringLiteral("fd00:3::"));
    QCOMPARE(targets.at(256).address.toString(), QStringLiteral("fd00:7::"));
    QCOMPARE(targets.at(256 + 0xff).computer->name, QStringLiteral("IN"));
    QCOMPARE(targets.at(256 + 4095).address.toString(), QStringLiteral("fd00:7::fff"));
    QCOMPARE(targets.at(256 + 4096).address.toString(), QStringLiteral("fd00:7::1000"));
    QCOMPARE(targets.at(256 + 4097).computer->name, QStringLiteral("OUT"));
    for (const char *inside :
         { "fd00:3::", "fd00:3::ff", "fd00:7::abc", "fd00:7::1000", "fd00:9::1" })
        QVERIFY2(targets.contains(QHostAddress(QString::fromLatin1(inside))), inside);
    for (const char *outside : { "fd00:3::100", "fd00:7::1001", "fd00:2::", "fd00:9::2" })
        QVERIFY2(!targets.contains(QHostAddress(QString::fromLatin1(outside))), outside);
}

void TestTargetList::countsEachAddressOnce()
{
    Scope scope;
    scope.ipv4Ranges = { range("127.1.0.0/16"), range("127.1.2.0/24") };
    scope.ipv6Prefixes = { prefix("::1/128") };
    const TargetList targets(scope);
    QCOMPARE(targets.size(), quint64(65536 + 1));
    QSet<QString> seen;
    for (quint64 i = 0; i < targets.size(); ++i)
        seen.insert(targets.at(i).address.toString());
    QCOMPARE(quint64(seen.size()), targets.size());
}

void TestTargetList::probesNothingWhenTheIpScopeIsDisabled()
{
    Scope scope;
    scope.ipv4Ranges = { range("127.1.0.0/24") };
    scope.ipScopeEnabled = false;
    QCOMPARE(TargetList(scope).size(), quint64(0));
}

void TestTargetList::addsDirectoryComputersOnceEach()
{
    Scope scope;
    scope.ipv4Ranges = { range("198.18.0.0/24") };
    scope.ipv6Prefixes = { prefix("fd00:1::/120") };
    DirectoryTargets directory;
    directory.add(QHostAddress(QStringLiteral("198.18.0.7")),
                  { QStringLiteral("IN"), QStringLiteral("CN=IN") });
    directory.add(QHostAddress(QStringLiteral("198.18.5.1")),
                  { QStringLiteral("OUT"), QStringLiteral("CN=OUT") });
    directory.add(QHostAddress(QStringLiteral("198.18.9.9")),
                  { QStringLiteral("FAR"), QStringLiteral("CN=FAR") });
    // A second AD object at an address already taken is not a second target.
    directory.add(QHostAddress(QStringLiteral("198.18.9.9")),
                  { QStringLiteral("TWIN"), QStringLiteral("CN=TWIN") });
    directory.add(QHostAddress(QStringLiteral("fd00:1::5")),
                  { QStringLiteral("V6IN"), QStringLiteral("CN=V6IN") });
    directory.add(QHostAddress(QStringLiteral("fd00:2::1")),
                  { QStringLiteral("V6OUT"), QStringLiteral("CN=V6OUT") });
    QCOMPARE(directory.size(), 5);
    QCOMPARE(directory.find(QStringLiteral("198.18.9.9"))->name, QStringLiteral("FAR"));
    QCOMPARE(directory.find(QStringLiteral("fd00:1::5"))->dn, QStringLiteral("CN=V6IN"));
    QVERIFY(!directory.find(QStringLiteral("198.18.0.8")));

    const TargetList targets(scope, directory);
    QCOMPARE(targets.size(), quint64(256 + 2 + 256 + 1));
    QSet<QString> seen;
    for (quint64 i = 0; i < targets.size(); ++i)
        seen.insert(DirectoryTargets::canonical(targets.at(i).address));
    QCOMPARE(quint64(seen.size()), targets.size());
    for (const char *address :
         { "198.18.0.7", "198.18.5.1", "198.18.9.9", "fd00:1::5", "fd00:2::1" }) {
        QVERIFY2(seen.contains(QString::fromLatin1(address)), address);
        QVERIFY(targets.contains(QHostAddress(QString::fromLatin1(address))));
    }
    QCOMPARE(targets.at(256).address.toString(), QStringLiteral("198.18.5.1"));
    QCOMPARE(targets.at(257).address.toString(), QStringLiteral("198.18.9.9"));
    QVERIFY(!targets.contains(QHostAddress(QStringLiteral("198.18.1.0"))));
    QVERIFY(!targets.contains(QHostAddress(QStringLiteral("198.17.255.255"))));
    QVERIFY(!TargetList(scope).contains(QHostAddress(QStringLiteral("198.18.5.1"))));
    QVERIFY(TargetList(scope).contains(QHostAddress(QStringLiteral("198.18.0.255"))));
}

void TestTargetList::directoryComputersAloneWhenTheIpScopeIsDisabled()
{
    Scope scope;
    scope.ipScopeEnabled = false;
    scope.ipv4Ranges = { range("198.18.0.0/24") };
    DirectoryTargets directory;
    directory.add(QHostAddress(QStringLiteral("198.18.0.7")),
                  { QStringLiteral("IN"), QStringLiteral("CN=IN") });
    const TargetList targets(scope, directory);
    QCOMPARE(targets.size(), quint64(1));
    QCOMPARE(targets.at(0).address.toString(), QStringLiteral("198.18.0.7"));
    QVERIFY(targets.at(0).computer);
    QCOMPARE(targets.at(0).computer->name, QStringLiteral("IN"));
}

void TestTargetList::targetsCarryTheirOrigin()
{
    Scope scope;
    scope.ipv4Ranges = { range("198.18.0.0/24") };
    scope.ipv6Prefixes = { prefix("fd00:1::/120") };
    DirectoryTargets directory;
    const QHash<QString, QString> computers {
        { QStringLiteral("198.18.0.7"), QStringLiteral("IN") },
        { QStringLiteral("198.18.5.1"), QStringLiteral("OUT") },
        { QStringLiteral("fd00:1::5"), QStringLiteral("V6IN") },
        { QStringLiteral("fd00:2::1"), QStringLiteral("V6OUT") },
    };
    for (auto computer = computers.cbegin(); computer != computers.cend(); ++computer) {
        directory.add(QHostAddress(computer.key()),
                      { computer.value(), QStringLiteral("CN=") + computer.value() });
    }
    const TargetList targets(scope, directory);
    int fromDirectory = 0;
    for (quint64 i = 0; i < targets.size(); ++i) {
        const Target target = targets.at(i);
        const QString address = DirectoryTargets::canonical(target.address);
        QCOMPARE(target.computer != nullptr, computers.contains(address));
        if (!target.computer)
            continue;
        ++fromDirectory;
        QCOMPARE(target.computer->name, computers.value(address));
        QCOMPARE(target.computer->dn, QStringLiteral("CN=") + computers.value(address));
    }
    QCOMPARE(fromDirectory, 4);
    // A computer inside a range keeps the place its address has in the range.
    QCOMPARE(targets.at(7).computer->name, QStringLiteral("IN"));
    QCOMPARE(targets.at(6).computer, nullptr);
    QCOMPARE(targets.at(257 + 5).computer->name, QStringLiteral("V6IN"));
    QCOMPARE(targets.at(targets.size() - 1).computer->name, QStringLiteral("V6OUT"));
}

void TestTargetList::splitsRangesAroundComputersAtTheirEdges()
{
    Scope scope;
    scope.ipv4Ranges = { range("198.18.0.0/30"), range("255.255.255.254-255.255.255.255") };
    scope.ipv6Prefixes = { prefix("fd00:1::/126") };
    DirectoryTargets directory;
    for (const char *address :
         { "198.18.0.3", "198.18.0.0", "198.18.0.1", "255.255.255.255", "fd00:1::3", "fd00:1::" }) {
        const QString text = QString::fromLatin1(address);
        directory.add(QHostAddress(text), { text, QString() });
    }
    const TargetList targets(scope, directory);
    QCOMPARE(targets.size(), quint64(4 + 2 + 4));
    const QStringList expected {
        QStringLiteral("198.18.0.0"),
        QStringLiteral("198.18.0.1"),
        QString(),
        QStringLiteral("198.18.0.3"),
        QString(),
        QStringLiteral("255.255.255.255"),
        QStringLiteral("fd00:1::"),
        QString(),
        QString(),
        QStringLiteral("fd00:1::3"),
    };
    for (quint64 i = 0; i < targets.size(); ++i) {
        const Target target = targets.at(i);
        QCOMPARE(target.computer ? target.computer->name : QString(), expected[qsizetype(i)]);
        if (target.computer)
            QCOMPARE(DirectoryTargets::canonical(target.address), target.computer->name);
        QVERIFY(targets.contains(target.address));
    }
    QCOMPARE(targets.at(2).address.toString(), QStringLiteral("198.18.0.2"));
    QCOMPARE(targets.at(4).address.toString(), QStringLiteral("255.255.255.254"));
}

QTEST_GUILESS_MAIN(TestTargetList)
#include "tst_targetlist.moc"
