#include "watch/heartbeatduty.h"

#include "common/clock.h"
#include "health/healthstore.h"
#include "store/heartbeatstore.h"
#include "watch/healthturns.h"
#include "watch/heartbeatasker.h"
#include "watch/heartbeatpolicystore.h"

#include <QEventLoop>

#include <algorithm>

HeartbeatDuty::HeartbeatDuty(HeartbeatJob job)
    : m_job(std::move(job))
{ }

void HeartbeatDuty::cancel()
{
    m_cancelled = true;
    const std::lock_guard<std::mutex> lock(m_askerMutex);
    if (m_asker)
        QMetaObject::invokeMethod(m_asker.data(), &HeartbeatAsker::cancel, Qt::QueuedConnection);
}

QVector<std::optional<HeartbeatAnswer>> HeartbeatDuty::ask(const QVector<AgentHeartbeat> &agents)
{
    if (agents.isEmpty())
        return {}; // nor the keychain asked for a certificate
    HeartbeatAsker asker(agents, m_job.console ? m_job.console() : std::nullopt, m_job.timeoutMs,
                         m_job.parallel);
    QEventLoop loop;
    QObject::connect(&asker, &HeartbeatAsker::finished, &loop, &QEventLoop::quit,
                     Qt::QueuedConnection);
    {
        const std::lock_guard<std::mutex> lock(m_askerMutex);
        m_asker = &asker;
    }
    if (m_cancelled)
        asker.cancel();
    else
        asker.start();
    loop.exec();
    {
        const std::lock_guard<std::mutex> lock(m_askerMutex);
        m_asker = nullptr;
    }
    return asker.answers();
}

std::chrono::seconds HeartbeatDuty::interval() const
{
    const std::lock_guard<std::mutex> lock(m_policyMutex);
    return m_policy.shortestInterval();
}

void HeartbeatDuty::refresh(const std::shared_ptr<Database> &store)
{
    // Settings that cannot be read keep the last ones; the next round says why.
    const Result<HeartbeatPolicy> policy = HeartbeatPolicyStore(store).load();
    if (!policy)
        return;
    const std::lock_guard<std::mutex> lock(m_policyMutex);
    m_policy = *policy;
}

bool HeartbeatDuty::isDue(const AgentHeartbeat &agent, const QDateTime &now,
                          const HeartbeatPolicy &policy)
{
    if (!agent.lastHeartbeat.isValid() || now < agent.lastHeartbeat)
        return true;
    const qint64 interval
        = policy.settingsFor({ agent.address, agent.name, agent.adPath }).interval.count();
    // A round comes at least one duty interval after the last, a little later than its time
    // (the cycle's period, the roster read): half an interval of slack keeps an agent of a
    // 30-minute group from waiting for a fourth 10-minute round.
    return agent.lastHeartbeat.secsTo(now) >= interval - policy.shortestInterval().count() / 2;
}

QVector<ComputerEvent>
HeartbeatDuty::applyAnswers(QVector<AgentHeartbeat> &agents,
                            const QVector<std::optional<HeartbeatAnswer>> &answers,
                            const QDateTime &now, const HeartbeatPolicy &policy)
{
    QVector<ComputerEvent> events;
    for (int i = 0; i < agents.size() && i < answers.size(); ++i) {
        if (!answers.at(i))
            continue;
        AgentHeartbeat &agent = agents[i];
        const HeartbeatSettings settings
            = policy.settingsFor({ agent.address, agent.name, agent.adPath });
        events += HeartbeatStateMachine::apply(agent, *answers.at(i), now, settings);
    }
    return events;
}

QString HeartbeatDuty::healthEvents(const std::shared_ptr<Database> &store,
                                    const QVector<AgentHeartbeat> &agents,
                                    const QVector<std::optional<HeartbeatAnswer>> &answers,
                                    const QDateTime &now, QVector<ComputerEvent> &events,
                                    QVector<AgentHealthRecord> &health)
{
    const bool anyReport = std::any_of(answers.cbegin(), answers.cend(),
                                       [](const auto &answer) { return answer && answer->status; });
    if (!anyReport)
        return {}; // no health settings read for nothing
    const Result<HealthSettingsList> settings = HealthStore(store).loadSettings();
    if (!settings)
        return settings.error();
    const Result<QHash<QString, AgentHealthRecord>> last = HeartbeatStore(store).lastHealth();
    if (!last)
        return last.error();
    const HealthTurns turns(*settings);
    for (int i = 0; i < agents.size() && i < answers.size(); ++i) {
        if (!answers.at(i) || !answers.at(i)->status)
            continue;
        const AgentHeartbeat &agent = agents.at(i);
        const auto previous = last->constFind(agent.address);
        HealthTurn turn = turns.evaluate(
            agent, *answers.at(i)->status,
            previous == last->cend() ? std::nullopt : std::optional<AgentHealthRecord>(*previous),
            now);
        events += turn.events;
        health.append(std::move(turn.record));
    }
    return {};
}

Result<QString> HeartbeatDuty::runRound(const std::shared_ptr<Database> &store)
{
    const Result<HeartbeatPolicy> policy = HeartbeatPolicyStore(store).load();
    if (!policy)
        return Result<QString>::failure(policy.error());
    {
        const std::lock_guard<std::mutex> lock(m_policyMutex);
        m_policy = *policy;
    }
    const HeartbeatStore heartbeats(store);
    const Result<HeartbeatStore::Roster> roster = heartbeats.roster();
    if (!roster)
        return Result<QString>::failure(roster.error());
    QVector<AgentHeartbeat> agents = roster->agents;
    // One time for the whole round: every agent is asked "now", whatever the order.
    const QDateTime now = Clock::instance().now().toUTC();
    QVector<AgentHeartbeat> due;
    QVector<int> dueIndex;
    int inSeveralGroups = 0;
    for (int i = 0; i < agents.size(); ++i) {
        const AgentHeartbeat &agent = agents.at(i);
        QStringList conflicts;
        policy->settingsFor({ agent.address, agent.name, agent.adPath }, nullptr, &conflicts);
        inSeveralGroups += conflicts.isEmpty() ? 0 : 1;
        if (m_job.everyAgentEachRound || isDue(agent, now, *policy)) {
            due.append(agent);
            dueIndex.append(i);
        }
    }
    const QVector<std::optional<HeartbeatAnswer>> dueAnswers = ask(due);
    QVector<std::optional<HeartbeatAnswer>> answers(agents.size());
    for (int k = 0; k < dueIndex.size() && k < dueAnswers.size(); ++k)
        answers[dueIndex.at(k)] = dueAnswers.at(k);
    QVector<ComputerEvent> events = applyAnswers(agents, answers, now, *policy);
    QVector<AgentHealthRecord> health;
    const QString healthError = healthEvents(store, agents, answers, now, events, health);
    const Result<Done> saved = heartbeats.saveRound(agents, roster->dropped, events, health);
    if (!saved)
        return Result<QString>::failure(saved.error());
    return summary(agents, answers, int(due.size()), int(events.size()), inSeveralGroups,
                   healthError);
}

QString HeartbeatDuty::summary(const QVector<AgentHeartbeat> &agents,
                               const QVector<std::optional<HeartbeatAnswer>> &answers, int due,
                               int events, int inSeveralGroups, const QString &healthError)
{
    int online = 0, offline = 0, missing = 0, asked = 0;
    for (int i = 0; i < agents.size(); ++i) {
        asked += answers.at(i) ? 1 : 0;
        switch (agents.at(i).state) {
        case HeartbeatState::Online:
            ++online;
            break;
        case HeartbeatState::Offline:
            ++offline;
            break;
        case HeartbeatState::Missing:
            ++missing;
            break;
        }
    }
    QString text = tr("%1 agents asked: %2 online, %3 offline, %4 missing; %5 events")
                       .arg(asked)
                       .arg(online)
                       .arg(offline)
                       .arg(missing)
                       .arg(events);
    if (asked < due)
        text += QStringLiteral("; ") + tr("stopped before %1 agents were asked").arg(due - asked);
    if (due < agents.size())
        text += QStringLiteral("; ")
            + tr("%n agents not due yet (their group's interval)", nullptr,
                 int(agents.size()) - due);
    if (inSeveralGroups > 0)
        text += QStringLiteral("; ")
            + tr("%n agents in several heartbeat groups (the first applies)", nullptr,
                 inSeveralGroups);
    if (!healthError.isEmpty())
        text += QStringLiteral("; ") + tr("health not evaluated: %1").arg(healthError);
    return text;
}
