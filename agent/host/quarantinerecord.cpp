#include "host/quarantinerecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

const QString fileName = QStringLiteral("quarantine.json");

QString tr(const char *text)
{
    return QCoreApplication::translate("QuarantineRecord", text);
}

} // namespace

Result<std::optional<QuarantineRecord>> QuarantineRecord::load(const QString &directory)
{
    using Loaded = Result<std::optional<QuarantineRecord>>;
    QFile file(QDir(directory).filePath(fileName));
    if (!file.exists())
        return std::optional<QuarantineRecord>();
    if (!file.open(QIODevice::ReadOnly))
        return Loaded::failure(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    QuarantineRecord record;
    record.since
        = QDateTime::fromString(object.value(QStringLiteral("since")).toString(), Qt::ISODate);
    for (const auto &[key, list] :
         { std::pair { "consoles", &record.consoles }, std::pair { "allowed", &record.allowed } }) {
        for (const QJsonValue &value : object.value(QLatin1String(key)).toArray()) {
            const QHostAddress address(value.toString());
            if (!address.isNull())
                list->append(address);
        }
    }
    // A damaged record still means "quarantined", with the agent's port as the only way in:
    // keeping the host closed is the safe reading.
    return std::optional<QuarantineRecord>(record);
}

Result<bool> QuarantineRecord::save(const QString &directory) const
{
    if (!QDir().mkpath(directory))
        return Result<bool>::failure(tr("cannot create the state directory %1").arg(directory));
    QJsonArray consoleTexts, allowedTexts;
    for (const QHostAddress &console : consoles)
        consoleTexts.append(console.toString());
    for (const QHostAddress &address : allowed)
        allowedTexts.append(address.toString());
    const QByteArray content
        = QJsonDocument(QJsonObject { { QStringLiteral("consoles"), consoleTexts },
                                      { QStringLiteral("allowed"), allowedTexts },
                                      { QStringLiteral("since"), since.toString(Qt::ISODate) } })
              .toJson();
    QSaveFile file(QDir(directory).filePath(fileName));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Result<bool>::failure(
            tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return true;
}

QList<QHostAddress> QuarantineRecord::reachable() const
{
    QList<QHostAddress> addresses = consoles;
    for (const QHostAddress &address : allowed) {
        if (!addresses.contains(address))
            addresses.append(address);
    }
    return addresses;
}

Result<bool> QuarantineRecord::remove(const QString &directory)
{
    QFile file(QDir(directory).filePath(fileName));
    if (file.exists() && !file.remove())
        return Result<bool>::failure(
            tr("cannot remove %1: %2").arg(file.fileName(), file.errorString()));
    return true;
}
