#include "recordoutput.h"

#include "commandline.h"

#include "export/csvwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
const QString formatName = QStringLiteral("format");

// A CSV cell: text as it is, numbers in decimal, null as an empty cell, a list of texts (CVE
// identifiers) separated by spaces.
QString cell(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(item.toString());
        return items.join(QLatin1Char(' '));
    }
    return value.toString();
}
} // namespace

QCommandLineOption RecordOutput::formatOption()
{
    return QCommandLineOption(formatName, tr("json (default) or csv."), tr("FORMAT"),
                              QStringLiteral("json"));
}

Result<RecordOutput> RecordOutput::fromCommandLine(const CommandLine &line)
{
    const QString key = line.value(QCommandLineOption(formatName));
    if (key != QLatin1String("json") && key != QLatin1String("csv"))
        return Result<RecordOutput>::failure(tr("unknown format \"%1\" (json or csv)").arg(key));
    RecordOutput output;
    output.m_csv = key == QLatin1String("csv");
    return output;
}

int RecordOutput::writeFromStore(const CommandLine &line, const CommandErrors &errors,
                                 const QStringList &fields, const ReadRecords &read)
{
    const Result<RecordOutput> output = fromCommandLine(line);
    if (!output)
        return errors.fail(2, output.error());
    const Result<OpenedStore, int> store = openExistingStore(line, errors, 2);
    if (!store)
        return store.error();
    const Result<QVector<QJsonObject>> records = read(store->database);
    if (!records)
        return errors.fail(1, records.error());
    const Result<Done> written = output->write(fields, *records);
    if (!written)
        return errors.fail(1, written.error());
    return 0;
}

Result<Done> RecordOutput::write(const QStringList &fields,
                                 const QVector<QJsonObject> &records) const
{
    QFile out;
    QString error;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        error = out.errorString();
    } else if (m_csv) {
        CsvWriter csv(&out);
        csv.writeRow(fields);
        for (const QJsonObject &record : records) {
            QStringList cells;
            for (const QString &field : fields)
                cells << cell(record.value(field));
            csv.writeRow(cells);
        }
        error = csv.error();
    } else {
        QJsonArray array;
        for (const QJsonObject &record : records)
            array.append(record);
        const QByteArray json = QJsonDocument(array).toJson(QJsonDocument::Indented);
        if (out.write(json) != json.size())
            error = out.errorString();
    }
    out.flush();
    if (!error.isEmpty())
        return Result<Done>::failure(
            QCoreApplication::translate("cli", "cannot write to standard output: %1").arg(error));
    return Done();
}
