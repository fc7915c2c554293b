#include "quarantine/quarantinepolicy.h"
#include "testclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

// Issue 14, point 4: the policy document (docs/policies.md) exactly in the issue's shape, and
// failures that name the policy and the field.
class TestQuarantinePolicy : public QObject
{
    Q_OBJECT

private slots:
    void readsTheIssuesDocument();
    void roundTripsWithTheAutoResponse();
    void cveIdentifiers_data();
    void cveIdentifiers();
    void refusesNamingThePolicyAndTheField_data();
    void refusesNamingThePolicyAndTheField();
    void exclusionsExpireAfterTheirLastDay();
    void exclusionsMatchNameOrAddress();
};

namespace {
const char *const issueDocument = R"({ "quarantinePolicies": [
    { "name": "Critical 2026", "enabled": true, "cves": ["CVE-2026-0001"],
      "appliesTo": { "ipv4Ranges": ["127.80.0.1-127.80.0.40"], "ipv6Prefixes": [],
                     "adContainers": [], "computers": [] },
      "exclusions": [ { "computer": "ws-3", "reason": "lab", "until": "2027-01-31" } ],
      "graceHours": 0, "message": "Install the updates or you will be quarantined." } ],
  "autoResponse": { "enabled": true,
    "rules": [ { "match": ["WORM_", "TROJ_", "Eicar"], "action": "quarantine" } ] } })";
} // namespace

void TestQuarantinePolicy::readsTheIssuesDocument()
{
    const Result<PolicyDocument> document = PolicyDocument::fromText(issueDocument);
    QVERIFY2(document.ok(), qPrintable(document.error()));
    QCOMPARE(document->policies.size(), 1);
    const QuarantinePolicy &policy = document->policies.first();
    QCOMPARE(policy.name, QStringLiteral("Critical 2026"));
    QVERIFY(policy.enabled);
    QCOMPARE(policy.cves, QStringList { QStringLiteral("CVE-2026-0001") });
    QCOMPARE(policy.appliesTo.ipv4Ranges.size(), 1);
    QVERIFY(policy.appliesTo.matches({ QStringLiteral("127.80.0.40"), {}, {} }));
    QVERIFY(!policy.appliesTo.matches({ QStringLiteral("127.80.0.41"), {}, {} }));
    QCOMPARE(policy.exclusions.size(), 1);
    QCOMPARE(policy.exclusions.first().computer, QStringLiteral("ws-3"));
    QCOMPARE(policy.exclusions.first().reason, QStringLiteral("lab"));
    QCOMPARE(policy.exclusions.first().until, QDate(2027, 1, 31));
    QCOMPARE(policy.graceHours, 0);
    QCOMPARE(policy.message, QStringLiteral("Install the updates or you will be quarantined."));
    QVERIFY(document->autoResponse.has_value());
}

void TestQuarantinePolicy::roundTripsWithTheAutoResponse()
{
    const PolicyDocument document = PolicyDocument::fromText(issueDocument).value();
    const Result<PolicyDocument> again = PolicyDocument::fromText(document.toText());
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->policies, document.policies);
    // The automatic response is read by its own home, and comes back the same.
    const QJsonObject original = QJsonDocument::fromJson(issueDocument).object();
    QCOMPARE(
        again->autoResponse,
        AutoResponseSettings::fromJson(original.value(QStringLiteral("autoResponse")).toObject())
            .value());
    // A document without it writes none.
    PolicyDocument policiesOnly = document;
    policiesOnly.autoResponse.reset();
    QVERIFY(!policiesOnly.toJson().contains(QStringLiteral("autoResponse")));
}

void TestQuarantinePolicy::cveIdentifiers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("four digits") << "CVE-2026-0001" << true;
    QTest::newRow("seven digits") << "CVE-2021-4428812" << true;
    QTest::newRow("lower case") << "cve-2026-0001" << true;
    QTest::newRow("three digits") << "CVE-2026-001" << false;
    QTest::newRow("two-digit year") << "CVE-26-0001" << false;
    QTest::newRow("no prefix") << "2026-0001" << false;
    QTest::newRow("trailing text") << "CVE-2026-0001x" << false;
    QTest::newRow("empty") << "" << false;
}

void TestQuarantinePolicy::cveIdentifiers()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(isCveId(text), valid);
}

void TestQuarantinePolicy::refusesNamingThePolicyAndTheField_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("error");
    QTest::newRow("bad CVE") << R"({"name": "P", "cves": ["CVE-2026-0001", "CVE-26-1"]})"
                             << "quarantinePolicies[0] \"P\".cves[1]: \"CVE-26-1\" is not a CVE";
    QTest::newRow("no CVE") << R"({"name": "P", "cves": []})"
                            << "quarantinePolicies[0] \"P\".cves: no CVE identifier";
    QTest::newRow("no name") << R"({"cves": ["CVE-2026-0001"]})"
                             << "quarantinePolicies[0].name: missing or empty";
    QTest::newRow("bad range")
        << R"({"name": "P", "cves": ["CVE-2026-0001"], "appliesTo": {"ipv4Ranges": ["1.2.3"]}})"
        << "quarantinePolicies[0] \"P\".appliesTo.ipv4Ranges[0]: ";
    QTest::newRow("grace too long")
        << R"({"name": "P", "cves": ["CVE-2026-0001"], "graceHours": 99999})"
        << "quarantinePolicies[0] \"P\".graceHours: not a whole number of hours";
    QTest::newRow("negative grace")
        << R"({"name": "P", "cves": ["CVE-2026-0001"], "graceHours": -1})"
        << "quarantinePolicies[0] \"P\".graceHours: ";
    QTest::newRow("exclusion without reason")
        << R"({"name": "P", "cves": ["CVE-2026-0001"], "exclusions": [{"computer": "ws-3"}]})"
        << "quarantinePolicies[0] \"P\".exclusions[0].reason: missing or empty";
    QTest::newRow("bad until") << R"({"name": "P", "cves": ["CVE-2026-0001"],
        "exclusions": [{"computer": "ws-3", "reason": "lab", "until": "31/01/2027"}]})"
                               << "quarantinePolicies[0] \"P\".exclusions[0].until: not a date";
    QTest::newRow("unknown key") << R"({"name": "P", "cves": ["CVE-2026-0001"], "grace": 3})"
                                 << "quarantinePolicies[0] \"P\".grace: unknown key";
    QTest::newRow("control character in message")
        << R"({"name": "P", "cves": ["CVE-2026-0001"], "message": "a\u001b[2Jb"})"
        << "quarantinePolicies[0] \"P\".message: contains a control character";
    QTest::newRow("enabled not a flag")
        << R"({"name": "P", "cves": ["CVE-2026-0001"], "enabled": "yes"})"
        << "quarantinePolicies[0] \"P\".enabled: not true or false";
}

void TestQuarantinePolicy::refusesNamingThePolicyAndTheField()
{
    QFETCH(QString, policy);
    QFETCH(QString, error);
    const QByteArray text = "{\"quarantinePolicies\": [" + policy.toUtf8() + "]}";
    const Result<PolicyDocument> document = PolicyDocument::fromText(text);
    QVERIFY(!document.ok());
    QVERIFY2(document.error().startsWith(error), qPrintable(document.error()));
}

void TestQuarantinePolicy::exclusionsExpireAfterTheirLastDay()
{
    const PolicyExclusion exclusion { QStringLiteral("ws-3"), QStringLiteral("lab"),
                                      QDate(2027, 1, 31) };
    QVERIFY(exclusion.appliesAt(at("2027-01-31T23:59:59Z")));
    QVERIFY(!exclusion.appliesAt(at("2027-02-01T00:00:00Z")));
    const PolicyExclusion noExpiry { QStringLiteral("ws-3"), QStringLiteral("lab"), {} };
    QVERIFY(noExpiry.appliesAt(at("2099-01-01T00:00:00Z")));
    // Two policies of one name (any case) are refused, naming the second.
    const Result<PolicyDocument> twice = PolicyDocument::fromText(
        R"({"quarantinePolicies": [{"name": "P", "cves": ["CVE-2026-0001"]},
                                   {"name": "p", "cves": ["CVE-2026-0002"]}]})");
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().startsWith(QStringLiteral("quarantinePolicies[1] \"p\".name")),
             qPrintable(twice.error()));
}

void TestQuarantinePolicy::exclusionsMatchNameOrAddress()
{
    const PolicyExclusion byName { QStringLiteral("WS-3"), QStringLiteral("lab"), {} };
    QVERIFY(byName.covers({ QStringLiteral("127.80.0.3"), QStringLiteral("ws-3"), {} }));
    QVERIFY(!byName.covers({ QStringLiteral("127.80.0.3"), QStringLiteral("ws-4"), {} }));
    const PolicyExclusion byAddress { QStringLiteral("127.80.0.3"), QStringLiteral("lab"), {} };
    QVERIFY(byAddress.covers({ QStringLiteral("127.80.0.3"), QStringLiteral("ws-3"), {} }));
}

QTEST_GUILESS_MAIN(TestQuarantinePolicy)
#include "tst_quarantinepolicy.moc"
