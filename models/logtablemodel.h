#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

// A table of log rows as a page shows them (the audit log's commands, the events): the rows a
// search read, one per line, and a title per column. The model of each log says what its
// columns show (data()) and what they are called (headers()).
template<typename Row> class LogTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    const Row &row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(headers().size());
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        const QStringList titles = headers();
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
            || section >= titles.size())
            return {};
        return titles.at(section);
    }

protected:
    // The columns' titles, in column order.
    virtual QStringList headers() const = 0;

    void setRows(QVector<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    // The row of a valid `index` of this model; null otherwise.
    const Row *rowAt(const QModelIndex &index) const
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return nullptr;
        return &m_rows.at(index.row());
    }

private:
    QVector<Row> m_rows;
};
