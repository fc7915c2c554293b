#pragma once

#include "settings/settings.h"
#include "store/storelocation.h"

// The store the console is set to use (its Database settings page), and the CLI's default: the
// SQLite file under dataDirectory(), or a team's PostgreSQL. Inline so that the settings library
// itself does not depend on the store's; a user of this header links both.
namespace Settings {

// How PostgreSQL connections check the server (the console's and the CLI's alike).
inline PostgresTls postgresTls()
{
    return PostgresTls { postgresSslMode(), postgresCaFile() };
}

inline StoreLocation storeLocation()
{
    if (storeBackend() == StoreBackend::PostgreSql) {
        StoreLocation location = StoreLocation::postgres(postgresHost(), postgresPort(),
                                                         postgresDatabase(), postgresUser());
        location.tls = postgresTls();
        return location;
    }
    return StoreLocation::sqlite(databaseFile());
}

// Saves where the store is; a SQLite location keeps the PostgreSQL fields for the next switch.
inline void setStoreLocation(const StoreLocation &location)
{
    if (location.dialect == SqlDialect::Sqlite) {
        setValue(Setting::StoreBackend, QStringLiteral("sqlite"));
        return;
    }
    setValue(Setting::StoreBackend, QStringLiteral("postgresql"));
    setValue(Setting::PostgresHost, location.host);
    setValue(Setting::PostgresPort, int(location.port));
    setValue(Setting::PostgresDatabase, location.database);
    setValue(Setting::PostgresUser, location.user);
    setValue(Setting::PostgresSslMode, location.tls.mode);
    setValue(Setting::PostgresCaFile, location.tls.caFile);
}

} // namespace Settings
