#include "history/historynavigator.h"

#include "common/inbackground.h"
#include "history/changesview.h"
#include "history/historypage.h"
#include "historysession.h"

HistoryNavigator::HistoryNavigator(HistorySession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_history(new HistoryPage)
    , m_changes(new ChangesView)
{
    connect(m_history, &HistoryPage::openRequested, session, &HistorySession::openQuery);
    connect(m_history, &HistoryPage::changesRequested, this, &HistoryNavigator::showChanges);
    connect(session, &HistorySession::queryOpened, this, &HistoryNavigator::queryOpened);
    connect(session, &HistorySession::failed, this, &HistoryNavigator::failed);
    connect(session, &HistorySession::queriesListed, this,
            [this](const QVector<QueryRecord> &queries) {
                m_history->setQueries(queries);
                emit loaded(int(queries.size()));
            });
    connect(session, &HistorySession::changesCompared, this, [this](const HistoryChanges &shown) {
        if (shown.previous)
            m_changes->setChanges(shown.changes, *shown.previous, shown.current);
        else
            m_changes->setNoPreviousQuery(shown.current);
        emit changesShown(shown.current.id);
    });
}

void HistoryNavigator::refresh()
{
    m_session->listQueries();
}

void HistoryNavigator::showChanges(qint64 queryId)
{
    m_session->compareWithPrevious(queryId);
}
