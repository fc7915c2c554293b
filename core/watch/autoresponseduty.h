#pragma once

#include "quarantine/autoresponse.h"
#include "quarantine/autoresponselog.h"
#include "quarantine/autoresponsestore.h"
#include "watch/watchduty.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>

class AutoResponseLink;
struct CommandTarget;
struct TargetOutcome;

// The automatic response as a duty of the watcher (reference 002; docs/auto-response.md). Each
// round reads the settings (AutoResponseStore) and, while they are on, every detection the store
// holds that the response has not considered yet, oldest first. The first rule whose keyword the
// threat's name contains applies, once: the detection is claimed in the store before anything is
// sent (AutoResponseLog), so a restart, a second `watch --once` or another watcher never acts on
// it again. The command goes through the audited command path; then the agent is asked for its
// status again to verify the quarantine is in force (or the service runs). The outcome is an
// event, `auto-response-verified` or `auto-response-failed` with the reason and what to do, and
// an audit entry naming the watcher, the rule and the detection. Detections stored before the
// response was turned on are recorded and left alone.
class AutoResponseDuty : public WatchDuty
{
    Q_DECLARE_TR_FUNCTIONS(AutoResponseDuty)

public:
    // The audit log's action of an automatic response.
    static QString auditAction() { return QStringLiteral("auto-response"); }
    // At most this many actions per round, so a burst of detections does not hold the lease's
    // cycle for long; the rest wait for the next round, oldest first.
    static constexpr int actionsPerRound = 20;
    // Detections read per round (those needing no action are recorded at once).
    static constexpr int detectionsPerRound = 500;

    explicit AutoResponseDuty(std::shared_ptr<AutoResponseLink> link);

    QString name() const override { return QStringLiteral("auto-response"); }
    std::chrono::seconds interval() const override { return std::chrono::seconds(30); }
    Result<QString> runRound(const std::shared_ptr<Database> &store) override;
    void cancel() override { m_cancelled = true; }

private:
    // What a round did, for its summary.
    struct Tally
    {
        int verified = 0;
        int failed = 0;
        int notified = 0;
        int left = 0; // matched, waiting for the next round
    };
    // One detection: recorded as needing nothing, or claimed, acted on, verified and recorded
    // with its event and audit entry. Fails only when the store does.
    Result<Done> consider(const NumberedDetection &detection,
                          const AutoResponseStore::Stored &stored, const AutoResponseLog &log,
                          const std::shared_ptr<Database> &store, Tally &tally);
    // Acts on one claimed detection and fills in the record's outcome, reason and audit id.
    void respond(AutoResponseRecord &record, const AutoResponseRule &rule,
                 const AutoResponseLog &log, const QString &note);
    void quarantine(AutoResponseRecord &record, const CommandTarget &target, const QString &note);
    void startServices(AutoResponseRecord &record, const AutoResponseRule &rule,
                       const CommandTarget &target, const QString &note);
    static void fail(AutoResponseRecord &record, const QString &why, const QString &advice);
    static void verify(AutoResponseRecord &record, const QString &seen);
    static QString describe(const TargetOutcome &outcome);
    // The event and the audit entry of a finished record.
    static ComputerEvent eventOf(const AutoResponseRecord &record,
                                 const NumberedDetection &detection);
    static Result<Done> audit(const std::shared_ptr<Database> &store,
                              const AutoResponseRecord &record, const QString &note);

    std::shared_ptr<AutoResponseLink> m_link;
    std::atomic<bool> m_cancelled { false };
};
