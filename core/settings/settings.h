#pragma once

#include <QString>
#include <QVariant>

// Every setting is declared once (key, type, default) in settings.cpp; the console, the CLI and
// the tests read them through this class. Settings never hold secrets: those go to the keychain.
enum class Setting {
    ServerName, // this console's server name, compared with what agents report
    Language, // "en", "ja", or empty for the system's language
    ConnectRetries, // connects tried again after a timeout, per port (0: none)
    MaxConnections, // connections a query holds open at once; lowered to the open-file limit
};

namespace Settings {
QVariant value(Setting setting);
void setValue(Setting setting, const QVariant &value);
QString serverName();
QString language();
// The probe settings of this console: server name, retries, connection cap.
int connectRetries();
int maxConnections();

// Names the application so that the console and the CLI share one data folder and settings.
void identifyApplication();
QString dataDirectory();
QString databaseFile();
QString scopeFile();
QString logDirectory();
} // namespace Settings
