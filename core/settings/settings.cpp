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
    { Setting::MaxScopeAddresses, "probe/maxAddresses", [] { return QVariant(0); } },
    { Setting::ProbeThreads, "probe/threads", [] { return QVariant(0); } },
    { Setting::StoreBackend, "store/backend", [] { return QVariant(QStringLiteral("sqlite")); } },
    { Setting::PostgresHost, "store/postgresHost",
      [] { return QVariant(QStringLiteral("localhost")); } },
    { Setting::PostgresPort, "store/postgresPort", [] { return QVariant(5432); } },
    { Setting::PostgresDatabase, "store/postgresDatabase",
      [] { return QVariant(QStringLiteral("osmgmt")); } },
    { Setting::PostgresUser, "store/postgresUser",
      [] { return QVariant(QStringLiteral("osmgmt")); } },
    { Setting::PostgresSslMode, "store/postgresSslMode",
      [] { return QVariant(QStringLiteral("verify-full")); } },
    { Setting::PostgresCaFile, "store/postgresCaFile", [] { return QVariant(QString()); } },
    { Setting::KeepQueries, "store/keepQueries", [] { return QVariant(0); } },
    { Setting::KeepDays, "store/keepDays", [] { return QVariant(0); } },
    { Setting::NotifyEventKinds, "heartbeat/notifyEventKinds",
      [] {
          return QVariant(QStringList { QStringLiteral("went-offline"),
                                        QStringLiteral("went-missing"),
                                        QStringLiteral("needs-attention") });
      } },
    { Setting::ResultsColumns, "ui/resultsColumns", [] { return QVariant(QStringList()); } },
    { Setting::QueryAtStart, "ui/queryAtStart", [] { return QVariant(false); } },
    { Setting::DemoQueryAtStart, "demo/queryAtStart", [] { return QVariant(true); } },
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

quint64 maxScopeAddresses()
{
    bool ok = false;
    const qulonglong value = Settings::value(Setting::MaxScopeAddresses).toULongLong(&ok);
    // A setting that is not a number keeps the built-in limit rather than lifting it.
    return ok ? quint64(value) : 0;
}

int probeThreads()
{
    return std::clamp(value(Setting::ProbeThreads).toInt(), 0, 256);
}

StoreBackend storeBackend()
{
    // Anything but the one other key keeps the local file: a typo must not send the history to
    // a server nobody configured.
    return value(Setting::StoreBackend).toString() == QLatin1String("postgresql")
        ? StoreBackend::PostgreSql
        : StoreBackend::Sqlite;
}

QString postgresHost()
{
    return value(Setting::PostgresHost).toString();
}

quint16 postgresPort()
{
    return quint16(std::clamp(value(Setting::PostgresPort).toInt(), 1, 65535));
}

QString postgresDatabase()
{
    return value(Setting::PostgresDatabase).toString();
}

QString postgresUser()
{
    return value(Setting::PostgresUser).toString();
}

QString postgresSslMode()
{
    const QString mode = value(Setting::PostgresSslMode).toString();
    for (const char *known : { "verify-full", "verify-ca", "require", "disable" }) {
        if (mode == QLatin1String(known))
            return mode;
    }
    return QStringLiteral("verify-full");
}

QString postgresCaFile()
{
    return value(Setting::PostgresCaFile).toString();
}

int keepQueries()
{
    return std::max(value(Setting::KeepQueries).toInt(), 0);
}

int keepDays()
{
    return std::max(value(Setting::KeepDays).toInt(), 0);
}

bool queryAtStart(bool demo)
{
    return value(demo ? Setting::DemoQueryAtStart : Setting::QueryAtStart).toBool();
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
