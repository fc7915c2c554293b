#pragma once

#include "agentlink/agentstatus.h"
#include "endpoint/appliesto.h"
#include "health/healthsettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <array>
#include <optional>

// The indicators of agent health (reference 001, "Agent Health"), in the order they are shown.
enum class HealthIndicator { Antivirus, AntivirusScan, Firewall, VirusDefinitions, Service };
constexpr int healthIndicatorCount = 5;

// The state of one indicator, or of a computer as a whole. NoData: the datum the indicator
// needs was not reported (the grey icon), never a verdict. Untracked: the settings that apply
// are off (or none apply).
enum class HealthState { Healthy, NeedsAttention, NoData, Untracked };

namespace HealthKeys {
// Stable keys for files and scripts: antivirus, antivirusScan, firewall, virusDefinitions,
// service; healthy, needs-attention, no-data, untracked.
QString of(HealthIndicator indicator);
QString of(HealthState state);
std::optional<HealthState> stateFromKey(const QString &key);
QString displayName(HealthIndicator indicator);
QString displayName(HealthState state);
} // namespace HealthKeys

// What the evaluation says of one computer.
struct HealthVerdict
{
    HealthState overall = HealthState::Untracked;
    std::array<HealthState, healthIndicatorCount> indicators {
        HealthState::Untracked, HealthState::Untracked, HealthState::Untracked,
        HealthState::Untracked, HealthState::Untracked
    };
    QString settings; // the name of the settings that evaluated it
    // Every settings name that targets it, oldest first, when more than one does: the warning.
    QStringList conflicts;
    QStringList stoppedServices;

    HealthState state(HealthIndicator indicator) const { return indicators[int(indicator)]; }
};

// Evaluates computers with a list of settings (docs/health.md, "Evaluation"). Pure: the same
// settings, status and time give the same verdict; ages are measured from `now` (the Clock's).
class HealthEvaluation
{
    Q_DECLARE_TR_FUNCTIONS(HealthEvaluation)

public:
    explicit HealthEvaluation(HealthSettingsList settings);

    // `status` empty: the agent gave no health report (every indicator No data).
    HealthVerdict evaluate(const AppliesToTarget &target, const std::optional<AgentStatus> &status,
                           const QDateTime &now) const;

    // The settings that decide for `target`: the oldest of those that target it, or
    // (Default Settings) when none does; `conflicts` gets every name when several do.
    const HealthSettings &settingsFor(const AppliesToTarget &target, QStringList *conflicts) const;

    // One indicator by one group of settings (on): the truth table of docs/health.md.
    static HealthState indicator(HealthIndicator indicator, const HealthSettings &settings,
                                 const AgentStatus &status, const QDateTime &now);
    // needs-attention if any indicator needs attention, else healthy if any is healthy, else
    // no-data.
    static HealthState overall(const std::array<HealthState, healthIndicatorCount> &indicators);

private:
    HealthSettingsList m_settings;
};
