#include "postgresbackends.h"
#include "sampleendpoints.h"
#include "store/database.h"
#include "store/querystore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Two consoles (here: two processes of this test, each with its own QueryStore) writing queries
// into one store at the same time lose nothing: on PostgreSQL, the team's case, and on SQLite.
// The processes start together on a new, empty store, so they also race through migrating it.
class TestTeamStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void twoProcessesWritingLoseNothing();

private:
    StoreBackends m_backends;
    QTemporaryDir m_dir;
};

namespace {

constexpr int writers = 2;
constexpr int batches = 60;
constexpr int batchSize = 150;

QString nameOf(const QString &writer, int batch, int row)
{
    return QStringLiteral("%1-端末-%2-%3").arg(writer).arg(batch).arg(row);
}

// The child: one query of `batches` batches, then Completed. Exit code 0, or 1 with the error on
// stderr.
int runWriter(const QStringList &arguments)
{
    const QString writer = arguments.value(0);
    const StoreTarget target = StoreTarget::fromArguments(arguments.mid(1));
    auto opened = target.open();
    if (!opened) {
        fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    QueryStore store(*opened);
    auto id = store.beginQuery("{}", writer, quint64(batches * batchSize),
                               QDateTime::currentDateTimeUtc());
    if (!id) {
        fprintf(stderr, "%s\n", qPrintable(id.error()));
        return 1;
    }
    for (int b = 0; b < batches; ++b) {
        QVector<Endpoint> batch;
        for (int row = 0; row < batchSize; ++row) {
            const SecurityStatus status = SecurityStatuses::all[size_t(row) % 5];
            batch << SampleEndpoints::make(QStringLiteral("127.2.%1.%2").arg(b).arg(row), status,
                                           nameOf(writer, b, row));
        }
        const QString error = store.appendEndpoints(*id, batch).error();
        if (!error.isEmpty()) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    const QString error
        = store.finishQuery(*id, QueryState::Completed, QDateTime::currentDateTimeUtc()).error();
    if (!error.isEmpty()) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    printf("%lld\n", static_cast<long long>(*id));
    return 0;
}

} // namespace

void TestTeamStore::initTestCase_data()
{
    StoreBackends::addGlobalData();
}

void TestTeamStore::init()
{
    QFETCH_GLOBAL(QString, backend);
    const QString skip = m_backends.skipReason(backend);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
}

void TestTeamStore::twoProcessesWritingLoseNothing()
{
    QFETCH_GLOBAL(QString, backend);
    auto target = m_backends.fresh(backend, m_dir.path());
    QVERIFY2(target.ok(), qPrintable(target.error()));

    QProcess processes[writers];
    for (int w = 0; w < writers; ++w) {
        processes[w].setProcessEnvironment(target->childEnvironment());
        processes[w].start(
            QCoreApplication::applicationFilePath(),
            QStringList { QStringLiteral("--writer"), QStringLiteral("console%1").arg(w) }
                + target->toArguments());
    }
    qint64 ids[writers] = {};
    for (int w = 0; w < writers; ++w) {
        QVERIFY(processes[w].waitForFinished(120000));
        const QString err = QString::fromLocal8Bit(processes[w].readAllStandardError());
        QVERIFY2(processes[w].exitStatus() == QProcess::NormalExit && processes[w].exitCode() == 0,
                 qPrintable(err));
        ids[w] = processes[w].readAllStandardOutput().trimmed().toLongLong();
        QVERIFY(ids[w] > 0);
    }
    QVERIFY(ids[0] != ids[1]);

    auto opened = target->open();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QueryStore reader(*opened);
    auto records = reader.queries();
    QVERIFY2(records.ok(), qPrintable(records.error()));
    QCOMPARE(records->size(), writers);
    for (int w = 0; w < writers; ++w) {
        const QString writer = QStringLiteral("console%1").arg(w);
        auto record = reader.query(ids[w]);
        QVERIFY2(record.ok() && record->has_value(), qPrintable(record.error()));
        QCOMPARE((*record)->serverName, writer);
        QCOMPARE((*record)->state, QueryState::Completed);
        QCOMPARE((*record)->batchCount, qint64(batches));
        QCOMPARE((*record)->endpointCount, qint64(batches * batchSize));
        for (qint64 count : (*record)->statusCounts)
            QCOMPARE(count, qint64(batches * batchSize / 5));
        // Every row, in order, and only this writer's.
        auto stored = reader.endpoints(ids[w]);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        QCOMPARE(stored->size(), batches * batchSize);
        for (int b = 0; b < batches; ++b) {
            for (int row = 0; row < batchSize; ++row) {
                const Endpoint &endpoint = stored->at(b * batchSize + row);
                if (endpoint.name != nameOf(writer, b, row))
                    QFAIL(qPrintable(QStringLiteral("row %1 of %2 is %3")
                                         .arg(b * batchSize + row)
                                         .arg(writer, endpoint.name)));
            }
        }
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--writer") == 0)
        return runWriter(application.arguments().mid(2));
    TestTeamStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_teamstore.moc"
