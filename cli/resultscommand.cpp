#include "resultscommand.h"

#include "commandline.h"
#include "endpointoutput.h"
#include "resultsoptions.h"

#include "common/clock.h"
#include "health/healthreport.h"
#include "health/healthstore.h"
#include "results/resultsmatcher.h"
#include "results/resultsorder.h"
#include "store/resultsreader.h"

#include <QTextStream>

int ResultsCommand::run(const QStringList &arguments)
{
    const CommandErrors errors(QStringLiteral("results"));
    const Result<ResultsOptions, int> parsed
        = optionsToRun(ResultsOptions::parse(arguments), ResultsOptions::helpText(), errors);
    if (!parsed)
        return parsed.error();
    const ResultsOptions &options = parsed.value();
    const Result<OpenedStore, int> store = openExistingStore(options.store, errors, 1);
    if (!store)
        return store.error();
    const ResultsReader reader(store->database);
    qint64 queryId = 0;
    if (options.queryId) {
        queryId = *options.queryId;
    } else {
        const Result<qint64> latest = reader.latestQueryId();
        if (!latest)
            return errors.fail(3, latest.error());
        queryId = *latest;
    }
    const Result<std::shared_ptr<ResultsTable>> table = reader.read(queryId);
    if (!table)
        return errors.fail(table.error().startsWith(tr("there is no query %1").arg(queryId)) ? 3
                                                                                             : 1,
                           table.error());
    // The console's search and order: the rows that meet the criteria, in address order (as
    // `query` writes them), ties in stored order.
    const ResultsTable &rows = *table.value();
    const ResultsMatcher matcher(rows, options.criteria, std::nullopt);
    const std::vector<quint32> matches
        = matcher.matchingRows(ResultsOrder::ascending(rows, ResultsColumn::Address), false);
    if (matcher.searchedInside()) {
        errors.say(
            tr("no computer is named %1; %n name(s) contain it", nullptr, int(matches.size()))
                .arg(options.criteria.quick->toString()));
    }
    std::optional<ExtraColumns> health;
    if (options.health) {
        const HealthStore healthStore(store->database);
        const Result<HealthSettingsList> settings = healthStore.loadSettings();
        const Result<QVector<HealthSnapshot>> snapshots = healthStore.snapshots(queryId);
        if (!settings || !snapshots)
            return errors.fail(1, settings ? snapshots.error() : settings.error());
        health = HealthReport::resultsColumns(
            HealthReport::evaluate(*snapshots, *settings, Clock::instance().now()));
    }
    const Result<Done> written
        = options.output.write(ResultsRows(rows, matches), health ? &*health : nullptr);
    if (!written)
        return errors.fail(1, written.error());
    return 0;
}
