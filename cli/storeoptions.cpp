#include "storeoptions.h"

#include "passwordinput.h"

#include "secrets/savedpassword.h"
#include "settings/storesettings.h"
#include "store/storefailure.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QUrl>

namespace {
const QString dbName = QStringLiteral("db");
const QString urlName = QStringLiteral("db-url");
const QString stdinName = QStringLiteral("db-password-stdin");

} // namespace

QList<QCommandLineOption> StoreOptions::commandLineOptions(const QString &dbHelp)
{
    const StoreLocation fallback = Settings::storeLocation();
    return {
        QCommandLineOption(dbName,
                           tr("%1 A SQLite file. Default: the console's database (%2).")
                               .arg(dbHelp, fallback.describe()),
                           tr("FILE")),
        QCommandLineOption(urlName,
                           tr("A team's PostgreSQL database instead: "
                              "postgresql://USER@HOST:PORT/DATABASE. Its password comes from the "
                              "keychain, or --db-password-stdin."),
                           tr("URL")),
        QCommandLineOption(stdinName,
                           tr("Read the PostgreSQL password from the first line of standard "
                              "input (another password this command reads comes on the next "
                              "line).")),
    };
}

Result<StoreLocation> StoreOptions::parseUrl(const QString &text)
{
    using Failure = Result<StoreLocation>;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return Failure::failure(
            tr("--db-url \"%1\" is not a URL: %2").arg(text, url.errorString()));
    if (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))
        return Failure::failure(
            tr("--db-url must start with postgresql://, not \"%1\"").arg(url.scheme()));
    if (!url.password().isEmpty())
        return Failure::failure(tr("--db-url must not carry the password (the command line is "
                                   "visible to every user of this computer): use the keychain or "
                                   "--db-password-stdin"));
    const QString database = url.path().mid(1);
    if (url.userName().isEmpty() || url.host().isEmpty() || database.isEmpty()
        || database.contains(QLatin1Char('/')) || url.hasQuery() || url.hasFragment())
        return Failure::failure(
            tr("--db-url must be postgresql://USER@HOST:PORT/DATABASE, not \"%1\"").arg(text));
    const int port = url.port(5432);
    if (port < 1 || port > 65535)
        return Failure::failure(tr("--db-url has no valid port: \"%1\"").arg(text));
    return StoreLocation::postgres(url.host(), quint16(port), database, url.userName());
}

Result<StoreOptions> StoreOptions::fromParser(const QCommandLineParser &parser)
{
    using Failure = Result<StoreOptions>;
    StoreOptions options;
    if (parser.isSet(dbName) && parser.isSet(urlName))
        return Failure::failure(tr("give --db FILE or --db-url URL, not both"));
    if (parser.isSet(dbName)) {
        if (parser.value(dbName).isEmpty())
            return Failure::failure(tr("--db is empty"));
        options.location = StoreLocation::sqlite(parser.value(dbName));
    } else if (parser.isSet(urlName)) {
        const Result<StoreLocation> location = parseUrl(parser.value(urlName));
        if (!location)
            return Failure::failure(location.error());
        options.location = location.value();
        // The URL says where; how the server is verified is the console's setting.
        options.location.tls = Settings::postgresTls();
    } else {
        // The console's choice: a console set to a team's PostgreSQL takes the CLI along.
        options.location = Settings::storeLocation();
    }
    options.passwordFromStdin = parser.isSet(stdinName);
    if (options.passwordFromStdin && options.location.dialect != SqlDialect::PostgreSql)
        return Failure::failure(
            tr("--db-password-stdin is for a PostgreSQL store; %1 is a SQLite file")
                .arg(options.location.describe()));
    return options;
}

Result<StoreConnection> StoreOptions::connection() const
{
    using Failure = Result<StoreConnection>;
    StoreConnection store { location, {} };
    if (location.dialect != SqlDialect::PostgreSql)
        return store;
    if (passwordFromStdin) {
        const std::optional<QString> line
            = readPassword(tr("Password of %1: ").arg(location.describe()));
        if (!line)
            return Failure::failure(
                tr("--db-password-stdin: standard input ended before the password"));
        store.password = *line;
        return store;
    }
    const Result<std::optional<QString>> saved = SavedPassword::forStore(location).read();
    if (!saved)
        return Failure::failure(tr("the password of %1 cannot be read from the keychain: %2")
                                    .arg(location.describe(), saved.error()));
    if (!saved.value())
        return Failure::failure(tr("no password of %1 is saved in the keychain: save it in the "
                                   "console (Settings → Database) or pass --db-password-stdin")
                                    .arg(location.describe()));
    store.password = *saved.value();
    return store;
}

Result<std::shared_ptr<Database>> StoreOptions::open(const StoreConnection &store,
                                                     bool mustExist) const
{
    if (mustExist && isMissingFile(store))
        return Result<std::shared_ptr<Database>>::failure(
            tr("there is no database at %1").arg(store.location.sqlitePath));
    Result<std::shared_ptr<Database>> database = store.open();
    if (!database)
        return Result<std::shared_ptr<Database>>::failure(
            StoreFailure::explain(store.location, database.error()));
    return database;
}

bool StoreOptions::isMissingFile(const StoreConnection &store)
{
    return store.location.dialect == SqlDialect::Sqlite
        && !QFileInfo::exists(store.location.sqlitePath);
}
