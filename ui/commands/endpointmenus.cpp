#include "commands/endpointmenus.h"

#include "clienttreemodel.h"
#include "commands/commandcontroller.h"
#include "common/inbackground.h"
#include "export/endpointcsv.h"
#include "querysession.h"
#include "results/resultspage.h"
#include "results/resultstable.h"
#include "results/resultswriter.h"
#include "resultsfiltermodel.h"
#include "resultsmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QTableView>
#include <QTreeView>

EndpointMenus::EndpointMenus(EndpointActions *actions, CommandController *commands,
                             QuerySession *session, ResultsPage *results, QTreeView *tree,
                             QWidget *window)
    : QObject(window)
    , m_actions(actions)
    , m_commands(commands)
    , m_session(session)
    , m_results(results)
    , m_tree(tree)
    , m_window(window)
{
    QTableView *table = results->table();
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this,
            [this, table](const QPoint &at) { showMenu(table, at, selectedInResults()); });
    tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree, &QWidget::customContextMenuRequested, this,
            [this, tree](const QPoint &at) { showMenu(tree, at, selectedInTree()); });
    connect(actions, &EndpointActions::triggered, this, &EndpointMenus::act);
}

QVector<Endpoint> EndpointMenus::selectedInResults() const
{
    QVector<Endpoint> endpoints;
    const QModelIndexList rows = m_results->table()->selectionModel()->selectedRows();
    ResultsFilterModel *view = m_results->view();
    for (const QModelIndex &row : rows)
        endpoints.append(view->sourceModel()->endpoint(view->sourceRow(row.row())));
    return endpoints;
}

QVector<Endpoint> EndpointMenus::selectedInTree() const
{
    QSet<QString> addresses;
    const QModelIndexList selected = m_tree->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected) {
        if (index.data(ClientTreeModel::NodeKindRole).value<ClientTreeModel::NodeKind>()
            == ClientTreeModel::NodeKind::Computer)
            addresses.insert(index.data(ClientTreeModel::AddressRole).toString());
    }
    // The tree knows addresses; the results model knows the rest. One pass over the address
    // column, and a whole Endpoint only for the rows selected.
    QVector<Endpoint> endpoints;
    ResultsModel *results = m_session->results();
    const std::shared_ptr<const ResultsTable> table = results->snapshot();
    for (qsizetype row = 0; row < table->size() && endpoints.size() < addresses.size(); ++row) {
        if (addresses.contains(table->address(row).toString()))
            endpoints.append(results->endpoint(int(row)));
    }
    return endpoints;
}

QMenu *EndpointMenus::menuFor(const QVector<Endpoint> &endpoints, QWidget *parent)
{
    m_actions->setSelection(endpoints);
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("endpointMenu"));
    menu->setToolTipsVisible(true); // a greyed-out action says why on hover
    for (QAction *action : m_actions->actions()) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
    return menu;
}

void EndpointMenus::showMenu(QAbstractItemView *view, const QPoint &position,
                             const QVector<Endpoint> &endpoints)
{
    if (endpoints.isEmpty())
        return;
    m_menuSource = view;
    QMenu *menu = menuFor(endpoints, view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(view->viewport()->mapToGlobal(position));
}

void EndpointMenus::act(EndpointActions::Kind kind, const QVector<Endpoint> &endpoints)
{
    switch (kind) {
    case EndpointActions::Kind::Copy:
        QApplication::clipboard()->setText(clipboardText(endpoints));
        return;
    case EndpointActions::Kind::ExportSelection:
        exportSelection(endpoints);
        return;
    case EndpointActions::Kind::Diagnose:
        emit diagnoseRequested(endpoints.first());
        return;
    case EndpointActions::Kind::ComputerDetails:
        emit detailsRequested(endpoints);
        return;
    default:
        m_commands->request(kind, endpoints);
        return;
    }
}

QString EndpointMenus::clipboardText(const QVector<Endpoint> &endpoints)
{
    QStringList lines { endpointCsvHeaders(HeaderLanguage::Ui).join(QLatin1Char('\t')) };
    for (const Endpoint &endpoint : endpoints) {
        QStringList cells = endpointCsvRow(endpoint, HeaderLanguage::Ui);
        for (QString &cell : cells)
            cell.replace(QLatin1Char('\t'), QLatin1Char(' '))
                .replace(QLatin1Char('\n'), QLatin1Char(' '));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void EndpointMenus::exportSelection(const QVector<Endpoint> &endpoints)
{
    const bool fromResults = m_menuSource == m_results->table();
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export selection"), QStringLiteral("osmgmt-selection.csv"),
        fromResults ? tr("CSV files (*.csv);;JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // The client tree offers CSV only; the results table JSON too.
    const ResultsFormat format
        = fromResults && path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        ? ResultsFormat::Json
        : ResultsFormat::Csv;
    if (fromResults) {
        m_results->exportTo(path, format, ResultsPage::ExportRows::Selected);
        return;
    }
    // The tree's selection is a handful of computers: written as they are, on a worker.
    inBackground<Result<Done>>(
        this,
        [path, endpoints, format] {
            return writeResults(format, path, ResultsRows(endpoints), HeaderLanguage::Ui);
        },
        [this, path](const Result<Done> &written) {
            if (!written)
                QMessageBox::warning(m_window, tr("Export selection"),
                                     tr("The export to %1 failed: %2").arg(path, written.error()));
        });
}
