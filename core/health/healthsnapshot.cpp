#include "health/healthsnapshot.h"

namespace {
const std::pair<HealthSnapshot::Outcome, const char *> outcomeKeys[] = {
    { HealthSnapshot::Outcome::Reported, "reported" },
    { HealthSnapshot::Outcome::Refused, "refused" },
    { HealthSnapshot::Outcome::Unreachable, "unreachable" },
    { HealthSnapshot::Outcome::ProtocolError, "protocol-error" },
    { HealthSnapshot::Outcome::Skipped, "skipped" },
};
} // namespace

QString HealthSnapshot::key(Outcome outcome)
{
    for (const auto &[value, key] : outcomeKeys) {
        if (value == outcome)
            return QLatin1String(key);
    }
    Q_UNREACHABLE();
}

std::optional<HealthSnapshot::Outcome> HealthSnapshot::outcomeFromKey(const QString &key)
{
    for (const auto &[value, text] : outcomeKeys) {
        if (key == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

bool HealthSnapshot::operator==(const HealthSnapshot &other) const
{
    return address == other.address && agentPort == other.agentPort && name == other.name
        && adPath == other.adPath && gatheredAt == other.gatheredAt && outcome == other.outcome
        && detail == other.detail && status == other.status;
}
