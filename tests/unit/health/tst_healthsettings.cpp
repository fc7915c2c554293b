#include "health/healthsettings.h"

#include <QJsonDocument>
#include <QtTest>

// The settings file of `osmgmt-cli health-settings` (docs/health.md, "Import and export").
class TestHealthSettings : public QObject
{
    Q_OBJECT

private:
    static Result<HealthSettingsList> parse(const QByteArray &json)
    {
        return HealthSettingsList::fromJson(QJsonDocument::fromJson(json).object());
    }

private slots:
    // The issue's example, exactly.
    void theDocumentedShapeReads()
    {
        const Result<HealthSettingsList> list = parse(R"j({ "healthSettings": [
            { "name": "(Default Settings)", "enabled": true,
              "antivirus": { "disabledIsHealthy": false }, "antivirusScan": { "withinDays": 7 },
              "firewall": { "disabledIsHealthy": false }, "virusDefinitions": {
    "withinDays" : 7 } },
            { "name": "Lab servers", "enabled": true,
              "appliesTo": { "ipv4Ranges": ["127.79.0.64-127.79.0.79"], "ipv6Prefixes": [],
                             "adContainers": [], "computers": ["ws-12"] },
              "antivirus": { "disabledIsHealthy": true }, "antivirusScan": { "withinDays": 30 },
              "firewall": { "disabledIsHealthy": true }, "virusDefinitions": { "withinDays": 3 } } ]
    })j");
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->all().size(), 2);
        QCOMPARE(list->defaultSettings(), HealthSettings::defaults());
        const HealthSettings &lab = list->all().at(1);
        QCOMPARE(lab.name, QStringLiteral("Lab servers"));
        QVERIFY(lab.antivirusDisabledIsHealthy);
        QCOMPARE(lab.antivirusScanWithinDays, 30);
        QVERIFY(lab.firewallDisabledIsHealthy);
        QCOMPARE(lab.virusDefinitionsWithinDays, 3);
        QVERIFY(lab.serviceEnabled);
        QCOMPARE(lab.appliesTo.computers, QStringList { QStringLiteral("ws-12") });
        QVERIFY(lab.appliesTo.matches({ QStringLiteral("127.79.0.65"), {}, {} }));
        // Written and read again: the same settings.
        QCOMPARE(HealthSettingsList::fromJson(list->toJson()).value(), *list);
    }

    void theDefaultsAreAlwaysPresent()
    {
        const Result<HealthSettingsList> list = parse(
            R"j({"healthSettings": [{"name": "Lab", "appliesTo": {"computers": ["ws"]}}]})j");
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->all().size(), 2);
        QVERIFY(list->all().first().isDefault());
        QCOMPARE(list->all().at(1).name, QStringLiteral("Lab"));
        QCOMPARE(HealthSettingsList().all().size(), 1);
    }

    void refusedWholeNamingTheKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("no list") << QByteArray("{}") << "healthSettings: missing or not an array";
        QTest::newRow("other top key")
            << QByteArray(R"j({"healthSettings": [], "x": 1})j") << "x: unknown key";
        QTest::newRow("unknown key")
            << QByteArray(R"j({"healthSettings": [{"name": "A"}, {"name": "B", "colour": 1}]})j")
            << "healthSettings[1].colour: unknown key";
        QTest::newRow("no name") << QByteArray(R"j({"healthSettings": [{"enabled": true}]})j")
                                 << "healthSettings[0].name: missing";
        QTest::newRow("days text")
            << QByteArray(
                   R"j({"healthSettings": [{"name": "A", "antivirusScan": {"withinDays": "7"}}]})j")
            << "healthSettings[0].antivirusScan.withinDays: not a whole number";
        QTest::newRow("days zero") << QByteArray(
            R"j({"healthSettings": [{"name": "A", "virusDefinitions": {"withinDays": 0}}]})j")
                                   << "healthSettings[0].virusDefinitions.withinDays: not a whole "
                                      "number";
        QTest::newRow("days fraction") << QByteArray(
            R"j({"healthSettings": [{"name": "A", "virusDefinitions": {"withinDays": 1.5}}]})j")
                                       << "healthSettings[0].virusDefinitions.withinDays";
        QTest::newRow("flag text") << QByteArray(
            R"j({"healthSettings": [{"name": "A", "firewall": {"disabledIsHealthy": "yes"}}]})j")
                                   << "healthSettings[0].firewall.disabledIsHealthy: not true or "
                                      "false";
        QTest::newRow("misspelt flag") << QByteArray(
            R"j({"healthSettings": [{"name": "A", "firewall": {"disabledIsHealthly": true}}]})j")
                                       << "healthSettings[0].firewall.disabledIsHealthly: unknown "
                                          "key";
        QTest::newRow("bad range") << QByteArray(
            R"j({"healthSettings": [{"name": "A", "appliesTo": {"ipv4Ranges": ["300.0.0.1"]}}]})j")
                                   << "healthSettings[0].appliesTo.ipv4Ranges[0]: ";
        QTest::newRow("duplicate name")
            << QByteArray(R"j({"healthSettings": [{"name": "Lab"}, {"name": "lab"}]})j")
            << "healthSettings[1].name: \"lab\" names other settings already";
        QTest::newRow("defaults with targets")
            << QByteArray(R"j({"healthSettings": [{"name": "(Default Settings)", "appliesTo": {}
    }]
    })j") << "healthSettings[0].appliesTo: (Default Settings)";
    }
    void refusedWholeNamingTheKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const Result<HealthSettingsList> list = parse(json);
        QVERIFY(!list.ok());
        QVERIFY2(list.error().startsWith(error), qPrintable(list.error()));
    }
};

QTEST_GUILESS_MAIN(TestHealthSettings)
#include "tst_healthsettings.moc"
