#include "errorwords.h"
#include "scope/ipv4range.h"

#include <QLocale>
#include <QTest>

class TestIpv4Range : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesValidRanges_data();
    void parsesValidRanges();
    void refusesBadInput_data();
    void refusesBadInput();
    void parsesStrictDottedQuads_data();
    void parsesStrictDottedQuads();
    void formatsAddresses();
    void indexesAndContains();
    void roundTripsThroughText_data();
    void roundTripsThroughText();
    void keepsNotationInEquality();
    void buildsFromBounds();
};

void TestIpv4Range::initTestCase()
{
    // Counts in errors are grouped the way the manual writes them ("65,536").
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestIpv4Range::parsesValidRanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<quint64>("count");
    QTest::addColumn<QString>("shown");

    QTest::newRow("range") << "127.20.0.1-127.20.0.200"
                           << "127.20.0.1"
                           << "127.20.0.200" << quint64(200) << "127.20.0.1-127.20.0.200";
    QTest::newRow("spaces around dash") << "  10.0.0.1 -  10.0.0.5 "
                                        << "10.0.0.1"
                                        << "10.0.0.5" << quint64(5) << "10.0.0.1-10.0.0.5";
    QTest::newRow("single") << "127.0.0.1"
                            << "127.0.0.1"
                            << "127.0.0.1" << quint64(1) << "127.0.0.1";
    QTest::newRow("one-address range prints as single") << "10.0.0.1-10.0.0.1"
                                                        << "10.0.0.1"
                                                        << "10.0.0.1" << quint64(1) << "10.0.0.1";
    QTest::newRow("cidr") << "127.21.0.0/24"
                          << "127.21.0.0"
                          << "127.21.0.255" << quint64(256) << "127.21.0.0/24";
    QTest::newRow("cidr host bits normalised") << "10.0.0.5/24"
                                               << "10.0.0.0"
                                               << "10.0.0.255" << quint64(256) << "10.0.0.0/24";
    QTest::newRow("cidr spaces") << "10.0.0.0 / 30"
                                 << "10.0.0.0"
                                 << "10.0.0.3" << quint64(4) << "10.0.0.0/30";
    QTest::newRow("cidr /32") << "10.0.0.7/32"
                              << "10.0.0.7"
                              << "10.0.0.7" << quint64(1) << "10.0.0.7/32";
    QTest::newRow("cidr /16 exactly 65,536") << "10.1.2.3/16"
                                             << "10.1.0.0"
                                             << "10.1.255.255" << quint64(65536) << "10.1.0.0/16";
    QTest::newRow("range exactly 65,536")
        << "10.0.0.0-10.0.255.255"
        << "10.0.0.0"
        << "10.0.255.255" << quint64(65536) << "10.0.0.0-10.0.255.255";
    QTest::newRow("lowest address") << "0.0.0.0"
                                    << "0.0.0.0"
                                    << "0.0.0.0" << quint64(1) << "0.0.0.0";
    QTest::newRow("highest address") << "255.255.255.255"
                                     << "255.255.255.255"
                                     << "255.255.255.255" << quint64(1) << "255.255.255.255";
    QTest::newRow("top 65,536") << "255.255.0.0-255.255.255.255"
                                << "255.255.0.0"
                                << "255.255.255.255" << quint64(65536)
                                << "255.255.0.0-255.255.255.255";
    QTest::newRow("bottom /16") << "0.0.0.0/16"
                                << "0.0.0.0"
                                << "0.0.255.255" << quint64(65536) << "0.0.0.0/16";
}

void TestIpv4Range::parsesValidRanges()
{
    QFETCH(QString, text);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(quint64, count);
    QFETCH(QString, shown);

    const Result<Ipv4Range> range = Ipv4Range::parse(text);
    QVERIFY2(range.ok(), qPrintable(range.error()));
    QCOMPARE(Ipv4Range::formatIpv4(range->first()), first);
    QCOMPARE(Ipv4Range::formatIpv4(range->last()), last);
    QCOMPARE(range->count(), count);
    QCOMPARE(range->toString(), shown);
}

void TestIpv4Range::refusesBadInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");

    const auto notAddress = [](const char *address) {
        return QStringList { QLatin1Char('"') + QLatin1String(address) + QLatin1Char('"'),
                             QStringLiteral("is not an IPv4 address") };
    };
    QTest::newRow("empty") << "" << words({ "empty" });
    QTest::newRow("blank") << "   " << words({ "empty" });
    QTest::newRow("octet above 255") << "127.0.0.300" << notAddress("127.0.0.300");
    QTest::newRow("missing octet") << "10.0.0" << notAddress("10.0.0");
    QTest::newRow("five octets") << "10.0.0.0.1" << notAddress("10.0.0.0.1");
    QTest::newRow("empty octet") << "10..0.1" << notAddress("10..0.1");
    QTest::newRow("trailing dot") << "10.0.0.1." << notAddress("10.0.0.1.");
    QTest::newRow("trailing letter") << "10.0.0.1x" << notAddress("10.0.0.1x");
    QTest::newRow("trailing word") << "10.0.0.1 x" << notAddress("10.0.0.1 x");
    QTest::newRow("letters") << "a.b.c.d" << notAddress("a.b.c.d");
    QTest::newRow("hex") << "0x7f.0.0.1" << notAddress("0x7f.0.0.1");
    QTest::newRow("sign") << "+1.2.3.4" << notAddress("+1.2.3.4");
    QTest::newRow("four digits") << "1000.0.0.1" << notAddress("1000.0.0.1");
    QTest::newRow("arabic-indic digits")
        << QString::fromUtf8("\u0661\u0660.0.0.1") << words({ "is not an IPv4 address" });
    QTest::newRow("two addresses without dash")
        << "1.2.3.4 5.6.7.8" << notAddress("1.2.3.4 5.6.7.8");
    QTest::newRow("leading zero") << "10.0.0.010"
                                  << words({ "\"10.0.0.010\" is not an IPv4 address", "\"010\"",
                                             "leading zero" });
    QTest::newRow("ipv6") << "::1" << notAddress("::1");
    QTest::newRow("bad end") << "10.0.0.1-10.0.0.256" << notAddress("10.0.0.256");
    QTest::newRow("three parts") << "1.2.3.4-5.6.7.8-9.9.9.9" << notAddress("5.6.7.8-9.9.9.9");
    QTest::newRow("no start") << "-10.0.0.1" << words({ "each side of \"-\"" });
    QTest::newRow("no end") << "10.0.0.1 - " << words({ "each side of \"-\"" });
    QTest::newRow("reversed") << "10.0.0.9-10.0.0.1"
                              << words({ "the range starts after it ends (10.0.0.9-10.0.0.1)" });
    QTest::newRow("prefix 33") << "10.0.0.0/33" << words({ "prefix length 33 is above 32" });
    QTest::newRow("prefix huge") << "10.0.0.0/99999999999"
                                 << words({ "prefix length 99999999999 is above 32" });
    QTest::newRow("no prefix length") << "10.0.0.0/" << words({ "no prefix length" });
    QTest::newRow("prefix letters") << "10.0.0.0/x" << words({ "\"x\" is not a prefix length" });
    QTest::newRow("prefix negative") << "10.0.0.0/-1" << words({ "\"-1\" is not a prefix length" });
    QTest::newRow("two prefixes") << "10.0.0.0/24/3"
                                  << words({ "\"24/3\" is not a prefix length" });
    QTest::newRow("range after prefix")
        << "10.0.0.0/24-10.0.1.0" << words({ "\"24-10.0.1.0\" is not a prefix length" });
    QTest::newRow("cidr bad address") << "10.0.0/24" << notAddress("10.0.0");
    QTest::newRow("cidr /15") << "10.0.0.0/15"
                              << words({ "10.0.0.0/15 holds 131,072 addresses; a range may "
                                         "hold at most 65,536" });
    QTest::newRow("cidr /0") << "0.0.0.0/0" << words({ "4,294,967,296 addresses" });
    QTest::newRow("range 65,537") << "10.0.0.0-10.1.0.0"
                                  << words({ "10.0.0.0-10.1.0.0 holds 65,537 addresses",
                                             "at most 65,536" });
    QTest::newRow("everything") << "0.0.0.0-255.255.255.255"
                                << words({ "4,294,967,296 addresses" });
}

void TestIpv4Range::refusesBadInput()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);

    const Result<Ipv4Range> range = Ipv4Range::parse(text);
    QVERIFY2(!range.ok(), qPrintable(range.ok() ? range->toString() : QString()));
    QVERIFY_MENTIONS(range.error(), words);
}

void TestIpv4Range::parsesStrictDottedQuads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint32>("address");

    QTest::newRow("zero") << "0.0.0.0" << true << quint32(0);
    QTest::newRow("all ones") << "255.255.255.255" << true << quint32(0xffffffff);
    QTest::newRow("loopback") << "127.0.0.1" << true << quint32(0x7f000001);
    QTest::newRow("zero octets are not leading zeros") << "10.0.0.0" << true << quint32(0x0a000000);
    QTest::newRow("00") << "10.00.0.1" << false << quint32(0);
    QTest::newRow("256") << "10.0.256.1" << false << quint32(0);
    QTest::newRow("short form") << "10.1" << false << quint32(0);
    QTest::newRow("integer form") << "2130706433" << false << quint32(0);
    QTest::newRow("inner space") << "10. 0.0.1" << false << quint32(0);
}

void TestIpv4Range::parsesStrictDottedQuads()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(quint32, address);

    const Result<quint32> parsed = Ipv4Range::parseIpv4(text);
    QCOMPARE(parsed.ok(), valid);
    if (valid)
        QCOMPARE(*parsed, address);
    else
        QVERIFY(parsed.error().contains(QStringLiteral("is not an IPv4 address")));
}

void TestIpv4Range::formatsAddresses()
{
    QCOMPARE(Ipv4Range::formatIpv4(0), QStringLiteral("0.0.0.0"));
    QCOMPARE(Ipv4Range::formatIpv4(0xffffffff), QStringLiteral("255.255.255.255"));
    QCOMPARE(Ipv4Range::formatIpv4(0x7f140001), QStringLiteral("127.20.0.1"));
    QCOMPARE(Ipv4Range::formatIpv4(0x01020304), QStringLiteral("1.2.3.4"));
}

void TestIpv4Range::indexesAndContains()
{
    const Result<Ipv4Range> range = Ipv4Range::parse(QStringLiteral("10.0.0.250-10.0.1.4"));
    QVERIFY(range.ok());
    QCOMPARE(range->count(), quint64(11));
    QCOMPARE(Ipv4Range::formatIpv4(range->at(0)), QStringLiteral("10.0.0.250"));
    QCOMPARE(Ipv4Range::formatIpv4(range->at(5)), QStringLiteral("10.0.0.255"));
    QCOMPARE(Ipv4Range::formatIpv4(range->at(6)), QStringLiteral("10.0.1.0"));
    QCOMPARE(Ipv4Range::formatIpv4(range->at(10)), QStringLiteral("10.0.1.4"));
    QVERIFY(range->contains(range->first()));
    QVERIFY(range->contains(range->last()));
    QVERIFY(!range->contains(range->first() - 1));
    QVERIFY(!range->contains(range->last() + 1));

    const Result<Ipv4Range> top = Ipv4Range::parse(QStringLiteral("255.255.255.0/24"));
    QVERIFY(top.ok());
    QCOMPARE(top->at(255), quint32(0xffffffff));
    QVERIFY(top->contains(0xffffffff));
    QVERIFY(!top->contains(0xfffffeff));

    const Result<Ipv4Range> bottom = Ipv4Range::parse(QStringLiteral("0.0.0.0-0.0.0.3"));
    QVERIFY(bottom.ok());
    QCOMPARE(bottom->at(0), quint32(0));
    QVERIFY(bottom->contains(0));
    QVERIFY(!bottom->contains(4));
}

void TestIpv4Range::roundTripsThroughText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("range") << "127.20.0.1-127.20.0.200";
    QTest::newRow("cidr") << "127.21.0.0/24";
    QTest::newRow("cidr /32") << "127.0.0.9/32";
    QTest::newRow("single") << "127.0.0.1";
    QTest::newRow("normalised cidr") << "127.21.0.77/24";
    QTest::newRow("spaced range") << "127.0.0.1 - 127.0.0.2";
}

void TestIpv4Range::roundTripsThroughText()
{
    QFETCH(QString, text);
    const Result<Ipv4Range> range = Ipv4Range::parse(text);
    QVERIFY2(range.ok(), qPrintable(range.error()));
    const Result<Ipv4Range> again = Ipv4Range::parse(range->toString());
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(*again, *range);
    QCOMPARE(again->toString(), range->toString());
}

void TestIpv4Range::keepsNotationInEquality()
{
    const Result<Ipv4Range> cidr = Ipv4Range::parse(QStringLiteral("10.0.0.0/24"));
    const Result<Ipv4Range> dashed = Ipv4Range::parse(QStringLiteral("10.0.0.0-10.0.0.255"));
    const Result<Ipv4Range> host = Ipv4Range::parse(QStringLiteral("10.0.0.99/24"));
    QVERIFY(cidr.ok() && dashed.ok() && host.ok());
    QCOMPARE(cidr->first(), dashed->first());
    QCOMPARE(cidr->last(), dashed->last());
    QVERIFY(cidr->isCidr());
    QVERIFY(!dashed->isCidr());
    QCOMPARE(cidr->prefixLength(), 24);
    QVERIFY(*cidr != *dashed);
    QCOMPARE(*host, *cidr);
}

void TestIpv4Range::buildsFromBounds()
{
    const Result<Ipv4Range> ok = Ipv4Range::fromBounds(0x7f000001, 0x7f0000c8);
    QVERIFY(ok.ok());
    QCOMPARE(ok->toString(), QStringLiteral("127.0.0.1-127.0.0.200"));

    const Result<Ipv4Range> reversed = Ipv4Range::fromBounds(0x7f000009, 0x7f000001);
    QVERIFY(!reversed.ok());
    QCOMPARE(reversed.error(),
             QStringLiteral("the range starts after it ends (127.0.0.9-127.0.0.1)"));

    QVERIFY(Ipv4Range::fromBounds(0x0a000000, 0x0a00ffff).ok());
    const Result<Ipv4Range> tooLarge = Ipv4Range::fromBounds(0x0a000000, 0x0a010000);
    QVERIFY(!tooLarge.ok());
    QVERIFY(tooLarge.error().contains(QStringLiteral("65,537 addresses")));
}

QTEST_GUILESS_MAIN(TestIpv4Range)
#include "tst_ipv4range.moc"
