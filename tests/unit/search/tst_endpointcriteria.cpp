#include "errorwords.h"
#include "scope/ipv4range.h"
#include "search/endpointcriteria.h"

#include <QtTest>

class TestEndpointCriteria : public QObject
{
    Q_OBJECT

private slots:
    void emptyMatchesEverything();
    void describesItselfInOneLine();
    void ipv4Span_data();
    void ipv4Span();
    void refusesBadFields_data();
    void refusesBadFields();
    void refusalLeavesTheCriterionUnchanged();
    void adTreeContains_data();
    void adTreeContains();
    void statusesByKeyAndWord();
};

void TestEndpointCriteria::emptyMatchesEverything()
{
    // (What the criteria keep is ResultsMatcher's: tests/unit/results/tst_resultsmatcher.cpp.)
    EndpointCriteria criteria;
    QVERIFY(criteria.isEmpty());
    QVERIFY(criteria.setName(QStringLiteral("  ")).error().isEmpty());
    QVERIFY(criteria.isEmpty());
}

void TestEndpointCriteria::ipv4Span_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("single") << QStringLiteral("10.1.2.3") << QStringLiteral("10.1.2.3")
                            << QStringLiteral("10.1.2.3");
    QTest::newRow("dash") << QStringLiteral("10.0.0.1 - 10.0.1.0") << QStringLiteral("10.0.0.1")
                          << QStringLiteral("10.0.1.0");
    // A search probes nothing, so it may be wider than a scope's 65,536 addresses.
    QTest::newRow("slash 8") << QStringLiteral("10.20.30.40/8") << QStringLiteral("10.0.0.0")
                             << QStringLiteral("10.255.255.255");
    QTest::newRow("slash 0") << QStringLiteral("1.2.3.4/0") << QStringLiteral("0.0.0.0")
                             << QStringLiteral("255.255.255.255");
    QTest::newRow("slash 32") << QStringLiteral("1.2.3.4/32") << QStringLiteral("1.2.3.4")
                              << QStringLiteral("1.2.3.4");
}

void TestEndpointCriteria::ipv4Span()
{
    QFETCH(QString, text);
    QFETCH(QString, first);
    QFETCH(QString, last);
    const Result<Ipv4Span> span = Ipv4Span::parse(text);
    QVERIFY2(span.ok(), qPrintable(span.error()));
    QCOMPARE(Ipv4Range::formatIpv4(span->first()), first);
    QCOMPARE(Ipv4Range::formatIpv4(span->last()), last);
}

void TestEndpointCriteria::refusesBadFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("ipv4 not an address")
        << QStringLiteral("ipv4") << QStringLiteral("10.0.0") << words({ "10.0.0", "IPv4" });
    QTest::newRow("ipv4 backwards") << QStringLiteral("ipv4") << QStringLiteral("10.0.0.9-10.0.0.1")
                                    << words({ "ends before it starts", "10.0.0.9" });
    QTest::newRow("ipv4 half") << QStringLiteral("ipv4") << QStringLiteral("10.0.0.9-")
                               << words({ "each side" });
    QTest::newRow("ipv4 length") << QStringLiteral("ipv4") << QStringLiteral("10.0.0.0/33")
                                 << words({ "0 to 32" });
    QTest::newRow("ipv4 octal") << QStringLiteral("ipv4") << QStringLiteral("10.0.0.010")
                                << words({ "leading zero" });
    QTest::newRow("ipv6 short") << QStringLiteral("ipv6") << QStringLiteral("fd00::/64")
                                << words({ "64", "112" });
    QTest::newRow("ipv6 garbage") << QStringLiteral("ipv6") << QStringLiteral("fd00::zz/120")
                                  << words({ "fd00::zz" });
    QTest::newRow("ad not dn") << QStringLiteral("ad") << QStringLiteral("Finance")
                               << words({ "Finance", "type=value" });
    QTest::newRow("ad empty part")
        << QStringLiteral("ad") << QStringLiteral("OU=Finance,,DC=corp") << words({ "empty part" });
    QTest::newRow("ad bad type") << QStringLiteral("ad") << QStringLiteral("O U=x,DC=corp")
                                 << words({ "O U", "attribute type" });
    QTest::newRow("status") << QStringLiteral("status") << QStringLiteral("unreachable,lost")
                            << words({ "\"lost\"", "no-client-installed" });
}

void TestEndpointCriteria::refusesBadFields()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QStringList, mentions);
    EndpointCriteria criteria;
    QString error;
    if (field == QLatin1String("ipv4"))
        error = criteria.setIpv4(text).error();
    else if (field == QLatin1String("ipv6"))
        error = criteria.setIpv6(text).error();
    else if (field == QLatin1String("ad"))
        error = criteria.setAdTree(text).error();
    else
        error = criteria.setStatuses(text).error();
    QVERIFY(!error.isEmpty());
    QVERIFY_MENTIONS(error, mentions);
    QVERIFY(criteria.isEmpty());
}

void TestEndpointCriteria::refusalLeavesTheCriterionUnchanged()
{
    EndpointCriteria criteria;
    QVERIFY(criteria.setIpv6(QStringLiteral("fd00:1::/120")).error().isEmpty());
    QVERIFY(!criteria.setIpv6(QStringLiteral("fd00:1::/100")).error().isEmpty());
    QCOMPARE(criteria.ipv6->toString(), QStringLiteral("fd00:1::/120"));
}

void TestEndpointCriteria::adTreeContains_data()
{
    QTest::addColumn<QString>("tree");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("expected");
    const QString tree = QStringLiteral("OU=Finance,DC=corp,DC=example");
    QTest::newRow("the tree itself") << tree << tree << true;
    QTest::newRow("under") << tree << QStringLiteral("CN=PC1,OU=Finance,DC=corp,DC=example")
                           << true;
    QTest::newRow("deep") << tree << QStringLiteral("CN=PC1,OU=Tokyo,OU=Finance,DC=corp,DC=example")
                          << true;
    QTest::newRow("case and spaces")
        << QStringLiteral("ou=FINANCE, dc=Corp,dc=EXAMPLE")
        << QStringLiteral("CN=PC1, OU=Finance ,DC=corp,DC=example") << true;
    QTest::newRow("sibling with a longer name")
        << tree << QStringLiteral("CN=PC1,OU=XFinance,DC=corp,DC=example") << false;
    QTest::newRow("escaped comma")
        << tree << QStringLiteral("CN=a\\,OU=Finance,DC=corp,DC=example") << false;
    QTest::newRow("above") << tree << QStringLiteral("DC=corp,DC=example") << false;
    QTest::newRow("IP-only endpoint") << tree << QString() << false;
    QTest::newRow("non-ASCII") << QStringLiteral("OU=経理部,DC=corp")
                               << QStringLiteral("CN=端末1,OU=経理部,DC=CORP") << true;
    QTest::newRow("non-ASCII case")
        << QStringLiteral("OU=ÄRZTE,DC=corp") << QStringLiteral("CN=x,OU=ärzte,DC=corp") << true;
}

void TestEndpointCriteria::adTreeContains()
{
    QFETCH(QString, tree);
    QFETCH(QString, path);
    QFETCH(bool, expected);
    const Result<AdTree> parsed = AdTree::parse(tree);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->contains(path), expected);
}

void TestEndpointCriteria::statusesByKeyAndWord()
{
    const Result<StatusSet> set = StatusSet::parse(
        QStringLiteral("unreachable, No client installed,MANAGED-BY-ANOTHER-SERVER"));
    QVERIFY2(set.ok(), qPrintable(set.error()));
    QVERIFY(set->contains(SecurityStatus::Unreachable));
    QVERIFY(set->contains(SecurityStatus::NoClientInstalled));
    QVERIFY(set->contains(SecurityStatus::ManagedByAnotherServer));
    QVERIFY(!set->contains(SecurityStatus::ManagedByThisServer));
    QVERIFY(!set->contains(SecurityStatus::UnresolvedAd));
    QCOMPARE(set->toString(),
             QStringLiteral("managed-by-another-server,no-client-installed,unreachable"));
    QVERIFY(StatusSet().isEverything());
    QVERIFY(!StatusSet::parse(QStringLiteral(" , ")).ok());
}

void TestEndpointCriteria::describesItselfInOneLine()
{
    // In a fixed order, whatever the order the fields were set in.
    EndpointCriteria criteria;
    QVERIFY(criteria.setStatuses(QStringLiteral("unreachable")).error().isEmpty());
    QVERIFY(criteria.setAdTree(QStringLiteral("OU=Sales,DC=corp")).error().isEmpty());
    QVERIFY(criteria.setIpv6(QStringLiteral("fd00:1::/120")).error().isEmpty());
    QVERIFY(criteria.setServer(QStringLiteral("OSM-*")).error().isEmpty());
    QVERIFY(criteria.setIpv4(QStringLiteral("10.0.0.0/24")).error().isEmpty());
    QVERIFY(criteria.setName(QStringLiteral("pc-*")).error().isEmpty());
    QCOMPARE(criteria.toString(),
             QStringLiteral("name=pc-*; ipv4=10.0.0.0/24; ipv6=fd00:1::/120; server=OSM-*; "
                            "ad-tree=OU=Sales,DC=corp; status=unreachable"));
}

QTEST_GUILESS_MAIN(TestEndpointCriteria)
#include "tst_endpointcriteria.moc"
