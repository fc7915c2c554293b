#include "cacommand.h"

#include "actionoptions.h"
#include "commandline.h"

#include "settings/settings.h"

namespace {

QString describe(const CaRollover::Authority &authority)
{
    return CaCommand::tr("%1, SHA-256 %2, valid until %3")
        .arg(authority.serverName, authority.fingerprint, authority.expires.toString(Qt::ISODate));
}

} // namespace

int CaCommand::run(const QStringList &arguments)
{
    const CommandErrors errors(QStringLiteral("ca"));
    const QCommandLineOption serverName(QStringLiteral("server-name"),
                                        tr("This server's name (default: the console's)."),
                                        tr("NAME"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Give up on an agent after MS milliseconds (default "
                                        "10000)."),
                                     tr("MS"));
    const QCommandLineOption address(QStringLiteral("address"),
                                     tr("Only this agent (repeatable) instead of every agent of "
                                        "this server in the store's last query."),
                                     tr("A[:PORT]"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("The agent port of an --address without one."), tr("PORT"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("finish: retire the old CA even though agents still depend "
                                      "on it."));
    CommandLine line(tr("osmgmt-cli ca status | ca rollover start|migrate|finish: this server's "
                        "certificate authority and its rollover (docs/security.md)."),
                     { serverName, timeout, address, port, force },
                     tr("The store: its last query names the agents of this server, its audit "
                        "log records each step."));
    line.addPositional(QStringLiteral("status|rollover"), tr("What to do."));
    line.addPositional(QStringLiteral("start|migrate|finish"), tr("The rollover's step."));
    if (const std::optional<int> exit = parseOrExit(line, arguments, errors))
        return *exit;
    const QStringList words = line.positionalArguments();
    const QString step = words.value(0) == QLatin1String("rollover") ? words.value(1) : QString();
    const bool known = (words == QStringList { QStringLiteral("status") })
        || (words.size() == 2
            && (step == QLatin1String("start") || step == QLatin1String("migrate")
                || step == QLatin1String("finish")));
    if (!known)
        return errors.fail(2,
                           tr("say what to do: osmgmt-cli ca status, or osmgmt-cli ca "
                              "rollover start|migrate|finish (not \"%1\")")
                               .arg(words.join(QLatin1Char(' '))));
    if (line.isSet(force) && step != QLatin1String("finish"))
        return errors.fail(2, tr("--force is only for ca rollover finish"));

    Context context;
    CaRollover::Setup setup;
    setup.serverName = line.valueOr(serverName, Settings::serverName());
    setup.dataDirectory = Settings::dataDirectory();
    const Result<int> timeoutMs = line.integer(timeout, 100, 600000, 10000);
    if (!timeoutMs)
        return errors.fail(2, timeoutMs.error());
    setup.timeoutMs = context.timeoutMs = *timeoutMs;
    const Result<int> defaultPort = line.integer(port, 1, 65535, 0);
    if (!defaultPort)
        return errors.fail(2, defaultPort.error());
    for (const QString &text : line.values(address)) {
        const Result<CommandTarget> target
            = ActionOptions::parseTarget(text, quint16(*defaultPort));
        if (!target)
            return errors.fail(2, target.error());
        setup.named.append(*target);
    }
    context.force = line.isSet(force);
    const Result<StoreOptions> storeOptions = line.store();
    if (!storeOptions)
        return errors.fail(2, storeOptions.error());
    const Result<StoreConnection> store = storeOptions->connection();
    if (!store)
        return errors.fail(2, store.error());
    context.store = *store;
    // Every step is audited: a store that cannot take the entry stops it before it begins.
    const Result<std::shared_ptr<Database>> database = storeOptions->open(*store, false);
    if (!database)
        return errors.fail(2, database.error());
    setup.database = *database;
    Result<CaRollover> rollover = CaRollover::open(std::move(setup));
    if (!rollover)
        return errors.fail(2, rollover.error());
    context.rollover = std::move(rollover).value();

    if (words.first() == QLatin1String("status"))
        return status(context);
    if (step == QLatin1String("start"))
        return start(context);
    if (step == QLatin1String("migrate"))
        return migrate(context);
    return finish(context);
}

int CaCommand::status(Context &context)
{
    const CommandErrors errors(QStringLiteral("ca status"));
    const Result<CaRollover::Status> found = context.rollover->status();
    if (!found)
        return errors.fail(1, found.error());
    const CaRollover::Status &status = *found;
    m_out << tr("current CA: %1").arg(describe(status.current)) << '\n';
    if (!status.pendingProblem.isEmpty())
        m_out << tr("pending CA: unusable: %1").arg(status.pendingProblem) << '\n';
    if (!status.pending) {
        if (status.pendingProblem.isEmpty())
            m_out << tr("pending CA: none (no rollover is going on)") << '\n';
        return 0;
    }
    m_out << tr("pending CA: %1").arg(describe(*status.pending)) << '\n';
    if (!status.note.isEmpty())
        errors.say(status.note);
    if (!status.saveProblem.isEmpty())
        errors.say(status.saveProblem);
    m_out << tr("agents on the old CA: %1").arg(status.onOld) << '\n'
          << tr("agents on the new CA: %1").arg(status.onNew) << '\n';
    if (status.onNeither > 0)
        m_out << tr("agents on neither CA: %1").arg(status.onNeither) << '\n';
    for (const CaRollover::Agent &agent : status.agents)
        m_out << CaRollover::key(agent.target) << '\t' << agent.target.name << '\t'
              << (agent.standing ? RolloverProgress::key(*agent.standing)
                                 : QStringLiteral("unverified"))
              << '\t' << agent.detail << '\n';
    return 0;
}

int CaCommand::start(Context &context)
{
    const CommandErrors errors(QStringLiteral("ca rollover start"));
    const Result<CertificateAuthority> next = context.rollover->start();
    if (!next)
        return errors.fail(1, next.error());
    m_out << tr("pending CA: %1").arg(describe(CaRollover::describe(*next))) << '\n'
          << tr("next: osmgmt-cli ca rollover migrate") << '\n';
    return 0;
}
