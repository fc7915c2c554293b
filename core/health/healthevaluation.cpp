#include "health/healthevaluation.h"

#include "common/enumkeys.h"

namespace {
// Reference 001's names for the indicators.
const EnumKeys<HealthIndicator, 5> indicatorKeys {
    "HealthKeys",
    { { { HealthIndicator::Antivirus, "antivirus", QT_TRANSLATE_NOOP("HealthKeys", "Antivirus") },
        { HealthIndicator::AntivirusScan, "antivirusScan",
          QT_TRANSLATE_NOOP("HealthKeys", "Antivirus Scan") },
        { HealthIndicator::Firewall, "firewall", QT_TRANSLATE_NOOP("HealthKeys", "Firewall") },
        { HealthIndicator::VirusDefinitions, "virusDefinitions",
          QT_TRANSLATE_NOOP("HealthKeys", "Virus Definitions") },
        { HealthIndicator::Service, "service", QT_TRANSLATE_NOOP("HealthKeys", "Service") } } }
};
const EnumKeys<HealthState, 4> stateKeys {
    "HealthKeys",
    { { { HealthState::Healthy, "healthy", QT_TRANSLATE_NOOP("HealthKeys", "Healthy") },
        { HealthState::NeedsAttention, "needs-attention",
          QT_TRANSLATE_NOOP("HealthKeys", "Needs attention") },
        { HealthState::NoData, "no-data", QT_TRANSLATE_NOOP("HealthKeys", "No data available") },
        { HealthState::Untracked, "untracked", QT_TRANSLATE_NOOP("HealthKeys", "Untracked") } } }
};
} // namespace

namespace HealthKeys {

QString of(HealthIndicator indicator)
{
    return indicatorKeys.key(indicator);
}

QString of(HealthState state)
{
    return stateKeys.key(state);
}

std::optional<HealthState> stateFromKey(const QString &key)
{
    return stateKeys.fromKey(key);
}

QString displayName(HealthIndicator indicator)
{
    return indicatorKeys.words(indicator);
}

QString displayName(HealthState state)
{
    return stateKeys.words(state);
}

} // namespace HealthKeys

namespace {

HealthState onOff(std::optional<bool> on, bool disabledIsHealthy)
{
    if (!on)
        return HealthState::NoData;
    return *on || disabledIsHealthy ? HealthState::Healthy : HealthState::NeedsAttention;
}

// Older than `days` whole days before `now`: Needs attention.
HealthState age(const QDateTime &since, int days, const QDateTime &now)
{
    if (!since.isValid())
        return HealthState::NoData;
    return since.secsTo(now) > qint64(days) * 24 * 3600 ? HealthState::NeedsAttention
                                                        : HealthState::Healthy;
}

} // namespace

HealthEvaluation::HealthEvaluation(HealthSettingsList settings)
    : m_settings(std::move(settings))
{ }

HealthState HealthEvaluation::indicator(HealthIndicator indicator, const HealthSettings &settings,
                                        const AgentStatus &status, const QDateTime &now)
{
    switch (indicator) {
    case HealthIndicator::Antivirus:
        return onOff(status.antivirusOn, settings.antivirusDisabledIsHealthy);
    case HealthIndicator::AntivirusScan:
        return age(status.lastScan, settings.antivirusScanWithinDays, now);
    case HealthIndicator::Firewall:
        // A client without the firewall component has no firewall to judge: No data.
        if (!status.firewall || *status.firewall == FirewallState::Absent)
            return HealthState::NoData;
        return onOff(*status.firewall == FirewallState::On, settings.firewallDisabledIsHealthy);
    case HealthIndicator::VirusDefinitions: {
        // The pattern date is a day (YYYYMMDD): its age counts from that day's start, UTC.
        const QDate date = QDate::fromString(status.patternDate, QStringLiteral("yyyyMMdd"));
        return age(date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime(),
                   settings.virusDefinitionsWithinDays, now);
    }
    case HealthIndicator::Service: {
        if (!settings.serviceEnabled)
            return HealthState::Untracked;
        if (status.services.isEmpty())
            return HealthState::NoData;
        const bool stopped = std::any_of(status.services.begin(), status.services.end(),
                                         [](const ServiceState &s) { return !s.running; });
        return stopped ? HealthState::NeedsAttention : HealthState::Healthy;
    }
    }
    Q_UNREACHABLE();
}

HealthState HealthEvaluation::overall(const std::array<HealthState, healthIndicatorCount> &states)
{
    auto any = [&states](HealthState wanted) {
        return std::find(states.begin(), states.end(), wanted) != states.end();
    };
    if (any(HealthState::NeedsAttention))
        return HealthState::NeedsAttention;
    if (any(HealthState::Healthy))
        return HealthState::Healthy;
    if (any(HealthState::NoData))
        return HealthState::NoData;
    return HealthState::Untracked;
}

const HealthSettings &HealthEvaluation::settingsFor(const AppliesToTarget &target,
                                                    QStringList *conflicts) const
{
    const HealthSettings *chosen = nullptr;
    QStringList targeting;
    // The list is oldest first: the first that targets the computer decides.
    for (const HealthSettings &settings : m_settings.all()) {
        if (settings.isDefault() || !settings.appliesTo.matches(target))
            continue;
        if (!chosen)
            chosen = &settings;
        targeting.append(settings.name);
    }
    if (conflicts)
        *conflicts = targeting.size() > 1 ? targeting : QStringList();
    return chosen ? *chosen : m_settings.defaultSettings();
}

HealthVerdict HealthEvaluation::evaluate(const AppliesToTarget &target,
                                         const std::optional<AgentStatus> &status,
                                         const QDateTime &now) const
{
    HealthVerdict verdict;
    const HealthSettings &settings = settingsFor(target, &verdict.conflicts);
    verdict.settings = settings.name;
    if (status) {
        for (const ServiceState &service : status->services) {
            if (!service.running)
                verdict.stoppedServices.append(service.name);
        }
    }
    if (!settings.enabled)
        return verdict; // Untracked, every indicator with it
    for (int i = 0; i < healthIndicatorCount; ++i) {
        const auto which = HealthIndicator(i);
        if (!status)
            verdict.indicators[i] = which == HealthIndicator::Service && !settings.serviceEnabled
                ? HealthState::Untracked
                : HealthState::NoData;
        else
            verdict.indicators[i] = indicator(which, settings, *status, now);
    }
    verdict.overall = overall(verdict.indicators);
    return verdict;
}
