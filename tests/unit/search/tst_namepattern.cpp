#include "errorwords.h"
#include "search/namepattern.h"

#include <QtTest>

class TestNamePattern : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void refusesAnEmptyName();
    void foldedMatchAgreesWithPlainMatch();
};

void TestNamePattern::matches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("expected");
    // The manual: an incomplete name without * returns nothing.
    QTest::newRow("whole") << QStringLiteral("ws-001") << QStringLiteral("ws-001") << true;
    QTest::newRow("incomplete") << QStringLiteral("ws-00") << QStringLiteral("ws-001") << false;
    QTest::newRow("longer") << QStringLiteral("ws-0011") << QStringLiteral("ws-001") << false;
    QTest::newRow("case") << QStringLiteral("WS-001") << QStringLiteral("ws-001") << true;
    QTest::newRow("trimmed") << QStringLiteral("  ws-001 ") << QStringLiteral("ws-001") << true;
    QTest::newRow("prefix") << QStringLiteral("ws*") << QStringLiteral("ws-001") << true;
    QTest::newRow("prefix miss") << QStringLiteral("wx*") << QStringLiteral("ws-001") << false;
    QTest::newRow("suffix") << QStringLiteral("*001") << QStringLiteral("ws-001") << true;
    QTest::newRow("suffix miss") << QStringLiteral("*002") << QStringLiteral("ws-001") << false;
    QTest::newRow("inside") << QStringLiteral("*-0*") << QStringLiteral("ws-001") << true;
    QTest::newRow("star empty run")
        << QStringLiteral("ws-*001") << QStringLiteral("ws-001") << true;
    QTest::newRow("only star") << QStringLiteral("*") << QStringLiteral("anything") << true;
    QTest::newRow("star empty name") << QStringLiteral("*") << QStringLiteral("") << true;
    QTest::newRow("no overlap") << QStringLiteral("ab*ba") << QStringLiteral("aba") << false;
    QTest::newRow("order") << QStringLiteral("*b*a*") << QStringLiteral("ab") << false;
    QTest::newRow("order ok") << QStringLiteral("*a*b*") << QStringLiteral("xaxbx") << true;
    QTest::newRow("repeated piece") << QStringLiteral("*ab*ab*") << QStringLiteral("ab") << false;
    QTest::newRow("double star") << QStringLiteral("ws**1") << QStringLiteral("ws-001") << true;
    QTest::newRow("question mark is literal")
        << QStringLiteral("ws-00?") << QStringLiteral("ws-001") << false;
    QTest::newRow("dot is literal") << QStringLiteral("ws.*") << QStringLiteral("wsx1") << false;
    QTest::newRow("umlaut") << QStringLiteral("ÄRZTE-*") << QStringLiteral("ärzte-pc1") << true;
    QTest::newRow("greek") << QStringLiteral("ΛΟΓΙΣΤΗΡΙΟ") << QStringLiteral("λογιστηριο") << true;
    QTest::newRow("cyrillic") << QStringLiteral("*БУХ*") << QStringLiteral("pc-бухгалтерия")
                              << true;
    QTest::newRow("fullwidth") << QStringLiteral("ＰＣ*") << QStringLiteral("ｐｃ０１") << true;
    QTest::newRow("japanese") << QStringLiteral("経理部-*") << QStringLiteral("経理部-端末01")
                              << true;
    QTest::newRow("japanese incomplete")
        << QStringLiteral("経理部") << QStringLiteral("経理部-端末01") << false;
    QTest::newRow("surrogate pair") << QStringLiteral("*𝒜*") << QStringLiteral("x𝒜y") << true;
}

void TestNamePattern::matches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, name);
    QFETCH(bool, expected);
    const Result<NamePattern> parsed = NamePattern::parse(pattern);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->matches(name), expected);
}

void TestNamePattern::refusesAnEmptyName()
{
    for (const QString &text : { QString(), QStringLiteral("   ") }) {
        const Result<NamePattern> parsed = NamePattern::parse(text);
        QVERIFY(!parsed.ok());
        QVERIFY_MENTIONS(parsed.error(), words({ "empty", "*" }));
    }
}

void TestNamePattern::foldedMatchAgreesWithPlainMatch()
{
    const NamePattern pattern = NamePattern::parse(QStringLiteral("*Ä*b")).value();
    for (const QString &name : { QStringLiteral("xäyB"), QStringLiteral("ÄB"), QStringLiteral("ab"),
                                 QStringLiteral("äbx") }) {
        QCOMPARE(pattern.matchesFolded(NamePattern::fold(name)), pattern.matches(name));
    }
    QVERIFY(pattern.hasWildcard());
    QVERIFY(!NamePattern::parse(QStringLiteral("pc")).value().hasWildcard());
    QCOMPARE(NamePattern().toString(), QStringLiteral("*"));
    QVERIFY(NamePattern().matches(QStringLiteral("anything")));
}

QTEST_GUILESS_MAIN(TestNamePattern)
#include "tst_namepattern.moc"
