#include "storedquery.h"

#include "store/database.h"
#include "store/querystore.h"

qint64 storeCompletedQuery(const QString &path, const QVector<Endpoint> &endpoints,
                           const QDateTime &startedAt)
{
    const Result<std::shared_ptr<Database>> database = Database::openSqlite(path);
    if (!database)
        qFatal("%s", qPrintable(database.error()));
    QueryStore queries(database.value());
    const qint64 id
        = queries.beginQuery("{}", QStringLiteral("osm-hq"), quint64(endpoints.size()), startedAt)
              .value();
    if (!queries.appendEndpoints(id, endpoints).error().isEmpty()
        || !queries.finishQuery(id, QueryState::Completed, startedAt.addSecs(5), QString())
                .error()
                .isEmpty())
        qFatal("cannot store the query");
    return id;
}
