#pragma once

#include "endpoint/securitystatus.h"
#include "results/resultstable.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

#include <array>

// Coverage per Active Directory container (issue 17, point 3): a row per container that directly
// holds at least one computer of the results, with the computers found, those of each status that
// matter most, and the share managed by this server. Beside the subnet map's per-/24 table; read
// from the results column store where it lies (a row's AD path is a view into its segment), so a
// million rows are counted without copying one. Sortable through a QSortFilterProxyModel on
// SortRole.
class ContainerCoverageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ContainerColumn,
        FoundColumn,
        CoverageColumn, // before the counts, as in the per-/24 table
        ProtectedColumn,
        NoClientColumn,
        UnreachableColumn,
        UnresolvedColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // a number for every count column, the path for the first
        DnRole, // the container's distinguished name, as the directory wrote it
    };

    explicit ContainerCoverageModel(QObject *parent = nullptr);

    // Counts the rows of `table` by the container of their AD path (rows without one are left
    // out: they were found in an IP range only).
    void setTable(const ResultsTable &table);
    // Counts the rows `table` holds beyond those counted so far: the same results, grown by a
    // running query (a million rows are not walked again every time some arrive).
    void addRows(const ResultsTable &table);
    qsizetype countedRows() const { return m_counted; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Container
    {
        QString dn;
        QString path; // AD's canonical name: "corp.example.test/Sales/Laptops"
        int found = 0;
        std::array<int, SecurityStatuses::all.size()> counts {};
        double coverage() const;
    };
    QVariant number(const Container &container, Column column) const;

    void count(const ResultsTable &table, qsizetype from);

    QVector<Container> m_containers;
    QHash<QString, int> m_byDn; // a container's DN to its row
    qsizetype m_counted = 0;
};
