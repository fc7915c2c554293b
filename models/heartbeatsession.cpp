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

HeartbeatSession::HeartbeatSession(OpenDatabase openDatabase, QObject *parent)
    : QObject(parent)
    , m_openDatabase(std::move(openDatabase))
{
    m_timer.setInterval(refreshIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &HeartbeatSession::refresh);
}

HeartbeatSession::~HeartbeatSession() = default;

void HeartbeatSession::start()
{
    refresh();
    m_timer.start();
}

void HeartbeatSession::refresh()
{
    if (m_workers.isBusy())
        return; // the read under way answers for this one too
    using Read = Result<HeartbeatsRead>;
    m_workers.run<Read>(
        this,
        [open = m_openDatabase]() -> Read {
            const Result<std::shared_ptr<Database>> database = open();
            if (!database)
                return Read::failure(database.error());
            const Result<HeartbeatPolicy> policy = HeartbeatPolicyStore(database.value()).load();
            if (!policy)
                return Read::failure(policy.error());
            const Result<QVector<AgentHeartbeat>> agents
                = HeartbeatStore(database.value()).agents();
            if (!agents)
                return Read::failure(agents.error());
            return HeartbeatsRead { HeartbeatMark::of(agents.value(), Clock::instance().now(),
                                                      policy->defaults),
                                    policy.value() };
        },
        [this](const Read &result) {
            if (!result) {
                if (result.error() != m_lastError)
                    emit readFailed(result.error());
                m_lastError = result.error();
                return;
            }
            m_lastError.clear();
            m_policy = result->policy;
            emit policyRead(m_policy);
            emit read(result->marks);
        });
}

void HeartbeatSession::savePolicy(const HeartbeatPolicy &policy, const QString &how)
{
    using Saved = Result<Done>;
    m_savers.run<Saved>(
        this,
        [open = m_openDatabase, policy, how]() -> Saved {
            const Result<std::shared_ptr<Database>> database = open();
            if (!database)
                return Saved::failure(database.error());
            return HeartbeatPolicyStore(database.value()).save(policy, how);
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
        [open = m_openDatabase, policy, how]() -> Saved {
            const Result<std::shared_ptr<Database>> database = open();
            if (!database)
                return Saved::failure(database.error());
            return HeartbeatPolicyStore(database.value()).saveIfNone(policy, how);
        },
        [this](const Saved &saved) {
            if (!saved)
                emit policySaved(saved.error());
            else if (*saved)
                refresh();
        });
}
