#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <optional>

// One step of *Diagnose connection* (issue 13, point 5; reference 003, "Agent is offline" and
// its checks) and how it went: what was seen and, when it failed, the cause and what to do, in
// the reference's terms. A value: views show it, the CLI writes it.
struct DiagnosisStep
{
    // In the order the steps run and are shown.
    enum class Kind { Name, Port, Tls, Certificate, Clock, Agent, Quarantine, Gate };
    enum class Outcome { Pending, Ok, Failed, Skipped };

    Kind kind = Kind::Name;
    Outcome outcome = Outcome::Pending;
    QString seen; // what was observed, in words
    QString cause; // when Failed: why, in the reference's terms
    QString remedy; // when Failed: what the administrator can do

    static constexpr int kindCount = int(Kind::Gate) + 1;

    // The wire names of docs/cli.md: "name", "port", "tls", ...; "ok", "failed", "skipped".
    static QString key(Kind kind);
    static QString key(Outcome outcome);
    // What the step checks, in words for a person ("Agent port 21112").
    static QString title(Kind kind);

    bool operator==(const DiagnosisStep &other) const;
};

// A whole diagnosis: the address diagnosed, every step, and the cause that best explains what
// failed (empty when nothing did).
struct Diagnosis
{
    QString address; // as given: "ws005.corp.example:21112", "127.20.0.5:21112"
    QVector<DiagnosisStep> steps;
    QString likelyCause;
    bool cancelled = false;

    const DiagnosisStep *step(DiagnosisStep::Kind kind) const;
    // docs/cli.md: {"address", "steps": [{"step", "outcome", "seen", "cause", "remedy"}],
    // "likelyCause"}; likelyCause is null when no step failed.
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(DiagnosisStep)
Q_DECLARE_METATYPE(Diagnosis)
