#include "heartbeatsettingscommand.h"

#include "commandline.h"
#include "wholefile.h"

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
    line.addPositional(QStringLiteral("export|import"), tr("What to do."));
    line.addPositional(QStringLiteral("FILE"), tr("The settings file."));
    if (const std::optional<int> exit = parseOrExit(line, arguments, errors))
        return *exit;
    const QStringList words = line.positionalArguments();
    const QString verb = words.value(0);
    if (words.size() != 2 || (verb != QLatin1String("export") && verb != QLatin1String("import")))
        return errors.fail(2, tr("expected \"export FILE\" or \"import FILE\""));
    const QString path = words.at(1);
    const Result<StoreOptions> storeOptions = line.store();
    if (!storeOptions)
        return errors.fail(2, storeOptions.error());
    const Result<OpenedStore, int> store = openExistingStore(*storeOptions, errors, 1);
    if (!store)
        return store.error();
    HeartbeatPolicyStore settings(store->database);
    if (verb == QLatin1String("export")) {
        const Result<HeartbeatPolicy> policy = settings.load();
        if (!policy)
            return errors.fail(1, policy.error());
        const Result<Done> written = WholeFile::writeJson(path, policy->toJson());
        return written ? 0 : errors.fail(1, written.error());
    }
    const Result<QByteArray> bytes = WholeFile::read(path);
    if (!bytes)
        return errors.fail(1, bytes.error());
    const Result<QJsonObject> document = WholeFile::parseObject(path, *bytes);
    if (!document)
        return errors.fail(2, document.error());
    const Result<HeartbeatPolicy> policy = HeartbeatPolicy::fromJson(*document);
    if (!policy)
        return errors.fail(2,
                           tr("%1 was refused, nothing was changed: %2").arg(path, policy.error()));
    const Result<Done> saved = settings.save(*policy, QStringLiteral("imported from %1").arg(path));
    if (!saved)
        return errors.fail(1, saved.error());
    // Overlapping groups are allowed (the first applies), but said, as the health settings do.
    const Result<HeartbeatStore::Roster> roster = HeartbeatStore(store->database).roster();
    if (roster) {
        for (const QString &overlap : overlaps(*policy, roster->agents))
            errors.say(overlap);
    }
    QTextStream(stdout) << tr("heartbeat settings imported: %n groups", nullptr,
                              int(policy->groups.size()))
                        << '\n';
    return 0;
}
