#include "endpoint/securitystatus.h"

#include <QCoreApplication>

namespace {

// Each value's key and UI words, declared once, in the order of the enum.
struct Naming
{
    QString key;
    const char *displayName; // translated in the enum's context
};

const std::array<Naming, SecurityStatuses::all.size()> &statusNames()
{
    static const std::array<Naming, SecurityStatuses::all.size()> names { {
        { QStringLiteral("managed-by-this-server"),
          QT_TRANSLATE_NOOP("SecurityStatus", "Managed by this server") },
        { QStringLiteral("managed-by-another-server"),
          QT_TRANSLATE_NOOP("SecurityStatus", "Managed by another server") },
        { QStringLiteral("no-client-installed"),
          QT_TRANSLATE_NOOP("SecurityStatus", "No client installed") },
        { QStringLiteral("unreachable"), QT_TRANSLATE_NOOP("SecurityStatus", "Unreachable") },
        { QStringLiteral("unresolved-ad"),
          QT_TRANSLATE_NOOP("SecurityStatus", "Unresolved Active Directory assessment") },
    } };
    return names;
}

const std::array<Naming, GateResults::all.size()> &gateNames()
{
    static const std::array<Naming, GateResults::all.size()> names { {
        { QStringLiteral("connected"), QT_TRANSLATE_NOOP("GateResult", "Connected") },
        { QStringLiteral("refused"), QT_TRANSLATE_NOOP("GateResult", "Refused") },
        { QStringLiteral("timeout"), QT_TRANSLATE_NOOP("GateResult", "Timed out") },
        { QStringLiteral("no-route"), QT_TRANSLATE_NOOP("GateResult", "No route to host") },
        { QStringLiteral("skipped"), QT_TRANSLATE_NOOP("GateResult", "Not checked") },
    } };
    return names;
}

template<typename Enum, size_t N>
std::optional<Enum> fromKey(const std::array<Naming, N> &names, const std::array<Enum, N> &all,
                            const QString &key)
{
    for (Enum value : all) {
        if (names[size_t(value)].key == key)
            return value;
    }
    return std::nullopt;
}

} // namespace

QString toKey(SecurityStatus status)
{
    return statusNames()[size_t(status)].key;
}

std::optional<SecurityStatus> securityStatusFromKey(const QString &key)
{
    return fromKey(statusNames(), SecurityStatuses::all, key);
}

QString displayName(SecurityStatus status)
{
    return QCoreApplication::translate("SecurityStatus", statusNames()[size_t(status)].displayName);
}

QString toKey(GateResult gate)
{
    return gateNames()[size_t(gate)].key;
}

std::optional<GateResult> gateResultFromKey(const QString &key)
{
    return fromKey(gateNames(), GateResults::all, key);
}

QString displayName(GateResult gate)
{
    return QCoreApplication::translate("GateResult", gateNames()[size_t(gate)].displayName);
}
