#include "diagnose/diagnosisstep.h"

#include "common/enumkeys.h"

#include <QJsonArray>

namespace {
using Kind = DiagnosisStep::Kind;
using Outcome = DiagnosisStep::Outcome;

const EnumKeys<Kind, 8> kindKeys {
    "DiagnosisStep",
    { { { Kind::Name, "name", QT_TRANSLATE_NOOP("DiagnosisStep", "Name resolution") },
        { Kind::Port, "port", QT_TRANSLATE_NOOP("DiagnosisStep", "Agent port") },
        { Kind::Tls, "tls", QT_TRANSLATE_NOOP("DiagnosisStep", "TLS handshake") },
        { Kind::Certificate, "certificate",
          QT_TRANSLATE_NOOP("DiagnosisStep", "Agent certificate") },
        { Kind::Clock, "clock", QT_TRANSLATE_NOOP("DiagnosisStep", "Agent clock") },
        { Kind::Agent, "agent", QT_TRANSLATE_NOOP("DiagnosisStep", "Agent process and services") },
        { Kind::Quarantine, "quarantine", QT_TRANSLATE_NOOP("DiagnosisStep", "Quarantine") },
        { Kind::Gate, "gate", QT_TRANSLATE_NOOP("DiagnosisStep", "Gate port") } } }
};
const EnumKeys<Outcome, 4> outcomeKeys { "DiagnosisStep",
                                         { { { Outcome::Pending, "pending" },
                                             { Outcome::Ok, "ok" },
                                             { Outcome::Failed, "failed" },
                                             { Outcome::Skipped, "skipped" } } } };
} // namespace

QString DiagnosisStep::key(Kind kind)
{
    return kindKeys.key(kind);
}

QString DiagnosisStep::key(Outcome outcome)
{
    return outcomeKeys.key(outcome);
}

QString DiagnosisStep::title(Kind kind)
{
    return kindKeys.words(kind);
}

bool DiagnosisStep::operator==(const DiagnosisStep &other) const
{
    return kind == other.kind && outcome == other.outcome && seen == other.seen
        && cause == other.cause && remedy == other.remedy;
}

const DiagnosisStep *Diagnosis::step(DiagnosisStep::Kind kind) const
{
    for (const DiagnosisStep &one : steps)
        if (one.kind == kind)
            return &one;
    return nullptr;
}

QJsonObject Diagnosis::toJson() const
{
    QJsonArray array;
    for (const DiagnosisStep &one : steps)
        array.append(QJsonObject { { QStringLiteral("step"), DiagnosisStep::key(one.kind) },
                                   { QStringLiteral("outcome"), DiagnosisStep::key(one.outcome) },
                                   { QStringLiteral("seen"), one.seen },
                                   { QStringLiteral("cause"), one.cause },
                                   { QStringLiteral("remedy"), one.remedy } });
    QJsonObject object { { QStringLiteral("address"), address },
                         { QStringLiteral("steps"), array } };
    object.insert(QStringLiteral("likelyCause"),
                  likelyCause.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(likelyCause));
    if (cancelled)
        object.insert(QStringLiteral("cancelled"), true);
    return object;
}
