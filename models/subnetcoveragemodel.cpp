#include "subnetcoveragemodel.h"

#include <QLocale>

SubnetCoverageModel::SubnetCoverageModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

double SubnetCoverageModel::Line::coverage() const
{
    return found == 0 ? 0.0
                      : double(counts[size_t(SecurityStatus::ManagedByThisServer)]) / double(found);
}

void SubnetCoverageModel::setGrid(const SubnetGrid &grid, const SubnetBlock &block)
{
    beginResetModel();
    m_block = block;
    m_lines.clear();
    for (int line = 0; line < SubnetGrid::side; ++line) {
        Line counted;
        counted.line = line;
        for (int cell = line * SubnetGrid::side; cell < (line + 1) * SubnetGrid::side; ++cell) {
            if (!grid.has(cell))
                continue;
            ++counted.found;
            ++counted.counts[size_t(grid.status(cell))];
        }
        if (counted.found > 0)
            m_lines.append(counted);
    }
    endResetModel();
}

QString SubnetCoverageModel::lineText(const SubnetBlock &block, int line)
{
    return block.address(line * SubnetGrid::side)
        + (block.ipv6 ? QStringLiteral("/120") : QStringLiteral("/24"));
}

int SubnetCoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int SubnetCoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubnetCoverageModel::number(const Line &line, Column column) const
{
    switch (column) {
    case LineColumn:
        return line.line;
    case FoundColumn:
        return line.found;
    case ProtectedColumn:
        return line.counts[size_t(SecurityStatus::ManagedByThisServer)];
    case NoClientColumn:
        return line.counts[size_t(SecurityStatus::NoClientInstalled)];
    case UnreachableColumn:
        return line.counts[size_t(SecurityStatus::Unreachable)];
    case CoverageColumn:
        return line.coverage();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SubnetCoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case SortRole:
        return number(line, column);
    case LineRole:
        return line.line;
    case Qt::TextAlignmentRole:
        return column == LineColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    if (column == LineColumn)
        return lineText(m_block, line.line);
    if (column == CoverageColumn)
        return QString(locale.toString(line.coverage() * 100.0, 'f', 0) + locale.percent());
    return locale.toString(number(line, column).toInt());
}

QVariant SubnetCoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    // Short words over the counts, so the table fits beside the map; the status's whole name
    // is the tooltip.
    const bool tip = role == Qt::ToolTipRole;
    switch (Column(section)) {
    case LineColumn:
        return tr("Block");
    case FoundColumn:
        return tr("Computers");
    case ProtectedColumn:
        return tip ? displayName(SecurityStatus::ManagedByThisServer) : tr("Protected");
    case NoClientColumn:
        return tip ? displayName(SecurityStatus::NoClientInstalled) : tr("No client");
    case UnreachableColumn:
        return displayName(SecurityStatus::Unreachable);
    case CoverageColumn:
        return tr("Coverage");
    case ColumnCount:
        break;
    }
    return {};
}
