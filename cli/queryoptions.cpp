#include "queryoptions.h"

#include "settings/settings.h"

#include <QCommandLineParser>

namespace {
struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption scope { QStringLiteral("scope"),
                               QueryOptions::tr("The scope file to query (docs/scope-format.md)."),
                               QueryOptions::tr("FILE") };
    QCommandLineOption server {
        QStringLiteral("server-name"),
        QueryOptions::tr("This server's name: agents registered to it are \"Managed by this "
                         "server\". Default: the console's setting, else the host name."),
        QueryOptions::tr("NAME")
    };
    QCommandLineOption format { QStringLiteral("format"),
                                QueryOptions::tr("json (default) or csv."),
                                QueryOptions::tr("FORMAT"), QStringLiteral("json") };
    QCommandLineOption out { QStringLiteral("out"),
                             QueryOptions::tr("Write the results to FILE instead of standard "
                                              "output."),
                             QueryOptions::tr("FILE") };
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

    QCommandLineOption passwordStdin {
        QStringLiteral("password-stdin"),
        QueryOptions::tr("Read the Active Directory bind password from the first line of "
                         "standard input instead of the keychain (for scripts).")
    };

    Parser()
    {
        parser.setApplicationDescription(
            QueryOptions::tr("Runs a query over the computers of a scope file, stores it, and "
                             "writes each computer with its security status."));
        parser.addHelpOption();
        parser.addOptions({ scope, server, format, out, retries, maxConnections, passwordStdin });
        parser.addOptions(
            StoreOptions::commandLineOptions(QueryOptions::tr("The store to write the query to.")));
    }
};

Result<int> integerOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                          int minimum, int maximum, int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const QString text = parser.value(option);
    bool isNumber = false;
    const int value = text.toInt(&isNumber);
    if (!isNumber || value < minimum || value > maximum) {
        return Result<int>::failure(QueryOptions::tr("--%1 must be a number from %2 to %3, not "
                                                     "\"%4\"")
                                        .arg(option.names().first())
                                        .arg(minimum)
                                        .arg(maximum)
                                        .arg(text));
    }
    return value;
}
} // namespace

QString QueryOptions::helpText()
{
    return Parser().parser.helpText();
}

Result<QueryOptions> QueryOptions::parse(const QStringList &arguments)
{
    Parser p;
    using Failure = Result<QueryOptions>;
    if (!p.parser.parse(arguments))
        return Failure::failure(p.parser.errorText());
    QueryOptions options;
    options.helpRequested = p.parser.isSet(QStringLiteral("help"));
    if (options.helpRequested)
        return options;
    if (!p.parser.positionalArguments().isEmpty())
        return Failure::failure(
            tr("unexpected argument \"%1\"").arg(p.parser.positionalArguments().first()));
    if (!p.parser.isSet(p.scope))
        return Failure::failure(tr("--scope FILE is required"));
    options.scopeFile = p.parser.value(p.scope);
    options.format = p.parser.value(p.format);
    if (options.format != QLatin1String("json") && options.format != QLatin1String("csv"))
        return Failure::failure(tr("unknown format \"%1\" (json or csv)").arg(options.format));
    options.outPath = p.parser.value(p.out);
    options.passwordFromStdin = p.parser.isSet(p.passwordStdin);
    const Result<StoreOptions> store = StoreOptions::fromParser(p.parser);
    if (!store)
        return Failure::failure(store.error());
    options.store = store.value();
    options.probe.thisServerName
        = p.parser.isSet(p.server) ? p.parser.value(p.server) : Settings::serverName();
    const Result<int> retries
        = integerOption(p.parser, p.retries, 0, 10, Settings::connectRetries());
    if (!retries)
        return Failure::failure(retries.error());
    options.probe.connectRetries = retries.value();
    const Result<int> connections
        = integerOption(p.parser, p.maxConnections, 1, 1 << 20, Settings::maxConnections());
    if (!connections)
        return Failure::failure(connections.error());
    options.probe.maxConnections = connections.value();
    return options;
}
