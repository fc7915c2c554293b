#include "resultsmodel.h"

#include "endpoint/addressorder.h"

ResultsModel::ResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_endpoints.size());
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Endpoint &endpoint = m_endpoints.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(endpoint, index.column());
    case Qt::ToolTipRole:
        return endpoint.detail;
    case SortRole:
        return sortKey(endpoint, index.column());
    case StatusRole:
        return QVariant::fromValue(endpoint.status);
    default:
        return {};
    }
}

QVariant ResultsModel::display(const Endpoint &endpoint, int column) const
{
    switch (column) {
    case NameColumn:
        return endpoint.name;
    case AddressColumn:
        return endpoint.address;
    case StatusColumn:
        return displayName(endpoint.status);
    case ServerColumn:
        return endpoint.server;
    case AgentVersionColumn:
        return endpoint.agentVersion;
    case DomainColumn:
        return endpoint.domain;
    case GateColumn:
        return displayName(endpoint.gate);
    case AgentPortColumn:
        return endpoint.agentPort == 0 ? QVariant() : QVariant(endpoint.agentPort);
    case DetailColumn:
        return endpoint.detail;
    default:
        return {};
    }
}

QVariant ResultsModel::sortKey(const Endpoint &endpoint, int column) const
{
    if (column == AddressColumn) // 127.0.0.10 sorts after 127.0.0.9; IPv4 before IPv6
        return addressSortKey(endpoint.address);
    if (column == StatusColumn)
        return int(endpoint.status);
    if (column == AgentPortColumn)
        return int(endpoint.agentPort);
    return display(endpoint, column);
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AddressColumn:
        return tr("IP address");
    case StatusColumn:
        return tr("Security status");
    case ServerColumn:
        return tr("Server");
    case AgentVersionColumn:
        return tr("Agent version");
    case DomainColumn:
        return tr("Domain");
    case GateColumn:
        return tr("Unreachable check");
    case AgentPortColumn:
        return tr("Agent port");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

void ResultsModel::clear()
{
    setEndpoints({});
}

void ResultsModel::setEndpoints(QVector<Endpoint> endpoints)
{
    beginResetModel();
    m_endpoints = std::move(endpoints);
    m_counts.fill(0);
    for (const Endpoint &endpoint : std::as_const(m_endpoints))
        ++m_counts[size_t(endpoint.status)];
    endResetModel();
    emit countsChanged();
}

void ResultsModel::appendEndpoints(const QVector<Endpoint> &batch)
{
    if (batch.isEmpty())
        return;
    const int first = int(m_endpoints.size());
    beginInsertRows({}, first, first + int(batch.size()) - 1);
    m_endpoints += batch;
    for (const Endpoint &endpoint : batch)
        ++m_counts[size_t(endpoint.status)];
    endInsertRows();
    emit countsChanged();
}

qint64 ResultsModel::count(SecurityStatus status) const
{
    return m_counts[size_t(status)];
}
