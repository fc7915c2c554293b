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
    for (const QJsonValue &value : object.value(QStringLiteral("consoles")).toArray()) {
        const QHostAddress console(value.toString());
        if (!console.isNull())
            record.consoles.append(console);
    }
    // A damaged record still means "quarantined", with the agent's port as the only way in:
    // keeping the host closed is the safe reading.
    return std::optional<QuarantineRecord>(record);
}

Result<bool> QuarantineRecord::save(const QString &directory) const
{
    if (!QDir().mkpath(directory))
        return Result<bool>::failure(tr("cannot create the state directory %1").arg(directory));
    QJsonArray addresses;
    for (const QHostAddress &console : consoles)
        addresses.append(console.toString());
    const QByteArray content
        = QJsonDocument(QJsonObject { { QStringLiteral("consoles"), addresses },
                                      { QStringLiteral("since"), since.toString(Qt::ISODate) } })
              .toJson();
    QSaveFile file(QDir(directory).filePath(fileName));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Result<bool>::failure(
            tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return true;
}

Result<bool> QuarantineRecord::remove(const QString &directory)
{
    QFile file(QDir(directory).filePath(fileName));
    if (file.exists() && !file.remove())
        return Result<bool>::failure(
            tr("cannot remove %1: %2").arg(file.fileName(), file.errorString()));
    return true;
}
