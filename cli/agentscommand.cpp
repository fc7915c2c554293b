#include "agentscommand.h"

#include "commandline.h"
#include "recordoutput.h"

#include "store/heartbeatstore.h"
#include "store/sqltransaction.h"

#include <QTextStream>

namespace {

// A time the store keeps, or null for none.
QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(storeTime(time)) : QJsonValue(QJsonValue::Null);
}

} // namespace

int AgentsCommand::run(const QStringList &arguments)
{
    const CommandErrors errors(QStringLiteral("agents"));
    CommandLine line(tr("Writes the agents of this server that the watcher's heartbeats follow, "
                        "with their state (online, offline, missing)."),
                     { RecordOutput::formatOption() }, tr("The store whose agents to write."));
    if (const std::optional<int> exit = parseOrExit(line, arguments, errors))
        return *exit;
    return RecordOutput::writeFromStore(
        line, errors,
        { QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("state"),
          QStringLiteral("lastContact"), QStringLiteral("offlineSince"),
          QStringLiteral("missedHeartbeats") },
        [](const std::shared_ptr<Database> &database) -> Result<QVector<QJsonObject>> {
            const Result<QVector<AgentHeartbeat>> agents = HeartbeatStore(database).agents();
            if (!agents)
                return Result<QVector<QJsonObject>>::failure(agents.error());
            QVector<QJsonObject> records;
            records.reserve(agents->size());
            for (const AgentHeartbeat &agent : *agents)
                records.append({ { QStringLiteral("name"), agent.name },
                                 { QStringLiteral("address"), agent.address },
                                 { QStringLiteral("state"), toKey(agent.state) },
                                 { QStringLiteral("lastContact"), timeValue(agent.lastContact) },
                                 { QStringLiteral("offlineSince"), timeValue(agent.offlineSince) },
                                 { QStringLiteral("missedHeartbeats"), agent.missedHeartbeats } });
            return records;
        });
}
