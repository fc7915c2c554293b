#include "cacommand.h"

#include "actionoptions.h"
#include "caagents.h"
#include "commandline.h"

#include "commands/commandrun.h"
#include "common/clock.h"
#include "common/unixsignalwatcher.h"
#include "secrets/identityfiles.h"
#include "settings/settings.h"
#include "store/auditlog.h"

#include <QFile>

#include <csignal>

namespace {

QString describe(const CertificateAuthority &authority)
{
    const QSslCertificate certificate = authority.certificate();
    return CaCommand::tr("%1, SHA-256 %2, valid until %3")
        .arg(authority.serverName(), certificateFingerprint(certificate),
             certificate.expiryDate().toUTC().toString(Qt::ISODate));
}

QString targetKey(const CommandTarget &target)
{
    return target.address + QLatin1Char(':') + QString::number(target.port);
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
    context.serverName = line.valueOr(serverName, Settings::serverName());
    const Result<int> timeoutMs = line.integer(timeout, 100, 600000, 10000);
    if (!timeoutMs)
        return errors.fail(2, timeoutMs.error());
    context.timeoutMs = *timeoutMs;
    const Result<int> defaultPort = line.integer(port, 1, 65535, 0);
    if (!defaultPort)
        return errors.fail(2, defaultPort.error());
    for (const QString &text : line.values(address)) {
        const Result<CommandTarget> target
            = ActionOptions::parseTarget(text, quint16(*defaultPort));
        if (!target)
            return errors.fail(2, target.error());
        context.named.append(*target);
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
    context.database = *database;
    const QString certificateFile = IdentityFiles::serverCertificate(Settings::dataDirectory());
    if (!QFile::exists(certificateFile))
        return errors.fail(2,
                           tr("this console has no certificate authority yet (%1): the "
                              "console makes it at its first start")
                               .arg(certificateFile));
    Result<ServerIdentity> identity
        = ServerIdentity::loadOrCreate(SecretStore(), certificateFile, context.serverName);
    if (!identity)
        return errors.fail(2, identity.error());
    context.identity = std::move(identity).value();

    if (words.first() == QLatin1String("status"))
        return status(context);
    if (step == QLatin1String("start"))
        return start(context);
    if (step == QLatin1String("migrate"))
        return migrate(context);
    return finish(context);
}

Result<RolloverProgress> CaCommand::progressOf(const Context &context) const
{
    const std::optional<CertificateAuthority> &pending = context.identity->pending();
    return RolloverProgress::load(RolloverProgress::fileIn(Settings::dataDirectory()),
                                  pending ? certificateFingerprint(pending->certificate())
                                          : QString());
}

Result<Done> CaCommand::audit(const Context &context, const QString &action, const QString &detail,
                              const QVector<AuditTarget> &targets) const
{
    AuditEntry entry;
    entry.at = Clock::instance().now();
    entry.osUser = AuditLog::currentOsUser();
    entry.action = action;
    entry.detail = detail;
    entry.targets = targets;
    const Result<qint64> appended = AuditLog(context.database).append(entry);
    if (!appended)
        return Result<Done>::failure(appended.error());
    return Done();
}

int CaCommand::status(Context &context)
{
    const CommandErrors errors(QStringLiteral("ca status"));
    const ServerIdentity &identity = *context.identity;
    m_out << tr("current CA: %1").arg(describe(identity.authority())) << '\n';
    if (!identity.pendingProblem().isEmpty())
        m_out << tr("pending CA: unusable: %1").arg(identity.pendingProblem()) << '\n';
    if (!identity.pending()) {
        if (identity.pendingProblem().isEmpty())
            m_out << tr("pending CA: none (no rollover is going on)") << '\n';
        return 0;
    }
    m_out << tr("pending CA: %1").arg(describe(*identity.pending())) << '\n';
    Result<RolloverProgress> loaded = progressOf(context);
    if (!loaded)
        return errors.fail(1, loaded.error());
    RolloverProgress progress = std::move(loaded).value();
    QString note;
    const Result<QVector<CommandTarget>> targets
        = CaAgents::ofThisServer(context.database, progress, context.named, &note);
    if (!targets)
        return errors.fail(1, targets.error());
    if (!note.isEmpty())
        errors.say(note);
    const QVector<CaAgents::Seen> seen
        = CaAgents::ask(*targets, identity.authority().certificate(),
                        identity.pending()->certificate(), context.timeoutMs);
    int onOld = 0;
    int onNew = 0;
    int unknown = 0;
    const QDateTime now = Clock::instance().now();
    QStringList lines;
    for (const CaAgents::Seen &agent : seen) {
        const QString key = targetKey(agent.target);
        std::optional<RolloverProgress::Standing> standing = agent.standing;
        QString detail = agent.detail;
        if (agent.standing) {
            progress.record({ key, agent.target.name, *agent.standing, now, agent.detail });
        } else if (progress.agents().contains(key)) {
            // Not reachable now: what the rollover last saw of it.
            const RolloverProgress::Agent &known = progress.agents().value(key);
            standing = known.standing;
            detail = tr("not reachable now (%1); last seen %2")
                         .arg(agent.detail, known.seen.toUTC().toString(Qt::ISODate));
        } else if (!agent.reachable) {
            // Never seen on the new CA: it still depends on the old one.
            standing = RolloverProgress::Standing::OldCa;
            detail = tr("not reachable now (%1); never moved to the new CA").arg(agent.detail);
        }
        if (!standing)
            ++unknown;
        else if (*standing == RolloverProgress::Standing::NewCa)
            ++onNew;
        else
            ++onOld;
        lines << key + QLatin1Char('\t') + agent.target.name + QLatin1Char('\t')
                + (standing ? RolloverProgress::key(*standing) : QStringLiteral("unverified"))
                + QLatin1Char('\t') + detail;
    }
    const Result<Done> saved = progress.save();
    if (!saved)
        errors.say(saved.error());
    m_out << tr("agents on the old CA: %1").arg(onOld) << '\n'
          << tr("agents on the new CA: %1").arg(onNew) << '\n';
    if (unknown > 0)
        m_out << tr("agents on neither CA: %1").arg(unknown) << '\n';
    for (const QString &text : lines)
        m_out << text << '\n';
    return 0;
}

int CaCommand::start(Context &context)
{
    const CommandErrors errors(QStringLiteral("ca rollover start"));
    const Result<CertificateAuthority> next = context.identity->startRollover(SecretStore());
    if (!next) {
        audit(context, QStringLiteral("ca-rollover-start"), tr("refused: %1").arg(next.error()));
        return errors.fail(1, next.error());
    }
    const Result<Done> audited
        = audit(context, QStringLiteral("ca-rollover-start"),
                tr("new CA %1 made; the current CA %2 stays trusted until the rollover is "
                   "finished")
                    .arg(certificateFingerprint(next->certificate()),
                         certificateFingerprint(context.identity->authority().certificate())));
    m_out << tr("pending CA: %1").arg(describe(*next)) << '\n'
          << tr("next: osmgmt-cli ca rollover migrate") << '\n';
    if (!audited)
        return errors.fail(1, tr("the audit log did not record the step: %1").arg(audited.error()));
    return 0;
}
