#include "resultsoptions.h"

#include "results/resultswriter.h"

#include <QCommandLineParser>

namespace {
struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption queryId { QStringLiteral("query-id"),
                                 ResultsOptions::tr("The stored query to read: its id, or "
                                                    "\"last\" for the newest one."),
                                 ResultsOptions::tr("N") };
    QCommandLineOption name { QStringLiteral("name"),
                              ResultsOptions::tr("Computer name; whole name, any case, unless it "
                                                 "carries the wildcard * (\"pc-*\")."),
                              ResultsOptions::tr("PATTERN") };
    QCommandLineOption status { QStringLiteral("status"),
                                ResultsOptions::tr(
                                    "Security status keys, comma-separated or repeated: "
                                    "managed-by-this-server, managed-by-another-server, "
                                    "no-client-installed, unreachable, unresolved-ad."),
                                ResultsOptions::tr("S") };
    QCommandLineOption ipv4 { QStringLiteral("ipv4-range"),
                              ResultsOptions::tr("IPv4 range: a.b.c.d-e.f.g.h, a.b.c.d/n or one "
                                                 "address."),
                              ResultsOptions::tr("R") };
    QCommandLineOption ipv6 { QStringLiteral("ipv6-prefix"),
                              ResultsOptions::tr("IPv6 prefix and length, 112-128 "
                                                 "(fd00:1::/120)."),
                              ResultsOptions::tr("P") };
    QCommandLineOption server { QStringLiteral("server"),
                                ResultsOptions::tr("Server name the agent is registered to; "
                                                   "matched like --name."),
                                ResultsOptions::tr("PATTERN") };
    QCommandLineOption adTree { QStringLiteral("ad-tree"),
                                ResultsOptions::tr("Active Directory tree (a DN): computers in it "
                                                   "or under it."),
                                ResultsOptions::tr("DN") };
    QCommandLineOption format { QStringLiteral("format"),
                                ResultsOptions::tr("json (default) or csv."),
                                ResultsOptions::tr("FORMAT"), QStringLiteral("json") };
    QCommandLineOption out { QStringLiteral("out"),
                             ResultsOptions::tr("Write to FILE instead of standard output."),
                             ResultsOptions::tr("FILE") };

    Parser()
    {
        parser.setApplicationDescription(ResultsOptions::tr(
            "Writes the endpoints of a stored query that meet every criterion given."));
        parser.addHelpOption();
        parser.addOptions({ queryId, name, status, ipv4, ipv6, server, adTree, format, out });
        parser.addOptions(StoreOptions::commandLineOptions(
            ResultsOptions::tr("The store to read the query from.")));
    }
};

// Applies one criterion option, prefixing a refusal with the option's name.
QString applyCriterion(const QCommandLineParser &parser, const QCommandLineOption &option,
                       const std::function<QString(const QString &)> &set)
{
    if (!parser.isSet(option))
        return {};
    // Only statuses add up when repeated; a name may itself hold a comma, so the last one counts.
    const QString text = option.names().first() == QLatin1String("status")
        ? parser.values(option).join(QLatin1Char(','))
        : parser.value(option);
    if (text.trimmed().isEmpty())
        return ResultsOptions::tr("--%1 is empty").arg(option.names().first());
    const QString error = set(text);
    return error.isEmpty() ? QString()
                           : QStringLiteral("--%1: %2").arg(option.names().first(), error);
}
} // namespace

QString ResultsOptions::helpText()
{
    return Parser().parser.helpText();
}

Result<ResultsOptions> ResultsOptions::parse(const QStringList &arguments)
{
    Parser p;
    using Failure = Result<ResultsOptions>;
    if (!p.parser.parse(arguments))
        return Failure::failure(p.parser.errorText());
    ResultsOptions options;
    options.helpRequested = p.parser.isSet(QStringLiteral("help"));
    if (options.helpRequested)
        return options;
    if (!p.parser.positionalArguments().isEmpty())
        return Failure::failure(
            tr("unexpected argument \"%1\"").arg(p.parser.positionalArguments().first()));
    if (!p.parser.isSet(p.queryId))
        return Failure::failure(tr("--query-id N (or \"last\") is required"));
    const QString id = p.parser.value(p.queryId).trimmed();
    if (id != QLatin1String("last")) {
        bool isNumber = false;
        const qint64 number = id.toLongLong(&isNumber);
        if (!isNumber || number <= 0)
            return Failure::failure(
                tr("--query-id must be a query number or \"last\", not \"%1\"").arg(id));
        options.queryId = number;
    }
    EndpointCriteria &c = options.criteria;
    const std::pair<const QCommandLineOption *, std::function<QString(const QString &)>> fields[]
        = {
              { &p.name, [&c](const QString &t) { return c.setName(t); } },
              { &p.status, [&c](const QString &t) { return c.setStatuses(t); } },
              { &p.ipv4, [&c](const QString &t) { return c.setIpv4(t); } },
              { &p.ipv6, [&c](const QString &t) { return c.setIpv6(t); } },
              { &p.server, [&c](const QString &t) { return c.setServer(t); } },
              { &p.adTree, [&c](const QString &t) { return c.setAdTree(t); } },
          };
    for (const auto &[option, set] : fields) {
        const QString error = applyCriterion(p.parser, *option, set);
        if (!error.isEmpty())
            return Failure::failure(error);
    }
    options.format = p.parser.value(p.format);
    if (!resultsFormatFromKey(options.format))
        return Failure::failure(tr("unknown format \"%1\" (json or csv)").arg(options.format));
    options.outPath = p.parser.value(p.out);
    const Result<StoreOptions> store = StoreOptions::fromParser(p.parser);
    if (!store)
        return Failure::failure(store.error());
    options.store = store.value();
    return options;
}
