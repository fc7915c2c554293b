#include "resultsoptions.h"

#include "commandline.h"

#include <vector>

namespace {
// A criterion of the advanced search (core/search): its option, and the setter that takes the
// option's text or says what is wrong with it.
struct Criterion
{
    QCommandLineOption option;
    Result<Done> (EndpointCriteria::*set)(const QString &text);
};

struct Parser
{
    QCommandLineOption queryId { QStringLiteral("query-id"),
                                 ResultsOptions::tr("The stored query to read: its id, or "
                                                    "\"last\" for the newest one."),
                                 ResultsOptions::tr("N") };
    const std::vector<Criterion> criteria {
        { { QStringLiteral("name"),
            ResultsOptions::tr("Computer name; whole name, any case, unless it carries the "
                               "wildcard * (\"pc-*\")."),
            ResultsOptions::tr("PATTERN") },
          &EndpointCriteria::setName },
        { { QStringLiteral("search"),
            ResultsOptions::tr("The console's quick search: a name or an address, whole unless it "
                               "carries *; without *, when nothing matches whole, the names that "
                               "contain it (said on standard error)."),
            ResultsOptions::tr("TEXT") },
          &EndpointCriteria::setQuick },
        { { QStringLiteral("status"),
            ResultsOptions::tr("Security status keys, comma-separated or repeated: "
                               "managed-by-this-server, managed-by-another-server, "
                               "no-client-installed, unreachable, unresolved-ad."),
            ResultsOptions::tr("S") },
          &EndpointCriteria::setStatuses },
        { { QStringLiteral("ipv4-range"),
            ResultsOptions::tr("IPv4 range: a.b.c.d-e.f.g.h, a.b.c.d/n or one address."),
            ResultsOptions::tr("R") },
          &EndpointCriteria::setIpv4 },
        { { QStringLiteral("ipv6-prefix"),
            ResultsOptions::tr("IPv6 prefix and length, 112-128 (fd00:1::/120)."),
            ResultsOptions::tr("P") },
          &EndpointCriteria::setIpv6 },
        { { QStringLiteral("server"),
            ResultsOptions::tr("Server name the agent is registered to; matched like --name."),
            ResultsOptions::tr("PATTERN") },
          &EndpointCriteria::setServer },
        { { QStringLiteral("ad-tree"),
            ResultsOptions::tr("Active Directory tree (a DN): computers in it or under it."),
            ResultsOptions::tr("DN") },
          &EndpointCriteria::setAdTree },
    };
    QCommandLineOption health { QStringLiteral("health"),
                                ResultsOptions::tr("Add the health columns (overall, each "
                                                   "indicator, stopped services, definitions "
                                                   "date) to each endpoint with an agent of "
                                                   "this server.") };
    CommandLine line { ResultsOptions::tr("Writes the endpoints of a stored query that meet every "
                                          "criterion given."),
                       options(), ResultsOptions::tr("The store to read the query from.") };

    QList<QCommandLineOption> options() const
    {
        QList<QCommandLineOption> all { queryId, health };
        for (const Criterion &criterion : criteria)
            all.append(criterion.option);
        return all
            + EndpointOutput::commandLineOptions(
                   ResultsOptions::tr("Write to FILE instead of standard output."));
    }
};

// Applies one criterion, prefixing a refusal with the option's name.
Result<Done> applyCriterion(const CommandLine &line, const Criterion &criterion,
                            EndpointCriteria &criteria)
{
    const QCommandLineOption &option = criterion.option;
    if (!line.isSet(option))
        return Done {};
    // Only statuses add up when repeated; a name may itself hold a comma, so the last one counts.
    const QString text = option.names().first() == QLatin1String("status")
        ? line.values(option).join(QLatin1Char(','))
        : line.value(option);
    if (text.trimmed().isEmpty())
        return Result<Done>::failure(
            ResultsOptions::tr("--%1 is empty").arg(option.names().first()));
    const Result<Done> set = (criteria.*criterion.set)(text);
    if (!set)
        return failureAt<Done>(QStringLiteral("--") + option.names().first(), set.error());
    return set;
}
} // namespace

QString ResultsOptions::helpText()
{
    return Parser().line.helpText();
}

Result<ResultsOptions> ResultsOptions::parse(const QStringList &arguments)
{
    Parser p;
    using Failure = Result<ResultsOptions>;
    ResultsOptions options;
    if (std::optional<Failure> answer = parseOptionsLine(p.line, arguments, options))
        return *answer;
    if (!p.line.isSet(p.queryId))
        return Failure::failure(tr("--query-id N (or \"last\") is required"));
    const QString id = p.line.value(p.queryId).trimmed();
    if (id != QLatin1String("last")) {
        bool isNumber = false;
        const qint64 number = id.toLongLong(&isNumber);
        if (!isNumber || number <= 0)
            return Failure::failure(
                tr("--query-id must be a query number or \"last\", not \"%1\"").arg(id));
        options.queryId = number;
    }
    for (const Criterion &criterion : p.criteria) {
        const Result<Done> applied = applyCriterion(p.line, criterion, options.criteria);
        if (!applied)
            return Failure::failure(applied.error());
    }
    options.health = p.line.isSet(p.health);
    const Result<EndpointOutput> output = EndpointOutput::fromCommandLine(p.line);
    if (!output)
        return Failure::failure(output.error());
    options.output = output.value();
    const Result<StoreOptions> store = p.line.store();
    if (!store)
        return Failure::failure(store.error());
    options.store = store.value();
    return options;
}
