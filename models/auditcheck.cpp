#include "auditcheck.h"

#include "common/logging.h"
#include "store/auditlog.h"

#include <utility>

AuditCheck::AuditCheck(OpenDatabase openDatabase, QObject *parent)
    : QObject(parent)
    , m_openDatabase(std::move(openDatabase))
{ }

void AuditCheck::start()
{
    if (std::exchange(m_running, true))
        return; // one check at a time
    m_workers.run<Outcome>(
        this,
        [open = m_openDatabase] {
            // The connection is opened, used and closed on this thread (QtSql's rule).
            Outcome outcome;
            const Result<std::shared_ptr<Database>> database = open();
            if (!database) {
                outcome.verification = Result<AuditVerification>::failure(database.error());
                return outcome;
            }
            outcome.opened = true;
            outcome.verification = AuditLog(database.value()).verify();
            return outcome;
        },
        [this](const Outcome &outcome) { finish(outcome); });
}

void AuditCheck::finish(const Outcome &outcome)
{
    m_running = false;
    const auto log = Logging::get("store");
    if (!outcome.verification) {
        m_verification = {};
        log->error("the audit log was not checked: {}", outcome.verification.error());
        if (outcome.opened)
            emit problemFound(
                tr("The audit log cannot be checked: %1").arg(outcome.verification.error()));
        emit finished();
        return;
    }
    m_verification = outcome.verification.value();
    for (const AuditChainProblem &problem : std::as_const(m_verification.problems))
        log->error("audit log: {}", problem.problem);
    for (const AuditEntry &intent : std::as_const(m_verification.openIntents))
        log->warn("audit log: entry {} ({}) has no outcome: the command was interrupted", intent.id,
                  intent.action);
    log->info("audit log checked: {} entries, {} breaks, head {}", m_verification.entries,
              m_verification.problems.size(), m_verification.headHash);
    const QString message = warning(m_verification);
    if (!message.isEmpty())
        emit problemFound(message);
    emit finished();
}

QString AuditCheck::warning(const AuditVerification &verification)
{
    QStringList parts;
    if (!verification.intact()) {
        QStringList ids;
        for (const AuditChainProblem &problem : verification.problems)
            ids << QString::number(problem.id);
        parts << tr("The audit log was changed after it was written: the hash chain breaks at "
                    "entry %1. Keep a copy of the database and find out who changed it; "
                    "'osmgmt-cli audit verify' lists every break.")
                     .arg(ids.join(QLatin1String(", ")));
    }
    if (!verification.openIntents.isEmpty()) {
        QStringList ids;
        for (const AuditEntry &intent : verification.openIntents)
            ids << QString::number(intent.id);
        parts << tr("%n command(s) were interrupted before their outcome was recorded (audit "
                    "entry %1): check those computers.",
                    nullptr, int(ids.size()))
                     .arg(ids.join(QLatin1String(", ")));
    }
    return parts.join(QLatin1Char('\n'));
}
