#pragma once

#include "healthdata.h"

#include <QAbstractTableModel>

// A list of computers with their health (issue 12, point 3): the Summary page's "computers that
// need attention", each row naming the indicators that need it and the services stopped.
class HealthComputersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Address, NeedsAttention, StoppedServices, ColumnCount };
    enum Role { AddressRole = Qt::UserRole + 1 };

    explicit HealthComputersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRows(QVector<HealthRow> rows);
    const HealthRow &row(int row) const { return m_rows.at(row); }
    const QVector<HealthRow> &rows() const { return m_rows; }

    // The indicators of `verdict` that need attention, by their names, in the page's order.
    static QStringList attentionOf(const HealthVerdict &verdict);

private:
    QVector<HealthRow> m_rows;
};
