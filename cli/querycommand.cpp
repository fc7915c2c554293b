#include "querycommand.h"

#include "endpointoutput.h"
#include "queryoptions.h"

#include "common/unixsignalwatcher.h"
#include "endpoint/addressorder.h"
#include "query/queryrunner.h"
#include "scope/scopefile.h"
#include "settings/settings.h"

#include <QEventLoop>
#include <QTextStream>

#include <csignal>

int QueryCommand::run(const QStringList &arguments)
{
    QTextStream err(stderr);
    const Result<QueryOptions> parsed = QueryOptions::parse(arguments);
    if (!parsed) {
        err << "osmgmt-cli query: " << parsed.error() << '\n';
        return 2;
    }
    const QueryOptions &options = parsed.value();
    if (options.helpRequested) {
        QTextStream(stdout) << QueryOptions::helpText();
        return 0;
    }
    const Result<Scope> scope = loadScopeFile(options.scopeFile);
    if (!scope) {
        err << "osmgmt-cli query: " << scope.error() << '\n';
        return 2;
    }

    QueryRunner runner(StoreLocation::sqlite(options.databasePath));
    QVector<Endpoint> endpoints;
    QueryOutcome outcome;
    bool interrupted = false;
    QEventLoop loop;
    UnixSignalWatcher signalWatcher({ SIGINT, SIGTERM });
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &runner, [&](int) {
        interrupted = true;
        runner.cancel();
    });
    QObject::connect(&runner, &QueryRunner::started, [&endpoints](quint64 total) {
        endpoints.reserve(qsizetype(std::min<quint64>(total, 1u << 24)));
    });
    QObject::connect(&runner, &QueryRunner::endpointsClassified,
                     [&endpoints](const QVector<Endpoint> &batch) { endpoints += batch; });
    QObject::connect(&runner, &QueryRunner::finished, &loop, [&](const QueryOutcome &result) {
        outcome = result;
        loop.quit();
    });
    runner.setRetention({ Settings::keepQueries(), Settings::keepDays() });
    const QString startError = runner.start(scope.value(), options.probe);
    if (!startError.isEmpty()) {
        err << "osmgmt-cli query: " << startError << '\n';
        return 2;
    }
    loop.exec();

    const QString writeError = writeResults(std::move(endpoints), options.format, options.outPath);
    if (!writeError.isEmpty()) {
        err << "osmgmt-cli query: " << writeError << '\n';
        return 1;
    }
    if (outcome.outcome == ProbeEngine::Outcome::Failed) {
        err << "osmgmt-cli query: " << outcome.error << '\n';
        return 1;
    }
    if (interrupted) {
        err << "osmgmt-cli query: "
            << tr("stopped; the finished part is stored as query %1, marked cancelled")
                   .arg(outcome.queryId)
            << '\n';
        return 130;
    }
    return 0;
}

QString QueryCommand::writeResults(QVector<Endpoint> endpoints, const QString &format,
                                   const QString &outPath) const
{
    sortByAddress(endpoints);
    return writeEndpointOutput(format, outPath, endpoints.size(),
                               [&endpoints](qsizetype row) { return endpoints.at(row); });
}
