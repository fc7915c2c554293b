#include "diagnose/diagnosisstep.h"

#include <QJsonArray>

QString DiagnosisStep::key(Kind kind)
{
    switch (kind) {
    case Kind::Name:
        return QStringLiteral("name");
    case Kind::Port:
        return QStringLiteral("port");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Certificate:
        return QStringLiteral("certificate");
    case Kind::Clock:
        return QStringLiteral("clock");
    case Kind::Agent:
        return QStringLiteral("agent");
    case Kind::Quarantine:
        return QStringLiteral("quarantine");
    case Kind::Gate:
        break;
    }
    return QStringLiteral("gate");
}

QString DiagnosisStep::key(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return QStringLiteral("pending");
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

QString DiagnosisStep::title(Kind kind)
{
    const char *text = nullptr;
    switch (kind) {
    case Kind::Name:
        text = QT_TRANSLATE_NOOP("DiagnosisStep", "Name resolution");
        break;
    case Kind::Port:
        text = QT_TRANSLATE_NOOP("DiagnosisStep", "Agent port");
        break;
    case Kind::Tls:
        text = QT_TRANSLATE_NOOP("DiagnosisStep", "TLS handshake");
        break;
    case Kind::Certificate:
        text = QT_TRANSLATE_NOOP("DiagnosisStep", "Agent certificate");
        break;
    case Kind::Clock:
        text = QT_TRANSLATE_NOOP("DiagnosisStep", "Agent clock");
        break;
    case Kind::Agent:
        text = QT_TRANSLATE_NOOP("DiagnosisStep", "Agent process and services");
        break;
    case Kind::Quarantine:
        text = QT_TRANSLATE_NOOP("DiagnosisStep", "Quarantine");
        break;
    case Kind::Gate:
        text = QT_TRANSLATE_NOOP("DiagnosisStep", "Gate port");
        break;
    }
    return QCoreApplication::translate("DiagnosisStep", text);
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
