#include "agentlink/agentstatus.h"

#include "policy/cveid.h"
#include "policy/detectionjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace {
const QString nameKey = QStringLiteral("name");

QString tr(const char *text)
{
    return QCoreApplication::translate("AgentStatus", text);
}

template<typename T> Result<T> wrongKey(const QString &key)
{
    return Result<T>::failure(tr("status.%1 is missing or of the wrong type").arg(key));
}

QJsonArray servicesJson(const QVector<ServiceState> &services)
{
    QJsonArray array;
    for (const ServiceState &service : services)
        array.append(QJsonObject {
            { nameKey, service.name },
            { QStringLiteral("displayName"), service.displayName },
            { QStringLiteral("state"),
              service.running ? QStringLiteral("running") : QStringLiteral("stopped") } });
    return array;
}

Result<QVector<ServiceState>> servicesFromJson(const QJsonValue &value)
{
    if (!value.isArray())
        return wrongKey<QVector<ServiceState>>(QStringLiteral("services"));
    QVector<ServiceState> services;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        const QString state = object.value(QStringLiteral("state")).toString();
        if (object.value(nameKey).toString().isEmpty()
            || (state != QLatin1String("running") && state != QLatin1String("stopped")))
            return wrongKey<QVector<ServiceState>>(
                QStringLiteral("services[%1]").arg(services.size()));
        services.append({ object.value(nameKey).toString(),
                          object.value(QStringLiteral("displayName")).toString(),
                          state == QLatin1String("running") });
    }
    return services;
}

// ISO 8601 as fromJson() reads it back: a time that was sent with a fraction of a second (or of
// a minute: "20:03.42" is 20:03:25.2) keeps its milliseconds, so that a status written again
// parses to the same value; whole seconds are written without them, as agents send them.
QString isoText(const QDateTime &time)
{
    return time.toString(time.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

Result<QVector<PatternVersion>> patternsFromJson(const QJsonValue &value)
{
    if (!value.isArray())
        return wrongKey<QVector<PatternVersion>>(QStringLiteral("patterns"));
    QVector<PatternVersion> patterns;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        const Result<quint32> raw = parseHexDword(object.value(QStringLiteral("raw")).toString());
        if (object.value(nameKey).toString().isEmpty() || !raw)
            return wrongKey<QVector<PatternVersion>>(
                QStringLiteral("patterns[%1]").arg(patterns.size()));
        patterns.append({ object.value(nameKey).toString(), *raw });
    }
    return patterns;
}

const QString antivirusKey = QStringLiteral("antivirus");
const QString firewallKey = QStringLiteral("firewall");
const QString noProgramUpgradeKey = QStringLiteral("noProgramUpgrade");
const QString fileVersionsKey = QStringLiteral("fileVersions");

QString onOff(bool on)
{
    return on ? QStringLiteral("on") : QStringLiteral("off");
}

QString firewallText(FirewallState state)
{
    return state == FirewallState::Absent ? QStringLiteral("absent")
                                          : onOff(state == FirewallState::On);
}

// The health keys (docs/agent-protocol.md, "status"): each written only when reported, so an
// absent one reads back absent. Agents older than these keys send none of them.
void addHealthJson(const AgentStatus &status, QJsonObject &object)
{
    if (status.antivirusOn)
        object.insert(antivirusKey, onOff(*status.antivirusOn));
    if (status.firewall)
        object.insert(firewallKey, firewallText(*status.firewall));
    if (status.noProgramUpgrade)
        object.insert(noProgramUpgradeKey, *status.noProgramUpgrade);
    if (!status.fileVersions.isEmpty()) {
        QJsonArray files;
        for (const FileVersion &file : status.fileVersions)
            files.append(QJsonObject { { nameKey, file.name },
                                       { QStringLiteral("version"), file.version } });
        object.insert(fileVersionsKey, files);
    }
}

// The health keys of a status, or the one that is wrong; a missing key stays absent.
QString readHealthJson(const QJsonObject &object, AgentStatus &status)
{
    const QJsonValue antivirus = object.value(antivirusKey);
    if (antivirus == QJsonValue(QStringLiteral("on"))
        || antivirus == QJsonValue(QStringLiteral("off")))
        status.antivirusOn = antivirus.toString() == QLatin1String("on");
    else if (!antivirus.isUndefined())
        return antivirusKey;
    const QJsonValue firewall = object.value(firewallKey);
    for (FirewallState state : { FirewallState::On, FirewallState::Off, FirewallState::Absent }) {
        if (firewall == QJsonValue(firewallText(state)))
            status.firewall = state;
    }
    if (!status.firewall && !firewall.isUndefined())
        return firewallKey;
    const QJsonValue noUpgrade = object.value(noProgramUpgradeKey);
    if (noUpgrade.isBool())
        status.noProgramUpgrade = noUpgrade.toBool();
    else if (!noUpgrade.isUndefined())
        return noProgramUpgradeKey;
    const QJsonValue files = object.value(fileVersionsKey);
    if (!files.isUndefined() && !files.isArray())
        return fileVersionsKey;
    for (const QJsonValue &item : files.toArray()) {
        const FileVersion file { item.toObject().value(nameKey).toString(),
                                 item.toObject().value(QStringLiteral("version")).toString() };
        if (file.name.isEmpty() || !isFileVersion(file.version))
            return QStringLiteral("fileVersions[%1]").arg(status.fileVersions.size());
        status.fileVersions.append(file);
    }
    return {};
}
const QString detectionsKey = QStringLiteral("detections");
const QString detectionLogKey = QStringLiteral("detectionLog");

// Issue 14, point 2: written only when there is something to say, so a clean client's status is
// as before.
void addDetectionsJson(const AgentStatus &status, QJsonObject &object)
{
    if (!status.detections.isEmpty()) {
        QJsonArray detections;
        for (const Detection &detection : status.detections)
            detections.append(DetectionJson::toJson(detection));
        object.insert(detectionsKey, detections);
    }
    if (status.malformedLogLines > 0)
        object.insert(detectionLogKey,
                      QJsonObject { { QStringLiteral("malformedLines"), status.malformedLogLines },
                                    { QStringLiteral("problems"),
                                      QJsonArray::fromStringList(status.logProblems) } });
}

// The detections of a status, or why they cannot be read; missing keys stay empty.
QString readDetectionsJson(const QJsonObject &object, AgentStatus &status)
{
    const QJsonValue detections = object.value(detectionsKey);
    if (!detections.isUndefined() && !detections.isArray())
        return tr("status.%1 is missing or of the wrong type").arg(detectionsKey);
    for (const QJsonValue &item : detections.toArray()) {
        const Result<Detection> detection = DetectionJson::fromJson(
            item, QStringLiteral("status.detections[%1]").arg(status.detections.size()));
        if (!detection)
            return detection.error();
        status.detections.append(*detection);
    }
    const QJsonValue log = object.value(detectionLogKey);
    if (log.isUndefined())
        return {};
    const QJsonValue malformed = log.toObject().value(QStringLiteral("malformedLines"));
    if (!log.isObject() || !malformed.isDouble() || malformed.toInt(-1) < 0
        || !log.toObject().value(QStringLiteral("problems")).isArray())
        return tr("status.%1 is missing or of the wrong type").arg(detectionLogKey);
    status.malformedLogLines = malformed.toInt();
    for (const QJsonValue &problem : log.toObject().value(QStringLiteral("problems")).toArray())
        status.logProblems.append(problem.toString());
    return {};
}
const QString missingCvesKey = QStringLiteral("missingCves");
const QString lastWarningKey = QStringLiteral("lastWarning");

QJsonObject warningJson(const LastWarning &warning)
{
    return { { QStringLiteral("at"), isoText(warning.at) },
             { QStringLiteral("message"), warning.message } };
}

// `status.lastWarning`, or the key that is wrong; absent stays absent.
QString readLastWarning(const QJsonObject &object, AgentStatus &status)
{
    const QJsonValue value = object.value(lastWarningKey);
    if (value.isUndefined())
        return {};
    const QJsonObject warning = value.toObject();
    const QDateTime at
        = QDateTime::fromString(warning.value(QStringLiteral("at")).toString(), Qt::ISODate);
    const QJsonValue message = warning.value(QStringLiteral("message"));
    if (!value.isObject() || !at.isValid() || !message.isString()
        || message.toString().size() > maxWarningLength)
        return lastWarningKey;
    status.lastWarning = LastWarning { at, message.toString() };
    return {};
}
} // namespace

bool LastWarning::operator==(const LastWarning &other) const
{
    return at == other.at && message == other.message;
}

Result<std::optional<QStringList>> missingCvesFromJson(const QJsonValue &value)
{
    using R = Result<std::optional<QStringList>>;
    if (value.isUndefined())
        return std::optional<QStringList>();
    if (!value.isArray())
        return wrongKey<std::optional<QStringList>>(missingCvesKey);
    const QJsonArray array = value.toArray();
    if (array.size() > maxMissingCves)
        return R::failure(
            tr("status.%1 lists more than %2 identifiers").arg(missingCvesKey).arg(maxMissingCves));
    QStringList cves;
    QSet<QString> seen;
    for (int i = 0; i < array.size(); ++i) {
        const QString cve = array.at(i).toString().toUpper();
        if (!isCveId(cve))
            return wrongKey<std::optional<QStringList>>(
                QStringLiteral("%1[%2]").arg(missingCvesKey).arg(i));
        if (!seen.contains(cve)) {
            seen.insert(cve);
            cves.append(cve);
        }
    }
    return std::optional<QStringList>(cves);
}

bool ServiceState::operator==(const ServiceState &other) const
{
    return name == other.name && displayName == other.displayName && running == other.running;
}

bool ComponentVersion::operator==(const ComponentVersion &other) const
{
    return name == other.name && version == other.version;
}

QString PatternVersion::decoded() const
{
    return decodePatternVersion(raw, patternFormatOf(name));
}

PatternFormat patternFormatOf(const QString &patternName)
{
    if (patternName.compare(QLatin1String("Virus Cleanup Template"), Qt::CaseInsensitive) == 0)
        return PatternFormat::ThreeDigits;
    if (patternName.compare(QLatin1String("Common Firewall Pattern"), Qt::CaseInsensitive) == 0)
        return PatternFormat::FiveDigits;
    return PatternFormat::Dotted;
}

bool FileVersion::operator==(const FileVersion &other) const
{
    return name == other.name && version == other.version;
}

bool isFileVersion(const QString &version)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{1,5}(\\.[0-9]{1,5}){3}$"));
    return shape.match(version).hasMatch();
}

bool PatternVersion::operator==(const PatternVersion &other) const
{
    return name == other.name && raw == other.raw;
}

QString hexDword(quint32 dword)
{
    return QStringLiteral("0x")
        + QStringLiteral("%1").arg(dword, 8, 16, QLatin1Char('0')).toUpper();
}

QString decodePatternVersion(quint32 dword, PatternFormat format)
{
    if (format != PatternFormat::Dotted)
        return QStringLiteral("%1").arg(dword, format == PatternFormat::ThreeDigits ? 3 : 5, 10,
                                        QLatin1Char('0'));
    return QStringLiteral("%1.%2.%3")
        .arg(dword / 100000)
        .arg((dword / 100) % 1000, 3, 10, QLatin1Char('0'))
        .arg(dword % 100, 2, 10, QLatin1Char('0'));
}

Result<quint32> parseHexDword(const QString &text)
{
    QString digits = text.trimmed();
    if (digits.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        digits = digits.mid(2);
    bool ok = false;
    const qulonglong value = digits.toULongLong(&ok, 16);
    if (digits.isEmpty() || digits.size() > 8 || !ok)
        return Result<quint32>::failure(
            tr("\"%1\" is not a hexadecimal DWORD (such as 0x00083C34)").arg(text));
    return quint32(value);
}

AgentStatus AgentStatus::healthyDefault()
{
    AgentStatus status;
    status.installed = QDateTime(QDate(2026, 1, 12), QTime(20, 3, 42), Qt::UTC);
    status.services
        = { { QStringLiteral("tmlisten"), QStringLiteral("OfficeScanNT Listener"), true },
            { QStringLiteral("ntrtscan"), QStringLiteral("OfficeScanNT Real-time Scan"), true },
            { QStringLiteral("TmPfw"), QStringLiteral("OfficeScanNT Firewall"), true },
            { QStringLiteral("TmProxy"), QStringLiteral("OfficeScanNT Proxy Service"), true } };
    status.components = { { QStringLiteral("Virus Scan Engine"), QStringLiteral("6.810-1005") },
                          { QStringLiteral("Spyware Scan Engine"), QStringLiteral("5.2.1032") },
                          { QStringLiteral("URL Filtering Engine"), QStringLiteral("2.0.1036") } };
    status.patterns = { { QStringLiteral("Virus Pattern File"), 0x00083C34 },
                        { QStringLiteral("IntelliTrap Exception Pattern"), 0x00007EF4 },
                        { QStringLiteral("Spyware Active Monitoring Pattern"), 0x000102FC },
                        { QStringLiteral("Virus Cleanup Template"), 0x000003C6 },
                        { QStringLiteral("Common Firewall Pattern"), 0x00002791 } };
    status.patternDate = QStringLiteral("20261120");
    status.lastScan = QDateTime(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC);
    status.antivirusOn = true;
    status.firewall = FirewallState::On;
    status.noProgramUpgrade = false;
    status.fileVersions = { { QStringLiteral("TmListen.exe"), QStringLiteral("8.0.0.1257") },
                            { QStringLiteral("NtRtScan.exe"), QStringLiteral("8.0.0.1189") },
                            { QStringLiteral("PccNT.exe"), QStringLiteral("8.0.0.1189") },
                            { QStringLiteral("PccNTMon.exe"), QStringLiteral("8.0.0.1189") } };
    return status;
}

QJsonObject AgentStatus::toJson() const
{
    QJsonArray componentArray;
    for (const ComponentVersion &component : components)
        componentArray.append(QJsonObject { { nameKey, component.name },
                                            { QStringLiteral("version"), component.version } });
    QJsonArray patternArray;
    for (const PatternVersion &pattern : patterns)
        patternArray.append(QJsonObject { { nameKey, pattern.name },
                                          { QStringLiteral("raw"), hexDword(pattern.raw) },
                                          { QStringLiteral("version"), pattern.decoded() } });
    QJsonObject object { { QStringLiteral("os"), operatingSystem },
                         { QStringLiteral("addresses"), QJsonArray::fromStringList(addresses) },
                         { QStringLiteral("installed"), isoText(installed) },
                         { QStringLiteral("services"), servicesJson(services) },
                         { QStringLiteral("components"), componentArray },
                         { QStringLiteral("patterns"), patternArray },
                         { QStringLiteral("patternDate"), patternDate },
                         { QStringLiteral("lastScan"), isoText(lastScan) },
                         { QStringLiteral("quarantined"), quarantined },
                         { QStringLiteral("problems"), QJsonArray::fromStringList(problems) } };
    if (time.isValid())
        object.insert(QStringLiteral("time"), isoText(time));
    if (quarantine)
        object.insert(QStringLiteral("quarantine"), quarantine->toJson());
    addDetectionsJson(*this, object);
    addHealthJson(*this, object);
    if (missingCves)
        object.insert(missingCvesKey, QJsonArray::fromStringList(*missingCves));
    if (lastWarning)
        object.insert(lastWarningKey, warningJson(*lastWarning));
    return object;
}

Result<AgentStatus> AgentStatus::fromJson(const QJsonObject &object)
{
    AgentStatus status;
    status.operatingSystem = object.value(QStringLiteral("os")).toString();
    for (const QJsonValue &address : object.value(QStringLiteral("addresses")).toArray())
        status.addresses.append(address.toString());
    status.installed
        = QDateTime::fromString(object.value(QStringLiteral("installed")).toString(), Qt::ISODate);
    status.lastScan
        = QDateTime::fromString(object.value(QStringLiteral("lastScan")).toString(), Qt::ISODate);
    Result<QVector<ServiceState>> services
        = servicesFromJson(object.value(QStringLiteral("services")));
    if (!services)
        return Result<AgentStatus>::failure(services.error());
    status.services = std::move(services).value();
    Result<QVector<PatternVersion>> patterns
        = patternsFromJson(object.value(QStringLiteral("patterns")));
    if (!patterns)
        return Result<AgentStatus>::failure(patterns.error());
    status.patterns = std::move(patterns).value();
    for (const QJsonValue &item : object.value(QStringLiteral("components")).toArray())
        status.components.append({ item.toObject().value(nameKey).toString(),
                                   item.toObject().value(QStringLiteral("version")).toString() });
    const QString wrongHealthKey = readHealthJson(object, status);
    if (!wrongHealthKey.isEmpty())
        return wrongKey<AgentStatus>(wrongHealthKey);
    status.patternDate = object.value(QStringLiteral("patternDate")).toString();
    status.quarantined = object.value(QStringLiteral("quarantined")).toBool();
    // Optional: agents older than this key send none.
    const QJsonValue problems = object.value(QStringLiteral("problems"));
    if (!problems.isUndefined() && !problems.isArray())
        return wrongKey<AgentStatus>(QStringLiteral("problems"));
    for (const QJsonValue &problem : problems.toArray()) {
        if (!problem.isString())
            return wrongKey<AgentStatus>(
                QStringLiteral("problems[%1]").arg(status.problems.size()));
        status.problems.append(problem.toString());
    }
    // Optional too; present, it must be a time.
    const QJsonValue time = object.value(QStringLiteral("time"));
    if (!time.isUndefined()) {
        status.time = QDateTime::fromString(time.toString(), Qt::ISODate);
        if (!status.time.isValid())
            return wrongKey<AgentStatus>(QStringLiteral("time"));
    }
    const QString wrongDetectionKey = readDetectionsJson(object, status);
    if (!wrongDetectionKey.isEmpty())
        return Result<AgentStatus>::failure(wrongDetectionKey);
    Result<std::optional<QStringList>> missing = missingCvesFromJson(object.value(missingCvesKey));
    if (!missing)
        return Result<AgentStatus>::failure(missing.error());
    status.missingCves = std::move(missing).value();
    const QString wrongWarningKey = readLastWarning(object, status);
    if (!wrongWarningKey.isEmpty())
        return wrongKey<AgentStatus>(wrongWarningKey);
    const QJsonValue quarantine = object.value(QStringLiteral("quarantine"));
    if (!quarantine.isUndefined()) {
        Result<QuarantineState> state
            = QuarantineState::fromJson(quarantine, QStringLiteral("status.quarantine"));
        if (!state)
            return Result<AgentStatus>::failure(state.error());
        status.quarantine = std::move(state).value();
        status.quarantined = status.quarantine->state == QuarantineState::State::Quarantined;
    }
    return status;
}

bool AgentStatus::operator==(const AgentStatus &other) const
{
    return operatingSystem == other.operatingSystem && addresses == other.addresses
        && installed == other.installed && services == other.services
        && components == other.components && patterns == other.patterns
        && patternDate == other.patternDate && lastScan == other.lastScan
        && quarantined == other.quarantined && quarantine == other.quarantine
        && detections == other.detections && malformedLogLines == other.malformedLogLines
        && logProblems == other.logProblems && problems == other.problems && time == other.time
        && antivirusOn == other.antivirusOn && firewall == other.firewall
        && noProgramUpgrade == other.noProgramUpgrade && fileVersions == other.fileVersions
        && missingCves == other.missingCves && lastWarning == other.lastWarning;
}
