#pragma once

#include "endpoint/endpoint.h"
#include "health/healthsnapshot.h"
#include "store/lastassessment.h"
#include "store/queryretention.h"
#include "store/querystore.h"
#include "store/storelocation.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QSet>

#include <memory>

class Database;

// Writes one query's batches to the store on the thread it lives in (the store thread), with its
// own connection and one transaction per batch: a kill loses at most the batch in flight.
class StoreWriter : public QObject
{
    Q_OBJECT
public:
    // `password` is for a PostgreSQL store only; it stays in memory (it lives in the keychain).
    StoreWriter(StoreLocation location, QString password, QObject *parent = nullptr);
    ~StoreWriter() override;

    void begin(const QByteArray &scopeJson, const QString &serverName, quint64 totalAddresses,
               const QDateTime &startedAt);
    void append(const QVector<Endpoint> &batch);
    // The health the query gathered from agents of this server (HealthStore, schema 7).
    void appendHealth(const QVector<HealthSnapshot> &snapshots);
    // After a query is stored, older ones beyond `retention` are pruned (a failed prune is
    // logged, never the query's failure).
    void finish(QueryState state, const QString &error, const RetentionPolicy &retention = {});
    // The stored results of Active Directory computers, for a query with on-demand assessment
    // off; read before begin(), so the query being stored is not among them.
    Result<QVector<std::optional<LastAssessment::Found>>>
    lastAssessments(const QVector<LastAssessment::Wanted> &wanted);

    // The computers known to be quarantined (QuarantineRoster), for the probe; none when the
    // store cannot tell (logged: the query goes on, the gate decides as before).
    QSet<QHostAddress> quarantinedAddresses();

signals:
    void begun(qint64 queryId);
    void failed(const QString &error);
    void finished(qint64 queryId);

private:
    void fail(const QString &error);
    Result<Done> open();
    void prune(const RetentionPolicy &retention);

    StoreLocation m_location;
    QString m_password;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<QueryStore> m_store;
    qint64 m_queryId = -1;
    bool m_failed = false;
};
