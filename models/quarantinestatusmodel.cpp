#include "quarantinestatusmodel.h"

#include <QLocale>

#include <algorithm>

namespace {
QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}
} // namespace

void QuarantineStatusModel::setEntries(QVector<QuarantineEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int QuarantineStatusModel::count(QuarantineState::State state) const
{
    return int(
        std::count_if(m_entries.cbegin(), m_entries.cend(), [state](const QuarantineEntry &entry) {
            return entry.quarantine.state == state;
        }));
}

int QuarantineStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int QuarantineStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QuarantineStatusModel::text(const QuarantineEntry &entry, int column) const
{
    const QuarantineState &quarantine = entry.quarantine;
    switch (column) {
    case ComputerColumn:
        return entry.name;
    case AddressColumn:
        return entry.address;
    case StateColumn:
        return displayName(quarantine.state);
    case ReasonColumn:
        return displayName(quarantine.reason);
    case PolicyColumn:
        return quarantine.policy;
    case SinceColumn:
        return timeText(quarantine.since);
    case GraceEndsColumn:
        return timeText(quarantine.graceEnds);
    case MissingCvesColumn:
        return quarantine.missingCves.join(QStringLiteral(", "));
    case WhyColumn:
        return quarantine.why;
    }
    return {};
}

QVariant QuarantineStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuarantineEntry &entry = m_entries.at(index.row());
    if (role == StateKeyRole)
        return toKey(entry.quarantine.state);
    if (role == Qt::ToolTipRole)
        return describe(entry.quarantine);
    if (role != Qt::DisplayRole)
        return {};
    return text(entry, index.column());
}

QVariant QuarantineStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ComputerColumn:
        return tr("Computer");
    case AddressColumn:
        return tr("Address");
    case StateColumn:
        return tr("State");
    case ReasonColumn:
        return tr("Reason");
    case PolicyColumn:
        return tr("Policy or rule");
    case SinceColumn:
        return tr("Since");
    case GraceEndsColumn:
        return tr("Grace period ends");
    case MissingCvesColumn:
        return tr("Missing CVEs");
    case WhyColumn:
        return tr("Why");
    }
    return {};
}
