#include "watch/heartbeatduty.h"

#include "common/clock.h"
#include "store/heartbeatstore.h"
#include "watch/heartbeatasker.h"

#include <QEventLoop>

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

QVector<ComputerEvent>
HeartbeatDuty::applyAnswers(QVector<AgentHeartbeat> &agents,
                            const QVector<std::optional<HeartbeatAnswer>> &answers,
                            const QDateTime &now, const HeartbeatSettings &settings)
{
    QVector<ComputerEvent> events;
    for (int i = 0; i < agents.size() && i < answers.size(); ++i) {
        if (answers.at(i))
            events += HeartbeatStateMachine::apply(agents[i], *answers.at(i), now, settings);
    }
    return events;
}

Result<QString> HeartbeatDuty::runRound(const std::shared_ptr<Database> &store)
{
    const HeartbeatStore heartbeats(store);
    const Result<HeartbeatStore::Roster> roster = heartbeats.roster();
    if (!roster)
        return Result<QString>::failure(roster.error());
    QVector<AgentHeartbeat> agents = roster->agents;
    // One time for the whole round: every agent is asked "now", whatever the order.
    const QDateTime now = Clock::instance().now().toUTC();
    const QVector<std::optional<HeartbeatAnswer>> answers = ask(agents);
    const QVector<ComputerEvent> events = applyAnswers(agents, answers, now, m_job.settings);
    const Result<Done> saved = heartbeats.saveRound(agents, roster->dropped, events);
    if (!saved)
        return Result<QString>::failure(saved.error());
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
                       .arg(events.size());
    if (asked < agents.size())
        text += QStringLiteral("; ")
            + tr("stopped before %1 agents were asked").arg(agents.size() - asked);
    return text;
}
