#include "resultscommand.h"

#include "endpointoutput.h"
#include "resultsoptions.h"

#include "store/resultsreader.h"

#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cstring>

namespace {

// The rows of `table` that meet `criteria`, in address order (as `query` writes them).
std::vector<qsizetype> matchingRows(const ResultsTable &table, const EndpointCriteria &criteria)
{
    std::vector<qsizetype> rows;
    for (qsizetype row = 0; row < table.size(); ++row) {
        if (criteria.statuses && !criteria.statuses->contains(table.status(row)))
            continue;
        if (criteria.name && !criteria.name->matchesFolded(table.foldedName(row)))
            continue;
        Endpoint light; // the fields the other criteria look at; ports are parsed only for output
        light.address = table.address(row).toString();
        light.status = table.status(row);
        light.server = table.server(row);
        light.adPath = table.adPath(row).toString();
        light.name = table.name(row).toString();
        if (criteria.matches(light))
            rows.push_back(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [&table](qsizetype a, qsizetype b) {
        return std::memcmp(table.addressKey(a).data(), table.addressKey(b).data(),
                           sizeof(ResultsTable::AddressKey))
            < 0;
    });
    return rows;
}

} // namespace

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
    const ResultsTable &rows = *table.value();
    const std::vector<qsizetype> matches = matchingRows(rows, options.criteria);
    const QString error = writeEndpointOutput(
        options.format, options.outPath, qsizetype(matches.size()), [&](qsizetype i) {
            // CSV has no column for the port observations: they are not parsed for it.
            const qsizetype row = matches[size_t(i)];
            return options.format == QLatin1String("csv") ? rows.endpointWithoutPorts(row)
                                                          : rows.endpoint(row);
        });
    if (!error.isEmpty())
        return fail(1, error);
    return 0;
}
