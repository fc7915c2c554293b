#pragma once

#include "common/result.h"
#include "store/storeconnection.h"

#include <QCoreApplication>
#include <QList>

class QCommandLineOption;
class QCommandLineParser;

// Where a command finds the store (docs/cli.md, "The store"): --db FILE for a SQLite file,
// --db-url postgresql://user@host:port/database for a team's PostgreSQL, and by default the
// store the console is set to use (Settings → Database). The PostgreSQL password comes from the
// FIRST line of standard input with --db-password-stdin, otherwise from the keychain where the
// console saved it; never from the command line, where `ps` would show it.
struct StoreOptions
{
    Q_DECLARE_TR_FUNCTIONS(StoreOptions)

public:
    StoreLocation location;
    bool passwordFromStdin = false;

    // The three options, for a command's parser; `dbHelp` says what the command does with the
    // store ("The SQLite database to read.").
    static QList<QCommandLineOption> commandLineOptions(const QString &dbHelp);
    // The store the parsed options name, or what is wrong with them.
    static Result<StoreOptions> fromParser(const QCommandLineParser &parser);
    // postgresql://user@host[:port]/database (also postgres://); a password in it is refused.
    static Result<StoreLocation> parseUrl(const QString &url);

    // The location with its password: read now from standard input's next line
    // (--db-password-stdin) or from the keychain; nothing for SQLite. Call it before reading any
    // other password from standard input, which comes on the following line.
    Result<StoreConnection> connection() const;
    // Opens the store. A SQLite file that does not exist is refused instead of created when
    // `mustExist`, so that a mistyped path does not look like an empty store.
    Result<std::shared_ptr<Database>> open(const StoreConnection &store, bool mustExist) const;
    // Whether `store` is a SQLite file that does not exist: the commands that read a store exit
    // with 3 then (docs/cli.md), and with 1 when an existing store fails.
    static bool isMissingFile(const StoreConnection &store);
};
