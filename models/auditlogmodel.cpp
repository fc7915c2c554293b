#include "auditlogmodel.h"

#include "commands/commandtarget.h"

#include <QLocale>
#include <QMap>

void AuditLogModel::setEntries(QVector<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::actionName(const QString &key)
{
    if (key == QLatin1String("move"))
        return tr("Move to this server");
    if (key == QLatin1String("quarantine"))
        return tr("Quarantine");
    if (key == QLatin1String("release"))
        return tr("Release from quarantine");
    if (key == QLatin1String("start-service"))
        return tr("Start service");
    if (key == QLatin1String("health-settings-import"))
        return tr("Import health evaluation settings");
    return key;
}

QString AuditLogModel::outcomeSummary(const AuditEntry &entry)
{
    QMap<QString, int> counts;
    for (const AuditTarget &target : entry.targets)
        ++counts[target.outcome];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 %2")
                     .arg(TargetOutcome::displayNameOfKey(it.key()))
                     .arg(it.value());
    return parts.join(QStringLiteral(", "));
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ComputersColumn) {
        QStringList lines;
        for (const AuditTarget &target : entry.targets)
            lines << QStringLiteral("%1: %2 %3")
                         .arg(target.computer, TargetOutcome::displayNameOfKey(target.outcome),
                              target.detail);
        return lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case UserColumn:
        return entry.osUser;
    case ActionColumn:
        return actionName(entry.action);
    case ComputersColumn: {
        QStringList computers;
        for (const AuditTarget &target : entry.targets.mid(0, 3))
            computers << target.computer;
        if (entry.targets.size() > 3)
            computers << tr("... (%n in all)", nullptr, int(entry.targets.size()));
        return computers.join(QStringLiteral(", "));
    }
    case OutcomeColumn:
        return outcomeSummary(entry);
    case DetailColumn:
        return entry.detail;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case ComputersColumn:
        return tr("Computers");
    case OutcomeColumn:
        return tr("Outcome");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}
