#include "agentscommand.h"

#include "commandline.h"
#include "recordoutput.h"

#include "store/heartbeatstore.h"

#include <QTextStream>

namespace {

// A time the store keeps, or null for none.
QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
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
    const Result<RecordOutput> output = RecordOutput::fromCommandLine(line);
    if (!output)
        return errors.fail(2, output.error());
    const Result<StoreOptions> options = line.store();
    if (!options)
        return errors.fail(2, options.error());
    const Result<OpenedStore, int> store = openExistingStore(options.value(), errors, 2);
    if (!store)
        return store.error();
    const Result<QVector<AgentHeartbeat>> agents = HeartbeatStore(store->database).agents();
    if (!agents)
        return errors.fail(1, agents.error());
    QVector<QJsonObject> records;
    records.reserve(agents->size());
    for (const AgentHeartbeat &agent : *agents)
        records.append({ { QStringLiteral("name"), agent.name },
                         { QStringLiteral("address"), agent.address },
                         { QStringLiteral("state"), toKey(agent.state) },
                         { QStringLiteral("lastContact"), timeValue(agent.lastContact) },
                         { QStringLiteral("offlineSince"), timeValue(agent.offlineSince) },
                         { QStringLiteral("missedHeartbeats"), agent.missedHeartbeats } });
    const Result<Done> written
        = output->write({ QStringLiteral("name"), QStringLiteral("address"),
                          QStringLiteral("state"), QStringLiteral("lastContact"),
                          QStringLiteral("offlineSince"), QStringLiteral("missedHeartbeats") },
                        records);
    if (!written)
        return errors.fail(1, written.error());
    return 0;
}
