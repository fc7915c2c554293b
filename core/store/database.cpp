#include "store/database.h"

#include "common/logging.h"
#include "store/sqltransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <mutex>

namespace {

// A step of opening that only says whether it worked.
using Checked = Result<Done>;

std::atomic<quint64> s_nextConnection { 1 };

// The first 16 bytes of every SQLite 3 database (sqlite.org/fileformat.html, "The Database
// Header"). Reading them before SQLite opens the file refuses a foreign file without SQLite ever
// getting the chance to write to it. An empty file is a valid, empty database.
Result<Done> checkSqliteHeader(const QString &path)
{
    QFile file(path);
    if (file.size() == 0)
        return Done {};
    if (!file.open(QIODevice::ReadOnly))
        return Checked::failure(QCoreApplication::translate("Database", "%1 cannot be opened: %2")
                                    .arg(path, file.errorString()));
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(magic.size()) != magic) {
        return Checked::failure(
            QCoreApplication::translate(
                "Database",
                "%1 is not an osmgmt database (file is not a database); it was left untouched")
                .arg(path));
    }
    return Done {};
}

} // namespace

namespace {

// The SQLite files this process has connections to, and how many. Closing any descriptor of a
// file drops every POSIX lock this process holds on it (sqlite.org/howtocorrupt.html, 2.2): a
// header read (checkSqliteHeader) of a file that a connection here has open would make another
// process (osmgmt-cli on the console's store) take it for unused and delete its WAL under this
// one's connections, which then fail with "disk I/O error".
std::mutex openFilesMutex;
QHash<QString, int> openFiles;

bool isOpenHere(const QString &file)
{
    const std::lock_guard<std::mutex> lock(openFilesMutex);
    return openFiles.value(file) > 0;
}

void countOpen(const QString &file, int change)
{
    const std::lock_guard<std::mutex> lock(openFilesMutex);
    if ((openFiles[file] += change) <= 0)
        openFiles.remove(file);
}

} // namespace

Database::Database(QString connectionName, QString location, SqlDialect dialect)
    : m_connectionName(std::move(connectionName))
    , m_location(std::move(location))
    , m_dialect(dialect)
    , m_thread(QThread::currentThread())
{
    if (m_dialect == SqlDialect::Sqlite)
        countOpen(m_location, +1);
}

Database::~Database()
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database",
               "destroyed on another thread than the one that opened it");
    {
        // Every copy of the handle must be gone before removeDatabase(), or Qt warns that the
        // connection is still in use and keeps it alive.
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_dialect == SqlDialect::Sqlite)
        countOpen(m_location, -1);
}

Result<std::shared_ptr<Database>> Database::openSqlite(const QString &path)
{
    using Opened = Result<std::shared_ptr<Database>>;
    const QFileInfo info(path);
    const QString file = info.absoluteFilePath();
    if (info.isDir())
        return Opened::failure(tr("%1 is a folder, not a database file").arg(file));
    if (!QDir().mkpath(info.absolutePath()))
        return Opened::failure(tr("cannot create the folder %1 for the database")
                                   .arg(QDir::toNativeSeparators(info.absolutePath())));
    // Opening checks the file, then sets WAL and migrates: two openers of a new file at once
    // (the console's loader, its scheduler and its store thread at start; a console and a CLI)
    // would see each other's half-made file. Threads take turns on a mutex, processes on a lock
    // file beside the database.
    static std::mutex openMutex;
    const std::lock_guard<std::mutex> threadTurn(openMutex);
    QLockFile processTurn(file + QStringLiteral(".lock"));
    processTurn.setStaleLockTime(30000);
    if (!processTurn.tryLock(20000)) {
        return Opened::failure(tr("%1 is being opened by another program; try again")
                                   .arg(QDir::toNativeSeparators(file)));
    }
    // A file a connection here has open was checked when that one opened it, and reading it
    // again would drop that connection's locks (above).
    if (info.exists() && !isOpenHere(file)) {
        const Result<Done> header = checkSqliteHeader(file);
        if (!header)
            return Opened::failure(header.error());
    }

    const QString name = QStringLiteral("osmgmt-store-%1").arg(s_nextConnection++);
    // Created before the connection so that its destructor removes the connection on every
    // early return below.
    std::shared_ptr<Database> database(new Database(name, file, SqlDialect::Sqlite));
    for (auto step : { &Database::openConnection, &Database::checkSqliteContents,
                       &Database::configureSqlite }) {
        const Result<Done> done = (database.get()->*step)();
        if (!done)
            return Opened::failure(done.error());
    }
    return finishOpening(std::move(database));
}

Result<std::shared_ptr<Database>> Database::open(const StoreLocation &location,
                                                 const QString &password)
{
    if (location.dialect == SqlDialect::PostgreSql)
        return openPostgres(location.host, location.port, location.database, location.user,
                            password, location.tls);
    return openSqlite(location.sqlitePath);
}

Result<std::shared_ptr<Database>>
Database::openPostgres(const QString &host, quint16 port, const QString &databaseName,
                       const QString &user, const QString &password, const PostgresTls &tls)
{
    using Opened = Result<std::shared_ptr<Database>>;
    if (host.isEmpty() || databaseName.isEmpty() || user.isEmpty())
        return Opened::failure(
            tr("a PostgreSQL store needs a host, a database name and a user name"));
    const QString name = QStringLiteral("osmgmt-store-%1").arg(s_nextConnection++);
    const QString location
        = QStringLiteral("%1@%2:%3/%4").arg(user, host, QString::number(port), databaseName);
    std::shared_ptr<Database> database(new Database(name, location, SqlDialect::PostgreSql));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid())
        return Opened::failure(tr("the PostgreSQL driver of Qt (QPSQL) is not installed; install "
                                  "libqt6sql6-psql"));
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(databaseName);
    db.setUserName(user);
    db.setPassword(password);
    if (!PostgresTls::modes().contains(tls.mode))
        return Opened::failure(tr("\"%1\" is not a TLS mode osmgmt uses for PostgreSQL (%2)")
                                   .arg(tls.mode, PostgresTls::modes().join(QLatin1String(", "))));
    // A server that does not answer must not hang the console for the TCP timeout. libpq's
    // values are quoted, so a CA path with spaces stays one value.
    QString options
        = QStringLiteral("connect_timeout=10;application_name=osmgmt;sslmode=") + tls.mode;
    if (!tls.caFile.isEmpty()) {
        QString quoted = tls.caFile;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        quoted.replace(QLatin1Char('\''), QLatin1String("\\'"));
        options += QStringLiteral(";sslrootcert='%1'").arg(quoted);
    }
    db.setConnectOptions(options);
    if (!tls.isFullyVerified())
        Logging::get("store")->warn("the connection to {} does not verify the server fully "
                                    "(sslmode={})",
                                    location, tls.mode);
    if (!db.open())
        return Opened::failure(tr("cannot connect to the PostgreSQL database %1: %2")
                                   .arg(location, sqlErrorText(db.lastError())));
    db.setPassword(QString());
    const Result<Done> contents = database->checkPostgresContents();
    if (!contents)
        return Opened::failure(contents.error());
    return finishOpening(std::move(database));
}

Result<std::shared_ptr<Database>> Database::finishOpening(std::shared_ptr<Database> database)
{
    using Opened = Result<std::shared_ptr<Database>>;
    const QString &where = database->m_location;
    const Result<Done> migrated = Migrations::migrate(database->connection(), database->m_dialect);
    if (!migrated)
        return Opened::failure(where + QStringLiteral(": ") + migrated.error());
    const Result<int> version = Migrations::currentVersion(database->connection());
    if (!version)
        return Opened::failure(where + QStringLiteral(": ") + version.error());
    database->m_schemaVersion = *version;
    Logging::get("store")->info("opened database {} (schema {})", where, *version);
    return database;
}

QSqlDatabase Database::connection() const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database",
               "used on another thread than the one that opened it");
    return QSqlDatabase::database(m_connectionName, false);
}

Result<Done> Database::writeTransaction(const std::function<Result<Done>()> &work) const
{
    return SqlTransaction::run(connection(), m_dialect, work);
}

Result<int> Database::writeStatement(const QString &sql, const QVariantList &values) const
{
    int changed = 0;
    // Outlives the transaction: PostgreSQL cannot free a prepared statement inside a failed
    // transaction, so destroying one before the ROLLBACK makes Qt warn "Unable to free
    // statement".
    QSqlQuery statement(connection());
    const Result<Done> written = writeTransaction([&]() -> Result<Done> {
        if (!statement.prepare(sql))
            return sqlFailure(statement.lastError());
        const Result<Done> executed = execBound(statement, values);
        if (executed)
            changed = statement.numRowsAffected();
        return executed;
    });
    if (!written)
        return Result<int>::failure(written.error());
    return changed;
}

Result<Done> Database::openConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        return Checked::failure(
            tr("the SQLite driver of Qt (QSQLITE) is not installed; install libqt6sql6-sqlite"));
    db.setDatabaseName(m_location);
    // sqlite3_busy_timeout: a connection waits up to 5 s for another one's write lock instead of
    // failing at once with "database is locked" (DESIGN.md: workers write on their own
    // connections).
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Checked::failure(
            tr("%1 cannot be opened: %2").arg(m_location, sqlErrorText(db.lastError())));
    return Done {};
}

// Everything here only reads: a file that is refused must stay byte-identical.
Result<Done> Database::checkSqliteContents()
{
    // The first read of the schema is what fails for a corrupt or encrypted file ("file is not a
    // database"). A full PRAGMA quick_check is not run: it reads every page, and every worker
    // thread opens its own connection; later damage fails the statement that meets it.
    return checkTables(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"),
                       tr("%1 is not an osmgmt database (%2); it was left untouched"),
                       tr("%1 is a SQLite database of another program (it has no schema_version "
                          "table); it was left untouched"));
}

// Everything here only reads, as for SQLite.
Result<Done> Database::checkPostgresContents()
{
    return checkTables(QStringLiteral("SELECT table_name FROM information_schema.tables"
                                      " WHERE table_schema = current_schema()"),
                       tr("%1: cannot read the list of tables: %2"),
                       tr("%1 holds the tables of another program (it has no schema_version "
                          "table); it was left untouched"));
}

// An empty database is new; one without schema_version is another program's, refused.
// `unreadable` says, with the location and the database's words, why the list of tables
// `listSql` gives cannot be read; `foreign`, with the location, whose tables these are.
Result<Done> Database::checkTables(const QString &listSql, const QString &unreadable,
                                   const QString &foreign)
{
    QStringList tables;
    {
        QSqlQuery query(connection());
        if (!query.exec(listSql))
            return Checked::failure(unreadable.arg(m_location, sqlErrorText(query.lastError())));
        while (query.next())
            tables << query.value(0).toString();
    }
    if (tables.isEmpty())
        return Done {};
    if (!tables.contains(QStringLiteral("schema_version")))
        return Checked::failure(foreign.arg(m_location));
    return checkSchemaVersion();
}

Result<Done> Database::checkSchemaVersion()
{
    const QSqlDatabase db = connection();
    const Result<int> version = Migrations::currentVersion(db);
    if (!version)
        return Checked::failure(
            tr("%1: %2; it was left untouched").arg(m_location, version.error()));
    if (*version > Migrations::latestVersion()) {
        return Checked::failure(
            tr("%1: this database was written by a newer osmgmt (schema %2; this version knows "
               "up to %3); it was left untouched")
                .arg(m_location, QString::number(*version),
                     QString::number(Migrations::latestVersion())));
    }
    return Done {};
}

Result<Done> Database::configureSqlite()
{
    const QSqlDatabase db = connection();
    // foreign_keys: endpoints go with their query (ON DELETE CASCADE). synchronous=NORMAL in WAL
    // mode never corrupts the database; a power cut may lose the last commits, a crashed or
    // killed process loses nothing committed (sqlite.org/pragma.html#pragma_synchronous).
    for (const char *pragma : { "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL" }) {
        const Result<Done> set = SqlTransaction::exec(db, QString::fromLatin1(pragma));
        if (!set)
            return Checked::failure(
                tr("%1: %2 failed: %3").arg(m_location, QString::fromLatin1(pragma), set.error()));
    }
    // WAL lets the GUI read while a worker writes, and a crash at any moment leaves the database
    // whole (DESIGN.md, "Persistence"). Some file systems cannot do WAL; SQLite then answers
    // with the mode it kept, which is worth a warning but not a refusal.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return Checked::failure(tr("%1: cannot switch to WAL mode: %2")
                                    .arg(m_location, sqlErrorText(query.lastError())));
    const QString mode = query.value(0).toString();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        Logging::get("store")->warn("{} stays in journal mode {}: this file system refused WAL",
                                    m_location, mode);
    }
    return Done {};
}
