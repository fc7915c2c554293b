#include "endpoint/appliesto.h"

#include <QJsonDocument>
#include <QtTest>

class TestAppliesTo : public QObject
{
    Q_OBJECT

private:
    static AppliesTo parsed(const char *json)
    {
        const Result<AppliesTo> appliesTo
            = AppliesTo::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("at"));
        if (!appliesTo)
            qFatal("%s", qPrintable(appliesTo.error()));
        return *appliesTo;
    }

private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("adPath");
        QTest::addColumn<bool>("matches");
        QTest::newRow("in the range") << "127.79.0.70"
                                      << ""
                                      << "" << true;
        QTest::newRow("range start") << "127.79.0.64"
                                     << ""
                                     << "" << true;
        QTest::newRow("after the range") << "127.79.0.80"
                                         << ""
                                         << "" << false;
        QTest::newRow("named computer, other case") << "127.1.1.1"
                                                    << "WS-12"
                                                    << "" << true;
        QTest::newRow("computer by address") << "127.5.5.5"
                                             << ""
                                             << "" << true;
        QTest::newRow("computer by an address written otherwise") << "fd00:0:0::2:7"
                                                                  << ""
                                                                  << "" << true;
        QTest::newRow("other name") << "127.1.1.1"
                                    << "ws-13"
                                    << "" << false;
        QTest::newRow("in the container") << "127.1.1.1"
                                          << ""
                                          << "CN=ws1,OU=Lab,DC=corp,DC=example" << true;
        QTest::newRow("deeper in the container")
            << "127.1.1.1"
            << ""
            << "CN=ws1,OU=Bench,ou=lab,DC=corp,DC=example" << true;
        QTest::newRow("a container with the same end")
            << "127.1.1.1"
            << ""
            << "CN=ws1,OU=NotLab,DC=corp,DC=example" << false;
        QTest::newRow("the container itself") << "127.1.1.1"
                                              << ""
                                              << "OU=Lab,DC=corp,DC=example" << false;
        QTest::newRow("in the IPv6 prefix") << "fd00::1:5"
                                            << ""
                                            << "" << true;
        QTest::newRow("outside the IPv6 prefix") << "fd00::2:5"
                                                 << ""
                                                 << "" << false;
    }
    void matches()
    {
        QFETCH(QString, address);
        QFETCH(QString, name);
        QFETCH(QString, adPath);
        QFETCH(bool, matches);
        const AppliesTo appliesTo = parsed(R"({"ipv4Ranges": ["127.79.0.64-127.79.0.79"],
            "ipv6Prefixes": ["fd00::1:0/112"], "adContainers": ["OU=Lab,DC=corp,DC=example"],
            "computers": ["ws-12", "127.5.5.5", "FD00::2:7"]})");
        QCOMPARE(appliesTo.matches({ address, name, adPath }), matches);
    }

    void emptyMatchesNothing()
    {
        const AppliesTo none;
        QVERIFY(none.isEmpty());
        QVERIFY(!none.matches({ QStringLiteral("127.0.0.1"), QStringLiteral("ws"), {} }));
    }

    void roundTrips()
    {
        const AppliesTo appliesTo = parsed(
            R"({"ipv4Ranges": ["127.79.0.64-127.79.0.79", "127.80.0.0/24"], "computers": ["ws-12"]})");
        const Result<AppliesTo> again
            = AppliesTo::fromJson(appliesTo.toJson(), QStringLiteral("at"));
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(*again, appliesTo);
    }

    // The scope's own parsers judge ranges and prefixes: the same errors, named by entry.
    void errorsNameTheEntry_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("bad range")
            << QByteArray(R"({"ipv4Ranges": ["127.0.0.1", "127.0.0.9-127.0.0.1"]})")
            << "at.ipv4Ranges[1]: ";
        QTest::newRow("prefix too short")
            << QByteArray(R"({"ipv6Prefixes": ["fd00::/64"]})") << "at.ipv6Prefixes[0]: ";
        QTest::newRow("unknown key") << QByteArray(R"({"hosts": []})") << "at.hosts: unknown key";
        QTest::newRow("not an array")
            << QByteArray(R"({"computers": "ws"})") << "at.computers: not an array";
        QTest::newRow("empty name")
            << QByteArray(R"({"computers": [""]})") << "at.computers[0]: not a non-empty string";
    }
    void errorsNameTheEntry()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const Result<AppliesTo> appliesTo
            = AppliesTo::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("at"));
        QVERIFY(!appliesTo.ok());
        QVERIFY2(appliesTo.error().startsWith(error), qPrintable(appliesTo.error()));
    }
};

QTEST_GUILESS_MAIN(TestAppliesTo)
#include "tst_appliesto.moc"
