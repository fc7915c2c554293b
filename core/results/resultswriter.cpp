#include "results/resultswriter.h"

#include "export/endpointjson.h"

#include <QCoreApplication>
#include <QDir>
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

Result<Done> writeResults(ResultsFormat format, QIODevice *device, const ResultsRows &rows,
                          HeaderLanguage headers)
{
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
                          HeaderLanguage headers)
{
    const auto cannotWrite = [shown = QDir::toNativeSeparators(path)](const QString &why) {
        return Result<Done>::failure(
            QCoreApplication::translate("Export", "cannot write %1: %2").arg(shown, why));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    const Result<Done> written = writeResults(format, &file, rows, headers);
    if (!written) {
        file.cancelWriting();
        return cannotWrite(written.error());
    }
    if (!file.commit())
        return cannotWrite(file.errorString());
    return Done {};
}
