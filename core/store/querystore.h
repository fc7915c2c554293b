#pragma once

#include "common/result.h"
#include "endpoint/endpoint.h"
#include "store/database.h"
#include "store/queryrecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSqlQuery>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

// Queries and the endpoints each one found, over one Database (and so on its thread). The probe
// engine's worker writes through its own QueryStore on its own Database, batch by batch: a crash
// loses at most the batch in flight (DESIGN.md, "Persistence").
class QueryStore
{
    Q_DECLARE_TR_FUNCTIONS(QueryStore)

public:
    explicit QueryStore(std::shared_ptr<Database> database);

    // Records a new query in the Running state and returns its id.
    Result<qint64> beginQuery(const QByteArray &scopeJson, const QString &serverName,
                              quint64 totalAddresses, const QDateTime &startedAt);
    // Stores one batch in one transaction: all of it or none.
    Result<Done> appendEndpoints(qint64 queryId, const QVector<Endpoint> &batch);
    // Sets the final state. Finishing again overwrites: a query that markInterruptedQueries()
    // took for dead but that was still running elsewhere gets its true end.
    Result<Done> finishQuery(qint64 queryId, QueryState state, const QDateTime &finishedAt,
                             const QString &error = {});
    // Turns every query still Running that started before `startedBefore` into Cancelled with
    // interruptedError(), finished now. The console calls it at start with its own start time:
    // a query left running then was stopped by a crash or a kill, while one the console has
    // started since is alive.
    Result<Done> markInterruptedQueries(const QDateTime &startedBefore);
    static QString interruptedError();

    // Newest first.
    Result<QVector<QueryRecord>> queries() const;
    Result<std::optional<QueryRecord>> latestQuery() const;
    // One query by id; nullopt when there is none.
    Result<std::optional<QueryRecord>> query(qint64 queryId) const;
    // The newest completed query that started before `queryId`: what *Changes since the previous
    // query* compares with. Fails when `queryId` does not exist; nullopt when it is the first.
    Result<std::optional<QueryRecord>> previousCompletedQuery(qint64 queryId) const;
    // In the order they were appended.
    Result<QVector<Endpoint>> endpoints(qint64 queryId) const;
    // Every status, with 0 for those no endpoint has; counted by the database over the endpoints
    // themselves (QueryRecord::statusCounts holds the same, kept as batches are stored).
    Result<QMap<SecurityStatus, qint64>> statusCounts(qint64 queryId) const;
    // Whether query `queryId` is stored; the failure says "there is no query N", or the
    // database's words when it cannot tell.
    Result<Done> checkQueryExists(qint64 queryId) const;

private:
    Result<QVector<QueryRecord>> selectQueries(const QString &tail) const;
    Result<std::optional<QueryRecord>> selectOne(const QString &tail) const;
    Result<Done> readStoredCounts(QVector<QueryRecord> &records) const;
    // The statements of one appendEndpoints() call.
    struct BatchStatements
    {
        explicit BatchStatements(const QSqlDatabase &db)
            : fullInsert(db)
            , tailInsert(db)
            , upsert(db)
            , tally(db)
        { }
        QSqlQuery fullInsert;
        QSqlQuery tailInsert;
        QSqlQuery upsert;
        QSqlQuery tally;
    };
    Result<Done> insertRows(BatchStatements &statements, qint64 queryId,
                            const QVector<Endpoint> &batch);
    Result<Done> addStatusCounts(QSqlQuery &upsert, qint64 queryId, const QVector<Endpoint> &batch);

    std::shared_ptr<Database> m_database;
};
