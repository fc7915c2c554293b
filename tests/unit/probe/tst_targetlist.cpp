#include "probe/targetlist.h"

#include <QtTest>

class TestTargetList : public QObject
{
    Q_OBJECT

private slots:
    void mergesOverlappingIpv4Ranges();
    void dropsNestedIpv6Prefixes();
    void countsEachAddressOnce();
    void probesNothingWhenTheIpScopeIsDisabled();
    void addsDirectoryComputersOnceEach();
    void directoryComputersAloneWhenTheIpScopeIsDisabled();
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
    QCOMPARE(targets.at(0).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(targets.at(20).toString(), QStringLiteral("127.0.0.21"));
    QCOMPARE(targets.at(21).toString(), QStringLiteral("127.0.1.0"));
    QCOMPARE(targets.at(24).toString(), QStringLiteral("127.0.1.3"));
}

void TestTargetList::dropsNestedIpv6Prefixes()
{
    Scope scope;
    scope.ipv6Prefixes = { prefix("fd00:1::/120"), prefix("fd00:1::80/124"), prefix("fd00:1::/120"),
                           prefix("fd00:2::/126") };
    const TargetList targets(scope);
    QCOMPARE(targets.size(), quint64(256 + 4));
    QCOMPARE(targets.at(0).toString(), QStringLiteral("fd00:1::"));
    QCOMPARE(targets.at(255).toString(), QStringLiteral("fd00:1::ff"));
    QCOMPARE(targets.at(256).toString(), QStringLiteral("fd00:2::"));
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
        seen.insert(targets.at(i).toString());
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
        seen.insert(DirectoryTargets::canonical(targets.at(i)));
    QCOMPARE(quint64(seen.size()), targets.size());
    for (const char *address :
         { "198.18.0.7", "198.18.5.1", "198.18.9.9", "fd00:1::5", "fd00:2::1" }) {
        QVERIFY2(seen.contains(QString::fromLatin1(address)), address);
        QVERIFY(targets.contains(QHostAddress(QString::fromLatin1(address))));
    }
    QCOMPARE(targets.at(256).toString(), QStringLiteral("198.18.5.1"));
    QCOMPARE(targets.at(257).toString(), QStringLiteral("198.18.9.9"));
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
    QCOMPARE(targets.at(0).toString(), QStringLiteral("198.18.0.7"));
    QCOMPARE(TargetList::probedScope(scope, directory).ipv4Ranges.size(), 1);
}

QTEST_GUILESS_MAIN(TestTargetList)
#include "tst_targetlist.moc"
