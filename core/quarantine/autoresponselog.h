#pragma once

#include "common/result.h"
#include "quarantine/detectionstore.h"
#include "quarantine/quarantineroster.h"
#include "store/auditentry.h"
#include "store/database.h"
#include "store/heartbeatrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QVector>

#include <memory>
#include <optional>

// What became of one automatic response, stable keys (table auto_responses, schema 10).
namespace AutoResponseOutcome {
inline const char *const pending = "pending"; // claimed, the action runs (or the watcher died)
inline const char *const verified = "verified"; // done, and the agent's status shows it
inline const char *const failed = "failed"; // not done, or done and not in force
inline const char *const notified = "notified"; // a notify-only rule: nothing sent
inline const char *const noRule = "no-rule"; // no rule matched the threat
inline const char *const beforeEnabled = "before-enabled"; // stored before the response was on
} // namespace AutoResponseOutcome

// A detection in the store with its row id, which the automatic response keys its record by.
struct NumberedDetection
{
    qint64 id = 0;
    StoredDetection stored;
};

// What the watcher did about one detection.
struct AutoResponseRecord
{
    qint64 detectionId = 0;
    QString address;
    QString name;
    QString threat;
    QString ruleName; // empty for no-rule and before-enabled
    QString action; // AutoResponseRule::Action key; empty without a rule
    QDateTime startedAt; // UTC
    QDateTime finishedAt; // UTC; invalid while pending
    QString outcome; // AutoResponseOutcome
    QString reason; // in words: what was seen, and for a failure what to do
    qint64 commandAuditId = 0; // the audit entry of the command's outcome; 0: none sent
};

// The automatic response's record of each detection (docs/auto-response.md): which detections
// are still to be considered, the claim that makes one act once, the outcome with its event, and
// what the quarantine report needs (why a computer is quarantined, whose response failed). Over
// one Database, on that Database's thread.
class AutoResponseLog
{
    Q_DECLARE_TR_FUNCTIONS(AutoResponseLog)

public:
    explicit AutoResponseLog(std::shared_ptr<Database> database);

    // The detections without a record yet, oldest first, at most `limit`.
    Result<QVector<NumberedDetection>> unconsidered(int limit) const;
    // Writes `record` unless its detection has one already: true when this call wrote it. Claiming
    // before acting is what makes a restart, or a second watcher, never act twice.
    Result<bool> claim(const AutoResponseRecord &record) const;
    // The outcome of a claimed record (outcome, reason, finishedAt, commandAuditId) and its
    // events, in one transaction.
    Result<Done> finish(const AutoResponseRecord &record,
                        const QVector<ComputerEvent> &events) const;
    // Every record, oldest first.
    Result<QVector<AutoResponseRecord>> read() const;
    // The agent port the newest report of `address` came from; none when no query gathered one.
    Result<std::optional<quint16>> agentPortOf(const QString &address) const;

    // The computers whose last automatic response failed, newest first, leaving out those
    // quarantined since in `roster` (the administrator did it by hand).
    static QVector<AutoResponseRecord> openFailures(const QVector<AutoResponseRecord> &records,
                                                    const QVector<QuarantineEntry> &roster);
    // For the quarantine report: a computer quarantined by a command this store's automatic
    // response sent, and not quarantined or released by any command since, is quarantined for a
    // detection, by its rule. `commands` are the audit log's quarantine and release entries.
    static void explainQuarantines(QHash<QString, QuarantineEntry> &entries,
                                   const QVector<AutoResponseRecord> &records,
                                   const QVector<AuditEntry> &commands);

private:
    std::shared_ptr<Database> m_database;
};
