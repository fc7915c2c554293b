#include "settings/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace {
struct Declaration
{
    Setting setting;
    const char *key;
    QVariant (*defaultValue)();
};

const Declaration declarations[] = {
    { Setting::ServerName, "server/name", [] { return QVariant(QHostInfo::localHostName()); } },
    { Setting::Language, "ui/language", [] { return QVariant(QString()); } },
    { Setting::ConnectRetries, "probe/connectRetries", [] { return QVariant(0); } },
    { Setting::MaxConnections, "probe/maxConnections", [] { return QVariant(16384); } },
};

const Declaration &declarationOf(Setting setting)
{
    for (const Declaration &declaration : declarations) {
        if (declaration.setting == setting)
            return declaration;
    }
    Q_UNREACHABLE();
}
} // namespace

namespace Settings {

QVariant value(Setting setting)
{
    const Declaration &declaration = declarationOf(setting);
    return QSettings().value(QLatin1String(declaration.key), declaration.defaultValue());
}

void setValue(Setting setting, const QVariant &value)
{
    QSettings().setValue(QLatin1String(declarationOf(setting).key), value);
}

QString serverName()
{
    return value(Setting::ServerName).toString();
}

QString language()
{
    return value(Setting::Language).toString();
}

int connectRetries()
{
    return std::clamp(value(Setting::ConnectRetries).toInt(), 0, 10);
}

int maxConnections()
{
    return std::clamp(value(Setting::MaxConnections).toInt(), 1, 1 << 20);
}

void identifyApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("osmgmt"));
    QCoreApplication::setApplicationName(QStringLiteral("osmgmt"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OSMGMT_VERSION));
}

QString dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString databaseFile()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("osmgmt.sqlite"));
}

QString scopeFile()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("scope.json"));
}

QString logDirectory()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("logs"));
}

} // namespace Settings
