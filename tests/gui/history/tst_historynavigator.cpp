#include "history/changesview.h"
#include "history/historynavigator.h"
#include "history/historypage.h"
#include "historysession.h"
#include "querysession.h"
#include "resultsmodel.h"
#include "store/database.h"
#include "store/querystore.h"
#include "storedquery.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// HistoryNavigator with its HistorySession over a real SQLite store: it lists the stored queries,
// opens a past query's results into the session, and shows what changed since the completed query
// before.
class TestHistoryNavigator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryStoredQuery();
    void opensAPastQuerysResults();
    void showsTheChangesSinceThePreviousQuery();
    void theFirstQueryHasNothingToCompareWith();

private:
    qint64 store(const QVector<Endpoint> &endpoints, const QDateTime &startedAt)
    {
        return storeCompletedQuery(m_database, endpoints, startedAt);
    }

    QTemporaryDir m_directory;
    QString m_database;
    qint64 m_first = 0;
    qint64 m_second = 0;
    std::unique_ptr<QuerySession> m_session;
    std::unique_ptr<HistorySession> m_historySession;
    std::unique_ptr<HistoryNavigator> m_history;
};

namespace {
Endpoint endpoint(const QString &address, SecurityStatus status)
{
    Endpoint endpoint;
    endpoint.address = address;
    endpoint.name = QStringLiteral("ws-") + address.section(QLatin1Char('.'), -1);
    endpoint.status = status;
    endpoint.server
        = status == SecurityStatus::ManagedByThisServer ? QStringLiteral("osm-hq") : QString();
    return endpoint;
}
} // namespace

void TestHistoryNavigator::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_database = m_directory.filePath(QStringLiteral("osmgmt.sqlite"));
    const QDateTime monday(QDate(2026, 11, 16), QTime(9, 0), Qt::UTC);
    m_first = store({ endpoint(QStringLiteral("127.1.0.1"), SecurityStatus::ManagedByThisServer),
                      endpoint(QStringLiteral("127.1.0.2"), SecurityStatus::NoClientInstalled),
                      endpoint(QStringLiteral("127.1.0.3"), SecurityStatus::Unreachable) },
                    monday);
    // A week later: .1 lost its agent, .2 got one, .3 is gone, .4 is new.
    m_second = store({ endpoint(QStringLiteral("127.1.0.1"), SecurityStatus::NoClientInstalled),
                       endpoint(QStringLiteral("127.1.0.2"), SecurityStatus::ManagedByThisServer),
                       endpoint(QStringLiteral("127.1.0.4"), SecurityStatus::Unreachable) },
                     monday.addDays(7));
    m_session = std::make_unique<QuerySession>(m_database, QStringLiteral("osm-hq"));
    m_historySession = std::make_unique<HistorySession>(
        m_session.get(), [path = m_database] { return Database::openSqlite(path); });
    m_history = std::make_unique<HistoryNavigator>(m_historySession.get());
}

void TestHistoryNavigator::listsEveryStoredQuery()
{
    QSignalSpy loaded(m_history.get(), &HistoryNavigator::loaded);
    m_history->refresh();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.at(0).at(0).toInt(), 2);
    QCOMPARE(m_history->historyPage()->findChild<QTreeWidget *>()->topLevelItemCount(), 2);
}

void TestHistoryNavigator::opensAPastQuerysResults()
{
    QSignalSpy opened(m_history.get(), &HistoryNavigator::queryOpened);
    emit m_history->historyPage()->openRequested(m_first);
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.at(0).at(0).toLongLong(), m_first);
    ResultsModel *results = m_session->results();
    QCOMPARE(results->rowCount(), 3);
    QStringList addresses;
    for (int row = 0; row < results->rowCount(); ++row)
        addresses << results->endpoint(row).address;
    QVERIFY(addresses.contains(QStringLiteral("127.1.0.3")));

    QSignalSpy failed(m_session.get(), &QuerySession::errorOccurred);
    m_session->openQuery(999);
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("999")));
}

void TestHistoryNavigator::showsTheChangesSinceThePreviousQuery()
{
    QSignalSpy shown(m_history.get(), &HistoryNavigator::changesShown);
    emit m_history->historyPage()->changesRequested(m_second);
    QVERIFY(shown.wait(10000));
    ChangesView *changes = m_history->changesView();
    QCOMPARE(changes->list(ChangesView::BecameUnprotected)->topLevelItemCount(), 1);
    QCOMPARE(changes->list(ChangesView::BecameProtected)->topLevelItemCount(), 1);
    QCOMPARE(changes->list(ChangesView::Appeared)->topLevelItemCount(), 1);
    QCOMPARE(changes->list(ChangesView::Disappeared)->topLevelItemCount(), 1);
    QVERIFY(changes->list(ChangesView::BecameUnprotected)
                ->topLevelItem(0)
                ->text(0)
                .contains(QLatin1String("127.1.0.1"))
            || changes->list(ChangesView::BecameUnprotected)
                   ->topLevelItem(0)
                   ->text(1)
                   .contains(QLatin1String("127.1.0.1")));
}

void TestHistoryNavigator::theFirstQueryHasNothingToCompareWith()
{
    QSignalSpy shown(m_history.get(), &HistoryNavigator::changesShown);
    emit m_history->historyPage()->changesRequested(m_first);
    QVERIFY(shown.wait(10000));
    ChangesView *changes = m_history->changesView();
    for (ChangesView::Tab tab : { ChangesView::BecameUnprotected, ChangesView::BecameProtected,
                                  ChangesView::Appeared, ChangesView::Disappeared })
        QCOMPARE(changes->list(tab)->topLevelItemCount(), 0);
}

QTEST_MAIN(TestHistoryNavigator)
#include "tst_historynavigator.moc"
