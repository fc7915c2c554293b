#include "resultscommand.h"

#include "endpointoutput.h"
#include "resultsoptions.h"

#include "results/resultsmatcher.h"
#include "results/resultsorder.h"
#include "store/resultsreader.h"

#include <QFileInfo>
#include <QTextStream>

int ResultsCommand::run(const QStringList &arguments)
{
    QTextStream err(stderr);
    const auto fail = [&err](int code, const QString &message) {
        err << "osmgmt-cli results: " << message << '\n';
        return code;
    };
    const Result<ResultsOptions> parsed = ResultsOptions::parse(arguments);
    if (!parsed)
        return fail(2, parsed.error());
    const ResultsOptions &options = parsed.value();
    if (options.helpRequested) {
        QTextStream(stdout) << ResultsOptions::helpText();
        return 0;
    }
    const Result<StoreConnection> store = options.store.connection();
    if (!store)
        return fail(1, store.error());
    // Opening would create an empty database: a mistyped path must not look like "no results".
    if (store->location.dialect == SqlDialect::Sqlite
        && !QFileInfo::exists(store->location.sqlitePath))
        return fail(3, tr("there is no database at %1").arg(store->location.sqlitePath));
    const Result<std::shared_ptr<Database>> database = options.store.open(store.value(), true);
    if (!database)
        return fail(1, database.error());
    const ResultsReader reader(database.value());
    qint64 queryId = 0;
    if (options.queryId) {
        queryId = *options.queryId;
    } else {
        const Result<qint64> latest = reader.latestQueryId();
        if (!latest)
            return fail(3, latest.error());
        queryId = *latest;
    }
    const Result<std::shared_ptr<ResultsTable>> table = reader.read(queryId);
    if (!table)
        return fail(table.error().startsWith(tr("there is no query %1").arg(queryId)) ? 3 : 1,
                    table.error());
    // The console's search and order: the rows that meet the criteria, in address order (as
    // `query` writes them), ties in stored order.
    const ResultsTable &rows = *table.value();
    const std::vector<quint32> matches
        = ResultsMatcher(rows, options.criteria, std::nullopt)
              .matchingRows(ResultsOrder::ascending(rows, ResultsColumn::Address), false);
    const QString error
        = writeEndpointOutput(options.format, options.outPath, ResultsRows(rows, matches));
    if (!error.isEmpty())
        return fail(1, error);
    return 0;
}
