// writeResults, the one export of results (the console's Export and context menu, `osmgmt-cli
// query` and `osmgmt-cli results`): CSV with its headers and neutralised cells and no port
// observations, JSON with them and the stable keys, the rows in the order given, a file written
// whole or not at all.
#include "results/resultswriter.h"

#include "../export/csvreader.h"
#include "export/endpointjson.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestResultsWriter : public QObject
{
    Q_OBJECT

private slots:
    void formatsByKey();
    void csvOfTableRows();
    void jsonOfTableRows();
    void endpointsAsTheyAre();
    void writesAFileWhole();
    void unwritablePathIsAnError();
};

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

Endpoint hostileEndpoint()
{
    Endpoint endpoint;
    endpoint.name = QStringLiteral("=cmd|' /C calc'!A0");
    endpoint.address = QStringLiteral("127.0.0.9");
    endpoint.status = SecurityStatus::Unreachable;
    endpoint.gate = GateResult::Timeout;
    endpoint.detail = QStringLiteral("port 135 timed out, \"no answer\"");
    endpoint.ports = { { 135, PortOutcome::Timeout, QStringLiteral("no answer") },
                       { 21112, PortOutcome::Refused, QString() } };
    return endpoint;
}

ResultsTable twoRows()
{
    ResultsTable table;
    table.append(managedEndpoint());
    table.append(hostileEndpoint());
    return table;
}

QVector<QStringList> csvRecords(const QByteArray &bytes)
{
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return {};
    return readRfc4180(bytes.mid(3)).value_or(QVector<QStringList>());
}

QByteArray written(ResultsFormat format, const ResultsRows &rows, HeaderLanguage headers)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QString error = writeResults(format, &buffer, rows, headers);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return buffer.data();
}

Endpoint withoutPorts(Endpoint endpoint)
{
    endpoint.ports.clear();
    return endpoint;
}

} // namespace

void TestResultsWriter::formatsByKey()
{
    QCOMPARE(resultsFormatFromKey(u"csv"), std::optional(ResultsFormat::Csv));
    QCOMPARE(resultsFormatFromKey(u"json"), std::optional(ResultsFormat::Json));
    QCOMPARE(resultsFormatFromKey(u"CSV"), std::nullopt);
    QCOMPARE(resultsFormatFromKey(u"xml"), std::nullopt);
}

void TestResultsWriter::csvOfTableRows()
{
    const ResultsTable table = twoRows();
    const std::vector<quint32> rows { 1, 0 }; // the order shown, not the stored one
    const QVector<QStringList> records = csvRecords(
        written(ResultsFormat::Csv, ResultsRows(table, rows), HeaderLanguage::English));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0), endpointCsvHeaders(HeaderLanguage::English));
    // A cell a spreadsheet would run as a formula stays text.
    QCOMPARE(records.at(1).at(0), QStringLiteral("'=cmd|' /C calc'!A0"));
    QCOMPARE(records.at(1).at(2), QStringLiteral("unreachable"));
    QCOMPARE(records.at(2), endpointCsvRow(managedEndpoint(), HeaderLanguage::English));
    // Headers and values in the UI language when asked.
    const QVector<QStringList> forPeople
        = csvRecords(written(ResultsFormat::Csv, ResultsRows(table, rows), HeaderLanguage::Ui));
    QCOMPARE(forPeople.at(0), endpointCsvHeaders(HeaderLanguage::Ui));
    QCOMPARE(forPeople.at(1).at(2), displayName(SecurityStatus::Unreachable));
}

void TestResultsWriter::jsonOfTableRows()
{
    const ResultsTable table = twoRows();
    const std::vector<quint32> rows { 1, 0 };
    const QByteArray text
        = written(ResultsFormat::Json, ResultsRows(table, rows), HeaderLanguage::Ui);
    // The text `osmgmt-cli query` has always written, ports included, whatever the headers.
    QCOMPARE(text, endpointsToJson({ hostileEndpoint(), managedEndpoint() }));
    const QJsonArray array = QJsonDocument::fromJson(text).array();
    QCOMPARE(array.size(), 2);
    const Result<Endpoint> first = endpointFromJson(array.at(0).toObject());
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first->ports.size(), 2);
    QCOMPARE(first.value(), hostileEndpoint());
}

void TestResultsWriter::endpointsAsTheyAre()
{
    const QVector<Endpoint> endpoints = { hostileEndpoint(), managedEndpoint() };
    const ResultsRows rows(endpoints);
    QCOMPARE(rows.count(), 2);
    QCOMPARE(rows.at(0, true), hostileEndpoint());
    QCOMPARE(written(ResultsFormat::Json, rows, HeaderLanguage::English),
             endpointsToJson(endpoints));
    const QVector<QStringList> records
        = csvRecords(written(ResultsFormat::Csv, rows, HeaderLanguage::English));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(2), endpointCsvRow(managedEndpoint(), HeaderLanguage::English));

    // A table's rows leave the port observations out only where the format has no place for
    // them.
    const ResultsTable table = twoRows();
    const std::vector<quint32> order { 1 };
    const ResultsRows tableRows(table, order);
    QCOMPARE(tableRows.at(0, true), hostileEndpoint());
    QCOMPARE(tableRows.at(0, false), withoutPorts(hostileEndpoint()));
}

void TestResultsWriter::writesAFileWhole()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QVector<Endpoint> endpoints = { managedEndpoint(), hostileEndpoint() };
    const QString csv = dir.filePath(QStringLiteral("結果.csv"));
    QCOMPARE(writeResults(ResultsFormat::Csv, csv, ResultsRows(endpoints), HeaderLanguage::English),
             QString());
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QVector<QStringList> records = csvRecords(csvFile.readAll());
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0), endpointCsvHeaders(HeaderLanguage::English));
    QCOMPARE(records.at(1), endpointCsvRow(managedEndpoint(), HeaderLanguage::English));
    QCOMPARE(records.at(2).at(0), QStringLiteral("'=cmd|' /C calc'!A0"));
    QCOMPARE(records.at(2).at(9), QStringLiteral("port 135 timed out, \"no answer\""));

    const QString json = dir.filePath(QStringLiteral("results.json"));
    QCOMPARE(writeResults(ResultsFormat::Json, json, ResultsRows(endpoints), HeaderLanguage::Ui),
             QString());
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QCOMPARE(jsonFile.readAll(), endpointsToJson(endpoints));
}

void TestResultsWriter::unwritablePathIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A file where a file's parent should be: the save file cannot be created.
    const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QVector<Endpoint> endpoints = { managedEndpoint() };
    for (const ResultsFormat format : { ResultsFormat::Csv, ResultsFormat::Json }) {
        const QString path = blocker + QStringLiteral("/out.csv");
        const QString error
            = writeResults(format, path, ResultsRows(endpoints), HeaderLanguage::Ui);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("out.csv")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
}

QTEST_GUILESS_MAIN(TestResultsWriter)
#include "tst_resultswriter.moc"
