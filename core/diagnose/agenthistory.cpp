#include "diagnose/agenthistory.h"

#include "store/database.h"
#include "store/sqltransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

AgentHistory::AgentHistory(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Result<std::optional<PreviousAnswer>> AgentHistory::lastAnswer(const QString &address) const
{
    using Answer = Result<std::optional<PreviousAnswer>>;
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT e.agent_port, e.server, q.started_at FROM endpoints e"
                                  " JOIN queries q ON q.id = e.query_id"
                                  " WHERE e.address = ? AND e.agent_port <> 0"
                                  " ORDER BY q.started_at DESC, q.id DESC LIMIT 1"));
    select.addBindValue(address);
    if (!select.exec())
        return Answer::failure(
            tr("cannot read the stored results of %1: %2").arg(address, select.lastError().text()));
    if (!select.next())
        return std::optional<PreviousAnswer>();
    PreviousAnswer answer;
    answer.port = quint16(select.value(0).toUInt());
    answer.server = select.value(1).toString();
    answer.at = storedTime(select.value(2));
    return std::optional<PreviousAnswer>(answer);
}
