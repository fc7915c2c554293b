#include "heartbeatsession.h"

#include "common/clock.h"
#include "store/heartbeatstore.h"
#include "watch/heartbeatpolicystore.h"

namespace {

struct HeartbeatsRead
{
    QHash<QString, HeartbeatMark> marks;
    HeartbeatPolicy policy;
};

} // namespace

HeartbeatSession::HeartbeatSession(OpenStore openStore, QObject *parent)
    : StorePoll(openStore, refreshIntervalMs, parent)
    , m_openStore(std::move(openStore))
{ }

void HeartbeatSession::refresh()
{
    readOnWorker<HeartbeatsRead>(
        [](const OpenStore &open) {
            return readStore<HeartbeatsRead>(
                open, [](const auto &database) -> Result<HeartbeatsRead> {
                    const Result<HeartbeatPolicy> policy = HeartbeatPolicyStore(database).load();
                    if (!policy)
                        return Result<HeartbeatsRead>::failure(policy.error());
                    const Result<QVector<AgentHeartbeat>> agents
                        = HeartbeatStore(database).agents();
                    if (!agents)
                        return Result<HeartbeatsRead>::failure(agents.error());
                    return HeartbeatsRead { HeartbeatMark::of(agents.value(),
                                                              Clock::instance().now(),
                                                              policy->defaults),
                                            policy.value() };
                });
        },
        [this](const HeartbeatsRead &found) {
            m_policy = found.policy;
            emit policyRead(m_policy);
            emit read(found.marks);
        });
}

void HeartbeatSession::savePolicy(const HeartbeatPolicy &policy, const QString &how)
{
    using Saved = Result<Done>;
    m_savers.run<Saved>(
        this,
        [open = m_openStore, policy, how]() -> Saved {
            return readStore<Done>(open, [&](const auto &database) {
                return HeartbeatPolicyStore(database).save(policy, how);
            });
        },
        [this](const Saved &saved) {
            emit policySaved(saved ? QString() : saved.error());
            refresh();
        });
}

void HeartbeatSession::savePolicyIfNone(const HeartbeatPolicy &policy, const QString &how)
{
    using Saved = Result<bool>;
    m_savers.run<Saved>(
        this,
        [open = m_openStore, policy, how]() -> Saved {
            return readStore<bool>(open, [&](const auto &database) {
                return HeartbeatPolicyStore(database).saveIfNone(policy, how);
            });
        },
        [this](const Saved &saved) {
            if (!saved)
                emit policySaved(saved.error());
            else if (*saved)
                refresh();
        });
}
