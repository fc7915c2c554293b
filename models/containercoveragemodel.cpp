#include "containercoveragemodel.h"

#include "directory/distinguishedname.h"
#include "store/containercounts.h"

#include <QHash>
#include <QLocale>

ContainerCoverageModel::ContainerCoverageModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

double ContainerCoverageModel::Container::coverage() const
{
    return found == 0 ? 0.0
                      : double(counts[size_t(SecurityStatus::ManagedByThisServer)]) / double(found);
}

void ContainerCoverageModel::setTable(const ResultsTable &table)
{
    beginResetModel();
    m_containers.clear();
    m_byDn.clear();
    m_counted = 0;
    count(table, 0);
    endResetModel();
}

void ContainerCoverageModel::addRows(const ResultsTable &table)
{
    if (table.size() < m_counted) {
        setTable(table); // not the table counted before
        return;
    }
    if (table.size() == m_counted)
        return;
    beginResetModel(); // new containers may come, and every count may change: few rows
    count(table, m_counted);
    endResetModel();
}

void ContainerCoverageModel::count(const ResultsTable &table, qsizetype from)
{
    // Rows of one container mostly come together (the directory lists them so): the container
    // is looked up only when it differs from the row before's, and its DN copied only when new.
    QStringView lastDn;
    int last = -1;
    for (qsizetype row = from; row < table.size(); ++row) {
        const QStringView adPath = table.adPath(row);
        if (adPath.isEmpty())
            continue;
        const QStringView dn = ContainerCountReader::containerOf(adPath);
        if (last < 0 || dn != lastDn) {
            const QString key = dn.toString();
            auto found = m_byDn.constFind(key);
            if (found == m_byDn.cend()) {
                Container container;
                container.dn = key;
                const Result<QString> path = DistinguishedName::containerPath(adPath.toString());
                container.path = path ? path.value() : container.dn;
                m_containers.append(container);
                found = m_byDn.insert(key, int(m_containers.size()) - 1);
            }
            last = found.value();
            lastDn = dn;
        }
        Container &container = m_containers[last];
        ++container.found;
        ++container.counts[size_t(table.status(row))];
    }
    m_counted = table.size();
}

int ContainerCoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_containers.size());
}

int ContainerCoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContainerCoverageModel::number(const Container &container, Column column) const
{
    switch (column) {
    case ContainerColumn:
        return container.path;
    case FoundColumn:
        return container.found;
    case ProtectedColumn:
        return container.counts[size_t(SecurityStatus::ManagedByThisServer)];
    case NoClientColumn:
        return container.counts[size_t(SecurityStatus::NoClientInstalled)];
    case UnreachableColumn:
        return container.counts[size_t(SecurityStatus::Unreachable)];
    case UnresolvedColumn:
        return container.counts[size_t(SecurityStatus::UnresolvedAd)];
    case CoverageColumn:
        return container.coverage();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ContainerCoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Container &container = m_containers.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case SortRole:
        return number(container, column);
    case DnRole:
        return container.dn;
    case Qt::ToolTipRole:
        return column == ContainerColumn ? QVariant(container.dn) : QVariant();
    case Qt::TextAlignmentRole:
        return column == ContainerColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    if (column == ContainerColumn)
        return container.path;
    if (column == CoverageColumn)
        return QString(locale.toString(container.coverage() * 100.0, 'f', 0) + locale.percent());
    return locale.toString(number(container, column).toInt());
}

QVariant ContainerCoverageModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    // As in the per-/24 table: short words over the counts, the status's name as the tooltip.
    const bool tip = role == Qt::ToolTipRole;
    switch (Column(section)) {
    case ContainerColumn:
        return tr("AD container");
    case FoundColumn:
        return tr("Computers");
    case ProtectedColumn:
        return tip ? displayName(SecurityStatus::ManagedByThisServer) : tr("Protected");
    case NoClientColumn:
        return tip ? displayName(SecurityStatus::NoClientInstalled) : tr("No client");
    case UnreachableColumn:
        return displayName(SecurityStatus::Unreachable);
    case UnresolvedColumn:
        return tip ? displayName(SecurityStatus::UnresolvedAd) : tr("Unresolved");
    case CoverageColumn:
        return tr("Coverage");
    case ColumnCount:
        break;
    }
    return {};
}
