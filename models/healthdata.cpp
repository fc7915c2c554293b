#include "healthdata.h"

HealthSummary HealthSummary::of(const HealthData &data, const QVector<QString> &addresses)
{
    HealthSummary summary;
    summary.computers = int(addresses.size());
    QSet<QString> overlapping;
    QVector<QString> sorted = addresses;
    std::sort(sorted.begin(), sorted.end());
    for (const QString &address : std::as_const(sorted)) {
        const auto found = data.current.constFind(address);
        if (found == data.current.constEnd())
            continue;
        const HealthRow &row = *found;
        ++summary.withAgent;
        ++summary.counts[0][int(row.verdict.overall)];
        for (int i = 0; i < healthIndicatorCount; ++i)
            ++summary.counts[1 + i][int(row.verdict.indicators[size_t(i)])];
        if (row.verdict.overall == HealthState::NeedsAttention)
            summary.needsAttention.append(row);
        if (!row.verdict.stoppedServices.isEmpty())
            summary.stopped.append(row);
        for (const QString &name : row.verdict.conflicts)
            overlapping.insert(name);
    }
    // In the settings' own order (oldest first), as the evaluation names them.
    for (const HealthSettings &settings : data.settings.all())
        if (overlapping.contains(settings.name))
            summary.overlapping.append(settings.name);
    return summary;
}
