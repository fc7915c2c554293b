#pragma once

#include "endpoint/endpoint.h"
#include "results/resultscolumn.h"
#include "results/resultstable.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>
#include <vector>

// The endpoints of one query, one row each, filled batch by batch while the query runs or all at
// once from a stored query. The rows live in a ResultsTable (column by column: a million fit in
// about a hundred megabytes); searches and sorts run on workers over a snapshot of it
// (ResultsFilterModel), so this model stays flat and cheap (docs/search.md).
class ResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        AddressColumn,
        StatusColumn,
        ServerColumn,
        AgentVersionColumn,
        DomainColumn,
        GateColumn,
        AgentPortColumn,
        AdPathColumn, // the AD path of the computer ("corp.example.test/Sales/PC1"), when in AD
        DetailColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // a value that sorts as the administrator expects
        StatusRole, // SecurityStatus of the row
    };

    explicit ResultsModel(QObject *parent = nullptr);

    // The results column (core/results) that a column of this model shows: what it sorts by
    // (ResultsOrder) and what its header says. None for a number that is not a column.
    static std::optional<ResultsColumn> resultsColumn(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void clear();
    void setEndpoints(const QVector<Endpoint> &endpoints);
    // Shows a table read on a worker (ResultsReader): how a stored query of a million endpoints
    // opens without the GUI thread converting a million rows.
    void setTable(std::shared_ptr<ResultsTable> table);
    void appendEndpoints(const QVector<Endpoint> &batch);
    // Appends a chunk read on a worker (ResultsReader's chunked read), after setTable() of the
    // first: a stored query of a million endpoints shows its first rows at once. The chunk's
    // segments are shared, not copied.
    void appendTable(std::shared_ptr<const ResultsTable> chunk);
    // Makes room for `rows` endpoints at once (a query knows its address count from the start).
    void reserve(qsizetype rows);
    Endpoint endpoint(int row) const { return m_table->endpoint(row); }
    qint64 count(SecurityStatus status) const { return m_table->count(status); }
    // For workers: the rows as they are now, read-only, unchanged by later appends, valid for as
    // long as they hold it. Costs a pointer per segment: holding it never holds the model up.
    std::shared_ptr<const ResultsTable> snapshot() const;
    // Incremented whenever rows are replaced (not appended): a worker's result over an older
    // table is stale.
    quint64 tableGeneration() const { return m_tableGeneration; }

signals:
    void countsChanged();

private:
    QVariant display(qsizetype row, int column) const;
    QVariant sortKey(qsizetype row, int column) const;
    void replaceTable(std::shared_ptr<ResultsTable> table);

    std::shared_ptr<ResultsTable> m_table;
    quint64 m_tableGeneration = 0;
};
