#pragma once

#include "store/database.h"
#include "store/storelocation.h"

#include <QString>

#include <memory>

// Everything a thread needs to open its own Database on the store: where it is, and for a team's
// PostgreSQL the password read from the keychain (or standard input) when the program started.
// Kept in memory only; never written to settings, files or logs.
struct StoreConnection
{
    StoreLocation location;
    QString password;

    Result<std::shared_ptr<Database>> open() const { return Database::open(location, password); }
};
