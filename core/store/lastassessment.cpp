#include "store/lastassessment.h"

#include "store/endpointrow.h"
#include "store/querystore.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// The scope file's "activeDirectory": {"onDemand": false} (docs/scope-format.md); a scope
// without an AD part, or one that cannot be read, assessed what it stored.
bool ranOnDemand(const QByteArray &scopeJson)
{
    const QJsonObject directory = QJsonDocument::fromJson(scopeJson)
                                      .object()
                                      .value(QStringLiteral("activeDirectory"))
                                      .toObject();
    return directory.value(QStringLiteral("onDemand")).toBool(true);
}

} // namespace

LastAssessment::LastAssessment(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Result<QVector<std::optional<LastAssessment::Found>>>
LastAssessment::find(const QVector<Wanted> &wanted) const
{
    using Answer = Result<QVector<std::optional<Found>>>;
    QVector<std::optional<Found>> found(wanted.size());
    QHash<QString, int> byDn;
    QHash<QString, int> byAddress;
    for (int i = 0; i < wanted.size(); ++i) {
        byDn.insert(wanted[i].dn, i);
        if (!wanted[i].address.isEmpty())
            byAddress.insert(wanted[i].address, i);
    }
    const Result<QVector<QueryRecord>> queries = QueryStore(m_database).queries();
    if (!queries)
        return Answer::failure(queries.error());
    // Newest query first; each query is read once, and the walk stops when every computer has
    // its answer. A computer's newest query decides, even if an older one knew it better.
    int remaining = int(wanted.size());
    for (const QueryRecord &query : queries.value()) {
        if (remaining == 0)
            break;
        const bool onDemand = ranOnDemand(query.scopeJson);
        QSqlQuery select(m_database->connection());
        select.setForwardOnly(true);
        select.prepare(QStringLiteral("SELECT ") + EndpointRow::selectColumns()
                       + QStringLiteral(" FROM endpoints WHERE query_id = ? ORDER BY id"));
        select.addBindValue(query.id);
        if (!select.exec())
            return Answer::failure(tr("cannot read the endpoints of query %1: %2")
                                       .arg(QString::number(query.id), select.lastError().text()));
        QHash<int, Endpoint> byAddressHere;
        while (select.next()) {
            Result<Endpoint> endpoint = EndpointRow::read(select);
            if (!endpoint)
                return Answer::failure(endpoint.error());
            const Endpoint &row = endpoint.value();
            if (!row.adPath.isEmpty() && !onDemand)
                continue;
            if (!row.adPath.isEmpty()) {
                const auto dn = byDn.constFind(row.adPath);
                if (dn != byDn.cend() && !found[dn.value()]) {
                    found[dn.value()] = Found { row, query.startedAt };
                    --remaining;
                    continue;
                }
            }
            const auto address
                = row.address.isEmpty() ? byAddress.cend() : byAddress.constFind(row.address);
            if (address != byAddress.cend() && !byAddressHere.contains(address.value()))
                byAddressHere.insert(address.value(), row);
        }
        // The same AD path wins over the same address within one query.
        for (auto it = byAddressHere.cbegin(); it != byAddressHere.cend(); ++it) {
            if (found[it.key()])
                continue;
            found[it.key()] = Found { it.value(), query.startedAt };
            --remaining;
        }
    }
    return found;
}
