#include "endpoint/endpoint.h"

#include <array>

namespace {
struct OutcomeKey
{
    PortOutcome outcome;
    const char *key;
};
constexpr std::array<OutcomeKey, 7> outcomeKeys = { {
    { PortOutcome::Agent, "agent" },
    { PortOutcome::Refused, "refused" },
    { PortOutcome::Timeout, "timeout" },
    { PortOutcome::NoRoute, "no-route" },
    { PortOutcome::Stalled, "stalled" },
    { PortOutcome::Garbage, "garbage" },
    { PortOutcome::Closed, "closed" },
} };
} // namespace

QString toKey(PortOutcome outcome)
{
    for (const OutcomeKey &entry : outcomeKeys) {
        if (entry.outcome == outcome)
            return QString::fromLatin1(entry.key);
    }
    Q_UNREACHABLE();
}

std::optional<PortOutcome> portOutcomeFromKey(const QString &key)
{
    for (const OutcomeKey &entry : outcomeKeys) {
        if (key == QLatin1String(entry.key))
            return entry.outcome;
    }
    return std::nullopt;
}

bool PortObservation::operator==(const PortObservation &other) const
{
    return port == other.port && outcome == other.outcome && detail == other.detail;
}

bool Endpoint::operator==(const Endpoint &other) const
{
    return address == other.address && name == other.name && status == other.status
        && gate == other.gate && agentPort == other.agentPort && server == other.server
        && agentVersion == other.agentVersion && domain == other.domain && adPath == other.adPath
        && ports == other.ports && detail == other.detail;
}
