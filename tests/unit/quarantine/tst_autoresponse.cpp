#include "quarantine/autoresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

// Issue 14, point 3: the automatic response's rules, as the policy document carries them
// ("autoResponse"): keyword matching on the threat's name (case-insensitive substrings, as the
// reference's policy file does; the first rule that matches applies), and the JSON in and out,
// hostile input refused naming the field (docs/auto-response.md).
class TestAutoResponse : public QObject
{
    Q_OBJECT

private slots:
    void theIssuesExampleReadsAndWritesBack();
    void keywordsMatchWithoutCase();
    void theFirstMatchingRuleApplies();
    void hostileInputIsRefusedNamingTheField_data();
    void hostileInputIsRefusedNamingTheField();
    void boundsKeepAHostileDocumentSmall();
};

namespace {
QJsonObject parse(const char *json)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json));
    if (!document.isObject())
        qFatal("not a JSON object: %s", json);
    return document.object();
}

AutoResponseSettings settingsOf(const char *json)
{
    const Result<AutoResponseSettings> settings = AutoResponseSettings::fromJson(parse(json));
    if (!settings)
        qFatal("%s", qPrintable(settings.error()));
    return *settings;
}
} // namespace

void TestAutoResponse::theIssuesExampleReadsAndWritesBack()
{
    const AutoResponseSettings settings = settingsOf(
        R"({ "enabled": true, "rules": [ { "match": ["WORM_", "TROJ_", "Eicar"],
             "action": "quarantine" } ] })");
    QVERIFY(settings.enabled);
    QCOMPARE(settings.rules.size(), 1);
    QCOMPARE(
        settings.rules.first().match,
        QStringList({ QStringLiteral("WORM_"), QStringLiteral("TROJ_"), QStringLiteral("Eicar") }));
    QCOMPARE(settings.rules.first().action, AutoResponseRule::Action::Quarantine);
    QCOMPARE(settings.rules.first().ruleName(0), QStringLiteral("rule 1"));
    // Written back as it was read: no key added for what the rule does not say.
    QCOMPARE(settings.toJson(),
             parse(R"({ "enabled": true, "rules": [ { "match": ["WORM_", "TROJ_", "Eicar"],
                        "action": "quarantine" } ] })"));
    // Every field, and back.
    const AutoResponseSettings full = settingsOf(
        R"({ "enabled": false, "rules": [
             { "name": "worms", "match": ["WORM_"], "action": "quarantine" },
             { "match": ["ADW_"], "action": "start-service", "service": "ntrtscan" },
             { "match": ["Hacking"], "action": "notify" } ] })");
    QCOMPARE(full.rules.at(0).ruleName(0), QStringLiteral("worms"));
    QCOMPARE(full.rules.at(1).service, QStringLiteral("ntrtscan"));
    QCOMPARE(full.rules.at(2).action, AutoResponseRule::Action::Notify);
    const Result<AutoResponseSettings> back = AutoResponseSettings::fromJson(full.toJson());
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(*back, full);
    // An empty object is the response off, without rules.
    const AutoResponseSettings empty = settingsOf("{}");
    QVERIFY(!empty.enabled);
    QVERIFY(empty.rules.isEmpty());
    QCOMPARE(toKey(AutoResponseRule::Action::StartService), QStringLiteral("start-service"));
    QCOMPARE(displayName(AutoResponseRule::Action::Notify), QStringLiteral("Notify only"));
}

void TestAutoResponse::keywordsMatchWithoutCase()
{
    AutoResponseRule rule;
    rule.match = { QStringLiteral("WORM_"), QStringLiteral("Eicar") };
    QVERIFY(rule.matches(QStringLiteral("WORM_X")));
    QVERIFY(rule.matches(QStringLiteral("worm_x"))); // the case does not matter
    QVERIFY(rule.matches(QStringLiteral("Eicar_test_file")));
    QVERIFY(rule.matches(QStringLiteral("PE_EICAR.A"))); // anywhere in the name
    QVERIFY(!rule.matches(QStringLiteral("TROJ_CUT")));
    QVERIFY(!rule.matches(QStringLiteral("WORM"))); // the keyword whole, underscore included
    QVERIFY(!rule.matches(QString()));
}

void TestAutoResponse::theFirstMatchingRuleApplies()
{
    const AutoResponseSettings settings = settingsOf(
        R"({ "enabled": true, "rules": [
             { "match": ["TROJ_"], "action": "notify" },
             { "match": ["troj_cut", "WORM_"], "action": "quarantine" } ] })");
    QCOMPARE(settings.ruleFor(QStringLiteral("TROJ_CUT")), std::optional<int>(0));
    QCOMPARE(settings.ruleFor(QStringLiteral("worm_x")), std::optional<int>(1));
    QCOMPARE(settings.ruleFor(QStringLiteral("Eicar_test_file")), std::nullopt);
    QCOMPARE(AutoResponseSettings().ruleFor(QStringLiteral("WORM_X")), std::nullopt);
}

void TestAutoResponse::hostileInputIsRefusedNamingTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const auto row = [](const char *name, const char *json, const char *error) {
        QTest::newRow(name) << QByteArray(json) << QString::fromUtf8(error);
    };
    row("unknown key", R"({"enabled": true, "rule": []})", "autoResponse.rule: unknown key");
    row("enabled not a flag", R"({"enabled": "yes"})", "autoResponse.enabled: not true or false");
    row("rules not an array", R"({"rules": {}})", "autoResponse.rules: not an array");
    row("a rule not an object", R"({"rules": ["quarantine"]})",
        "autoResponse.rules[0]: not an object");
    row("unknown rule key", R"({"rules": [{"match": ["A"], "action": "notify", "when": 1}]})",
        "autoResponse.rules[0].when: unknown key");
    row("no keyword", R"({"rules": [{"match": [], "action": "notify"}]})",
        "autoResponse.rules[0].match: no keyword: a rule needs at least one");
    row("match missing", R"({"rules": [{"action": "notify"}]})",
        "autoResponse.rules[0].match: no keyword: a rule needs at least one");
    row("match not an array", R"({"rules": [{"match": "WORM_", "action": "notify"}]})",
        "autoResponse.rules[0].match: not an array");
    row("a blank keyword", R"({"rules": [{"match": ["A", "  "], "action": "notify"}]})",
        "autoResponse.rules[0].match[1]: not a non-empty string");
    row("a number keyword", R"({"rules": [{"match": [7], "action": "notify"}]})",
        "autoResponse.rules[0].match[0]: not a non-empty string");
    row("action missing", R"({"rules": [{"match": ["A"]}]})",
        "autoResponse.rules[0].action: missing (quarantine, start-service or notify)");
    row("action unknown",
        R"({"rules": [{"match": ["A"], "action": "notify"}, {"match": ["B"], "action": "reboot"}]})",
        "autoResponse.rules[1].action: not quarantine, start-service or notify");
    row("action of the wrong case", R"({"rules": [{"match": ["A"], "action": "Quarantine"}]})",
        "autoResponse.rules[0].action: not quarantine, start-service or notify");
    row("action not a string", R"({"rules": [{"match": ["A"], "action": 1}]})",
        "autoResponse.rules[0].action: not quarantine, start-service or notify");
    row("a service for a quarantine",
        R"({"rules": [{"match": ["A"], "action": "quarantine", "service": "x"}]})",
        "autoResponse.rules[0].service: only a start-service rule names a service");
    row("name not a string", R"({"rules": [{"match": ["A"], "action": "notify", "name": 3}]})",
        "autoResponse.rules[0].name: not a string");
    row("a control character in the name",
        "{\"rules\": [{\"match\": [\"A\"], \"action\": \"notify\", \"name\": \"a\\u001b[2Jb\"}]}",
        "autoResponse.rules[0].name: contains a control character");
}

void TestAutoResponse::hostileInputIsRefusedNamingTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const Result<AutoResponseSettings> refused
        = AutoResponseSettings::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!refused);
    QCOMPARE(refused.error(), error);
}

void TestAutoResponse::boundsKeepAHostileDocumentSmall()
{
    QJsonArray rules;
    for (int i = 0; i <= AutoResponseSettings::maxRules; ++i)
        rules.append(QJsonObject { { QStringLiteral("match"), QJsonArray { QStringLiteral("A") } },
                                   { QStringLiteral("action"), QStringLiteral("notify") } });
    Result<AutoResponseSettings> refused
        = AutoResponseSettings::fromJson({ { QStringLiteral("rules"), rules } });
    QVERIFY(!refused);
    QCOMPARE(refused.error(), QStringLiteral("autoResponse.rules: more than 200 rules"));
    rules.removeLast();
    QVERIFY(AutoResponseSettings::fromJson({ { QStringLiteral("rules"), rules } }));

    QJsonArray keywords;
    for (int i = 0; i <= AutoResponseSettings::maxKeywords; ++i)
        keywords.append(QStringLiteral("K%1").arg(i));
    refused = AutoResponseSettings::fromJson(
        { { QStringLiteral("rules"),
            QJsonArray {
                QJsonObject { { QStringLiteral("match"), keywords },
                              { QStringLiteral("action"), QStringLiteral("notify") } } } } });
    QVERIFY(!refused);
    QCOMPARE(refused.error(),
             QStringLiteral("autoResponse.rules[0].match: more than 100 keywords"));

    const QString huge(1024 * 1024, QLatin1Char('W')); // a 1 MB keyword
    refused = AutoResponseSettings::fromJson(
        { { QStringLiteral("rules"),
            QJsonArray {
                QJsonObject { { QStringLiteral("match"), QJsonArray { huge } },
                              { QStringLiteral("action"), QStringLiteral("notify") } } } } });
    QVERIFY(!refused);
    QCOMPARE(refused.error(),
             QStringLiteral("autoResponse.rules[0].match[0]: longer than 256 characters"));
}

QTEST_GUILESS_MAIN(TestAutoResponse)
#include "tst_autoresponse.moc"
