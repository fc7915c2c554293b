// writeResults, the one export of results (the console's Export and context menu, `osmgmt-cli
// query` and `osmgmt-cli results`): CSV with its headers and neutralised cells and no port
// observations, JSON with them and the stable keys, the rows in the order given, a file written
// whole or not at all.
#include "results/resultswriter.h"

#include "../export/csvreader.h"
#include "../export/exportendpoints.h"
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

using ExportEndpoints::managed;
using ExportEndpoints::unreachable;

ResultsTable twoRows()
{
    ResultsTable table;
    table.append(managed());
    table.append(unreachable());
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
    const Result<Done> written = writeResults(format, &buffer, rows, headers);
    if (!written)
        qWarning("%s", qPrintable(written.error()));
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
    QCOMPARE(records.at(2), endpointCsvRow(managed(), HeaderLanguage::English));
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
    QCOMPARE(text, endpointsToJson({ unreachable(), managed() }));
    const QJsonArray array = QJsonDocument::fromJson(text).array();
    QCOMPARE(array.size(), 2);
    const Result<Endpoint> first = endpointFromJson(array.at(0).toObject());
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first.value(), unreachable());
    const Result<Endpoint> second = endpointFromJson(array.at(1).toObject());
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(second->ports.size(), 1); // the observations, which the CSV leaves out
    QCOMPARE(second.value(), managed());
}

void TestResultsWriter::endpointsAsTheyAre()
{
    const QVector<Endpoint> endpoints = { unreachable(), managed() };
    const ResultsRows rows(endpoints);
    QCOMPARE(rows.count(), 2);
    QCOMPARE(rows.at(0, true), unreachable());
    QCOMPARE(written(ResultsFormat::Json, rows, HeaderLanguage::English),
             endpointsToJson(endpoints));
    const QVector<QStringList> records
        = csvRecords(written(ResultsFormat::Csv, rows, HeaderLanguage::English));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(2), endpointCsvRow(managed(), HeaderLanguage::English));

    // A table's rows leave the port observations out only where the format has no place for
    // them.
    const ResultsTable table = twoRows();
    const std::vector<quint32> order { 0 };
    const ResultsRows tableRows(table, order);
    QCOMPARE(tableRows.at(0, true), managed());
    QCOMPARE(tableRows.at(0, false), withoutPorts(managed()));
}

void TestResultsWriter::writesAFileWhole()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QVector<Endpoint> endpoints = { managed(), unreachable() };
    const QString csv = dir.filePath(QStringLiteral("結果.csv"));
    const Result<Done> csvWritten
        = writeResults(ResultsFormat::Csv, csv, ResultsRows(endpoints), HeaderLanguage::English);
    QVERIFY2(csvWritten, qPrintable(csvWritten.error()));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QVector<QStringList> records = csvRecords(csvFile.readAll());
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0), endpointCsvHeaders(HeaderLanguage::English));
    QCOMPARE(records.at(1), endpointCsvRow(managed(), HeaderLanguage::English));
    QCOMPARE(records.at(2).at(0), QStringLiteral("'=cmd|' /C calc'!A0"));
    QCOMPARE(records.at(2).at(9), QStringLiteral("port 135 timed out, \"no answer\""));

    const QString json = dir.filePath(QStringLiteral("results.json"));
    const Result<Done> jsonWritten
        = writeResults(ResultsFormat::Json, json, ResultsRows(endpoints), HeaderLanguage::Ui);
    QVERIFY2(jsonWritten, qPrintable(jsonWritten.error()));
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
    const QVector<Endpoint> endpoints = { managed() };
    for (const ResultsFormat format : { ResultsFormat::Csv, ResultsFormat::Json }) {
        const QString path = blocker + QStringLiteral("/out.csv");
        const Result<Done> written
            = writeResults(format, path, ResultsRows(endpoints), HeaderLanguage::Ui);
        QVERIFY(!written);
        QVERIFY2(written.error().contains(QStringLiteral("out.csv")), qPrintable(written.error()));
        QVERIFY(!QFile::exists(path));
    }
}

QTEST_GUILESS_MAIN(TestResultsWriter)
#include "tst_resultswriter.moc"
