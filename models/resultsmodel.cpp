#include "resultsmodel.h"

#include "export/endpointcsv.h"

#include <QByteArray>

ResultsModel::ResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(std::make_shared<ResultsTable>())
{ }

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table->size());
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return m_table->detail(row);
    case SortRole:
        return sortKey(row, index.column());
    case StatusRole:
        return QVariant::fromValue(m_table->status(row));
    default:
        return {};
    }
}

std::optional<ResultsColumn> ResultsModel::resultsColumn(int column)
{
    // Indexed by Column.
    static constexpr ResultsColumn columns[ColumnCount] = {
        ResultsColumn::Name,   ResultsColumn::Address,      ResultsColumn::Status,
        ResultsColumn::Server, ResultsColumn::AgentVersion, ResultsColumn::Domain,
        ResultsColumn::Gate,   ResultsColumn::AgentPort,    ResultsColumn::AdPath,
        ResultsColumn::Detail,
    };
    if (column < 0 || column >= ColumnCount)
        return std::nullopt;
    return columns[column];
}

QVariant ResultsModel::display(qsizetype row, int column) const
{
    switch (column) {
    case NameColumn:
        return m_table->name(row).toString();
    case AddressColumn:
        return m_table->address(row).toString();
    case StatusColumn:
        return displayName(m_table->status(row));
    case ServerColumn:
        return m_table->server(row);
    case AgentVersionColumn:
        return m_table->agentVersion(row);
    case DomainColumn:
        return m_table->domain(row);
    case GateColumn:
        return displayName(m_table->gate(row));
    case AgentPortColumn:
        return m_table->agentPort(row) == 0 ? QVariant() : QVariant(m_table->agentPort(row));
    case AdPathColumn:
        return displayAdPath(m_table->adPath(row).toString());
    case DetailColumn:
        return m_table->detail(row);
    default:
        return {};
    }
}

QVariant ResultsModel::sortKey(qsizetype row, int column) const
{
    if (column == AddressColumn) { // 127.0.0.10 sorts after 127.0.0.9; IPv4 before IPv6
        const ResultsTable::AddressKey &key = m_table->addressKey(row);
        return QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(key.size()));
    }
    if (column == StatusColumn)
        return int(m_table->status(row));
    if (column == AgentPortColumn)
        return int(m_table->agentPort(row));
    return display(row, column);
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const std::optional<ResultsColumn> column = resultsColumn(section);
    if (!column)
        return {};
    // The words of the CSV export, in the UI language: its columns are in ResultsColumn's order.
    return endpointCsvHeaders(HeaderLanguage::Ui).value(int(*column));
}

void ResultsModel::replaceTable(std::shared_ptr<ResultsTable> table)
{
    beginResetModel();
    m_table = std::move(table);
    ++m_tableGeneration;
    endResetModel();
    emit countsChanged();
}

void ResultsModel::clear()
{
    replaceTable(std::make_shared<ResultsTable>());
}

void ResultsModel::setEndpoints(const QVector<Endpoint> &endpoints)
{
    auto table = std::make_shared<ResultsTable>();
    table->reserve(endpoints.size());
    for (const Endpoint &endpoint : endpoints)
        table->append(endpoint);
    replaceTable(std::move(table));
}

void ResultsModel::setTable(std::shared_ptr<ResultsTable> table)
{
    replaceTable(table ? std::move(table) : std::make_shared<ResultsTable>());
}

void ResultsModel::reserve(qsizetype rows)
{
    m_table->reserve(rows);
}

void ResultsModel::appendEndpoints(const QVector<Endpoint> &batch)
{
    if (batch.isEmpty())
        return;
    const int first = int(m_table->size());
    beginInsertRows({}, first, first + int(batch.size()) - 1);
    for (const Endpoint &endpoint : batch)
        m_table->append(endpoint);
    endInsertRows();
    emit countsChanged();
}

void ResultsModel::appendTable(std::shared_ptr<const ResultsTable> chunk)
{
    if (!chunk || chunk->isEmpty())
        return;
    const int first = int(m_table->size());
    beginInsertRows({}, first, first + int(chunk->size()) - 1);
    m_table->append(*chunk);
    endInsertRows();
    emit countsChanged();
}

std::shared_ptr<const ResultsTable> ResultsModel::snapshot() const
{
    return std::make_shared<const ResultsTable>(*m_table);
}
