#include "agentlink/agentstatus.h"
#include "host/nftquarantine.h"
#include "host/productstatus.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

// The real agent's pure parts: the product status file of reference 004's fields, pattern
// DWORDs decoded to X.XXX.XX, and the nftables script of a quarantine.
class TestProductStatus : public QObject
{
    Q_OBJECT

private slots:
    void patternDwordsDecode_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("version");
        // Reference 004: the DWORD read in decimal, 0x00083C34 = 539700 = 5.397.00.
        QTest::newRow("virus pattern")
            << QStringLiteral("0x00083C34") << QStringLiteral("5.397.00");
        QTest::newRow("0x0004A5D3 = 304595")
            << QStringLiteral("0x0004A5D3") << QStringLiteral("3.045.95");
        QTest::newRow("lower case") << QStringLiteral("0x0004a5d3") << QStringLiteral("3.045.95");
        QTest::newRow("spyware active monitoring 0.663.00")
            << QStringLiteral("0x000102FC") << QStringLiteral("0.663.00");
        QTest::newRow("one") << QStringLiteral("0x00000001") << QStringLiteral("0.000.01");
    }
    void patternDwordsDecode()
    {
        QFETCH(QString, raw);
        QFETCH(QString, version);
        const QByteArray json = "{\"patterns\": [{\"name\": \"Virus Pattern File\", \"raw\": \""
            + raw.toLatin1() + "\"}]}";
        const Result<ProductStatus> status = ProductStatus::parse(json);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(status->patterns.size(), 1);
        QCOMPARE(status->patterns.first().decoded(), version);
        QCOMPARE(decodePatternVersion(status->patterns.first().raw), version);
    }

    void aCompleteFile()
    {
        const Result<ProductStatus> status = ProductStatus::parse(R"({
            "components": [{"name": "Virus Scan Engine", "version": "6.810-1005"}],
            "patterns": [{"name": "Virus Pattern File", "raw": "0x00083C34"}],
            "patternDate": "20261120", "lastScan": "2026-11-22T03:00:00Z", "firewall": "on"})");
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(status->components.size(), 1);
        QCOMPARE(status->components.first().version, QStringLiteral("6.810-1005"));
        QCOMPARE(status->patterns.first().raw, 0x00083C34u);
        QCOMPARE(status->patternDate, QStringLiteral("20261120"));
        QCOMPARE(status->lastScan, QDateTime(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC));
        QVERIFY(status->firewall == FirewallState::On);
    }

    void healthKeys()
    {
        const Result<ProductStatus> status = ProductStatus::parse(R"({
            "antivirus": "off", "firewall": "absent", "noProgramUpgrade": true,
            "fileVersions": [{"name": "TmListen.exe", "version": "8.0.0.1257"}]})");
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(status->antivirusOn, std::optional<bool>(false));
        QVERIFY(status->firewall == FirewallState::Absent);
        QCOMPARE(status->noProgramUpgrade, std::optional<bool>(true));
        QCOMPARE(status->fileVersions,
                 (QVector<FileVersion> {
                     { QStringLiteral("TmListen.exe"), QStringLiteral("8.0.0.1257") } }));
    }

    void whatTheFileDoesNotSayStaysUnknown()
    {
        const Result<ProductStatus> status = ProductStatus::parse("{}");
        QVERIFY(status.ok());
        QVERIFY(status->patterns.isEmpty());
        QVERIFY(!status->lastScan.isValid());
        QVERIFY(!status->firewall.has_value());
        QVERIFY(!status->antivirusOn.has_value());
        QVERIFY(!status->noProgramUpgrade.has_value());
        QVERIFY(status->fileVersions.isEmpty());
    }

    void faultsNameTheKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << QByteArray("{\"patterns\": [")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("decimal version")
            << QByteArray(R"({"patterns": [{"name": "V", "raw": "5.397.00"}]})")
            << QStringLiteral("patterns[0].raw: \"5.397.00\" is not a hexadecimal DWORD");
        QTest::newRow("no name") << QByteArray(R"({"patterns": [{"raw": "0x1"}]})")
                                 << QStringLiteral("patterns[0]: needs a name and a raw");
        QTest::newRow("component without version")
            << QByteArray(R"({"components": [{"name": "Engine"}]})")
            << QStringLiteral("components[0]: needs a name and a version");
        QTest::newRow("date") << QByteArray(R"({"patternDate": "2026-11-20"})")
                              << QStringLiteral(
                                     "patternDate: \"2026-11-20\" is not a date YYYYMMDD");
        QTest::newRow("impossible date") << QByteArray(R"({"patternDate": "20261340"})")
                                         << QStringLiteral("patternDate: \"20261340\"");
        QTest::newRow("scan time") << QByteArray(R"({"lastScan": "yesterday"})")
                                   << QStringLiteral("lastScan: \"yesterday\" is not an ISO 8601");
        QTest::newRow("firewall") << QByteArray(R"({"firewall": 1})")
                                  << QStringLiteral("firewall: must be \"on\", \"off\" or");
        QTest::newRow("antivirus") << QByteArray(R"({"antivirus": "yes"})")
                                   << QStringLiteral("antivirus: must be \"on\" or \"off\"");
        QTest::newRow("upgrade") << QByteArray(R"({"noProgramUpgrade": 1})")
                                 << QStringLiteral("noProgramUpgrade: must be true or false");
        QTest::newRow("file version")
            << QByteArray(R"({"fileVersions": [{"name": "PccNT.exe", "version": "8.0"}]})")
            << QStringLiteral("fileVersions[0]: needs a name and a version R.R.H.BBBB");
        QTest::newRow("missing CVEs not a list")
            << QByteArray(R"({"missingCves": "CVE-2026-0001"})")
            << QStringLiteral("missingCves: must be a list");
        QTest::newRow("not a CVE id")
            << QByteArray(R"({"missingCves": ["CVE-2026-0001", "CVE-26-1"]})")
            << QStringLiteral("missingCves[1]: must be a CVE identifier (such as CVE-2026-0001)");
        QTest::newRow("a CVE id with a tail")
            << QByteArray("{\"missingCves\": [\"CVE-2026-0001\\u001b\"]}")
            << QStringLiteral("missingCves[0]: must be a CVE identifier");
        QTest::newRow("a number") << QByteArray(R"({"missingCves": [20260001]})")
                                  << QStringLiteral("missingCves[0]: must be a CVE identifier");
    }

    // Issue 14: the CVEs the product finds missing, sorted and each once; absent: unknown,
    // which is not the same as none.
    void missingCves()
    {
        const Result<ProductStatus> listed = ProductStatus::parse(
            R"({"missingCves": ["CVE-2026-10001", "CVE-2025-0002", "CVE-2026-10001"]})");
        QVERIFY2(listed.ok(), qPrintable(listed.error()));
        QVERIFY(listed->missingCves);
        QCOMPARE(
            *listed->missingCves,
            QStringList({ QStringLiteral("CVE-2025-0002"), QStringLiteral("CVE-2026-10001") }));
        const Result<ProductStatus> none = ProductStatus::parse(R"({"missingCves": []})");
        QVERIFY(none->missingCves && none->missingCves->isEmpty());
        QVERIFY(!ProductStatus::parse("{}")->missingCves);
    }
    void faultsNameTheKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const Result<ProductStatus> status = ProductStatus::parse(json);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(error), qPrintable(status.error()));
    }

    void aMissingFileIsSaidInWords()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("status.json"));
        const Result<ProductStatus> status = ProductStatus::read(path);
        QVERIFY(!status.ok());
        QCOMPARE(status.error(),
                 QStringLiteral("the product status file %1 does not exist (has the scan engine "
                                "run?)")
                     .arg(path));
    }

    // The console reads what the real agent could not find out (core/agentlink/agentstatus.h).
    void problemsTravelInTheStatus()
    {
        AgentStatus status = AgentStatus::healthyDefault();
        status.problems = { QStringLiteral("the product status file /x does not exist") };
        const Result<AgentStatus> read = AgentStatus::fromJson(status.toJson());
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->problems, status.problems);
        QVERIFY(*read == status);
        // An older agent sends no problems at all.
        QJsonObject older = status.toJson();
        older.remove(QStringLiteral("problems"));
        QVERIFY(AgentStatus::fromJson(older)->problems.isEmpty());
        QJsonObject wrong = status.toJson();
        wrong.insert(QStringLiteral("problems"), QJsonArray { 7 });
        QCOMPARE(AgentStatus::fromJson(wrong).error(),
                 QStringLiteral("status.problems[0] is missing or of the wrong type"));
    }

    void theQuarantineScriptKeepsTheConsoleAndTheAgentPort()
    {
        const QByteArray script = NftQuarantine::installScript(
            { QHostAddress(QStringLiteral("::ffff:198.18.0.1")),
              QHostAddress(QStringLiteral("fd00::5")), QHostAddress(QStringLiteral("198.18.0.1")) },
            21112);
        // Replaces only its own table, in one transaction.
        QVERIFY(script.startsWith("table inet osmgmt_quarantine\n"
                                  "delete table inet osmgmt_quarantine\n"
                                  "table inet osmgmt_quarantine {\n"));
        QCOMPARE(script.count("table "), 3);
        QCOMPARE(script.count("policy drop;"), 3); // input, output, forward
        // The mapped address is the same console as the IPv4 one: written once, as IPv4.
        QVERIFY(script.contains("ip saddr { 198.18.0.1 } accept"));
        QVERIFY(script.contains("ip daddr { 198.18.0.1 } accept"));
        QVERIFY(script.contains("ip6 saddr { fd00::5 } accept"));
        QVERIFY(NftQuarantine::installScript({ QHostAddress(QStringLiteral("fe80::1%lo")) }, 1)
                    .contains("ip6 daddr { fe80::1 } accept"));
        // The agent port: only for the agent's marked sockets (docs/security.md, "No side door").
        QVERIFY(!script.contains("tcp dport 21112 accept"));
        QVERIFY(!script.contains("tcp sport 21112 accept"));
        QVERIFY(script.contains(
            "tcp dport 21112 socket mark 0x4f534d47 ct mark set 0x4f534d47 accept\n"));
        QVERIFY(script.contains("tcp dport 21112 ct mark 0x4f534d47 accept\n"));
        QVERIFY(script.contains("tcp sport 21112 meta mark 0x4f534d47 accept\n"));
        QVERIFY(script.contains("iif \"lo\" accept"));
        QVERIFY(!script.contains("ct state established"));
        QCOMPARE(NftQuarantine::removeScript(),
                 QByteArray("table inet osmgmt_quarantine\ndelete table inet osmgmt_quarantine\n"));
    }

    void noConsoleLeavesOnlyTheAgentPort()
    {
        const QByteArray script = NftQuarantine::installScript({}, 4000);
        QVERIFY(!script.contains("saddr"));
        QVERIFY(script.contains("tcp dport 4000 socket mark 0x4f534d47"));
    }
};

QTEST_GUILESS_MAIN(TestProductStatus)
#include "tst_productstatus.moc"
