#include "results/resultswriter.h"

#include "export/csvwriter.h"
#include "export/endpointjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

std::optional<ResultsFormat> resultsFormatFromKey(QStringView key)
{
    if (key == QLatin1String("csv"))
        return ResultsFormat::Csv;
    if (key == QLatin1String("json"))
        return ResultsFormat::Json;
    return std::nullopt;
}

ResultsRows::ResultsRows(const ResultsTable &table, const std::vector<quint32> &rows)
    : m_table(&table)
    , m_rows(&rows)
{ }

ResultsRows::ResultsRows(const QVector<Endpoint> &endpoints)
    : m_endpoints(&endpoints)
{ }

qsizetype ResultsRows::count() const
{
    return m_endpoints ? m_endpoints->size() : qsizetype(m_rows->size());
}

Endpoint ResultsRows::at(qsizetype index, bool withPorts) const
{
    if (m_endpoints)
        return m_endpoints->at(index);
    const qsizetype row = (*m_rows)[size_t(index)];
    return withPorts ? m_table->endpoint(row) : m_table->endpointWithoutPorts(row);
}

namespace {

QString writeCsvWithExtra(QIODevice *device, const ResultsRows &rows, HeaderLanguage headers,
                          const ExtraColumns &extra)
{
    CsvWriter writer(device);
    writer.writeRow(endpointCsvHeaders(headers) + extra.csvHeaders);
    for (qsizetype i = 0; i < rows.count() && writer.error().isEmpty(); ++i) {
        const Endpoint endpoint = rows.at(i, false);
        writer.writeRow(endpointCsvRow(endpoint, headers) + extra.csvCells(endpoint));
    }
    return writer.error();
}

// Laid out as QJsonDocument lays out an indented array, element by element.
QString writeJsonWithExtra(QIODevice *device, const ResultsRows &rows, const ExtraColumns &extra)
{
    QByteArray chunk("[\n");
    for (qsizetype i = 0; i < rows.count(); ++i) {
        const Endpoint endpoint = rows.at(i, true);
        QJsonObject object = endpointToJson(endpoint);
        if (const std::optional<QJsonObject> added = extra.json(endpoint))
            object.insert(extra.jsonKey, *added);
        QByteArray element = QJsonDocument(object).toJson(QJsonDocument::Indented);
        element.chop(1); // the document's last newline
        element.replace("\n", "\n    ");
        chunk.append(i > 0 ? ",\n    " : "    ").append(element);
        if (chunk.size() >= 64 * 1024) {
            if (device->write(chunk) != chunk.size())
                return device->errorString();
            chunk.clear();
        }
    }
    chunk.append(rows.count() == 0 ? "]\n" : "\n]\n");
    return device->write(chunk) == chunk.size() ? QString() : device->errorString();
}

} // namespace

Result<Done> writeResults(ResultsFormat format, QIODevice *device, const ResultsRows &rows,
                          HeaderLanguage headers, const ExtraColumns *extra)
{
    if (extra) {
        const QString error = format == ResultsFormat::Csv
            ? writeCsvWithExtra(device, rows, headers, *extra)
            : writeJsonWithExtra(device, rows, *extra);
        if (!error.isEmpty())
            return Result<Done>::failure(error);
        return Done {};
    }
    switch (format) {
    case ResultsFormat::Csv:
        // The CSV has no column for the port observations.
        return writeEndpointsCsv(
            device, rows.count(), [&rows](qsizetype i) { return rows.at(i, false); }, headers);
    case ResultsFormat::Json:
        if (!writeEndpointsJson(device, rows.count(),
                                [&rows](qsizetype i) { return rows.at(i, true); }))
            return Result<Done>::failure(device->errorString());
        return Done {};
    }
    Q_UNREACHABLE();
}

Result<Done> writeResults(ResultsFormat format, const QString &path, const ResultsRows &rows,
                          HeaderLanguage headers, const ExtraColumns *extra)
{
    const auto cannotWrite = [shown = QDir::toNativeSeparators(path)](const QString &why) {
        return Result<Done>::failure(
            QCoreApplication::translate("Export", "cannot write %1: %2").arg(shown, why));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    const Result<Done> written = writeResults(format, &file, rows, headers, extra);
    if (!written) {
        file.cancelWriting();
        return cannotWrite(written.error());
    }
    if (!file.commit())
        return cannotWrite(file.errorString());
    return Done {};
}
