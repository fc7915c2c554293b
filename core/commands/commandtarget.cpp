#include "commands/commandtarget.h"

#include <QCoreApplication>

QString TargetOutcome::key(Kind kind)
{
    switch (kind) {
    case Kind::Done:
        return QStringLiteral("done");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::Failed:
        return QStringLiteral("failed");
    case Kind::Unreachable:
        return QStringLiteral("unreachable");
    case Kind::ProtocolError:
        return QStringLiteral("protocol-error");
    case Kind::Skipped:
        return QStringLiteral("skipped");
    }
    Q_UNREACHABLE();
}

QString TargetOutcome::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Done:
        return QCoreApplication::translate("TargetOutcome", "Done");
    case Kind::Refused:
        return QCoreApplication::translate("TargetOutcome", "Refused");
    case Kind::Failed:
        return QCoreApplication::translate("TargetOutcome", "Failed");
    case Kind::Unreachable:
        return QCoreApplication::translate("TargetOutcome", "Unreachable");
    case Kind::ProtocolError:
        return QCoreApplication::translate("TargetOutcome", "Protocol error");
    case Kind::Skipped:
        return QCoreApplication::translate("TargetOutcome", "Not sent");
    }
    Q_UNREACHABLE();
}

QString TargetOutcome::displayNameOfKey(const QString &key)
{
    if (key == QLatin1String("pending"))
        return QCoreApplication::translate("TargetOutcome", "Pending");
    for (Kind kind : { Kind::Done, Kind::Refused, Kind::Failed, Kind::Unreachable,
                       Kind::ProtocolError, Kind::Skipped }) {
        if (TargetOutcome::key(kind) == key)
            return displayName(kind);
    }
    return key;
}
