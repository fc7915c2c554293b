#include "scope/portlist.h"
#include "scope/scopelimits.h"

#include <QLocale>

#include <QTest>

namespace {

QVector<quint16> ports(std::initializer_list<quint16> list)
{
    return QVector<quint16>(list);
}

} // namespace

class TestPortList : public QObject
{
    Q_OBJECT

private slots:
    void parsesPorts_data();
    void parsesPorts();
    void refusesBadPorts_data();
    void refusesBadPorts();
    void parsesLists_data();
    void parsesLists();
    void refusesBadLists_data();
    void refusesBadLists();
    void buildsFromNumbers();
    void addsAndRemoves();
    void roundTripsThroughText();
    void holdsAtMostTheLimit();
};

void TestPortList::parsesPorts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint16>("port");
    QTest::newRow("lowest") << "1" << quint16(1);
    QTest::newRow("highest") << "65535" << quint16(65535);
    QTest::newRow("agent") << "21112" << quint16(21112);
    QTest::newRow("spaces") << " 135 " << quint16(135);
}

void TestPortList::parsesPorts()
{
    QFETCH(QString, text);
    QFETCH(quint16, port);
    const Result<quint16> parsed = PortList::parsePort(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(*parsed, port);
}

void TestPortList::refusesBadPorts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("zero") << "0"
                          << "port 0 is out of range 1-65535";
    QTest::newRow("65536") << "65536"
                           << "port 65536 is out of range 1-65535";
    QTest::newRow("70000") << "70000"
                           << "port 70000 is out of range 1-65535";
    QTest::newRow("negative") << "-1"
                              << "port -1 is out of range 1-65535";
    QTest::newRow("beyond 64 bits") << "123456789012345678901234567890"
                                    << "port 123456789012345678901234567890 is out of range "
                                       "1-65535";
    QTest::newRow("letter o") << "8o"
                              << "\"8o\" is not a port number";
    QTest::newRow("empty") << ""
                           << "\"\" is not a port number";
    QTest::newRow("plus sign") << "+80"
                               << "\"+80\" is not a port number";
    QTest::newRow("decimal") << "80.5"
                             << "\"80.5\" is not a port number";
    QTest::newRow("hex") << "0x50"
                         << "\"0x50\" is not a port number";
    QTest::newRow("two ports") << "80 81"
                               << "\"80 81\" is not a port number";
    QTest::newRow("fullwidth digits") << QString::fromUtf8("\uff18\uff10")
                                      << QString::fromUtf8("\"\uff18\uff10\" is not a port number");
}

void TestPortList::refusesBadPorts()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const Result<quint16> parsed = PortList::parsePort(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error(), error);
}

void TestPortList::parsesLists_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVector<quint16>>("expected");
    QTest::newRow("empty") << "" << ports({});
    QTest::newRow("blank") << "  \t " << ports({});
    QTest::newRow("one") << "21112" << ports({ 21112 });
    QTest::newRow("commas") << "21112,21113,4343" << ports({ 21112, 21113, 4343 });
    QTest::newRow("keeps the given order") << "4343 21112 80" << ports({ 4343, 21112, 80 });
    QTest::newRow("mixed") << " 21112, 21113\n4343 ,80 " << ports({ 21112, 21113, 4343, 80 });
    QTest::newRow("stray commas") << ",21112,,80," << ports({ 21112, 80 });
}

void TestPortList::parsesLists()
{
    QFETCH(QString, text);
    QFETCH(QVector<quint16>, expected);
    const Result<PortList> list = PortList::parse(text);
    QVERIFY2(list.ok(), qPrintable(list.error()));
    QCOMPARE(list->ports(), expected);
    QCOMPARE(list->size(), expected.size());
    QCOMPARE(list->isEmpty(), expected.isEmpty());
}

void TestPortList::refusesBadLists_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("duplicate") << "21112, 80, 21112"
                               << "port 21112 appears twice";
    QTest::newRow("zero") << "80, 0"
                          << "port 0 is out of range 1-65535";
    QTest::newRow("typo") << "80, 8o"
                          << "\"8o\" is not a port number";
    QTest::newRow("semicolon") << "80;81"
                               << "\"80;81\" is not a port number";
}

void TestPortList::refusesBadLists()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const Result<PortList> list = PortList::parse(text);
    QVERIFY(!list.ok());
    QCOMPARE(list.error(), error);
}

void TestPortList::buildsFromNumbers()
{
    const Result<PortList> list = PortList::fromNumbers({ 21112, 135, 65535, 1 });
    QVERIFY2(list.ok(), qPrintable(list.error()));
    QCOMPARE(list->ports(), ports({ 21112, 135, 65535, 1 }));

    QCOMPARE(PortList::fromNumbers({ 21112, 0 }).error(),
             QStringLiteral("port 0 is out of range 1-65535"));
    QCOMPARE(PortList::fromNumbers({ 70000 }).error(),
             QStringLiteral("port 70000 is out of range 1-65535"));
    QCOMPARE(PortList::fromNumbers({ -5 }).error(),
             QStringLiteral("port -5 is out of range 1-65535"));
    QCOMPARE(PortList::fromNumbers({ 80, 21112, 80 }).error(),
             QStringLiteral("port 80 appears twice"));
    QVERIFY(PortList::fromNumbers({}).ok());
    QVERIFY(PortList::fromNumbers({})->isEmpty());
}

void TestPortList::addsAndRemoves()
{
    const PortList empty;
    QVERIFY(empty.isEmpty());

    const Result<PortList> one = empty.added(21112);
    QVERIFY(one.ok());
    QCOMPARE(one->ports(), ports({ 21112 }));
    QVERIFY(empty.isEmpty()); // added() returns a copy

    const Result<PortList> two = one->added(4343);
    QVERIFY(two.ok());
    QCOMPARE(two->ports(), ports({ 21112, 4343 }));
    QVERIFY(two->contains(4343));

    const Result<PortList> again = two->added(21112);
    QVERIFY(!again.ok());
    QCOMPARE(again.error(), QStringLiteral("port 21112 is already in the list"));

    const Result<PortList> zero = two->added(0);
    QVERIFY(!zero.ok());
    QCOMPARE(zero.error(), QStringLiteral("port 0 is out of range 1-65535"));

    const PortList removed = two->removed(21112);
    QCOMPARE(removed.ports(), ports({ 4343 }));
    QCOMPARE(two->size(), qsizetype(2)); // removed() returns a copy too
    QCOMPARE(removed.removed(9999), removed);
    QVERIFY(removed.removed(4343).isEmpty());
    QVERIFY(removed != *two);
}

void TestPortList::roundTripsThroughText()
{
    const Result<PortList> list = PortList::fromNumbers({ 21112, 135, 4343 });
    QVERIFY(list.ok());
    QCOMPARE(list->toString(), QStringLiteral("21112, 135, 4343"));
    const Result<PortList> again = PortList::parse(list->toString());
    QVERIFY(again.ok());
    QCOMPARE(*again, *list);
    QCOMPARE(PortList().toString(), QString());
}

// Issue 18, point 3: every port is one more connection per address, so a list is capped and
// the error names the limit.
void TestPortList::holdsAtMostTheLimit()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVector<qint64> numbers;
    for (qint64 port = 1; port <= ScopeLimits::maxPorts; ++port)
        numbers.append(port);
    const Result<PortList> full = PortList::fromNumbers(numbers);
    QVERIFY2(full.ok(), qPrintable(full.error()));
    QCOMPARE(full->size(), qsizetype(ScopeLimits::maxPorts));

    const Result<PortList> more = full->added(21112);
    QVERIFY(!more.ok());
    QCOMPARE(more.error(), QStringLiteral("the scope has 65 ports; at most 64"));

    QVector<qint64> thousands;
    for (qint64 port = 1000; port < 5000; ++port)
        thousands.append(port);
    QCOMPARE(PortList::fromNumbers(thousands).error(),
             QStringLiteral("the scope has 4,000 ports; at most 64"));
    QStringList typed;
    for (qint64 port : std::as_const(thousands))
        typed.append(QString::number(port));
    QCOMPARE(PortList::parse(typed.join(QLatin1Char(' '))).error(),
             QStringLiteral("the scope has 4,000 ports; at most 64"));
}

QTEST_GUILESS_MAIN(TestPortList)
#include "tst_portlist.moc"
