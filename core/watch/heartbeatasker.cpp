#include "watch/heartbeatasker.h"

#include "agentlink/agentcommand.h"
#include "agentlink/agentexchange.h"
#include "agentlink/agenttext.h"
#include "agentlink/handshake.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HeartbeatAsker", text);
}

HeartbeatAnswer answerOf(const AgentExchange::Outcome &result)
{
    switch (result.ending) {
    case AgentExchange::Ending::Unreachable:
        return { false, QStringLiteral("unreachable"), AgentText::printable(result.reason), {} };
    case AgentExchange::Ending::ProtocolError:
        return { false, QStringLiteral("protocol-error"), AgentText::printable(result.reason), {} };
    case AgentExchange::Ending::Replied:
        break;
    }
    const QJsonObject reply = AgentText::printable(result.reply);
    const QString type = reply.value(QStringLiteral("type")).toString();
    if (type == MessageType::error)
        return { false,
                 QStringLiteral("refused"),
                 tr("the agent refused the status request: %1")
                     .arg(reply.value(QStringLiteral("reason")).toString()),
                 {} };
    if (type != MessageType::status)
        return { false,
                 QStringLiteral("protocol-error"),
                 tr("expected a status message, got \"%1\"").arg(type),
                 {} };
    const Result<AgentReport> report = reportFromMessage(reply);
    // The reduced answer proves the agent is up; the detail says the report was withheld.
    if (!report)
        return { true, QStringLiteral("answered"), report.error(), {} };
    return { true, QStringLiteral("answered"), QString(), report->status };
}

} // namespace

HeartbeatAsker::HeartbeatAsker(QVector<AgentHeartbeat> agents,
                               std::optional<AgentTls::Credentials> console, int timeoutMs,
                               int parallel, QObject *parent)
    : QObject(parent)
    , m_agents(std::move(agents))
    , m_console(std::move(console))
    , m_timeoutMs(timeoutMs)
    , m_parallel(std::max(1, parallel))
    , m_answers(m_agents.size())
{ }

void HeartbeatAsker::start()
{
    fill();
}

void HeartbeatAsker::fill()
{
    while (!m_cancelled && m_running < m_parallel && m_next < m_agents.size())
        startNext();
    finishIfDone();
}

void HeartbeatAsker::cancel()
{
    m_cancelled = true;
    // Deleting an exchange closes its socket; its finished() never comes.
    qDeleteAll(findChildren<AgentExchange *>(Qt::FindDirectChildrenOnly));
    m_running = 0;
    finishIfDone();
}

void HeartbeatAsker::startNext()
{
    const int index = m_next++;
    const AgentHeartbeat &agent = m_agents.at(index);
    const QHostAddress address(agent.address);
    if (address.isNull() || agent.port == 0) {
        m_answers[index] = HeartbeatAnswer { false,
                                             QStringLiteral("unreachable"),
                                             tr("no agent address and port are known for this "
                                                "computer"),
                                             {} };
        return;
    }
    ++m_running;
    auto *exchange = new AgentExchange(m_console, m_timeoutMs, this);
    connect(exchange, &AgentExchange::finished, this,
            [this, exchange, index](const AgentExchange::Outcome &result) {
                exchange->deleteLater();
                --m_running;
                record(index, answerOf(result));
            });
    exchange->start(address, agent.port, statusRequest());
}

void HeartbeatAsker::record(int index, HeartbeatAnswer answer)
{
    m_answers[index] = std::move(answer);
    fill();
}

void HeartbeatAsker::finishIfDone()
{
    if (m_finished || m_running > 0 || (!m_cancelled && m_next < m_agents.size()))
        return;
    m_finished = true;
    emit finished();
}
