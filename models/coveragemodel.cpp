#include "coveragemodel.h"

#include <QLocale>

CoverageModel::CoverageModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CoverageModel::setQueries(std::optional<QueryRecord> latest,
                               std::optional<QueryRecord> previous)
{
    beginResetModel();
    m_latest = std::move(latest);
    m_previous = m_latest ? std::move(previous) : std::nullopt;
    endResetModel();
}

qint64 CoverageModel::total() const
{
    qint64 total = 0;
    for (SecurityStatus status : SecurityStatuses::all)
        total += count(status);
    return total;
}

qint64 CoverageModel::count(SecurityStatus status) const
{
    return m_latest ? m_latest->statusCounts.value(status, 0) : 0;
}

std::optional<qint64> CoverageModel::change(SecurityStatus status) const
{
    if (!m_previous)
        return std::nullopt;
    return count(status) - m_previous->statusCounts.value(status, 0);
}

std::optional<double> CoverageModel::coverage() const
{
    const qint64 all = total();
    if (all == 0)
        return std::nullopt;
    return double(count(SecurityStatus::ManagedByThisServer)) / double(all);
}

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_latest ? 0 : int(SecurityStatuses::all.size());
}

int CoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SecurityStatus status = statusOfRow(index.row());
    const qint64 all = total();
    const double share = all == 0 ? 0.0 : double(count(status)) / double(all);
    switch (role) {
    case StatusRole:
        return QVariant::fromValue(status);
    case CountRole:
        return count(status);
    case ShareRole:
        return share;
    case ChangeRole: {
        const std::optional<qint64> changed = change(status);
        return changed ? QVariant(*changed) : QVariant();
    }
    case Qt::DisplayRole:
        break;
    case Qt::TextAlignmentRole:
        return index.column() == StatusColumn ? QVariant()
                                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
    const QLocale locale;
    switch (Column(index.column())) {
    case StatusColumn:
        return displayName(status);
    case CountColumn:
        return locale.toString(count(status));
    case ShareColumn:
        return QString(locale.toString(share * 100.0, 'f', 1) + locale.percent());
    case ChangeColumn: {
        const std::optional<qint64> changed = change(status);
        return changed ? changeText(*changed) : QString();
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StatusColumn:
        return tr("Security status");
    case CountColumn:
        return tr("Computers");
    case ShareColumn:
        return tr("Share");
    case ChangeColumn:
        return tr("Since the previous query");
    case ColumnCount:
        break;
    }
    return {};
}

QString CoverageModel::changeText(qint64 change)
{
    const QLocale locale;
    if (change > 0)
        return QLatin1Char('+') + locale.toString(change);
    if (change < 0)
        return QChar(0x2212) + locale.toString(-change);
    return locale.toString(0);
}
