#include "heartbeatsession.h"

#include "common/clock.h"
#include "store/heartbeatstore.h"

HeartbeatSession::HeartbeatSession(OpenDatabase openDatabase, HeartbeatSettings settings,
                                   QObject *parent)
    : QObject(parent)
    , m_openDatabase(std::move(openDatabase))
    , m_settings(settings)
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
    using Marks = Result<QHash<QString, HeartbeatMark>>;
    m_workers.run<Marks>(
        this,
        [open = m_openDatabase, settings = m_settings]() -> Marks {
            const Result<std::shared_ptr<Database>> database = open();
            if (!database)
                return Marks::failure(database.error());
            const Result<QVector<AgentHeartbeat>> agents
                = HeartbeatStore(database.value()).agents();
            if (!agents)
                return Marks::failure(agents.error());
            return HeartbeatMark::of(agents.value(), Clock::instance().now(), settings);
        },
        [this](const Marks &marks) {
            if (!marks) {
                if (marks.error() != m_lastError)
                    emit readFailed(marks.error());
                m_lastError = marks.error();
                return;
            }
            m_lastError.clear();
            emit read(marks.value());
        });
}
