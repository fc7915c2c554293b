#include "auditlogmodel.h"

#include "commands/commandtarget.h"

#include <QLocale>
#include <QMap>

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
    const AuditEntry *row = rowAt(index);
    if (!row)
        return {};
    const AuditEntry &entry = *row;
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

QStringList AuditLogModel::headers() const
{
    return { tr("When"), tr("User"), tr("Action"), tr("Computers"), tr("Outcome"), tr("Detail") };
}
