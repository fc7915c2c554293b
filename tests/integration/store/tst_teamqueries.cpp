#include "fleetprocess.h"
#include "postgresbackends.h"
#include "querysession.h"
#include "store/querystore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Two consoles writing queries into one team store at the same time lose nothing (issue 6,
// point 6), the whole way through: each child process is a console's QuerySession (its
// QueryRunner, StoreWriter and store connection) querying its own loopback range, every address
// refused at once, so that both write batches as fast as they can. tst_teamstore covers the
// same at the QueryStore level; this one adds the runner, the writer thread, the retention
// after each query and the console's loading of the last query from PostgreSQL.
class TestTeamQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void twoConsolesQueryingAtOnceLoseNothing();
    void aRefusedPasswordIsSaidInWords();

private:
    StoreBackends m_backends;
    QTemporaryDir m_dir;
};

namespace {

constexpr int consoles = 2;
constexpr int addressesPerConsole = 1024; // a /22

StoreConnection connectionOf(const StoreTarget &target)
{
    StoreConnection store;
    store.location = target.dialect == SqlDialect::PostgreSql
        ? StoreLocation::postgres(target.host, target.port, target.database, target.user)
        : StoreLocation::sqlite(target.sqlitePath);
    store.password = target.password;
    return store;
}

// The child: one query through a QuerySession, then the last query loaded back from the store.
// Prints the rows the console showed; exit code 1 with the error otherwise. (Its "last query" is
// the newest of the whole store, which may be the other console's: not printed.)
int runConsole(const QStringList &arguments)
{
    const QString name = arguments.value(0);
    const QString network = arguments.value(1); // "127.a.b." of a /22 free on loopback
    const StoreTarget target = StoreTarget::fromArguments(arguments.mid(2));
    QuerySession session(connectionOf(target), name);
    QStringList errors;
    QObject::connect(&session, &QuerySession::errorOccurred,
                     [&errors](const QString &error) { errors << error; });
    Scope scope;
    const QStringList parts = network.split(QLatin1Char('.'));
    const int third = parts.value(2).toInt() & ~3;
    scope.ipv4Ranges = { Ipv4Range::parse(QStringLiteral("127.%1.%2.0-127.%1.%3.255")
                                              .arg(parts.value(1))
                                              .arg(third)
                                              .arg(third + 3))
                             .value() };
    scope.ports = PortList::fromNumbers({ FleetProcess::randomPort() }).value();
    scope.unreachableCheck.port = FleetProcess::randomPort();
    scope.timeoutMs = 3000;
    QSignalSpy finished(&session, &QuerySession::queryFinished);
    const Result<QueryScope> checked = QueryScope::from(scope);
    if (!checked) {
        fprintf(stderr, "%s\n", qPrintable(checked.error()));
        return 1;
    }
    session.startQuery(checked.value());
    if (!finished.wait(60000)) {
        fprintf(stderr, "the query did not finish\n");
        return 1;
    }
    // The record is read back from the store after the query (the console's own path).
    QSignalSpy lastQuery(&session, &QuerySession::lastQueryChanged);
    if (!lastQuery.wait(30000) || !session.lastQuery() || !errors.isEmpty()) {
        fprintf(stderr, "%s\n", qPrintable(errors.join(QLatin1Char('\n'))));
        return 1;
    }
    printf("%d\n", session.results()->rowCount());
    return 0;
}

} // namespace

void TestTeamQueries::initTestCase_data()
{
    StoreBackends::addGlobalData();
}

void TestTeamQueries::init()
{
    QFETCH_GLOBAL(QString, backend);
    const QString skip = m_backends.skipReason(backend);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
}

void TestTeamQueries::twoConsolesQueryingAtOnceLoseNothing()
{
    QFETCH_GLOBAL(QString, backend);
    auto target = m_backends.fresh(backend, m_dir.path());
    QVERIFY2(target.ok(), qPrintable(target.error()));

    QProcess processes[consoles];
    QString networks[consoles];
    for (int c = 0; c < consoles; ++c) {
        do {
            networks[c] = FleetProcess::randomLoopbackNetwork();
        } while (c > 0
                 && networks[c].section(QLatin1Char('.'), 1, 1)
                     == networks[0].section(QLatin1Char('.'), 1, 1));
        // Settings of their own (no retention): the user's could prune the other's query.
        QProcessEnvironment environment = target->childEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_dir.filePath(QStringLiteral("config")));
        processes[c].setProcessEnvironment(environment);
        processes[c].start(QCoreApplication::applicationFilePath(),
                           QStringList { QStringLiteral("--console"),
                                         QStringLiteral("console%1").arg(c), networks[c] }
                               + target->toArguments());
    }
    for (int c = 0; c < consoles; ++c) {
        QVERIFY(processes[c].waitForFinished(120000));
        const QString err = QString::fromLocal8Bit(processes[c].readAllStandardError());
        QVERIFY2(processes[c].exitStatus() == QProcess::NormalExit && processes[c].exitCode() == 0,
                 qPrintable(err));
        QCOMPARE(processes[c].readAllStandardOutput().trimmed().toInt(), addressesPerConsole);
    }

    auto opened = target->open();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QueryStore reader(*opened);
    auto records = reader.queries();
    QVERIFY2(records.ok(), qPrintable(records.error()));
    QCOMPARE(records->size(), consoles);
    for (int c = 0; c < consoles; ++c) {
        const auto record = std::find_if(records->begin(), records->end(), [c](const auto &r) {
            return r.serverName == QStringLiteral("console%1").arg(c);
        });
        QVERIFY(record != records->end());
        QCOMPARE(record->state, QueryState::Completed);
        QCOMPARE(record->endpointCount, qint64(addressesPerConsole));
        auto stored = reader.endpoints(record->id);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        QCOMPARE(stored->size(), addressesPerConsole);
        // Every address of this console's range once, none of the other's.
        QSet<QString> addresses;
        const QString prefix
            = QStringLiteral("127.%1.").arg(networks[c].section(QLatin1Char('.'), 1, 1));
        for (const Endpoint &endpoint : *stored) {
            QVERIFY2(endpoint.address.startsWith(prefix), qPrintable(endpoint.address));
            addresses.insert(endpoint.address);
        }
        QCOMPARE(addresses.size(), addressesPerConsole);
    }

    // A third console opens one of them: its rows arrive from the store in chunks, and the
    // client tree follows.
    QuerySession viewer(connectionOf(*target), QStringLiteral("viewer"));
    QSignalSpy shown(&viewer, &QuerySession::queryOpened);
    QSignalSpy loaded(&viewer, &QuerySession::storedRowsLoaded);
    QSignalSpy failed(&viewer, &QuerySession::errorOccurred);
    viewer.openQuery(records->first().id);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(loaded.first().first().toLongLong(), qint64(addressesPerConsole));
    QCOMPARE(viewer.results()->rowCount(), addressesPerConsole);
    const QModelIndex outside = viewer.clientTree()->outsideServerManagementIndex();
    int inTree = viewer.clientTree()->rowCount(viewer.clientTree()->thisServerIndex());
    for (int group = 0; group < viewer.clientTree()->rowCount(outside); ++group)
        inTree += viewer.clientTree()->rowCount(viewer.clientTree()->index(group, 0, outside));
    QCOMPARE(inTree, addressesPerConsole);
    QVERIFY(!viewer.isLoading());
}

void TestTeamQueries::aRefusedPasswordIsSaidInWords()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != QLatin1String("postgresql"))
        QSKIP("a SQLite file has no password");
    auto target = m_backends.fresh(backend, m_dir.path());
    QVERIFY2(target.ok(), qPrintable(target.error()));
    StoreConnection store = connectionOf(*target);
    store.password = QStringLiteral("not the password");
    QuerySession session(store, QStringLiteral("console"));
    QSignalSpy errors(&session, &QuerySession::errorOccurred);
    session.loadLastQuery();
    QVERIFY(errors.wait(30000));
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("refused the password of user")), qPrintable(message));
    QVERIFY(!message.contains(QLatin1String("not the password")));
    QVERIFY(!session.lastQuery());
    QCOMPARE(session.results()->rowCount(), 0);
}

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--console") == 0)
        return runConsole(application.arguments().mid(2));
    TestTeamQueries test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_teamqueries.moc"
