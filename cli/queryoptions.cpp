#include "queryoptions.h"

#include "commandline.h"

#include "scope/scopefile.h"
#include "settings/settings.h"

#include <QThread>

namespace {
struct Parser
{
    QCommandLineOption scope { QStringLiteral("scope"),
                               QueryOptions::tr("The scope file to query (docs/scope-format.md)."),
                               QueryOptions::tr("FILE") };
    QCommandLineOption server {
        QStringLiteral("server-name"),
        QueryOptions::tr("This server's name: agents registered to it are \"Managed by this "
                         "server\". Default: the console's setting, else the host name."),
        QueryOptions::tr("NAME")
    };
    QCommandLineOption retries {
        QStringLiteral("retries"),
        QueryOptions::tr("Connects tried again after a timeout, per port, 0-10. Default: the "
                         "console's setting (%1).")
            .arg(Settings::connectRetries()),
        QueryOptions::tr("N")
    };
    QCommandLineOption maxConnections {
        QStringLiteral("max-connections"),
        QueryOptions::tr("Connections held open at once, 1-1048576; lowered to what the "
                         "open-file limit allows. Default: the console's setting (%1).")
            .arg(Settings::maxConnections()),
        QueryOptions::tr("N")
    };
    QCommandLineOption threads {
        QStringLiteral("threads"),
        QueryOptions::tr("Engine threads the addresses are shared out over, 1-256. Default: the "
                         "console's setting, else one per core (%1 here), fewer for a small "
                         "scope.")
            .arg(QThread::idealThreadCount()),
        QueryOptions::tr("N")
    };
    // Hidden: the socket poller, for testing the portable backend where epoll exists
    // (docs/porting.md).
    QCommandLineOption poller = [] {
        QCommandLineOption option(QStringLiteral("poller"), QString(), QStringLiteral("NAME"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        return option;
    }();

    QCommandLineOption passwordStdin {
        QStringLiteral("password-stdin"),
        QueryOptions::tr("Read the Active Directory bind password from the first line of "
                         "standard input instead of the keychain (for scripts).")
    };

    CommandLine line {
        QueryOptions::tr("Runs a query over the computers of a scope file, stores it, and "
                         "writes each computer with its security status."),
        QList<QCommandLineOption> { scope, server }
            + EndpointOutput::commandLineOptions(
                QueryOptions::tr("Write the results to FILE instead of standard output."))
            + QList<QCommandLineOption> { retries, maxConnections, threads, poller, passwordStdin },
        QueryOptions::tr("The store to write the query to.")
    };
};
} // namespace

QString QueryOptions::helpText()
{
    return Parser().line.helpText();
}

Result<QueryOptions> QueryOptions::parse(const QStringList &arguments)
{
    Parser p;
    using Failure = Result<QueryOptions>;
    QueryOptions options;
    if (std::optional<Failure> answer = parseOptionsLine(p.line, arguments, options))
        return *answer;
    if (!p.line.isSet(p.scope))
        return Failure::failure(tr("--scope FILE is required"));
    const Result<EndpointOutput> output = EndpointOutput::fromCommandLine(p.line);
    if (!output)
        return Failure::failure(output.error());
    options.output = output.value();
    options.passwordFromStdin = p.line.isSet(p.passwordStdin);
    const Result<StoreOptions> store = p.line.store();
    if (!store)
        return Failure::failure(store.error());
    options.store = store.value();
    options.probe.thisServerName = p.line.valueOr(p.server, Settings::serverName());
    const Result<int> retries = p.line.integer(p.retries, 0, 10, Settings::connectRetries());
    if (!retries)
        return Failure::failure(retries.error());
    options.probe.connectRetries = retries.value();
    const Result<int> connections
        = p.line.integer(p.maxConnections, 1, 1 << 20, Settings::maxConnections());
    if (!connections)
        return Failure::failure(connections.error());
    options.probe.maxConnections = connections.value();
    const Result<int> threads = p.line.integer(p.threads, 1, 256, Settings::probeThreads());
    if (!threads)
        return Failure::failure(threads.error());
    options.probe.threads = threads.value();
    if (p.line.isSet(p.poller)) {
        const std::optional<SocketPoller::Kind> poller
            = SocketPoller::kindNamed(p.line.value(p.poller));
        if (!poller) {
            return Failure::failure(
                tr("--poller must be one of: %1")
                    .arg(SocketPoller::availableNames().join(QLatin1String(", "))));
        }
        options.probe.poller = poller;
    }
    Result<QueryScope> scope = loadQueryScope(p.line.value(p.scope));
    if (!scope)
        return Failure::failure(scope.error());
    options.scope = std::move(scope).value();
    return options;
}
