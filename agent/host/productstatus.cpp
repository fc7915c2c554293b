#include "host/productstatus.h"

#include "policy/cveid.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProductStatus", text);
}

// A named entry of an array: {"name": ..., KEY: string}; the string, or empty on a fault.
QString entryText(const QJsonValue &item, const QString &key)
{
    const QJsonObject object = item.toObject();
    if (object.value(QStringLiteral("name")).toString().isEmpty())
        return {};
    return object.value(key).toString();
}

QString faultAt(const QString &path, const QString &problem)
{
    return path + QStringLiteral(": ") + problem;
}

// missingCves: a list of CVE identifiers; a fault in words that name the key, or empty.
QString readMissingCves(const QJsonObject &root, ProductStatus &status)
{
    const QJsonValue value = root.value(QStringLiteral("missingCves"));
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        return faultAt(QStringLiteral("missingCves"), tr("must be a list"));
    const QJsonArray list = value.toArray();
    QStringList cves;
    for (int i = 0; i < list.size(); ++i) {
        const QString id = list.at(i).toString();
        if (!isCveId(id))
            return faultAt(QStringLiteral("missingCves[%1]").arg(i),
                           tr("must be a CVE identifier (such as CVE-2026-0001)"));
        cves.append(id.toUpper()); // as the policies keep them
    }
    cves.sort();
    cves.removeDuplicates();
    status.missingCves = cves;
    return {};
}

// The health keys (docs/agent-protocol.md, "The product status file"); a fault in words that
// name the key, or empty.
QString readHealth(const QJsonObject &root, ProductStatus &status)
{
    const QJsonValue firewall = root.value(QStringLiteral("firewall"));
    if (firewall == QJsonValue(QStringLiteral("on"))
        || firewall == QJsonValue(QStringLiteral("off")))
        status.firewall
            = firewall.toString() == QLatin1String("on") ? FirewallState::On : FirewallState::Off;
    else if (firewall == QJsonValue(QStringLiteral("absent")))
        status.firewall = FirewallState::Absent;
    else if (!firewall.isUndefined())
        return faultAt(QStringLiteral("firewall"), tr("must be \"on\", \"off\" or \"absent\""));
    const QJsonValue antivirus = root.value(QStringLiteral("antivirus"));
    if (antivirus == QJsonValue(QStringLiteral("on"))
        || antivirus == QJsonValue(QStringLiteral("off")))
        status.antivirusOn = antivirus.toString() == QLatin1String("on");
    else if (!antivirus.isUndefined())
        return faultAt(QStringLiteral("antivirus"), tr("must be \"on\" or \"off\""));
    const QJsonValue noUpgrade = root.value(QStringLiteral("noProgramUpgrade"));
    if (noUpgrade.isBool())
        status.noProgramUpgrade = noUpgrade.toBool();
    else if (!noUpgrade.isUndefined())
        return faultAt(QStringLiteral("noProgramUpgrade"), tr("must be true or false"));
    const QJsonArray files = root.value(QStringLiteral("fileVersions")).toArray();
    for (int i = 0; i < files.size(); ++i) {
        const QString version = entryText(files.at(i), QStringLiteral("version"));
        if (!isFileVersion(version))
            return faultAt(QStringLiteral("fileVersions[%1]").arg(i),
                           tr("needs a name and a version R.R.H.BBBB (such as 8.0.0.1257)"));
        status.fileVersions.append(
            { files.at(i).toObject().value(QStringLiteral("name")).toString(), version });
    }
    return readMissingCves(root, status);
}

} // namespace

Result<ProductStatus> ProductStatus::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<ProductStatus>::failure(
            tr("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    if (!document.isObject())
        return Result<ProductStatus>::failure(tr("not a JSON object"));
    const QJsonObject root = document.object();
    ProductStatus status;
    const QJsonArray components = root.value(QStringLiteral("components")).toArray();
    for (int i = 0; i < components.size(); ++i) {
        const QString version = entryText(components.at(i), QStringLiteral("version"));
        if (version.isEmpty())
            return failureAt<ProductStatus>(QStringLiteral("components[%1]").arg(i),
                                            tr("needs a name and a version"));
        status.components.append(
            { components.at(i).toObject().value(QStringLiteral("name")).toString(), version });
    }
    const QJsonArray patterns = root.value(QStringLiteral("patterns")).toArray();
    for (int i = 0; i < patterns.size(); ++i) {
        const QString raw = entryText(patterns.at(i), QStringLiteral("raw"));
        if (raw.isEmpty())
            return failureAt<ProductStatus>(QStringLiteral("patterns[%1]").arg(i),
                                            tr("needs a name and a raw"));
        const Result<quint32> dword = parseHexDword(raw);
        if (!dword)
            return failureAt<ProductStatus>(QStringLiteral("patterns[%1].raw").arg(i),
                                            dword.error());
        status.patterns.append(
            { patterns.at(i).toObject().value(QStringLiteral("name")).toString(), *dword });
    }
    status.patternDate = root.value(QStringLiteral("patternDate")).toString();
    if (!status.patternDate.isEmpty()
        && (status.patternDate.size() != 8
            || !QDate::fromString(status.patternDate, QStringLiteral("yyyyMMdd")).isValid()))
        return failureAt<ProductStatus>(
            QStringLiteral("patternDate"),
            tr("\"%1\" is not a date YYYYMMDD").arg(status.patternDate));
    const QString lastScan = root.value(QStringLiteral("lastScan")).toString();
    if (!lastScan.isEmpty()) {
        status.lastScan = QDateTime::fromString(lastScan, Qt::ISODate);
        if (!status.lastScan.isValid())
            return failureAt<ProductStatus>(QStringLiteral("lastScan"),
                                            tr("\"%1\" is not an ISO 8601 time").arg(lastScan));
    }
    const QString healthError = readHealth(root, status);
    if (!healthError.isEmpty())
        return Result<ProductStatus>::failure(healthError);
    return status;
}

Result<ProductStatus> ProductStatus::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Result<ProductStatus>::failure(
            tr("the product status file %1 does not exist (has the scan engine run?)").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Result<ProductStatus>::failure(
            tr("cannot read the product status file %1: %2").arg(path, file.errorString()));
    // The engine's file is small; a huge one is not it.
    constexpr qint64 maxBytes = 1024 * 1024;
    if (file.size() > maxBytes)
        return Result<ProductStatus>::failure(
            tr("the product status file %1 is over 1 MiB: not a status").arg(path));
    const Result<ProductStatus> status = parse(file.readAll());
    if (!status)
        return Result<ProductStatus>::failure(
            tr("the product status file %1 is broken: %2").arg(path, status.error()));
    return status;
}
