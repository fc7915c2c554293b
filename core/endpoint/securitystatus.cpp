#include "endpoint/securitystatus.h"

#include <QCoreApplication>

QString toKey(SecurityStatus status)
{
    switch (status) {
    case SecurityStatus::ManagedByThisServer:
        return QStringLiteral("managed-by-this-server");
    case SecurityStatus::ManagedByAnotherServer:
        return QStringLiteral("managed-by-another-server");
    case SecurityStatus::NoClientInstalled:
        return QStringLiteral("no-client-installed");
    case SecurityStatus::Unreachable:
        return QStringLiteral("unreachable");
    case SecurityStatus::UnresolvedAd:
        return QStringLiteral("unresolved-ad");
    }
    Q_UNREACHABLE();
}

std::optional<SecurityStatus> securityStatusFromKey(const QString &key)
{
    for (SecurityStatus status : SecurityStatuses::all) {
        if (toKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString displayName(SecurityStatus status)
{
    switch (status) {
    case SecurityStatus::ManagedByThisServer:
        return QCoreApplication::translate("SecurityStatus", "Managed by this server");
    case SecurityStatus::ManagedByAnotherServer:
        return QCoreApplication::translate("SecurityStatus", "Managed by another server");
    case SecurityStatus::NoClientInstalled:
        return QCoreApplication::translate("SecurityStatus", "No client installed");
    case SecurityStatus::Unreachable:
        return QCoreApplication::translate("SecurityStatus", "Unreachable");
    case SecurityStatus::UnresolvedAd:
        return QCoreApplication::translate("SecurityStatus",
                                           "Unresolved Active Directory assessment");
    }
    Q_UNREACHABLE();
}

QString toKey(GateResult gate)
{
    switch (gate) {
    case GateResult::Connected:
        return QStringLiteral("connected");
    case GateResult::Refused:
        return QStringLiteral("refused");
    case GateResult::Timeout:
        return QStringLiteral("timeout");
    case GateResult::NoRoute:
        return QStringLiteral("no-route");
    case GateResult::Skipped:
        return QStringLiteral("skipped");
    }
    Q_UNREACHABLE();
}

std::optional<GateResult> gateResultFromKey(const QString &key)
{
    for (GateResult gate : GateResults::all) {
        if (toKey(gate) == key)
            return gate;
    }
    return std::nullopt;
}

QString displayName(GateResult gate)
{
    switch (gate) {
    case GateResult::Connected:
        return QCoreApplication::translate("GateResult", "Connected");
    case GateResult::Refused:
        return QCoreApplication::translate("GateResult", "Refused");
    case GateResult::Timeout:
        return QCoreApplication::translate("GateResult", "Timed out");
    case GateResult::NoRoute:
        return QCoreApplication::translate("GateResult", "No route to host");
    case GateResult::Skipped:
        return QCoreApplication::translate("GateResult", "Not checked");
    }
    Q_UNREACHABLE();
}
