#pragma once

#include "store/auditentry.h"

#include <QAbstractTableModel>
#include <QVector>

// The audit log as the audit page shows it: one row per command, newest first.
class AuditLogModel : public QAbstractTableModel
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

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QVector<AuditEntry> entries);
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The words for an action key ("quarantine" -> "Quarantine").
    static QString actionName(const QString &key);
    // "done 10, refused 1" for an entry's computers.
    static QString outcomeSummary(const AuditEntry &entry);

private:
    QVector<AuditEntry> m_entries;
};
