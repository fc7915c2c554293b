#include "errorwords.h"
#include "scope/ipv6prefix.h"

#include <QTest>

namespace {

Q_IPV6ADDR address(const char *text)
{
    return QHostAddress(QString::fromLatin1(text)).toIPv6Address();
}

} // namespace

class TestIpv6Prefix : public QObject
{
    Q_OBJECT

private slots:
    void countsAddresses_data();
    void countsAddresses();
    void parsesValidPrefixes_data();
    void parsesValidPrefixes();
    void refusesBadInput_data();
    void refusesBadInput();
    void buildsFromTwoFields();
    void refusesBadFields_data();
    void refusesBadFields();
    void indexesAddresses();
    void containsItsAddressesOnly();
    void formatsRfc5952_data();
    void formatsRfc5952();
    void roundTripsThroughText();
};

void TestIpv6Prefix::countsAddresses_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<quint64>("count");
    // The manual's table, with /128 corrected from 2 to 1 (see ipv6prefix.h).
    QTest::newRow("/112") << 112 << quint64(65536);
    QTest::newRow("/116") << 116 << quint64(4096);
    QTest::newRow("/120") << 120 << quint64(256);
    QTest::newRow("/124") << 124 << quint64(16);
    QTest::newRow("/128") << 128 << quint64(1);
    QTest::newRow("/113") << 113 << quint64(32768);
    QTest::newRow("/127") << 127 << quint64(2);
}

void TestIpv6Prefix::countsAddresses()
{
    QFETCH(int, length);
    QFETCH(quint64, count);
    const Result<Ipv6Prefix> prefix = Ipv6Prefix::parse(QStringLiteral("fd00::/%1").arg(length));
    QVERIFY2(prefix.ok(), qPrintable(prefix.error()));
    QCOMPARE(prefix->length(), length);
    QCOMPARE(prefix->count(), count);
    // The last address is the network with every host bit set.
    const QHostAddress last = prefix->addressAt(count - 1);
    QCOMPARE(last.toIPv6Address()[15], quint8((count - 1) & 0xff));
    QCOMPARE(last.toIPv6Address()[14], quint8(((count - 1) >> 8) & 0xff));
}

void TestIpv6Prefix::parsesValidPrefixes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");

    QTest::newRow("plain") << "fd00:1::/120"
                           << "fd00:1::/120";
    QTest::newRow("upper case") << "FD00:1::/120"
                                << "fd00:1::/120";
    QTest::newRow("uncompressed") << "fd00:0001:0000:0000:0000:0000:0000:0000/120"
                                  << "fd00:1::/120";
    QTest::newRow("host bits normalised") << "fd00:1::5a/120"
                                          << "fd00:1::/120";
    QTest::newRow("host bits /112") << "fd00:1::ab:cdef/112"
                                    << "fd00:1::ab:0/112";
    QTest::newRow("host bits /116") << "fd00::fff/116"
                                    << "fd00::/116";
    QTest::newRow("host bits /124 keep the network nibble") << "fd00::1234/124"
                                                            << "fd00::1230/124";
    QTest::newRow("loopback /128") << "::1/128"
                                   << "::1/128";
    QTest::newRow("spaces") << "  ::1 / 128 "
                            << "::1/128";
    QTest::newRow("ipv4 tail notation") << "fd00::1.2.3.4/120"
                                        << "fd00::102:300/120";
    QTest::newRow("ipv4-compatible is not mapped") << "::a00:1/128"
                                                   << "::a00:1/128";
}

void TestIpv6Prefix::parsesValidPrefixes()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    const Result<Ipv6Prefix> prefix = Ipv6Prefix::parse(text);
    QVERIFY2(prefix.ok(), qPrintable(prefix.error()));
    QCOMPARE(prefix->toString(), shown);
}

void TestIpv6Prefix::refusesBadInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("empty") << "" << words({ "empty" });
    QTest::newRow("no length") << "fd00::1"
                               << words({ "\"fd00::1\" has no prefix length (/112 to /128)" });
    QTest::newRow("empty length") << "fd00::/" << words({ "\"fd00::/\" has no prefix length" });
    QTest::newRow("length 111") << "fd00::/111" << words({ "IPv6 prefix length 111 is below 112" });
    QTest::newRow("length 64") << "fd00::/64" << words({ "IPv6 prefix length 64 is below 112" });
    QTest::newRow("length 0") << "::/0" << words({ "IPv6 prefix length 0 is below 112" });
    QTest::newRow("length 129") << "fd00::/129" << words({ "IPv6 prefix length 129 is above 128" });
    QTest::newRow("length huge") << "fd00::/99999999999" << words({ "is above 128" });
    QTest::newRow("length letters") << "fd00::/x" << words({ "\"x\"", "is not a prefix length" });
    QTest::newRow("length negative")
        << "fd00::/-120" << words({ "\"-120\"", "not a prefix length" });
    QTest::newRow("not an address")
        << "fd00:::1/120" << words({ "\"fd00:::1\" is not an IPv6 address" });
    QTest::newRow("words") << "printer/120" << words({ "\"printer\" is not an IPv6 address" });
    QTest::newRow("too many groups")
        << "1:2:3:4:5:6:7:8:9/128" << words({ "is not an IPv6 address" });
    QTest::newRow("group too long") << "fd00::12345/128" << words({ "is not an IPv6 address" });
    QTest::newRow("no address") << "/120" << words({ "empty" });
    QTest::newRow("ipv4") << "10.0.0.0/120"
                          << words({ "\"10.0.0.0\" is an IPv4 address", "IPv4 address range" });
    QTest::newRow("ipv4 loopback") << "127.0.0.1/128" << words({ "is an IPv4 address" });
    QTest::newRow("ipv4-mapped") << "::ffff:127.0.0.1/128"
                                 << words({ "\"::ffff:127.0.0.1\" is an IPv4-mapped address",
                                            "127.0.0.1" });
    QTest::newRow("ipv4-mapped hex")
        << "::ffff:7f00:1/120" << words({ "IPv4-mapped", "127.0.0.1" });
    QTest::newRow("scope id") << "fe80::1%eth0/128"
                              << words({ "\"fe80::1%eth0\"", "scope id (%eth0)" });
    QTest::newRow("two lengths") << "fd00::/120/120" << words({ "is not an IPv6 address" });
}

void TestIpv6Prefix::refusesBadInput()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    const Result<Ipv6Prefix> prefix = Ipv6Prefix::parse(text);
    QVERIFY2(!prefix.ok(), qPrintable(prefix.ok() ? prefix->toString() : QString()));
    QVERIFY_MENTIONS(prefix.error(), words);
}

void TestIpv6Prefix::buildsFromTwoFields()
{
    const Result<Ipv6Prefix> fields = Ipv6Prefix::fromParts(QStringLiteral(" fd00:1::77 "), 120);
    QVERIFY2(fields.ok(), qPrintable(fields.error()));
    const Result<Ipv6Prefix> text = Ipv6Prefix::parse(QStringLiteral("fd00:1::/120"));
    QVERIFY(text.ok());
    QCOMPARE(*fields, *text);
    QCOMPARE(fields->prefixText(), QStringLiteral("fd00:1::"));
    QCOMPARE(fields->length(), 120);
}

void TestIpv6Prefix::refusesBadFields_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("error");

    QTest::newRow("111") << "fd00::" << 111 << "IPv6 prefix length 111 is below 112";
    QTest::newRow("129") << "fd00::" << 129 << "IPv6 prefix length 129 is above 128";
    QTest::newRow("negative") << "fd00::" << -1 << "IPv6 prefix length -1 is below 112";
    QTest::newRow("empty prefix") << "" << 120 << "the IPv6 prefix is empty";
    QTest::newRow("length in the prefix field")
        << "fd00::/120" << 120 << "\"fd00::/120\" is not an IPv6 address";
    QTest::newRow("ipv4") << "127.0.0.1" << 128
                          << "\"127.0.0.1\" is an IPv4 address; type it as an IPv4 address range";
}

void TestIpv6Prefix::refusesBadFields()
{
    QFETCH(QString, prefix);
    QFETCH(int, length);
    QFETCH(QString, error);
    const Result<Ipv6Prefix> result = Ipv6Prefix::fromParts(prefix, length);
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), error);
}

void TestIpv6Prefix::indexesAddresses()
{
    const Result<Ipv6Prefix> prefix = Ipv6Prefix::parse(QStringLiteral("fd00:1::ab:0/112"));
    QVERIFY(prefix.ok());
    QCOMPARE(prefix->addressAt(0), QHostAddress(QStringLiteral("fd00:1::ab:0")));
    QCOMPARE(prefix->addressAt(1), QHostAddress(QStringLiteral("fd00:1::ab:1")));
    QCOMPARE(prefix->addressAt(256), QHostAddress(QStringLiteral("fd00:1::ab:100")));
    QCOMPARE(prefix->addressAt(65535), QHostAddress(QStringLiteral("fd00:1::ab:ffff")));
    QCOMPARE(Ipv6Prefix::formatIpv6(prefix->at(4660)), QStringLiteral("fd00:1::ab:1234"));

    const Result<Ipv6Prefix> single = Ipv6Prefix::parse(QStringLiteral("::1/128"));
    QVERIFY(single.ok());
    QCOMPARE(single->addressAt(0), QHostAddress(QHostAddress::LocalHostIPv6));
}

void TestIpv6Prefix::containsItsAddressesOnly()
{
    const Result<Ipv6Prefix> prefix = Ipv6Prefix::parse(QStringLiteral("fd00::1230/124"));
    QVERIFY(prefix.ok());
    QVERIFY(prefix->contains(address("fd00::1230")));
    QVERIFY(prefix->contains(address("fd00::123f")));
    QVERIFY(!prefix->contains(address("fd00::122f")));
    QVERIFY(!prefix->contains(address("fd00::1240")));
    QVERIFY(!prefix->contains(address("fd01::1230")));
    QVERIFY(prefix->contains(QHostAddress(QStringLiteral("fd00::1235"))));
    QVERIFY(!prefix->contains(QHostAddress(QStringLiteral("127.0.0.1"))));
}

void TestIpv6Prefix::formatsRfc5952_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("formatted");

    QTest::newRow("unspecified") << "::"
                                 << "::";
    QTest::newRow("loopback") << "0:0:0:0:0:0:0:1"
                              << "::1";
    QTest::newRow("trailing run") << "fd00:1:0:0:0:0:0:0"
                                  << "fd00:1::";
    QTest::newRow("single zero group is not compressed") << "1:0:1:1:1:1:1:1"
                                                         << "1:0:1:1:1:1:1:1";
    QTest::newRow("longest run wins") << "1:0:0:1:0:0:0:1"
                                      << "1:0:0:1::1";
    QTest::newRow("first of equal runs") << "1:0:0:1:1:0:0:1"
                                         << "1::1:1:0:0:1";
    QTest::newRow("leading zeros dropped") << "fd00:0001:00a0:0000:0000:0000:0000:0bcd"
                                           << "fd00:1:a0::bcd";
    QTest::newRow("no zero") << "1:2:3:4:5:6:7:8"
                             << "1:2:3:4:5:6:7:8";
    QTest::newRow("ipv4-compatible stays hex") << "::a00:1"
                                               << "::a00:1";
}

void TestIpv6Prefix::formatsRfc5952()
{
    QFETCH(QString, text);
    QFETCH(QString, formatted);
    QCOMPARE(Ipv6Prefix::formatIpv6(QHostAddress(text).toIPv6Address()), formatted);
}

void TestIpv6Prefix::roundTripsThroughText()
{
    const QStringList texts { QStringLiteral("fd00:1::/120"), QStringLiteral("::1/128"),
                              QStringLiteral("fd00:0:0:1::/112"),
                              QStringLiteral("2001:db8::ff00/124") };
    for (const QString &text : texts) {
        const Result<Ipv6Prefix> prefix = Ipv6Prefix::parse(text);
        QVERIFY2(prefix.ok(), qPrintable(prefix.error()));
        QCOMPARE(prefix->toString(), text);
        const Result<Ipv6Prefix> again = Ipv6Prefix::parse(prefix->toString());
        QVERIFY(again.ok());
        QCOMPARE(*again, *prefix);
    }
    const Result<Ipv6Prefix> a = Ipv6Prefix::parse(QStringLiteral("fd00::/120"));
    const Result<Ipv6Prefix> b = Ipv6Prefix::parse(QStringLiteral("fd00::/124"));
    QVERIFY(a.ok() && b.ok());
    QVERIFY(*a != *b);
}

QTEST_GUILESS_MAIN(TestIpv6Prefix)
#include "tst_ipv6prefix.moc"
