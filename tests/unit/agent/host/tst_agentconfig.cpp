#include "host/agentconfig.h"

#include <QtTest>

// The real agent's configuration: the product's keys (services, serviceManager,
// productStatusFile) and how their faults are named.
class TestAgentConfig : public QObject
{
    Q_OBJECT

private:
    static QByteArray withProduct(const QByteArray &product)
    {
        return "{\"listen\": {\"address\": \"127.0.0.1\", \"port\": 21112}, "
               "\"stateDirectory\": \"state\", \"registration\": {\"server\": \"osm-hq\"}"
            + product + "}";
    }

private slots:
    void theProductKeysAreOptional()
    {
        const Result<AgentConfig> config
            = parseAgentConfig(withProduct(""), QStringLiteral("/etc/a"));
        QVERIFY2(config.ok(), qPrintable(config.error()));
        QVERIFY(config->services.isEmpty());
        QCOMPARE(config->serviceManager, QStringLiteral("systemctl"));
        QVERIFY(config->productStatusFile.isEmpty());
    }

    void theLimits()
    {
        Result<AgentConfig> config = parseAgentConfig(withProduct(""), QStringLiteral("/etc/a"));
        QCOMPARE(config->limits.connections, 512);
        QCOMPARE(config->limits.connectionsPerPeer, 16);
        QCOMPARE(config->limits.idleMs, 30000);
        config = parseAgentConfig(
            withProduct(", \"limits\": {\"connections\": 100, \"connectionsPerPeer\": 4, "
                        "\"idleSeconds\": 1.5, \"lifetimeSeconds\": 60, "
                        "\"statusRefreshSeconds\": 0.2}"),
            QStringLiteral("/etc/a"));
        QVERIFY2(config.ok(), qPrintable(config.error()));
        QCOMPARE(config->limits.connections, 100);
        QCOMPARE(config->limits.connectionsPerPeer, 4);
        QCOMPARE(config->limits.idleMs, 1500);
        QCOMPARE(config->limits.lifetimeMs, 60000);
        QCOMPARE(config->limits.statusRefreshMs, 200);
    }

    void theProductKeys()
    {
        const Result<AgentConfig> config = parseAgentConfig(
            withProduct(", \"services\": [{\"name\": \"ntrtscan\", \"displayName\": \"Real-time "
                        "Scan\", \"unit\": \"osm-rtscan.service\"}], \"serviceManager\": "
                        "\"bin/services\", \"productStatusFile\": \"/var/lib/p/status.json\""),
            QStringLiteral("/etc/a"));
        QVERIFY2(config.ok(), qPrintable(config.error()));
        QCOMPARE(config->services.size(), 1);
        QCOMPARE(config->services.first().name, QStringLiteral("ntrtscan"));
        QCOMPARE(config->services.first().displayName, QStringLiteral("Real-time Scan"));
        QCOMPARE(config->services.first().unit, QStringLiteral("osm-rtscan.service"));
        // A path is taken from the configuration's folder; a bare name is left to PATH.
        QCOMPARE(config->serviceManager, QStringLiteral("/etc/a/bin/services"));
        QCOMPARE(config->productStatusFile, QStringLiteral("/var/lib/p/status.json"));
        QCOMPARE(parseAgentConfig(withProduct(", \"serviceManager\": \"service-ctl\""),
                                  QStringLiteral("/etc/a"))
                     ->serviceManager,
                 QStringLiteral("service-ctl"));
    }

    void faultsNameTheKey_data()
    {
        QTest::addColumn<QByteArray>("product");
        QTest::addColumn<QString>("error");
        QTest::newRow("no unit") << QByteArray(", \"services\": [{\"name\": \"ntrtscan\"}]")
                                 << QStringLiteral("services[0].unit: missing");
        QTest::newRow("no name") << QByteArray(", \"services\": [{\"unit\": \"a.service\"}]")
                                 << QStringLiteral("services[0].name: missing");
        QTest::newRow("typo") << QByteArray(", \"services\": [{\"name\": \"a\", \"unit\": \"a\", "
                                            "\"units\": \"b\"}]")
                              << QStringLiteral("services[0].units: unknown key");
        QTest::newRow("not a list")
            << QByteArray(", \"services\": {}") << QStringLiteral("services: must be a list");
        QTest::newRow("empty manager") << QByteArray(", \"serviceManager\": \"\"")
                                       << QStringLiteral("serviceManager: must name a program");
        QTest::newRow("limit not whole")
            << QByteArray(", \"limits\": {\"connections\": 2.5}")
            << QStringLiteral("limits.connections: must be a whole number from 1");
        QTest::newRow("limit zero")
            << QByteArray(", \"limits\": {\"idleSeconds\": 0}")
            << QStringLiteral("limits.idleSeconds: must be a positive number");
        QTest::newRow("limit typo") << QByteArray(", \"limits\": {\"perPeer\": 4}")
                                    << QStringLiteral("limits.perPeer: unknown key");
        QTest::newRow("unknown top key")
            << QByteArray(", \"nft\": \"/usr/sbin/nft\"") << QStringLiteral("nft: unknown key");
    }
    void faultsNameTheKey()
    {
        QFETCH(QByteArray, product);
        QFETCH(QString, error);
        const Result<AgentConfig> config
            = parseAgentConfig(withProduct(product), QStringLiteral("/"));
        QVERIFY(!config.ok());
        QCOMPARE(config.error(), error);
    }
};

QTEST_GUILESS_MAIN(TestAgentConfig)
#include "tst_agentconfig.moc"
