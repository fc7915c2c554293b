#pragma once

#include "agentlink/agentcommand.h"
#include "agentlink/agenttls.h"
#include "commands/commandtarget.h"
#include "common/result.h"
#include "secrets/rolloverprogress.h"
#include "secrets/secretstore.h"
#include "secrets/serveridentity.h"
#include "store/auditentry.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>
#include <optional>

// The CA rollover's steps (docs/security.md, "Rolling the CA over"), one home for `osmgmt-cli ca`
// and the console's Certificate Authority dialog: what the status is (which CA, which agent is on
// which), start (a pending CA), migrate (which agents to move, each answer kept so a migrate can
// be resumed) and finish (who still depends on the old CA; the old CA retired). Every step is
// audited. The commands themselves go out through CommandRun, sent by the caller: the CLI prints a
// line per agent, the console shows progress. Blocking; on one thread (status() runs an event
// loop on it while it asks the agents).
class CaRollover
{
    Q_DECLARE_TR_FUNCTIONS(CaRollover)

public:
    struct Setup
    {
        std::shared_ptr<Database> database; // its last query names the agents; its audit log
        QString dataDirectory; // the CA certificates and the rollover's progress
        QString serverName;
        SecretStore secrets;
        int timeoutMs = 10000;
        QVector<CommandTarget> named; // only these agents (the CLI's --address)
    };

    // One agent as the status or a step saw it.
    struct Agent
    {
        CommandTarget target;
        std::optional<RolloverProgress::Standing> standing; // none: on neither CA
        QString detail;
    };
    // One CA, described.
    struct Authority
    {
        QString serverName;
        QString fingerprint; // SHA-256
        QDateTime expires;
    };
    struct Status
    {
        Authority current;
        std::optional<Authority> pending; // none: no rollover is going on
        QString pendingProblem; // a pending CA found half there
        bool agentsAsked = false;
        QVector<Agent> agents;
        int onOld = 0;
        int onNew = 0;
        int onNeither = 0;
        QString note; // where the agents came from, when the store has no query
        QString saveProblem; // the progress could not be kept
    };
    struct Migration
    {
        QVector<CommandTarget> targets; // to send the rollover command to
        QVector<Agent> skipped; // already on the new CA
        QString note;
        AgentCommand command;
        AgentTls::Credentials console; // the current CA's: every agent accepts it
    };
    struct Finish
    {
        QVector<CommandTarget> moved; // told to stop trusting the old CA
        QVector<AuditTarget> left; // still on the old CA
        AgentCommand command;
        AgentTls::Credentials console; // the new CA's
    };

    // The CA of `setup.dataDirectory` (failing when the console never made one).
    static Result<CaRollover> open(Setup setup);

    const ServerIdentity &identity() const { return *m_identity; }
    static Authority describe(const CertificateAuthority &authority);
    static QString key(const CommandTarget &target);

    // Which agents status() asks: during a rollover only (the CLI says there is none and
    // stops), always (the console counts them), never (the CAs alone, at once).
    enum class Asking { DuringRollover, Always, Never };
    // The CAs and, unless `asking` says not, which CA each agent's certificate is of (asked now;
    // during a rollover what it learnt is kept in the progress).
    Result<Status> status(Asking asking = Asking::DuringRollover);
    // Makes the pending CA (audited, a refusal too).
    Result<CertificateAuthority> start();

    // Who to move and with what; refused without a rollover.
    Result<Migration> planMigration();
    // Keeps an agent's answer to the rollover command, at once (an interrupted migrate resumes
    // from there). True when it moved.
    Result<bool> recordMigrated(const TargetOutcome &outcome);

    // Who is moved and who is left; refused without a rollover.
    Result<Finish> planFinish();
    // Audits a finish refused because of `plan.left` (each front end says why in its words).
    void refuseFinish(const Finish &plan);
    // Retires the old CA (the pending one becomes current), forgets the progress and audits it;
    // the detail in words.
    Result<QString> retire(const Finish &plan);

private:
    CaRollover(Setup setup, ServerIdentity identity);
    Result<RolloverProgress> loadProgress() const;
    Result<Done> audit(const QString &action, const QString &detail,
                       const QVector<AuditTarget> &targets = {}) const;
    Result<AgentTls::Credentials> consoleOf(const CertificateAuthority &authority) const;

    Setup m_setup;
    std::optional<ServerIdentity> m_identity;
    std::optional<RolloverProgress> m_progress; // loaded by a step that records
};
