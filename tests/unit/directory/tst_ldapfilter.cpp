#include "directory/ldapfilter.h"

#include <QTest>

class TestLdapFilter : public QObject
{
    Q_OBJECT

private slots:
    void escapesValues_data();
    void escapesValues();
    void buildsEqualityFilters();
};

void TestLdapFilter::escapesValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << QStringLiteral("PC-00001") << QStringLiteral("PC-00001");
    QTest::newRow("empty") << QString() << QString();
    // RFC 4515, section 4, its own examples.
    QTest::newRow("rfc parentheses")
        << QStringLiteral("Parens R Us (for all your parenthetical needs)")
        << QStringLiteral("Parens R Us \\28for all your parenthetical needs\\29");
    QTest::newRow("rfc star") << QStringLiteral("*") << QStringLiteral("\\2a");
    QTest::newRow("rfc backslash")
        << QStringLiteral("C:\\MyFile") << QStringLiteral("C:\\5cMyFile");
    QTest::newRow("nul") << QString(QChar(0)) << QStringLiteral("\\00");
    QTest::newRow("nul inside") << (QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                                << QStringLiteral("a\\00b");
    QTest::newRow("every special") << QStringLiteral("*()\\") << QStringLiteral("\\2a\\28\\29\\5c");
    QTest::newRow("already escaped stays literal")
        << QStringLiteral("\\2a") << QStringLiteral("\\5c2a");
    QTest::newRow("umlaut") << QStringLiteral("Büro") << QStringLiteral("B\\c3\\bcro");
    QTest::newRow("euro three bytes") << QStringLiteral("€") << QStringLiteral("\\e2\\82\\ac");
    QTest::newRow("outside the BMP")
        << QString::fromUtf8("\xF0\x9F\x96\xA5") << QStringLiteral("\\f0\\9f\\96\\a5");
    // Characters special in DNs but not in filters pass unchanged.
    QTest::newRow("dn specials") << QStringLiteral("a,b=\"c\"+<d>;#")
                                 << QStringLiteral("a,b=\"c\"+<d>;#");
    QTest::newRow("lab name") << QStringLiteral("Mix*(x)\\y, \"z\" ü 00400")
                              << QStringLiteral("Mix\\2a\\28x\\29\\5cy, \"z\" \\c3\\bc 00400");
}

void TestLdapFilter::escapesValues()
{
    QFETCH(QString, value);
    QFETCH(QString, escaped);
    const QString result = LdapFilter::escapeValue(value);
    QCOMPARE(result, escaped);
    // The result is plain printable ASCII: nothing in it can end or widen the filter.
    for (const QChar c : result) {
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() < 0x7f, qPrintable(result));
        QVERIFY(c != QLatin1Char('*') && c != QLatin1Char('(') && c != QLatin1Char(')'));
    }
}

void TestLdapFilter::buildsEqualityFilters()
{
    QCOMPARE(LdapFilter::equals(QStringLiteral("cn"), QStringLiteral("Star*")),
             QStringLiteral("(cn=Star\\2a)"));
    QCOMPARE(LdapFilter::equals(QStringLiteral("cn"), QStringLiteral("x)(objectClass=*")),
             QStringLiteral("(cn=x\\29\\28objectClass=\\2a)"));
}

QTEST_APPLESS_MAIN(TestLdapFilter)
#include "tst_ldapfilter.moc"
