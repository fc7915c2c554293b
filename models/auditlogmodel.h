#pragma once

#include "logtablemodel.h"
#include "store/auditentry.h"

// The audit log as the audit page shows it: one row per command, newest first.
class AuditLogModel : public LogTableModel<AuditEntry>
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        UserColumn,
        ActionColumn,
        ComputersColumn,
        OutcomeColumn,
        DetailColumn,
        ColumnCount
    };

    using LogTableModel::LogTableModel;

    // Newest first, as the audit log's search gives them.
    void setEntries(QVector<AuditEntry> entries) { setRows(std::move(entries)); }
    const AuditEntry &entry(int row) const { return this->row(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The words for an action key ("quarantine" -> "Quarantine").
    static QString actionName(const QString &key);
    // "done 10, refused 1" for an entry's computers.
    static QString outcomeSummary(const AuditEntry &entry);

protected:
    QStringList headers() const override;
};
