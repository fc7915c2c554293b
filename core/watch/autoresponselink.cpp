#include "watch/autoresponselink.h"

#include "commands/commandrun.h"
#include "store/auditlog.h"

#include <QEventLoop>
#include <QHostAddress>

#include <atomic>
#include <memory>

AgentAutoResponseLink::AgentAutoResponseLink(StoreConnection store, Console console, int timeoutMs)
    : m_store(std::move(store))
    , m_console(std::move(console))
    , m_timeoutMs(timeoutMs)
{ }

std::optional<AgentTls::Credentials> AgentAutoResponseLink::credentials()
{
    return m_console ? m_console() : std::nullopt;
}

bool AgentAutoResponseLink::hasCredentials()
{
    return credentials().has_value();
}

TargetOutcome AgentAutoResponseLink::send(const AgentCommand &command, const CommandTarget &target,
                                          const QString &auditNote, qint64 *auditId)
{
    const std::optional<AgentTls::Credentials> console = credentials();
    auto outcomeId = std::make_shared<std::atomic<qint64>>(0);
    CommandRun run(
        command, { target },
        [console](const CommandTarget &) -> Result<AgentTls::Credentials> {
            if (!console)
                return Result<AgentTls::Credentials>::failure(QCoreApplication::translate(
                    "AutoResponseLink", "this console has no client certificate yet"));
            return *console;
        },
        [store = m_store, auditNote, outcomeId](const AuditEntry &entry) -> Result<qint64> {
            const Result<std::shared_ptr<Database>> database = store.open();
            if (!database)
                return Result<qint64>::failure(database.error());
            AuditEntry noted = entry;
            noted.detail = noted.detail.isEmpty() ? auditNote
                                                  : noted.detail + QStringLiteral("; ") + auditNote;
            const Result<qint64> appended = AuditLog(database.value()).append(noted);
            if (appended && entry.phase == QLatin1String(AuditPhase::outcome))
                *outcomeId = appended.value();
            return appended;
        },
        CommandRun::Options { 1, m_timeoutMs });
    TargetOutcome outcome;
    outcome.target = target;
    QEventLoop loop;
    QObject::connect(&run, &CommandRun::finished, &loop,
                     [&](const QVector<TargetOutcome> &outcomes, const QString &auditError) {
                         if (!outcomes.isEmpty())
                             outcome = outcomes.first();
                         if (!auditError.isEmpty() && outcome.kind == TargetOutcome::Kind::Done)
                             outcome.detail += QStringLiteral(" (")
                                 + QCoreApplication::translate("AutoResponseLink",
                                                               "the audit log did not record the "
                                                               "outcome: %1")
                                       .arg(auditError)
                                 + QLatin1Char(')');
                         loop.quit();
                     });
    run.start();
    loop.exec();
    if (auditId)
        *auditId = *outcomeId;
    return outcome;
}

StatusOutcome AgentAutoResponseLink::status(const CommandTarget &target)
{
    AgentStatusReader reader(credentials(), m_timeoutMs);
    StatusOutcome outcome;
    bool finished = false;
    QEventLoop loop;
    QObject::connect(&reader, &AgentStatusReader::finished, &loop, [&](const StatusOutcome &read) {
        outcome = read;
        finished = true;
        loop.quit();
    });
    reader.start(QHostAddress(target.address), target.port);
    if (!finished) // an address refused at once answers before the loop runs
        loop.exec();
    return outcome;
}
