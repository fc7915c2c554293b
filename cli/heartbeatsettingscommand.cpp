#include "heartbeatsettingscommand.h"

#include "commandline.h"
#include "jsonexchange.h"

#include "agentlink/agenttext.h"
#include "store/heartbeatstore.h"
#include "watch/heartbeatpolicystore.h"

#include <QTextStream>

QStringList HeartbeatSettingsCommand::overlaps(const HeartbeatPolicy &policy,
                                               const QVector<AgentHeartbeat> &agents)
{
    QStringList lines;
    for (const AgentHeartbeat &agent : agents) {
        QString applies;
        QStringList conflicts;
        policy.settingsFor({ agent.address, agent.name, agent.adPath }, &applies, &conflicts);
        if (!conflicts.isEmpty())
            // Names come from the network and the file: data, never control characters.
            lines.append(
                AgentText::printable(tr("%1 (%2) is in the groups %3; the first, %4, applies")
                                         .arg(agent.address, agent.name,
                                              conflicts.join(QStringLiteral(", ")), applies)));
    }
    return lines;
}

int HeartbeatSettingsCommand::run(const QStringList &arguments)
{
    const CommandErrors errors(QStringLiteral("heartbeat-settings"));
    CommandLine line(tr("export FILE: writes the heartbeat settings (interval, missed heartbeats, "
                        "aging bands, groups) as JSON (\"-\": standard output). import FILE: "
                        "replaces them with the file's, refusing the whole file when any key is "
                        "wrong; the change is audited and every watcher applies it at its next "
                        "cycle (docs/watch.md)."),
                     {}, tr("The store whose settings to export or replace."));
    JsonExchange::addArguments(line);
    const Result<JsonExchange, int> exchange = JsonExchange::open(line, arguments, errors);
    if (!exchange)
        return exchange.error();
    HeartbeatPolicyStore settings(exchange->store.database);
    if (!exchange->importing) {
        const Result<HeartbeatPolicy> loaded = settings.load();
        return loaded ? exchange->write(loaded->toJson(), errors) : errors.fail(1, loaded.error());
    }
    const Result<QJsonObject, int> document = exchange->read(errors);
    if (!document)
        return document.error();
    const Result<HeartbeatPolicy> policy = HeartbeatPolicy::fromJson(*document);
    if (!policy)
        return exchange->refuse(policy.error(), errors);
    const Result<Done> saved
        = settings.save(*policy, QStringLiteral("imported from %1").arg(exchange->path));
    if (!saved)
        return errors.fail(1, saved.error());
    // Overlapping groups are allowed (the first applies), but said, as the health settings do.
    const Result<HeartbeatStore::Roster> roster = HeartbeatStore(exchange->store.database).roster();
    if (roster) {
        for (const QString &overlap : overlaps(*policy, roster->agents))
            errors.say(overlap);
    }
    QTextStream(stdout) << tr("heartbeat settings imported: %n groups", nullptr,
                              int(policy->groups.size()))
                        << '\n';
    return 0;
}
