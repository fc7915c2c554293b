#include "resultsfiltermodel.h"

#include "results/resultsmatcher.h"
#include "results/resultsorder.h"
#include "resultsmodel.h"

#include <QHash>

#include <algorithm>
#include <iterator>

struct ResultsFilterModel::Request
{
    quint64 generation = 0;
    Change change = Change::Update;
    std::shared_ptr<const ResultsTable> table;
    quint64 tableGeneration = 0;
    EndpointCriteria criteria;
    ResultsPlace place;
    std::optional<SecurityStatus> status;
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    std::shared_ptr<const std::vector<quint32>> order; // null: compute it
    qsizetype viewTableRows = 0; // the source rows the view shows were computed over
    std::shared_ptr<std::atomic<quint64>> latest;
};

struct ResultsFilterModel::Outcome
{
    quint64 generation = 0;
    Change change = Change::Update;
    std::vector<quint32> rows;
    // An update's rows as they are inserted before the view is put in order: the rows shown
    // (those of the first viewTableRows source rows), then the others. Made here, on the worker,
    // so that the GUI thread neither copies nor faults in a million-row vector.
    std::vector<quint32> arrived;
    qsizetype viewTableRows = 0;
    int sortColumn = -1;
    std::shared_ptr<const std::vector<quint32>> order;
    qsizetype tableRows = 0;
    quint64 tableGeneration = 0;
    bool stale = false;
    bool searchedInside = false;
};

ResultsFilterModel::ResultsFilterModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    // One worker: requests run in order, and the stale ones return at once.
    m_pool.setMaxThreadCount(1);
}

ResultsFilterModel::~ResultsFilterModel()
{
    m_latest->store(~quint64(0));
    m_pool.clear();
    m_pool.waitForDone();
}

void ResultsFilterModel::setSourceModel(ResultsModel *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source) {
        connect(m_source, &QAbstractItemModel::modelReset, this,
                &ResultsFilterModel::onSourceReset);
        connect(m_source, &QAbstractItemModel::rowsInserted, this,
                &ResultsFilterModel::onSourceRowsInserted);
    }
    request(Change::Reset);
}

void ResultsFilterModel::setStatusFilter(std::optional<SecurityStatus> status)
{
    if (m_status == status)
        return;
    m_status = status;
    request(Change::Reset);
}

bool ResultsPlace::holds(const ResultsTable &table, qsizetype row) const
{
    switch (kind) {
    case Kind::Anywhere:
        return true;
    case Kind::Domain: // the client tree lists a domain's computers under this server only
        return table.status(row) == SecurityStatus::ManagedByThisServer
            && table.domain(row) == domain;
    case Kind::OutsideAd:
        return table.adPath(row).isEmpty();
    }
    return true;
}

void ResultsFilterModel::setPlace(const ResultsPlace &place)
{
    if (m_place == place)
        return;
    m_place = place;
    request(Change::Reset);
}

void ResultsFilterModel::setCriteria(const EndpointCriteria &criteria)
{
    if (m_criteria == criteria)
        return;
    m_criteria = criteria;
    request(Change::Reset);
}

void ResultsFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    request(Change::Update);
}

void ResultsFilterModel::onSourceReset()
{
    // The rows shown name rows of the old table: empty the view now, fill it when computed.
    beginResetModel();
    m_rows.clear();
    m_viewTableRows = 0;
    endResetModel();
    m_orders = {};
    request(Change::Reset);
}

void ResultsFilterModel::onSourceRowsInserted()
{
    request(Change::Update);
}

void ResultsFilterModel::request(Change change)
{
    Request r;
    r.generation = ++m_requested;
    m_latest->store(r.generation);
    // A request overtaken by this one is dropped, so this one carries the larger change.
    if (change == Change::Reset)
        m_pendingChange = Change::Reset;
    r.change = m_pendingChange;
    r.criteria = m_criteria;
    r.place = m_place;
    r.status = m_status;
    r.viewTableRows = m_viewTableRows;
    r.sortColumn = m_sortColumn;
    r.sortOrder = m_sortOrder;
    r.latest = m_latest;
    if (!m_source) {
        Outcome empty;
        empty.generation = r.generation;
        empty.change = Change::Reset;
        apply(std::move(empty));
        return;
    }
    r.table = m_source->snapshot();
    r.tableGeneration = m_source->tableGeneration();
    if (m_ordersGeneration != r.tableGeneration) {
        m_orders = {};
        m_ordersGeneration = r.tableGeneration;
    }
    if (m_sortColumn >= 0 && m_sortColumn < int(m_orders.size()))
        r.order = m_orders[size_t(m_sortColumn)];
    if (r.table->size() <= synchronousRows) {
        apply(compute(r));
        return;
    }
    emit updateStarted();
    m_pool.start([this, r = std::move(r)]() mutable {
        Outcome outcome = compute(r);
        r.table.reset(); // the snapshot's segments are freed here if the model let go of them
        QMetaObject::invokeMethod(
            this, [this, outcome = std::move(outcome)]() mutable { apply(std::move(outcome)); },
            Qt::QueuedConnection);
    });
}

ResultsFilterModel::Outcome ResultsFilterModel::compute(const Request &request)
{
    Outcome outcome;
    outcome.generation = request.generation;
    outcome.change = request.change;
    outcome.sortColumn = request.sortColumn;
    outcome.tableGeneration = request.tableGeneration;
    outcome.tableRows = request.table->size();
    if (request.latest->load() != request.generation) {
        outcome.stale = true; // a newer request will run after this one
        return outcome;
    }
    const ResultsTable &table = *request.table;
    const std::optional<ResultsColumn> column = ResultsModel::resultsColumn(request.sortColumn);
    if (column) {
        if (!request.order)
            outcome.order = std::make_shared<const std::vector<quint32>>(
                ResultsOrder::ascending(table, *column));
        else if (qsizetype(request.order->size()) == table.size())
            outcome.order = request.order;
        else
            outcome.order = std::make_shared<const std::vector<quint32>>(
                ResultsOrder::extended(table, *column, *request.order));
    }
    const ResultsMatcher matcher(table, request.criteria, request.status);
    outcome.searchedInside = matcher.searchedInside();
    // Descending: the ascending order backwards.
    outcome.rows = outcome.order
        ? matcher.matchingRows(*outcome.order, request.sortOrder == Qt::DescendingOrder)
        : matcher.matchingRows();
    if (request.place.kind != ResultsPlace::Kind::Anywhere) {
        const ResultsPlace &place = request.place;
        outcome.rows.erase(std::remove_if(outcome.rows.begin(), outcome.rows.end(),
                                          [&](quint32 row) { return !place.holds(table, row); }),
                           outcome.rows.end());
    }
    const std::vector<quint32> &rows = outcome.rows;
    outcome.viewTableRows = request.viewTableRows;
    if (request.change == Change::Update && qsizetype(rows.size()) > 0) {
        const auto shown = [&](quint32 row) { return qsizetype(row) < request.viewTableRows; };
        outcome.arrived.reserve(rows.size());
        std::copy_if(rows.begin(), rows.end(), std::back_inserter(outcome.arrived), shown);
        std::remove_copy_if(rows.begin(), rows.end(), std::back_inserter(outcome.arrived), shown);
    }
    return outcome;
}

void ResultsFilterModel::apply(Outcome outcome)
{
    // Kept even when a newer request overtook this one: the next sort extends it.
    if (outcome.order && outcome.sortColumn < int(m_orders.size())
        && outcome.tableGeneration == m_ordersGeneration) {
        auto &known = m_orders[size_t(outcome.sortColumn)];
        if (!known || known->size() < outcome.order->size())
            known = outcome.order;
    }
    if (outcome.stale || outcome.generation != m_requested)
        return; // a newer request is on its way
    m_applied = outcome.generation;
    m_searchedInside = outcome.searchedInside;
    m_pendingChange = Change::Update;
    if (outcome.change == Change::Reset || outcome.rows.size() < m_rows.size()) {
        beginResetModel();
        m_rows = std::move(outcome.rows);
        endResetModel();
    } else {
        applyUpdate(std::move(outcome.rows),
                    outcome.viewTableRows == m_viewTableRows ? std::move(outcome.arrived)
                                                             : std::vector<quint32>());
    }
    m_viewTableRows = outcome.tableRows;
    emit updated();
}

void ResultsFilterModel::applyUpdate(std::vector<quint32> rows, std::vector<quint32> arrived)
{
    // The same search over the same rows and some appended ones: the rows shown stay, the new
    // ones enter at the end, then one layout change puts everything in order. Selections and
    // the scroll position survive, unlike a reset.
    const size_t shown = m_rows.size();
    if (rows.size() > shown) {
        beginInsertRows({}, int(shown), int(rows.size()) - 1);
        if (arrived.size() == rows.size()
            && std::equal(m_rows.begin(), m_rows.end(), arrived.begin())) {
            m_rows.swap(arrived);
        } else {
            for (quint32 row : rows) {
                if (qsizetype(row) >= m_viewTableRows)
                    m_rows.push_back(row);
            }
        }
        endInsertRows();
    }
    if (m_sortColumn < 0 || rows == m_rows) // unsorted: the new rows came in stored order
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QHash<quint32, int> position; // of the source rows that persistent indexes point at
    for (const QModelIndex &index : before)
        position.insert(m_rows[size_t(index.row())], -1);
    for (size_t i = 0; i < rows.size() && !position.isEmpty(); ++i) {
        const auto found = position.find(rows[i]);
        if (found != position.end())
            found.value() = int(i);
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        const int row = position.value(m_rows[size_t(index.row())], -1);
        after.append(row < 0 ? QModelIndex() : createIndex(row, index.column()));
    }
    m_rows = std::move(rows);
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int ResultsFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultsFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ResultsModel::ColumnCount);
}

QModelIndex ResultsFilterModel::mapToSource(const QModelIndex &index) const
{
    if (!m_source || !index.isValid() || index.row() >= rowCount())
        return {};
    return m_source->index(sourceRow(index.row()), index.column());
}

QVariant ResultsFilterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return mapToSource(index).data(role);
}

QVariant ResultsFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && m_source)
        return m_source->headerData(section, orientation, role);
    return QAbstractTableModel::headerData(section, orientation, role);
}
