#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QMap>
#include <QString>

// Which agents of this server a CA rollover has seen on which CA (docs/security.md, "Rolling the
// CA over"), kept in the data folder beside the CA certificates (ca-rollover.json: addresses,
// names and fingerprints, nothing secret) so that `migrate` can be resumed and `finish` knows who
// still depends on the old CA. It belongs to one pending CA: a file of another is read as empty.
class RolloverProgress
{
public:
    enum class Standing {
        OldCa, // the agent presents a certificate of the current (old) CA
        NewCa, // ... of the pending (new) CA: it was moved
    };
    struct Agent
    {
        QString target; // address:port
        QString name;
        Standing standing = Standing::OldCa;
        QDateTime seen; // when that was last learned
        QString detail; // the last outcome, in words
    };

    static QString fileIn(const QString &dataDirectory);
    // The progress towards the pending CA of fingerprint `pending`; empty when the file does not
    // exist or belongs to another CA. A broken file fails, naming it.
    static Result<RolloverProgress> load(const QString &path, const QString &pending);
    // Written atomically.
    Result<Done> save() const;
    // Removes the file (a finished rollover).
    Result<Done> remove() const;

    void record(const Agent &agent) { m_agents.insert(agent.target, agent); }
    const QMap<QString, Agent> &agents() const { return m_agents; }
    static QString key(Standing standing);

private:
    QString m_path;
    QString m_pending;
    QMap<QString, Agent> m_agents;
};
