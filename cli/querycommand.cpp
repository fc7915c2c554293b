#include "querycommand.h"

#include "passwordinput.h"

#include "commandline.h"
#include "endpointoutput.h"
#include "queryoptions.h"

#include "common/unixsignalwatcher.h"
#include "endpoint/addressorder.h"
#include "query/queryrunner.h"
#include "scope/scopefile.h"
#include "secrets/savedpassword.h"
#include "settings/settings.h"

#include <QEventLoop>
#include <QTextStream>

#include <csignal>
#include <cstdio>

namespace {

// The bind password for the scope's Active Directory part: from standard input with
// --password-stdin, else from the keychain; no value when the scope has no AD objects.
Result<std::optional<QString>> directoryPassword(const QueryOptions &options, const Scope &scope)
{
    using R = Result<std::optional<QString>>;
    // No AD objects, no directory to bind to: standard input is left alone.
    if (scope.activeDirectory.objects.isEmpty())
        return std::optional<QString>();
    const ActiveDirectoryConnection &connection = scope.activeDirectory.connection;
    if (options.passwordFromStdin) {
        const QString typed
            = readPassword(QueryCommand::tr("LDAP password of %1: ").arg(connection.bindUser))
                  .value_or(QString());
        if (typed.isEmpty()) {
            return R::failure(
                QueryCommand::tr("--password-stdin: standard input gave no password for %1 "
                                 "(the first line is empty)")
                    .arg(connection.bindUser));
        }
        return std::optional<QString>(typed);
    }
    // Read here, not left to the query, so that a missing password is a usage error (2)
    // said before anything runs.
    const Result<std::optional<QString>> saved = SavedPassword::forDirectory(connection).read();
    if (!saved) {
        return R::failure(
            QueryCommand::tr("the Active Directory password cannot be read from the keychain: "
                             "%1 Or give it with --password-stdin.")
                .arg(saved.error()));
    }
    if (!saved.value()) {
        return R::failure(
            QueryCommand::tr("no Active Directory password is saved in the keychain for %1 at "
                             "%2: save it in the console's scope editor (Active Directory, Test "
                             "connection), or give it on standard input with --password-stdin")
                .arg(connection.bindUser, connection.url));
    }
    return saved.value();
}

} // namespace

int QueryCommand::run(const QStringList &arguments)
{
    const CommandErrors errors(QStringLiteral("query"));
    const Result<QueryOptions, int> parsed
        = optionsToRun(QueryOptions::parse(arguments), QueryOptions::helpText(), errors);
    if (!parsed)
        return parsed.error();
    const QueryOptions &options = parsed.value();
    const QueryScope &scope = *options.scope;

    // The store's password comes first: both may come from standard input, in this order.
    const Result<StoreConnection> store = options.store.connection();
    if (!store)
        return errors.fail(2, store.error());
    QueryRunner runner(store.value().location, store.value().password);
    const Result<std::optional<QString>> password = directoryPassword(options, scope.scope());
    if (!password)
        return errors.fail(2, password.error());
    if (password.value())
        runner.setDirectoryPassword(*password.value());
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
    const QString startError = runner.start(scope, options.probe);
    if (!startError.isEmpty())
        return errors.fail(2, startError);
    loop.exec();

    sortByAddress(endpoints);
    const Result<Done> written = options.output.write(ResultsRows(endpoints));
    if (!written)
        return errors.fail(1, written.error());
    if (outcome.outcome == ProbeEngine::Outcome::Failed)
        return errors.fail(1, outcome.error);
    if (interrupted)
        return errors.fail(130,
                           tr("stopped; the finished part is stored as query %1, marked cancelled")
                               .arg(outcome.queryId));
    return 0;
}
