#pragma once

#include "endpoint/endpoint.h"

#include <QAbstractTableModel>

#include <array>

// The endpoints of one query, one row each, filled batch by batch while the query runs.
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
        DetailColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // a value that sorts as the administrator expects
        StatusRole, // SecurityStatus of the row
    };

    explicit ResultsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void clear();
    void setEndpoints(QVector<Endpoint> endpoints);
    void appendEndpoints(const QVector<Endpoint> &batch);
    // Makes room for `rows` endpoints at once, so that growing never copies the rows already
    // shown while the GUI thread waits (a query knows its address count from the start).
    void reserve(qsizetype rows) { m_endpoints.reserve(rows); }
    const Endpoint &endpoint(int row) const { return m_endpoints.at(row); }
    const QVector<Endpoint> &endpoints() const { return m_endpoints; }
    qint64 count(SecurityStatus status) const;

signals:
    void countsChanged();

private:
    QVariant display(const Endpoint &endpoint, int column) const;
    QVariant sortKey(const Endpoint &endpoint, int column) const;

    QVector<Endpoint> m_endpoints;
    std::array<qint64, SecurityStatuses::all.size()> m_counts {};
};
