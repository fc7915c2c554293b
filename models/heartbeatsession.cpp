#include "heartbeatsession.h"

#include "common/clock.h"
#include "store/heartbeatstore.h"

HeartbeatSession::HeartbeatSession(OpenStore openStore, HeartbeatSettings settings, QObject *parent)
    : StorePoll(std::move(openStore), refreshIntervalMs, parent)
    , m_settings(settings)
{ }

void HeartbeatSession::refresh()
{
    using Marks = QHash<QString, HeartbeatMark>;
    readOnWorker<Marks>(
        [settings = m_settings](const OpenStore &open) {
            return readStore<Marks>(open, [&settings](const auto &database) -> Result<Marks> {
                const Result<QVector<AgentHeartbeat>> agents = HeartbeatStore(database).agents();
                if (!agents)
                    return Result<Marks>::failure(agents.error());
                return HeartbeatMark::of(agents.value(), Clock::instance().now(), settings);
            });
        },
        [this](const Marks &marks) { emit read(marks); });
}
