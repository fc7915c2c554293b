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
    MaxScopeAddresses, // addresses of a query's IP ranges, at most (docs/scope-format.md)
    ProbeThreads, // engine threads of a sweep (0: one per core)
    StoreBackend, // "sqlite" (the file under dataDirectory()) or "postgresql" (a team's server)
    PostgresHost, // the PostgreSQL server's host name or address
    PostgresPort, // its TCP port
    PostgresDatabase, // the database name on that server
    PostgresUser, // the role osmgmt logs in as; its password is in the keychain, never here
    PostgresSslMode, // libpq's sslmode: verify-full unless lowered (PostgresTls::modes())
    PostgresCaFile, // the PEM file of the CA the server's certificate chains to; empty: libpq's
    KeepQueries, // retention: how many of the newest queries to keep (0: no limit)
    KeepDays, // retention: drop queries that started more than this many days ago (0: no limit)
    NotifyEventKinds, // the event kinds the console shows as desktop notifications (a list)
    ResultsColumns, // the results table's shown columns, in order (keys; empty: the default)
    QueryAtStart, // whether the console runs the saved scope as it starts (off)
    DemoQueryAtStart, // the same for `osmgmt --demo`, kept apart so each keeps its own (on)
};

// Where the store lives (Setting::StoreBackend).
enum class StoreBackend { Sqlite, PostgreSql };

namespace Settings {
QVariant value(Setting setting);
void setValue(Setting setting, const QVariant &value);
QString serverName();
QString language();
// The probe settings of this console: server name, retries, connection cap.
int connectRetries();
int maxConnections();
// The most addresses a query's IP ranges may hold; 0 (the default): ScopeLimits' built-in one.
quint64 maxScopeAddresses();
// Engine threads of a sweep, 1-256; 0 (the default): one per core, fewer for a small query
// (ProbeSettings::threads).
int probeThreads();
// The store's backend and, for PostgreSQL, where to connect (the password is not a setting).
StoreBackend storeBackend();
QString postgresHost();
quint16 postgresPort();
QString postgresDatabase();
QString postgresUser();
// An unknown mode reads as verify-full: a typo must not turn verification off.
QString postgresSslMode();
QString postgresCaFile();
// Retention of query history; 0 means no limit. The audit log is never pruned.
int keepQueries();
int keepDays();
// Whether a query runs as the console starts: the demo's setting with `demo`, else the console's.
bool queryAtStart(bool demo);

// Names the application so that the console and the CLI share one data folder and settings.
void identifyApplication();
QString dataDirectory();
QString databaseFile();
QString scopeFile();
QString logDirectory();
} // namespace Settings
