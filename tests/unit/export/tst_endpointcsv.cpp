#include "export/endpointcsv.h"

#include "csvreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

Endpoint managedEndpoint()
{
    Endpoint endpoint;
    endpoint.name = QStringLiteral("経理部-PC01");
    endpoint.address = QStringLiteral("127.0.0.10");
    endpoint.status = SecurityStatus::ManagedByThisServer;
    endpoint.gate = GateResult::Connected;
    endpoint.agentPort = 21112;
    endpoint.server = QStringLiteral("osmgmt-tokyo");
    endpoint.agentVersion = QStringLiteral("1.2.3");
    endpoint.domain = QStringLiteral("営業");
    endpoint.adPath = QStringLiteral("CN=PC01,OU=Accounting,DC=corp,DC=example,DC=test");
    endpoint.detail = QStringLiteral("agent answered on 21112");
    endpoint.ports = { { 21112, PortOutcome::Agent, QString() } };
    return endpoint;
}

Endpoint unreachableEndpoint()
{
    Endpoint endpoint;
    // An agent reports its own name: a hostile one must not become a formula.
    endpoint.name = QStringLiteral("=cmd|' /C calc'!A0");
    endpoint.address = QStringLiteral("::1");
    endpoint.status = SecurityStatus::Unreachable;
    endpoint.gate = GateResult::Timeout;
    endpoint.detail = QStringLiteral("port 135 timed out, \"no answer\"");
    return endpoint;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestEndpointCsv : public QObject
{
    Q_OBJECT

private slots:
    void englishHeadersAreStable();
    void uiHeadersAreTheSourceWordsWithoutATranslation();
    void englishRowUsesKeys();
    void uiRowUsesDisplayNames();
    void writesAFile();
    void unwritablePathIsAnError();
};

void TestEndpointCsv::englishHeadersAreStable()
{
    QCOMPARE(endpointCsvHeaders(HeaderLanguage::English),
             (QStringList { QStringLiteral("Name"), QStringLiteral("IP address"),
                            QStringLiteral("Security status"), QStringLiteral("Server"),
                            QStringLiteral("Agent version"), QStringLiteral("Domain"),
                            QStringLiteral("Gate port"), QStringLiteral("Agent port"),
                            QStringLiteral("AD path"), QStringLiteral("Detail") }));
}

void TestEndpointCsv::uiHeadersAreTheSourceWordsWithoutATranslation()
{
    QCOMPARE(endpointCsvHeaders(HeaderLanguage::Ui), endpointCsvHeaders(HeaderLanguage::English));
}

void TestEndpointCsv::englishRowUsesKeys()
{
    QCOMPARE(
        endpointCsvRow(managedEndpoint(), HeaderLanguage::English),
        (QStringList { QStringLiteral("経理部-PC01"), QStringLiteral("127.0.0.10"),
                       QStringLiteral("managed-by-this-server"), QStringLiteral("osmgmt-tokyo"),
                       QStringLiteral("1.2.3"), QStringLiteral("営業"), QStringLiteral("connected"),
                       QStringLiteral("21112"),
                       QStringLiteral("CN=PC01,OU=Accounting,DC=corp,DC=example,DC=test"),
                       QStringLiteral("agent answered on 21112") }));
    const QStringList unreachable = endpointCsvRow(unreachableEndpoint(), HeaderLanguage::English);
    QCOMPARE(unreachable.size(), endpointCsvHeaders(HeaderLanguage::English).size());
    QCOMPARE(unreachable.at(2), QStringLiteral("unreachable"));
    QCOMPARE(unreachable.at(6), QStringLiteral("timeout"));
    QCOMPARE(unreachable.at(7), QString()); // no agent port: empty, not 0
}

void TestEndpointCsv::uiRowUsesDisplayNames()
{
    const QStringList row = endpointCsvRow(unreachableEndpoint(), HeaderLanguage::Ui);
    QCOMPARE(row.at(2), displayName(SecurityStatus::Unreachable));
    QCOMPARE(row.at(2), QStringLiteral("Unreachable"));
    QCOMPARE(row.at(6), displayName(GateResult::Timeout));
    for (SecurityStatus status : SecurityStatuses::all) {
        Endpoint endpoint;
        endpoint.status = status;
        QCOMPARE(endpointCsvRow(endpoint, HeaderLanguage::Ui).at(2), displayName(status));
        QCOMPARE(endpointCsvRow(endpoint, HeaderLanguage::English).at(2), toKey(status));
    }
}

void TestEndpointCsv::writesAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("結果.csv"));
    const QVector<Endpoint> endpoints = { managedEndpoint(), unreachableEndpoint() };
    QCOMPARE(writeEndpointsCsv(path, endpoints, HeaderLanguage::English), QString());

    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const auto records = readRfc4180(bytes.mid(3));
    QVERIFY2(records.has_value(), bytes.constData());
    QCOMPARE(records->size(), 3);
    QCOMPARE(records->at(0), endpointCsvHeaders(HeaderLanguage::English));
    QCOMPARE(records->at(1), endpointCsvRow(managedEndpoint(), HeaderLanguage::English));
    QCOMPARE(records->at(2).at(0), QStringLiteral("'=cmd|' /C calc'!A0"));
    QCOMPARE(records->at(2).at(9), QStringLiteral("port 135 timed out, \"no answer\""));
}

void TestEndpointCsv::unwritablePathIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A folder where a file's parent should be: the save file cannot be created.
    const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = blocker + QStringLiteral("/out.csv");
    const QString error = writeEndpointsCsv(path, { managedEndpoint() }, HeaderLanguage::Ui);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("out.csv")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestEndpointCsv)
#include "tst_endpointcsv.moc"
