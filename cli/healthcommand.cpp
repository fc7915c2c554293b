#include "healthcommand.h"

#include "commandline.h"
#include "jsonexchange.h"
#include "wholefile.h"

#include "common/clock.h"
#include "export/csvwriter.h"
#include "health/healthreport.h"
#include "health/healthsettingsimport.h"
#include "health/healthstore.h"
#include "store/querystore.h"
#include "store/resultsreader.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QByteArray csvBytes(const QVector<HealthRow> &rows, QString &error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer);
    csv.writeRow(HealthReport::csvHeader());
    for (const HealthRow &row : rows)
        csv.writeRow(HealthReport::csvCells(row));
    error = csv.error();
    return bytes;
}

} // namespace

Result<std::optional<qint64>> HealthCommand::parseQueryId(const QString &text)
{
    using R = Result<std::optional<qint64>>;
    const QString id = text.trimmed();
    if (id.isEmpty() || id == QLatin1String("last"))
        return std::optional<qint64>();
    bool isNumber = false;
    const qint64 number = id.toLongLong(&isNumber);
    if (!isNumber || number <= 0)
        return R::failure(tr("--query-id must be a query number or \"last\", not \"%1\"").arg(id));
    return std::optional<qint64>(number);
}

Result<qint64> HealthCommand::resolveQuery(const std::shared_ptr<Database> &database,
                                           std::optional<qint64> queryId)
{
    if (!queryId)
        return ResultsReader(database).latestQueryId();
    const Result<std::optional<QueryRecord>> record = QueryStore(database).query(*queryId);
    if (!record)
        return Result<qint64>::failure(record.error());
    if (!record.value())
        return Result<qint64>::failure(tr("there is no query %1").arg(*queryId));
    return *queryId;
}

int HealthCommand::run(const QStringList &arguments)
{
    const CommandErrors errors(QStringLiteral("health"));
    const QCommandLineOption queryOption(
        QStringLiteral("query-id"),
        tr("The stored query whose health to report: its id, or \"last\" (default)."), tr("N"),
        QStringLiteral("last"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("json (default) or csv."),
                                          tr("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("Write the report to FILE instead of standard output."),
                                       tr("FILE"));
    CommandLine line(tr("Writes the health of every computer with an agent of this server in a "
                        "stored query, evaluated with the stored health evaluation settings "
                        "(docs/health.md)."),
                     { queryOption, formatOption, outOption },
                     tr("The store to read the query from."));
    if (const std::optional<int> exit = parseOrExit(line, arguments, errors))
        return *exit;
    const QString format = line.value(formatOption);
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return errors.fail(2, tr("unknown format \"%1\" (json or csv)").arg(format));
    const Result<std::optional<qint64>> queryId = parseQueryId(line.value(queryOption));
    if (!queryId)
        return errors.fail(2, queryId.error());
    const Result<OpenedStore, int> store = openExistingStore(line, errors, 1);
    if (!store)
        return store.error();
    const Result<qint64> id = resolveQuery(store->database, *queryId);
    if (!id)
        return errors.fail(3, id.error());
    const HealthStore health(store->database);
    const Result<HealthSettingsList> settings = health.loadSettings();
    if (!settings)
        return errors.fail(1, settings.error());
    const Result<QVector<HealthSnapshot>> snapshots = health.snapshots(*id);
    if (!snapshots)
        return errors.fail(1, snapshots.error());
    const QVector<HealthRow> rows
        = HealthReport::evaluate(*snapshots, *settings, Clock::instance().now());
    QByteArray bytes;
    if (format == QLatin1String("csv")) {
        QString csvError;
        bytes = csvBytes(rows, csvError);
        if (!csvError.isEmpty())
            return errors.fail(1, csvError);
    } else {
        QJsonArray array;
        for (const HealthRow &row : rows)
            array.append(HealthReport::toJson(row));
        bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    const Result<Done> written = WholeFile::write(line.value(outOption), bytes);
    return written ? 0 : errors.fail(1, written.error());
}

int HealthCommand::runSettings(const QStringList &arguments)
{
    const CommandErrors errors(QStringLiteral("health-settings"));
    CommandLine line(tr("export FILE: writes the health evaluation settings as JSON (\"-\": "
                        "standard output). import FILE: replaces every setting with the file's, "
                        "refusing the whole file when any key is wrong; (Default Settings) is "
                        "kept (docs/health.md)."),
                     {}, tr("The store whose settings to export or replace."));
    JsonExchange::addArguments(line);
    const Result<JsonExchange, int> exchange = JsonExchange::open(line, arguments, errors);
    if (!exchange)
        return exchange.error();
    HealthStore health(exchange->store.database);
    if (!exchange->importing) {
        const Result<HealthSettingsList> loaded = health.loadSettings();
        return loaded ? exchange->write(loaded->toJson(), errors) : errors.fail(1, loaded.error());
    }
    const Result<QJsonObject, int> document = exchange->read(errors);
    if (!document)
        return document.error();
    const Result<HealthSettingsList> settings = HealthSettingsList::fromJson(*document);
    if (!settings)
        return exchange->refuse(settings.error(), errors);
    const Result<Done> saved = HealthSettingsImport::apply(
        exchange->store.database, *settings, QFileInfo(exchange->path).absoluteFilePath());
    if (!saved)
        return errors.fail(1, saved.error());
    QTextStream(stdout) << tr("%n health evaluation settings imported", nullptr,
                              int(settings->all().size()))
                        << '\n';
    return 0;
}
