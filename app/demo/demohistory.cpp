#include "demo/demohistory.h"

#include "store/querystore.h"

namespace {

// The endpoint `weeksBack` weeks before today's first query, or none when it was not there.
// Which computers change is decided by their place in the list, so the demo's past is the same
// on every first start.
std::optional<Endpoint> asBefore(Endpoint endpoint, qsizetype index, int weeksBack)
{
    switch (endpoint.status) {
    case SecurityStatus::ManagedByThisServer:
        // A sixth of today's agents more per week back were still to be installed.
        if (index % 6 < weeksBack) {
            endpoint.status = SecurityStatus::NoClientInstalled;
            endpoint.agentPort = 0;
            endpoint.server.clear();
            endpoint.agentVersion.clear();
            endpoint.domain.clear();
            endpoint.ports.clear();
            endpoint.detail = DemoHistory::tr("the demo's past: no agent installed yet");
        }
        return endpoint;
    case SecurityStatus::Unreachable:
        // Some machines that are off today were not on the network at all.
        if (index % 4 < weeksBack - 2)
            return std::nullopt;
        return endpoint;
    default:
        return endpoint;
    }
}

} // namespace

Result<int> DemoHistory::writePast(const std::shared_ptr<Database> &database, qint64 firstQueryId)
{
    QueryStore store(database);
    const auto stored = store.queries();
    if (!stored)
        return Result<int>::failure(stored.error());
    if (stored.value().size() != 1 || stored.value().first().id != firstQueryId)
        return 0; // not the demo's first start: the history is the administrator's
    const QueryRecord first = stored.value().first();
    const auto endpoints = store.endpoints(firstQueryId);
    if (!endpoints)
        return Result<int>::failure(endpoints.error());
    const qint64 duration = std::max<qint64>(first.durationMs(), 1000);
    for (int weeksBack = weeks; weeksBack >= 1; --weeksBack) {
        QVector<Endpoint> past;
        for (qsizetype i = 0; i < endpoints.value().size(); ++i)
            if (std::optional<Endpoint> before = asBefore(endpoints.value()[i], i, weeksBack))
                past.append(*before);
        const QDateTime startedAt = first.startedAt.addDays(-7 * weeksBack);
        const Result<qint64> id
            = store.beginQuery(first.scopeJson, first.serverName, first.totalAddresses, startedAt);
        if (!id)
            return Result<int>::failure(id.error());
        Result<Done> written = store.appendEndpoints(id.value(), past);
        if (written)
            written = store.finishQuery(id.value(), QueryState::Completed,
                                        startedAt.addMSecs(duration), QString());
        if (!written)
            return Result<int>::failure(written.error());
    }
    return weeks;
}
