#pragma once

#include "agentlink/agentstatus.h"
#include "endpoint/appliesto.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <optional>

// What one query learned of the health of one agent of this server (docs/health.md,
// "Gathering"): the agent's full status when it gave it, or why not. Kept with the query, so
// each query has its own health history.
struct HealthSnapshot
{
    enum class Outcome {
        Reported, // the agent gave its health report: `status`
        Refused, // the agent refused this console's certificate
        Unreachable, // no connection
        ProtocolError, // connected, but no valid report (TLS, malformed, reduced answer)
        Skipped, // never asked: the query was cancelled, or this console has no certificate
    };

    QString address;
    quint16 agentPort = 0;
    QString name;
    QString adPath;
    QDateTime gatheredAt; // UTC, from the Clock
    Outcome outcome = Outcome::Skipped;
    QString detail; // why there is no report, in words
    std::optional<AgentStatus> status; // only with Reported

    AppliesToTarget target() const { return { address, name, adPath }; }

    // Stable keys for the store: reported, refused, unreachable, protocol-error, skipped.
    static QString key(Outcome outcome);
    static std::optional<Outcome> outcomeFromKey(const QString &key);
    bool operator==(const HealthSnapshot &other) const;
};

Q_DECLARE_METATYPE(HealthSnapshot)
Q_DECLARE_METATYPE(QVector<HealthSnapshot>)
