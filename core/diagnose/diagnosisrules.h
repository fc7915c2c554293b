#pragma once

#include "diagnose/diagnosisfacts.h"
#include "diagnose/diagnosisstep.h"

#include <QCoreApplication>

// The judgement of *Diagnose connection*: each step from what was observed, with the cause and
// the remedy in reference 003's terms ("Agent is offline": the computer powered off or off the
// network, a firewall blocking the port, DNS down, the agent process not running, a wrong
// system time breaking TLS, heavy load), and the likely cause of the whole. Pure: no network,
// no store, no clock of its own.
class DiagnosisRules
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisRules)

public:
    // How far the agent's clock may be from this console's before TLS breaks: this server's CA
    // dates every certificate 5 minutes back (identity/certificateauthority.cpp), so an agent
    // whose clock is further behind sees this console's certificate as not yet valid.
    static constexpr qint64 clockToleranceSeconds = 5 * 60;

    static DiagnosisStep name(const DiagnosisFacts &facts);
    static DiagnosisStep port(const DiagnosisFacts &facts);
    static DiagnosisStep tls(const DiagnosisFacts &facts);
    static DiagnosisStep certificate(const DiagnosisFacts &facts);
    static DiagnosisStep clock(const DiagnosisFacts &facts);
    static DiagnosisStep agent(const DiagnosisFacts &facts);
    static DiagnosisStep quarantine(const DiagnosisFacts &facts);
    static DiagnosisStep gate(const DiagnosisFacts &facts);
    static DiagnosisStep of(DiagnosisStep::Kind kind, const DiagnosisFacts &facts);

private:
    static DiagnosisStep services(const DiagnosisFacts &facts);

public:
    // The cause that best explains the failed steps, most specific first (the agent's process
    // not running, a skewed clock, before a refused or stalled port); empty when none failed.
    static QString likelyCause(const QVector<DiagnosisStep> &steps, const DiagnosisFacts &facts);

    // Whether the agent process is known not to be running: it answered here before, the
    // computer is up (its gate port answers), and its agent port now refuses.
    static bool agentProcessStopped(const DiagnosisFacts &facts);
    // "1 h 5 min", "42 s": a skew or an age for a person.
    static QString duration(qint64 seconds);
};
