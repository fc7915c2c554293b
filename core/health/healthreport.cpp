#include "health/healthreport.h"

#include <QHash>
#include <QJsonArray>

#include <memory>

namespace {

constexpr std::array<HealthIndicator, healthIndicatorCount> indicators {
    HealthIndicator::Antivirus, HealthIndicator::AntivirusScan, HealthIndicator::Firewall,
    HealthIndicator::VirusDefinitions, HealthIndicator::Service
};

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString isoText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString overallKey(const HealthVerdict &verdict)
{
    return HealthKeys::of(verdict.overall);
}

} // namespace

namespace HealthReport {

QVector<HealthRow> evaluate(const QVector<HealthSnapshot> &snapshots,
                            const HealthSettingsList &settings, const QDateTime &now)
{
    const HealthEvaluation evaluation(settings);
    QVector<HealthRow> rows;
    rows.reserve(snapshots.size());
    for (const HealthSnapshot &snapshot : snapshots)
        rows.append({ snapshot, evaluation.evaluate(snapshot.target(), snapshot.status, now) });
    return rows;
}

QJsonObject toJson(const HealthRow &row)
{
    const std::optional<AgentStatus> &status = row.snapshot.status;
    QJsonObject states;
    for (HealthIndicator indicator : indicators)
        states.insert(HealthKeys::of(indicator), HealthKeys::of(row.verdict.state(indicator)));
    QJsonArray patterns;
    if (status) {
        for (const PatternVersion &pattern : status->patterns)
            patterns.append(QJsonObject { { QStringLiteral("name"), pattern.name },
                                          { QStringLiteral("raw"), hexDword(pattern.raw) },
                                          { QStringLiteral("version"), pattern.decoded() } });
    }
    return QJsonObject {
        { QStringLiteral("name"), row.snapshot.name },
        { QStringLiteral("address"), row.snapshot.address },
        { QStringLiteral("health"), overallKey(row.verdict) },
        { QStringLiteral("indicators"), states },
        { QStringLiteral("settings"), row.verdict.settings },
        { QStringLiteral("conflicts"), QJsonArray::fromStringList(row.verdict.conflicts) },
        { QStringLiteral("stoppedServices"),
          QJsonArray::fromStringList(row.verdict.stoppedServices) },
        { QStringLiteral("patterns"), patterns },
        { QStringLiteral("lastScan"), orNull(status ? isoText(status->lastScan) : QString()) },
        { QStringLiteral("patternDate"), orNull(status ? status->patternDate : QString()) },
    };
}

QStringList csvHeader()
{
    QStringList header { QStringLiteral("name"), QStringLiteral("address"),
                         QStringLiteral("health") };
    for (HealthIndicator indicator : indicators)
        header.append(HealthKeys::of(indicator));
    return header
        + QStringList { QStringLiteral("settings"),        QStringLiteral("conflicts"),
                        QStringLiteral("stoppedServices"), QStringLiteral("patterns"),
                        QStringLiteral("lastScan"),        QStringLiteral("patternDate") };
}

QStringList csvCells(const HealthRow &row)
{
    const std::optional<AgentStatus> &status = row.snapshot.status;
    QStringList cells { row.snapshot.name, row.snapshot.address, overallKey(row.verdict) };
    for (HealthIndicator indicator : indicators)
        cells.append(HealthKeys::of(row.verdict.state(indicator)));
    QStringList patterns;
    if (status) {
        for (const PatternVersion &pattern : status->patterns)
            patterns.append(QStringLiteral("%1 %2 (%3)")
                                .arg(pattern.name, pattern.decoded(), hexDword(pattern.raw)));
    }
    const QString separator = QStringLiteral("; ");
    return cells
        + QStringList { row.verdict.settings,
                        row.verdict.conflicts.join(separator),
                        row.verdict.stoppedServices.join(separator),
                        patterns.join(separator),
                        status ? isoText(status->lastScan) : QString(),
                        status ? status->patternDate : QString() };
}

QMap<QString, QVector<CommandTarget>> stoppedServices(const QVector<HealthSnapshot> &snapshots)
{
    QMap<QString, QVector<CommandTarget>> stopped;
    for (const HealthSnapshot &snapshot : snapshots) {
        if (!snapshot.status)
            continue;
        for (const ServiceState &service : snapshot.status->services) {
            if (!service.running)
                stopped[service.name].append(
                    { snapshot.address, snapshot.agentPort, snapshot.name, QString() });
        }
    }
    return stopped;
}

ExtraColumns resultsColumns(const QVector<HealthRow> &rows)
{
    auto byAddress = std::make_shared<QHash<QString, HealthRow>>();
    for (const HealthRow &row : rows)
        byAddress->insert(row.snapshot.address, row);
    ExtraColumns columns;
    columns.csvHeaders = { QStringLiteral("health") };
    for (HealthIndicator indicator : indicators)
        columns.csvHeaders.append(HealthKeys::of(indicator));
    columns.csvHeaders << QStringLiteral("stoppedServices") << QStringLiteral("patternDate");
    // The report's cells picked by their column's name, so that a column the report gains or
    // moves never shifts what the results export carries.
    const QStringList reportHeader = csvHeader();
    QVector<qsizetype> picked;
    for (const QString &name : std::as_const(columns.csvHeaders)) {
        Q_ASSERT(reportHeader.contains(name));
        picked.append(reportHeader.indexOf(name));
    }
    columns.csvCells = [byAddress, picked](const Endpoint &endpoint) {
        const auto found = byAddress->constFind(endpoint.address);
        if (found == byAddress->constEnd())
            return QStringList(picked.size(), QString());
        const QStringList cells = csvCells(*found);
        QStringList wanted;
        for (qsizetype position : picked)
            wanted.append(cells.at(position));
        return wanted;
    };
    columns.jsonKey = QStringLiteral("health");
    columns.json = [byAddress](const Endpoint &endpoint) -> std::optional<QJsonObject> {
        const auto found = byAddress->constFind(endpoint.address);
        if (found == byAddress->constEnd())
            return std::nullopt;
        QJsonObject object = toJson(*found);
        for (const char *key : { "name", "address", "patterns" })
            object.remove(QLatin1String(key));
        return object;
    };
    return columns;
}

} // namespace HealthReport
