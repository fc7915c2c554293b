#include "fleet/fleetstatus.h"

#include "policy/clientlog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FleetStatus", text);
}

Result<AgentStatus> failAt(const QString &path, const QString &problem)
{
    return Result<AgentStatus>::failure(path + QStringLiteral(": ") + problem);
}

// Each `name: "running"|"stopped"` sets a default service or adds one.
QString applyServices(const QJsonObject &object, AgentStatus &status, const QString &path)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString state = it.value().toString();
        if (state != QLatin1String("running") && state != QLatin1String("stopped"))
            return path + QLatin1Char('.') + it.key() + QStringLiteral(": ")
                + tr("not \"running\" or \"stopped\"");
        auto found = std::find_if(status.services.begin(), status.services.end(),
                                  [&](const ServiceState &s) { return s.name == it.key(); });
        if (found == status.services.end())
            found = status.services.insert(status.services.end(),
                                           ServiceState { it.key(), it.key() });
        found->running = state == QLatin1String("running");
    }
    return {};
}

QString applyPatterns(const QJsonObject &object, AgentStatus &status, const QString &path)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const Result<quint32> raw = parseHexDword(it.value().toString());
        if (!raw)
            return path + QLatin1Char('.') + it.key() + QStringLiteral(": ") + raw.error();
        auto found = std::find_if(status.patterns.begin(), status.patterns.end(),
                                  [&](const PatternVersion &p) { return p.name == it.key(); });
        if (found == status.patterns.end())
            found = status.patterns.insert(status.patterns.end(), PatternVersion { it.key(), 0 });
        found->raw = *raw;
    }
    return {};
}

QString applyComponents(const QJsonObject &object, AgentStatus &status, const QString &path)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return path + QLatin1Char('.') + it.key() + QStringLiteral(": ") + tr("not a string");
        auto found = std::find_if(status.components.begin(), status.components.end(),
                                  [&](const ComponentVersion &c) { return c.name == it.key(); });
        if (found == status.components.end())
            found = status.components.insert(status.components.end(),
                                             ComponentVersion { it.key(), {} });
        found->version = it.value().toString();
    }
    return {};
}

// By whom, since when and why (issue 14): `quarantine` as the status carries it. A plain
// `"quarantined": true` is a quarantine of unknown origin, said so; a `quarantine` whose state is
// quarantined makes `quarantined` true.
QString applyQuarantine(const QJsonObject &object, AgentStatus &status, const QString &path)
{
    const QJsonValue value = object.value(QStringLiteral("quarantine"));
    if (value.isUndefined()) {
        if (status.quarantined) {
            status.quarantine = QuarantineState {};
            status.quarantine->why = tr("quarantined in the fleet file");
        }
        return {};
    }
    Result<QuarantineState> state
        = QuarantineState::fromJson(value, path + QStringLiteral(".quarantine"));
    if (!state)
        return state.error();
    status.quarantine = std::move(state).value();
    status.quarantined = status.quarantine->state == QuarantineState::State::Quarantined;
    return {};
}

// Issue 14, point 2: the client logs as the files hold them, one line per item. Read as the real
// agent reads its logs: a malformed line is counted and said why, never the fleet's failure.
QString applyClientLogs(const QJsonObject &object, AgentStatus &status, const QString &path)
{
    for (const auto &[key, source] : { std::pair { "virusLog", Detection::Source::Virus },
                                       std::pair { "webLog", Detection::Source::Web } }) {
        const QJsonValue lines = object.value(QLatin1String(key));
        if (lines.isUndefined())
            continue;
        QByteArray log;
        for (const QJsonValue &line : lines.toArray()) {
            if (!line.isString())
                return path + QLatin1Char('.') + QLatin1String(key) + QStringLiteral(": ")
                    + tr("not an array of lines");
            log += line.toString().toUtf8() + '\n';
        }
        if (!lines.isArray())
            return path + QLatin1Char('.') + QLatin1String(key) + QStringLiteral(": ")
                + tr("not an array of lines");
        const ClientLog::Parsed parsed = ClientLog::parse(source, log);
        status.detections += parsed.detections;
        status.malformedLogLines += parsed.malformedLines;
        for (const QString &problem : parsed.problems)
            status.logProblems.append(QLatin1String(key) + QStringLiteral(": ") + problem);
    }
    return {};
}

QString applyScalars(const QJsonObject &object, AgentStatus &status, const QString &path)
{
    for (const char *key : { "installed", "lastScan" }) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            continue;
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
        if (!time.isValid())
            return path + QLatin1Char('.') + QLatin1String(key) + QStringLiteral(": ")
                + tr("not an ISO 8601 time");
        (qstrcmp(key, "installed") == 0 ? status.installed : status.lastScan) = time;
    }
    const QJsonValue firewall = object.value(QStringLiteral("firewall"));
    if (!firewall.isUndefined()) {
        const QString state = firewall.toString();
        if (state != QLatin1String("on") && state != QLatin1String("off")
            && state != QLatin1String("absent"))
            return path + QStringLiteral(".firewall: ") + tr("not \"on\", \"off\" or \"absent\"");
        status.firewall = state == QLatin1String("absent") ? FirewallState::Absent
            : state == QLatin1String("on")                 ? FirewallState::On
                                                           : FirewallState::Off;
    }
    const QJsonValue antivirus = object.value(QStringLiteral("antivirus"));
    if (!antivirus.isUndefined()) {
        if (antivirus.toString() != QLatin1String("on")
            && antivirus.toString() != QLatin1String("off"))
            return path + QStringLiteral(".antivirus: ") + tr("not \"on\" or \"off\"");
        status.antivirusOn = antivirus.toString() == QLatin1String("on");
    }
    const QJsonValue noUpgrade = object.value(QStringLiteral("noProgramUpgrade"));
    if (!noUpgrade.isUndefined()) {
        if (!noUpgrade.isBool())
            return path + QStringLiteral(".noProgramUpgrade: ") + tr("not true or false");
        status.noProgramUpgrade = noUpgrade.toBool();
    }
    const QJsonValue date = object.value(QStringLiteral("patternDate"));
    if (!date.isUndefined()) {
        if (!QDate::fromString(date.toString(), QStringLiteral("yyyyMMdd")).isValid())
            return path + QStringLiteral(".patternDate: ") + tr("not a date YYYYMMDD");
        status.patternDate = date.toString();
    }
    status.quarantined = object.value(QStringLiteral("quarantined")).toBool(status.quarantined);
    return applyQuarantine(object, status, path);
}

QString applyFileVersions(const QJsonObject &object, AgentStatus &status, const QString &path)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!isFileVersion(it.value().toString()))
            return path + QLatin1Char('.') + it.key() + QStringLiteral(": ")
                + tr("not a version R.R.H.BBBB (such as 8.0.0.1257)");
        auto found = std::find_if(status.fileVersions.begin(), status.fileVersions.end(),
                                  [&](const FileVersion &f) { return f.name == it.key(); });
        if (found == status.fileVersions.end())
            found = status.fileVersions.insert(status.fileVersions.end(),
                                               FileVersion { it.key(), {} });
        found->version = it.value().toString();
    }
    return {};
}

// The CVE identifiers the agent plays missing (issue 14, point 4; docs/fleet-format.md,
// "missingCves"), read as the console reads a status. Without the key the agent does not say,
// and no CVE compliance policy judges it; `[]` plays a compliant computer.
QString applyMissingCves(const QJsonObject &object, AgentStatus &status, const QString &path)
{
    Result<std::optional<QStringList>> missing
        = missingCvesFromJson(object.value(QStringLiteral("missingCves")));
    if (!missing)
        return path + QStringLiteral(".missingCves: ") + missing.error();
    status.missingCves = std::move(missing).value();
    return {};
}

// What the agent does not report (docs/fleet-format.md, "unreported"): each named field is
// left absent, so the console shows No data available for it. Naming a field that the same
// status also sets is refused: the fleet would say two things.
QString applyUnreported(const QJsonObject &object, AgentStatus &status, const QString &path)
{
    const QJsonValue value = object.value(QStringLiteral("unreported"));
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        return path + QStringLiteral(".unreported: ") + tr("not an array");
    const QJsonArray keys = value.toArray();
    for (int i = 0; i < keys.size(); ++i) {
        const QString key = keys.at(i).toString();
        const QString at = path + QStringLiteral(".unreported[%1]: ").arg(i);
        if (object.contains(key))
            return at + tr("\"%1\" is also given").arg(key);
        if (key == QLatin1String("installed"))
            status.installed = {};
        else if (key == QLatin1String("lastScan"))
            status.lastScan = {};
        else if (key == QLatin1String("patternDate"))
            status.patternDate.clear();
        else if (key == QLatin1String("antivirus"))
            status.antivirusOn.reset();
        else if (key == QLatin1String("firewall"))
            status.firewall.reset();
        else if (key == QLatin1String("noProgramUpgrade"))
            status.noProgramUpgrade.reset();
        else if (key == QLatin1String("services"))
            status.services.clear();
        else if (key == QLatin1String("components"))
            status.components.clear();
        else if (key == QLatin1String("patterns"))
            status.patterns.clear();
        else if (key == QLatin1String("fileVersions"))
            status.fileVersions.clear();
        else
            return at + tr("not a field of the status");
    }
    return {};
}

} // namespace

Result<AgentStatus> parseFleetStatus(const QJsonValue &value, const QString &path)
{
    AgentStatus status = AgentStatus::healthyDefault();
    if (value.isUndefined())
        return status;
    if (!value.isObject())
        return failAt(path, tr("not an object"));
    const QJsonObject object = value.toObject();
    const QStringList known { QStringLiteral("installed"),        QStringLiteral("services"),
                              QStringLiteral("components"),       QStringLiteral("patterns"),
                              QStringLiteral("patternDate"),      QStringLiteral("firewall"),
                              QStringLiteral("lastScan"),         QStringLiteral("quarantined"),
                              QStringLiteral("quarantine"),       QStringLiteral("virusLog"),
                              QStringLiteral("webLog"),           QStringLiteral("antivirus"),
                              QStringLiteral("noProgramUpgrade"), QStringLiteral("fileVersions"),
                              QStringLiteral("unreported"),       QStringLiteral("missingCves") };
    // The agent's clock, not a field of its status: parseFleetClockSkew() reads it.
    const QString skewKey = QStringLiteral("clockSkewSeconds");
    for (const QString &key : object.keys()) {
        if (!known.contains(key) && key != skewKey)
            return failAt(path + QLatin1Char('.') + key, tr("unknown key"));
    }
    for (const QString &key : { QStringLiteral("services"), QStringLiteral("components"),
                                QStringLiteral("patterns"), QStringLiteral("fileVersions") }) {
        if (object.contains(key) && !object.value(key).isObject())
            return failAt(path + QLatin1Char('.') + key, tr("not an object"));
    }
    for (const QString &error :
         { applyServices(object.value(QStringLiteral("services")).toObject(), status,
                         path + QStringLiteral(".services")),
           applyPatterns(object.value(QStringLiteral("patterns")).toObject(), status,
                         path + QStringLiteral(".patterns")),
           applyComponents(object.value(QStringLiteral("components")).toObject(), status,
                           path + QStringLiteral(".components")),
           applyFileVersions(object.value(QStringLiteral("fileVersions")).toObject(), status,
                             path + QStringLiteral(".fileVersions")),
           applyScalars(object, status, path), applyUnreported(object, status, path),
           applyClientLogs(object, status, path), applyMissingCves(object, status, path) }) {
        if (!error.isEmpty())
            return Result<AgentStatus>::failure(error);
    }
    return status;
}

Result<qint64> parseFleetClockSkew(const QJsonValue &value, const QString &path)
{
    const QJsonValue skew = value.toObject().value(QStringLiteral("clockSkewSeconds"));
    if (skew.isUndefined())
        return qint64(0);
    // A century either way: beyond that no certificate is valid anyway.
    constexpr double limit = 100.0 * 366 * 86400;
    const double seconds = skew.toDouble(limit + 1);
    if (!skew.isDouble() || seconds != double(qint64(seconds)) || qAbs(seconds) > limit)
        return Result<qint64>::failure(path + QStringLiteral(".clockSkewSeconds: ")
                                       + tr("not a whole number of seconds within a century"));
    return qint64(seconds);
}
