#include "carollover/caagents.h"

#include "agentlink/agentexchange.h"
#include "agentlink/handshake.h"
#include "identity/certificateauthority.h"
#include "store/querystore.h"
#include "store/resultsreader.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QSet>

#include <functional>

#include <deque>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CaAgents", text);
}

QString targetKey(const CommandTarget &target)
{
    return target.address + QLatin1Char(':') + QString::number(target.port);
}

bool issuedBy(const QSslCertificate &presented, const QSslCertificate &authority,
              const QString &address)
{
    return !authority.isNull()
        && checkIssuedBy({ presented }, authority, CertificateUse::Server).fault
        == ChainCheck::Fault::None
        && certificateNamesAddress(presented, address);
}

} // namespace

namespace CaAgents {

Result<QVector<CommandTarget>> ofThisServer(const std::shared_ptr<Database> &database,
                                            const RolloverProgress &progress,
                                            const QVector<CommandTarget> &named, QString *note)
{
    if (!named.isEmpty())
        return named;
    QVector<CommandTarget> targets;
    QSet<QString> seen;
    const Result<qint64> latest = ResultsReader(database).latestQueryId();
    if (latest) {
        const Result<QVector<Endpoint>> endpoints = QueryStore(database).endpoints(*latest);
        if (!endpoints)
            return Result<QVector<CommandTarget>>::failure(endpoints.error());
        for (const Endpoint &endpoint : *endpoints) {
            // Only what the probe verified: a claim of this server proves nothing.
            if (endpoint.status != SecurityStatus::ManagedByThisServer || endpoint.agentPort == 0)
                continue;
            const CommandTarget target { endpoint.address, endpoint.agentPort, endpoint.name,
                                         endpoint.server };
            if (!seen.contains(targetKey(target))) {
                seen.insert(targetKey(target));
                targets.append(target);
            }
        }
    } else if (note) {
        *note = tr("the store holds no query (%1): only the agents this rollover already saw "
                   "are known; run a query first (osmgmt-cli can also be given --address)")
                    .arg(latest.error());
    }
    for (const RolloverProgress::Agent &agent : progress.agents()) {
        if (seen.contains(agent.target))
            continue;
        const int colon = agent.target.lastIndexOf(QLatin1Char(':'));
        targets.append(CommandTarget { agent.target.left(colon),
                                       quint16(agent.target.mid(colon + 1).toUInt()), agent.name,
                                       QString() });
    }
    return targets;
}

QVector<Seen> ask(const QVector<CommandTarget> &targets, const QSslCertificate &oldCa,
                  const QSslCertificate &newCa, int timeoutMs)
{
    constexpr int parallel = 32;
    QVector<Seen> seen(targets.size());
    std::deque<int> waiting;
    for (int i = 0; i < targets.size(); ++i)
        waiting.push_back(i);
    int running = 0;
    QEventLoop loop;
    std::function<void()> startNext = [&] {
        while (running < parallel && !waiting.empty()) {
            const int index = waiting.front();
            waiting.pop_front();
            ++running;
            auto *exchange = new AgentExchange(std::nullopt, timeoutMs, &loop);
            auto presented = std::make_shared<QSslCertificate>();
            QObject::connect(
                exchange, &AgentExchange::finished, &loop,
                [&, index, exchange, presented](const AgentExchange::Outcome &outcome) {
                    Seen &result = seen[index];
                    result.target = targets.at(index);
                    result.reachable = outcome.ending != AgentExchange::Ending::Unreachable;
                    if (presented->isNull()) {
                        result.reachable = false;
                        result.detail = outcome.reason;
                    } else if (issuedBy(*presented, newCa, result.target.address)) {
                        result.standing = RolloverProgress::Standing::NewCa;
                        result.detail = tr("presents a certificate of the new CA");
                    } else if (issuedBy(*presented, oldCa, result.target.address)) {
                        result.standing = RolloverProgress::Standing::OldCa;
                        result.detail = tr("presents a certificate of the old CA");
                    } else {
                        result.detail = tr("presents a certificate of neither CA for this "
                                           "address");
                    }
                    exchange->deleteLater();
                    --running;
                    startNext();
                    if (running == 0 && waiting.empty())
                        loop.quit();
                });
            const CommandTarget &target = targets.at(index);
            exchange->start(QHostAddress(target.address), target.port,
                            [presented](const QSslCertificate &certificate) {
                                *presented = certificate;
                                return Result<QJsonObject>(helloMessage());
                            });
        }
    };
    if (targets.isEmpty())
        return seen;
    startNext();
    loop.exec();
    return seen;
}

} // namespace CaAgents
