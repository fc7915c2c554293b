#include "postgresserver.h"

#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>

#include <pwd.h>
#include <unistd.h>

namespace {

const QString binDirectory = QStringLiteral("/usr/lib/postgresql/15/bin");

QString binary(const QString &name)
{
    return QDir(binDirectory).filePath(name);
}

// initdb refuses to run as root; as root the server runs as `postgres`, as anyone else as
// themselves.
bool isRoot()
{
    return geteuid() == 0;
}

QString randomPassword()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString password;
    for (int i = 0; i < 24; ++i)
        password
            += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)]);
    return password;
}

// A port nothing listens on right now; the server is started on it at once, and start() tries
// again with another should something take it in between.
quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString giveToPostgres(const QString &path)
{
    if (!isRoot())
        return {};
    const passwd *account = getpwnam("postgres");
    if (!account)
        return QStringLiteral("there is no postgres user to run the server as");
    if (chown(QFile::encodeName(path).constData(), account->pw_uid, account->pw_gid) != 0)
        return QStringLiteral("cannot give %1 to the postgres user").arg(path);
    return {};
}

} // namespace

PostgresServer::PostgresServer()
    : m_password(randomPassword())
{ }

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::unavailableReason()
{
    for (const QString &name : { QStringLiteral("initdb"), QStringLiteral("pg_ctl") }) {
        if (!QFileInfo(binary(name)).isExecutable())
            return QStringLiteral("PostgreSQL 15 is not installed (%1 is missing; apt-get install "
                                  "postgresql)")
                .arg(binary(name));
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's PostgreSQL driver is not installed (apt-get install "
                              "libqt6sql6-psql)");
    if (isRoot() && !getpwnam("postgres"))
        return QStringLiteral("PostgreSQL is installed without its postgres user");
    return {};
}

QString PostgresServer::run(const QString &program, const QStringList &arguments,
                            int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_directory.path());
    if (isRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList { QStringLiteral("-u"), QStringLiteral("postgres"),
                                    QStringLiteral("--"), program }
                          + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("%1 did not finish in %2 ms").arg(program).arg(timeoutMs);
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("%1 failed (exit %2): %3")
            .arg(program)
            .arg(process.exitCode())
            .arg(QString::fromLocal8Bit(process.readAll()));
    return {};
}

QString PostgresServer::makeCertificates(const QString &data)
{
    const QString openssl = QStringLiteral("openssl");
    const QString ca = caFile();
    const QString caKey = m_directory.filePath(QStringLiteral("ca.key"));
    const QString request = m_directory.filePath(QStringLiteral("server.csr"));
    const QString key = data + QStringLiteral("/server.key");
    const QStringList ec { QStringLiteral("-newkey"), QStringLiteral("ec"),
                           QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                           QStringLiteral("-nodes") };
    QString error
        = run(openssl,
              QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + ec
                  + QStringList { QStringLiteral("-keyout"), caKey, QStringLiteral("-out"), ca,
                                  QStringLiteral("-days"), QStringLiteral("2"),
                                  QStringLiteral("-subj"), QStringLiteral("/CN=osmgmt test CA") },
              60000);
    if (error.isEmpty())
        error = run(openssl,
                    QStringList { QStringLiteral("req") } + ec
                        + QStringList { QStringLiteral("-keyout"), key, QStringLiteral("-out"),
                                        request, QStringLiteral("-subj"),
                                        QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                                        QStringLiteral("subjectAltName=IP:127.0.0.1") },
                    60000);
    if (error.isEmpty())
        error = run(openssl,
                    { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                      request, QStringLiteral("-CA"), ca, QStringLiteral("-CAkey"), caKey,
                      QStringLiteral("-CAcreateserial"), QStringLiteral("-copy_extensions"),
                      QStringLiteral("copy"), QStringLiteral("-days"), QStringLiteral("2"),
                      QStringLiteral("-out"), data + QStringLiteral("/server.crt") },
                    60000);
    // The server refuses a key others may read.
    if (error.isEmpty())
        error = run(QStringLiteral("chmod"), { QStringLiteral("600"), key }, 10000);
    if (error.isEmpty()) {
        // Every connection of this process and of the programs it starts (the CLI) verifies the
        // server against this CA when it names no CA file of its own.
        qputenv("PGSSLROOTCERT", QFile::encodeName(ca));
    }
    return error;
}

QString PostgresServer::start()
{
    if (!m_directory.isValid())
        return QStringLiteral("cannot create a temporary folder: %1")
            .arg(m_directory.errorString());
    QString error = giveToPostgres(m_directory.path());
    const QString passwordFile = m_directory.filePath(QStringLiteral("pw"));
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly))
            return file.errorString();
        file.write(m_password.toUtf8());
    }
    if (error.isEmpty())
        error = giveToPostgres(passwordFile);
    const QString data = m_directory.filePath(QStringLiteral("data"));
    // -N: no fsync of the new cluster; it lives for one test run.
    if (error.isEmpty())
        error = run(binary(QStringLiteral("initdb")),
                    { QStringLiteral("-N"), QStringLiteral("-D"), data, QStringLiteral("-U"),
                      user(), QStringLiteral("-E"), QStringLiteral("UTF8"),
                      QStringLiteral("--auth-local=trust"),
                      QStringLiteral("--auth-host=scram-sha-256"),
                      QStringLiteral("--pwfile=") + passwordFile },
                    120000);
    QFile::remove(passwordFile);
    if (error.isEmpty())
        error = makeCertificates(data);
    if (!error.isEmpty())
        return error;
    for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
        m_port = freeLoopbackPort();
        // Loopback only (hard rule of the lab); the socket in our folder, not /run/postgresql.
        // TLS with a certificate for 127.0.0.1 from the test's own CA, so that osmgmt's
        // default, sslmode=verify-full, is what the tests run with.
        const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c ssl=on"
                                               " -c ssl_cert_file=server.crt"
                                               " -c ssl_key_file=server.key")
                                    .arg(m_port)
                                    .arg(m_directory.path());
        error = run(binary(QStringLiteral("pg_ctl")),
                    { QStringLiteral("-D"), data, QStringLiteral("-l"),
                      m_directory.filePath(QStringLiteral("log")), QStringLiteral("-o"), options,
                      QStringLiteral("-w"), QStringLiteral("start") },
                    60000);
        m_running = error.isEmpty();
    }
    if (!m_running)
        return error + QStringLiteral("\n") + serverLog();
    return {};
}

QString PostgresServer::stop()
{
    if (!m_running)
        return {};
    m_running = false;
    return run(binary(QStringLiteral("pg_ctl")),
               { QStringLiteral("-D"), m_directory.filePath(QStringLiteral("data")),
                 QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                 QStringLiteral("stop") },
               30000);
}

QString PostgresServer::serverLog() const
{
    QFile log(m_directory.filePath(QStringLiteral("log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(log.readAll());
}

Result<QString> PostgresServer::createDatabase()
{
    const QString name = QStringLiteral("osmgmt_test_%1").arg(m_nextDatabase++);
    const QString connection = QStringLiteral("postgres-server-admin-%1").arg(m_port);
    QString error;
    {
        QSqlDatabase admin = QSqlDatabase::contains(connection)
            ? QSqlDatabase::database(connection)
            : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        if (!admin.isOpen()) {
            admin.setHostName(host());
            admin.setPort(m_port);
            admin.setDatabaseName(QStringLiteral("postgres"));
            admin.setUserName(user());
            admin.setPassword(m_password);
            if (!admin.open())
                error = admin.lastError().text();
        }
        QSqlQuery create(admin);
        if (error.isEmpty() && !create.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            error = create.lastError().text();
    }
    if (!error.isEmpty())
        return Result<QString>::failure(
            QStringLiteral("cannot create the database %1: %2").arg(name, error));
    return name;
}

Result<std::shared_ptr<Database>> PostgresServer::open(const QString &name) const
{
    return Database::openPostgres(host(), m_port, name, user(), m_password,
                                  PostgresTls { QStringLiteral("verify-full"), caFile() });
}

QString PostgresServer::withConnection(const QString &database,
                                       const std::function<QString(QSqlDatabase &)> &work) const
{
    static int next = 1;
    const QString name = QStringLiteral("postgres-server-raw-%1").arg(next++);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(host());
        db.setPort(m_port);
        db.setDatabaseName(database);
        db.setUserName(user());
        db.setPassword(m_password);
        error = db.open() ? work(db) : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QString PostgresServer::execute(const QString &database, const QStringList &statements) const
{
    return withConnection(database, [&statements](QSqlDatabase &db) -> QString {
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                return statement + QStringLiteral(": ") + query.lastError().text();
        }
        return {};
    });
}

Result<QStringList> PostgresServer::column(const QString &database, const QString &sql) const
{
    QStringList values;
    const QString error = withConnection(database, [&](QSqlDatabase &db) -> QString {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return sql + QStringLiteral(": ") + query.lastError().text();
        while (query.next())
            values << query.value(0).toString();
        return {};
    });
    if (!error.isEmpty())
        return Result<QStringList>::failure(error);
    return values;
}
