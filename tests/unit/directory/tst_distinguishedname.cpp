#include "directory/distinguishedname.h"
#include "errorwords.h"

#include <QTest>

class TestDistinguishedName : public QObject
{
    Q_OBJECT

private slots:
    void readsValues_data();
    void readsValues();
    void givesTheContainerPath();
    void givesLeafAndPathFromOneParse();
    void normalizesSpellings();
    void refusesNonsense_data();
    void refusesNonsense();
};

void TestDistinguishedName::readsValues_data()
{
    QTest::addColumn<QString>("dn");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("plain") << QStringLiteral("CN=PC-1,OU=Lab,DC=corp,DC=test")
                           << words({ "PC-1", "Lab", "corp", "test" });
    QTest::newRow("comma") << QStringLiteral("CN=Comma\\, Inc,DC=test")
                           << words({ "Comma, Inc", "test" });
    QTest::newRow("hex comma") << QStringLiteral("CN=Comma\\2C Inc,DC=test")
                               << words({ "Comma, Inc", "test" });
    QTest::newRow("quotes") << QStringLiteral("CN=Quote \\\"Q\\\",DC=test")
                            << words({ "Quote \"Q\"", "test" });
    QTest::newRow("backslash") << QStringLiteral("CN=Back\\\\slash,DC=test")
                               << words({ "Back\\slash", "test" });
    QTest::newRow("star and parentheses")
        << QStringLiteral("CN=Star*(1),DC=test") << words({ "Star*(1)", "test" });
    QTest::newRow("utf8") << QStringLiteral("OU=Köln (Büro),DC=test")
                          << words({ "Köln (Büro)", "test" });
    QTest::newRow("utf8 escaped") << QStringLiteral("OU=K\\C3\\B6ln,DC=test")
                                  << words({ "Köln", "test" });
}

void TestDistinguishedName::readsValues()
{
    QFETCH(QString, dn);
    QFETCH(QStringList, values);
    const Result<QStringList> parsed = DistinguishedName::values(dn);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(*parsed, values);
    QCOMPARE(*DistinguishedName::leafValue(dn), values.constFirst());
}

void TestDistinguishedName::givesTheContainerPath()
{
    QCOMPARE(*DistinguishedName::containerPath(QStringLiteral(
                 "CN=PC\\, 1,OU=Site 1,OU=Sales\\, EMEA,OU=osmgmt lab,DC=corp,DC=example,DC=test")),
             QStringLiteral("corp.example.test/osmgmt lab/Sales, EMEA/Site 1"));
    QCOMPARE(*DistinguishedName::containerPath(
                 QStringLiteral("CN=PC-1,CN=Computers,DC=corp,DC=example,DC=test")),
             QStringLiteral("corp.example.test/Computers"));
    QCOMPARE(*DistinguishedName::containerPath(QStringLiteral("OU=Lab,DC=corp,DC=test")),
             QStringLiteral("corp.test"));
}

void TestDistinguishedName::normalizesSpellings()
{
    const QString written = QStringLiteral("CN=Comma\\, \\\"Q\\\" \\\\x,OU=K\\C3\\B6ln,DC=corp");
    const QString other = QStringLiteral("cn=Comma\\2C \\22Q\\22 \\5Cx,ou=Köln,dc=corp");
    QCOMPARE(*DistinguishedName::normalized(written), *DistinguishedName::normalized(other));
    QCOMPARE(*DistinguishedName::normalized(other),
             QStringLiteral("CN=Comma\\, \\\"Q\\\" \\\\x,OU=Köln,DC=corp"));
    QCOMPARE(*DistinguishedName::normalized(QStringLiteral("CN=\\ lead\\ ,DC=x")),
             QStringLiteral("CN=\\ lead\\ ,DC=x"));
    QCOMPARE(*DistinguishedName::normalized(QStringLiteral("CN=\\#1,DC=x")),
             QStringLiteral("CN=\\#1,DC=x"));
}

void TestDistinguishedName::refusesNonsense_data()
{
    QTest::addColumn<QString>("dn");
    QTest::newRow("empty") << QString();
    QTest::newRow("no equals") << QStringLiteral("just words");
    QTest::newRow("unescaped comma tail") << QStringLiteral("CN=a,");
    QTest::newRow("bad escape") << QStringLiteral("CN=a\\zz,DC=x");
}

void TestDistinguishedName::givesLeafAndPathFromOneParse()
{
    // What the enumerator keeps of each computer: the same as leafValue() and containerPath()
    // give one by one, for escapes, UTF-8 escapes and a computer right under the domain.
    const QStringList dns {
        QStringLiteral("CN=PC\\, 1,OU=Sales\\, EMEA,OU=osmgmt lab,DC=corp,DC=example,DC=test"),
        QStringLiteral("CN=\\C3\\84rzte-PC,OU=K\\C3\\B6ln,DC=corp,DC=test"),
        QStringLiteral("CN=\\28star\\2a\\29 \\5c back,CN=Computers,DC=corp,DC=test"),
        QStringLiteral("CN=DC1,DC=corp,DC=test"),
    };
    for (const QString &dn : dns) {
        const auto both = DistinguishedName::leafAndContainerPath(dn);
        QVERIFY2(both.ok(), qPrintable(dn));
        QCOMPARE(both->leaf, *DistinguishedName::leafValue(dn));
        QCOMPARE(both->containerPath, *DistinguishedName::containerPath(dn));
    }
    QCOMPARE(DistinguishedName::leafAndContainerPath(dns.at(1))->leaf, QStringLiteral("Ärzte-PC"));
    QCOMPARE(DistinguishedName::leafAndContainerPath(dns.at(1))->containerPath,
             QStringLiteral("corp.test/Köln"));
    QCOMPARE(DistinguishedName::leafAndContainerPath(dns.at(2))->leaf,
             QStringLiteral("(star*) \\ back"));
    QCOMPARE(DistinguishedName::leafAndContainerPath(dns.at(3))->containerPath,
             QStringLiteral("corp.test"));
    QVERIFY(!DistinguishedName::leafAndContainerPath(QStringLiteral("not a DN")).ok());
}

void TestDistinguishedName::refusesNonsense()
{
    QFETCH(QString, dn);
    const Result<QStringList> parsed = DistinguishedName::values(dn);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(QStringLiteral("is not a distinguished name")),
             qPrintable(parsed.error()));
}

QTEST_APPLESS_MAIN(TestDistinguishedName)
#include "tst_distinguishedname.moc"
