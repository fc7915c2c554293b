#include "health/healthflipbook.h"

#include "clienttreemodel.h"
#include "commands/commandcontroller.h"
#include "health/computerdetailspage.h"
#include "health/healthsummarypage.h"
#include "querysession.h"
#include "results/resultspage.h"
#include "results/resultstable.h"
#include "resultsfiltermodel.h"
#include "resultsmodel.h"

#include <QRegularExpression>
#include <QStackedWidget>

HealthFlipbook::HealthFlipbook(HealthSession *session, QuerySession *query,
                               CommandController *commands, QStackedWidget *pages)
    : QObject(pages)
    , m_session(session)
    , m_query(query)
    , m_commands(commands)
    , m_pages(pages)
    , m_summary(new HealthSummaryPage(session))
    , m_details(new ComputerDetailsPage(session))
{
    pages->addWidget(m_summary);
    pages->addWidget(m_details);
    connect(m_summary, &HealthSummaryPage::computersRequested, this, &HealthFlipbook::showBook);
    connect(m_summary, &HealthSummaryPage::startWhereStoppedRequested, this,
            &HealthFlipbook::startWhereStopped);
    connect(m_details, &ComputerDetailsPage::startServiceRequested, this,
            [this](const HealthRow &row) { startWhereStopped({ row }); });
    // A quarantine or a release sent from the tree beside an open page changes what it shows.
    connect(commands, &CommandController::commandFinished, session->quarantine(),
            &ComputerQuarantineSession::load);
    // Each finished query has new health: read it again.
    connect(query, &QuerySession::queryFinished, session, &HealthSession::load);
    connect(query, &QuerySession::queryOpened, session, &HealthSession::load);
}

void HealthFlipbook::showTreeNode(const QModelIndex &node)
{
    const ComputerBook book = ComputerBook::fromTree(node, m_query->results()->snapshot());
    using Kind = ClientTreeModel::NodeKind;
    if (node.data(ClientTreeModel::NodeKindRole).value<Kind>() == Kind::Computer) {
        showBook(book, 0);
        return;
    }
    // The group's name as the tree shows it, without its count.
    QString title = node.data(Qt::DisplayRole).toString();
    title.remove(QRegularExpression(QStringLiteral(" \\([0-9,. ]+\\)$")));
    m_summary->setGroup(title, book);
    m_pages->setCurrentWidget(m_summary);
}

void HealthFlipbook::showThisServer()
{
    ComputerBook book { m_query->results()->snapshot(), {} };
    for (qsizetype row = 0; row < book.table->size(); ++row)
        if (book.table->status(row) == SecurityStatus::ManagedByThisServer)
            book.rows.append(row);
    m_summary->setGroup(m_query->serverName(), book);
    m_pages->setCurrentWidget(m_summary);
}

void HealthFlipbook::showResultsRow(ResultsPage *results, int viewRow)
{
    ResultsFilterModel *view = results->view();
    ComputerBook book { view->sourceModel()->snapshot(), {} };
    book.rows.reserve(view->rowCount());
    for (int row = 0; row < view->rowCount(); ++row)
        book.rows.append(view->sourceRow(row));
    showBook(book, viewRow);
}

void HealthFlipbook::showComputers(const QVector<Endpoint> &endpoints)
{
    QSet<QString> addresses;
    for (const Endpoint &endpoint : endpoints)
        addresses.insert(endpoint.address);
    showBook(ComputerBook::ofAddresses(addresses, m_query->results()->snapshot()), 0);
}

void HealthFlipbook::showBook(const ComputerBook &book, int page)
{
    m_details->setBook(book, page);
    m_pages->setCurrentWidget(m_details);
    m_details->setFocus();
}

void HealthFlipbook::startWhereStopped(const QVector<HealthRow> &rows)
{
    QMap<QString, QVector<Endpoint>> stopped;
    QVector<Endpoint> computers;
    for (const HealthRow &row : rows) {
        const Endpoint endpoint = HealthSession::endpointOf(row.snapshot);
        computers.append(endpoint);
        for (const QString &service : row.verdict.stoppedServices)
            stopped[service].append(endpoint);
    }
    // When every command has ended, the agents say how they are now.
    m_commands->requestStartWhereStopped(
        stopped,
        [session = QPointer<HealthSession>(m_session), computers](const QVector<TargetOutcome> &) {
            if (session)
                session->refresh(computers);
        });
}
