#include "settings/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostInfo>
#include <QSettings>
#include <QStandardPaths>

#include <array>

namespace {
struct Declaration
{
    Setting setting;
    const char *key;
    QVariant (*defaultValue)();
};

const std::array<Declaration, 2> declarations = { {
    { Setting::ServerName, "server/name", [] { return QVariant(QHostInfo::localHostName()); } },
    { Setting::Language, "ui/language", [] { return QVariant(QString()); } },
} };

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
