#pragma once

#include "endpoint/endpoint.h"
#include "export/endpointcsv.h"
#include "results/resultstable.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

#include <functional>
#include <optional>
#include <vector>

class QIODevice;

// The formats results are written in, by the console's Export and its context menu as by
// `osmgmt-cli query` and `osmgmt-cli results`: CSV for spreadsheets (core/export/endpointcsv.h,
// cells a spreadsheet would run as a formula neutralised), JSON for scripts
// (core/export/endpointjson.h, always the stable keys).
enum class ResultsFormat { Csv, Json };

// "csv" or "json" (the CLI's --format); none for anything else.
std::optional<ResultsFormat> resultsFormatFromKey(QStringView key);

// The rows an export writes, asked for one at a time: a million-row export never holds a
// million Endpoint objects. It points at what it was made from, which must outlive it.
class ResultsRows
{
public:
    // Rows `rows` of `table`, in that order.
    ResultsRows(const ResultsTable &table, const std::vector<quint32> &rows);
    // Endpoints as they are, in their order (a query's batches, the client tree's selection).
    explicit ResultsRows(const QVector<Endpoint> &endpoints);

    qsizetype count() const;
    // Without the port observations when `withPorts` is false: a format that has no place for
    // them does not pay for parsing them.
    Endpoint at(qsizetype index, bool withPorts) const;

private:
    const ResultsTable *m_table = nullptr;
    const std::vector<quint32> *m_rows = nullptr;
    const QVector<Endpoint> *m_endpoints = nullptr;
};

// Columns an export adds after the endpoint's own (the health report's: docs/health.md), given
// by their owner so that core/results needs to know nothing of them: CSV headers and cells, and
// one JSON key whose value is the row's object (absent for a row `json` gives nothing for).
struct ExtraColumns
{
    QStringList csvHeaders;
    std::function<QStringList(const Endpoint &)> csvCells;
    QString jsonKey;
    std::function<std::optional<QJsonObject>(const Endpoint &)> json;
};

// Writes `rows` to an open device. `headers`: the language of the CSV's headers and values (JSON
// has none to translate).
// `extra`: columns to add after the endpoint's own.
Result<Done> writeResults(ResultsFormat format, QIODevice *device, const ResultsRows &rows,
                          HeaderLanguage headers, const ExtraColumns *extra = nullptr);
// The same to the file at `path`, atomically: it appears whole or not at all. The error names
// the file.
Result<Done> writeResults(ResultsFormat format, const QString &path, const ResultsRows &rows,
                          HeaderLanguage headers, const ExtraColumns *extra = nullptr);
