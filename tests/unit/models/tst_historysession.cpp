#include "historysession.h"
#include "querysession.h"
#include "store/database.h"
#include "store/querystore.h"
#include "storedquery.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// HistorySession over a real SQLite store: it lists the stored queries, compares a query with the
// completed one before it, and says in words when the store cannot answer. Every read runs on a
// worker; the answers arrive as signals.
class TestHistorySession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTheStoredQueries();
    void comparesWithThePreviousQuery();
    void theFirstQueryHasNoPrevious();
    void namesAQueryNoLongerStored();
    void saysWhyTheStoreCannotBeOpened();
    void opensAPastQueryThroughTheQuerySession();

private:
    qint64 store(const QVector<Endpoint> &endpoints, const QDateTime &startedAt)
    {
        return storeCompletedQuery(m_database, endpoints, startedAt);
    }
    HistorySession::OpenDatabase openStore() const
    {
        return [path = m_database] { return Database::openSqlite(path); };
    }

    QTemporaryDir m_directory;
    QString m_database;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

namespace {
Endpoint endpoint(const QString &address, SecurityStatus status)
{
    Endpoint endpoint;
    endpoint.address = address;
    endpoint.status = status;
    return endpoint;
}
} // namespace

void TestHistorySession::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_database = m_directory.filePath(QStringLiteral("osmgmt.sqlite"));
    const QDateTime monday(QDate(2026, 11, 16), QTime(9, 0), Qt::UTC);
    m_first = store({ endpoint(QStringLiteral("127.1.0.1"), SecurityStatus::ManagedByThisServer),
                      endpoint(QStringLiteral("127.1.0.2"), SecurityStatus::NoClientInstalled) },
                    monday);
    // .1 lost its agent, .2 is gone, .3 is new.
    m_second = store({ endpoint(QStringLiteral("127.1.0.1"), SecurityStatus::NoClientInstalled),
                       endpoint(QStringLiteral("127.1.0.3"), SecurityStatus::Unreachable) },
                     monday.addDays(1));
}

void TestHistorySession::listsTheStoredQueries()
{
    QuerySession queries(m_database, QStringLiteral("osm-hq"));
    HistorySession history(&queries, openStore());
    QSignalSpy listed(&history, &HistorySession::queriesListed);
    history.listQueries();
    QVERIFY(listed.wait(10000));
    const auto found = listed.at(0).at(0).value<QVector<QueryRecord>>();
    QCOMPARE(found.size(), 2);
    QList<qint64> ids { found.at(0).id, found.at(1).id };
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<qint64> { m_first, m_second }));
}

void TestHistorySession::comparesWithThePreviousQuery()
{
    QuerySession queries(m_database, QStringLiteral("osm-hq"));
    HistorySession history(&queries, openStore());
    QSignalSpy compared(&history, &HistorySession::changesCompared);
    history.compareWithPrevious(m_second);
    QVERIFY(compared.wait(10000));
    const auto changes = compared.at(0).at(0).value<HistoryChanges>();
    QCOMPARE(changes.current.id, m_second);
    QVERIFY(changes.previous);
    QCOMPARE(changes.previous->id, m_first);
    QCOMPARE(changes.changes.becameUnprotected.size(), 1);
    QCOMPARE(changes.changes.becameUnprotected.at(0).after.address, QStringLiteral("127.1.0.1"));
    QCOMPARE(changes.changes.appeared.size(), 1);
    QCOMPARE(changes.changes.disappeared.size(), 1);
}

void TestHistorySession::theFirstQueryHasNoPrevious()
{
    QuerySession queries(m_database, QStringLiteral("osm-hq"));
    HistorySession history(&queries, openStore());
    QSignalSpy compared(&history, &HistorySession::changesCompared);
    history.compareWithPrevious(m_first);
    QVERIFY(compared.wait(10000));
    const auto changes = compared.at(0).at(0).value<HistoryChanges>();
    QCOMPARE(changes.current.id, m_first);
    QVERIFY(!changes.previous);
    QVERIFY(changes.changes.isEmpty());
}

void TestHistorySession::namesAQueryNoLongerStored()
{
    QuerySession queries(m_database, QStringLiteral("osm-hq"));
    HistorySession history(&queries, openStore());
    QSignalSpy failed(&history, &HistorySession::failed);
    history.compareWithPrevious(999);
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("999")));
}

void TestHistorySession::saysWhyTheStoreCannotBeOpened()
{
    QuerySession queries(m_database, QStringLiteral("osm-hq"));
    HistorySession history(&queries, [] {
        return Result<std::shared_ptr<Database>>::failure(QStringLiteral("the disk is gone"));
    });
    QSignalSpy failed(&history, &HistorySession::failed);
    history.listQueries();
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("the disk is gone")));
    history.compareWithPrevious(m_second);
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.at(1).at(0).toString().contains(QLatin1String("the disk is gone")));
}

void TestHistorySession::opensAPastQueryThroughTheQuerySession()
{
    QuerySession queries(m_database, QStringLiteral("osm-hq"));
    HistorySession history(&queries, openStore());
    QSignalSpy opened(&history, &HistorySession::queryOpened);
    history.openQuery(m_first);
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.at(0).at(0).toLongLong(), m_first);
    QCOMPARE(queries.results()->rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestHistorySession)
#include "tst_historysession.moc"
