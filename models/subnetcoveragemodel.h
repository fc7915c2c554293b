#pragma once

#include "subnetgrid.h"

#include <QAbstractTableModel>

#include <array>

// Coverage per line of the subnet map (an IPv4 /24, an IPv6 /120): a row per line that holds at
// least one computer, with the computers found, those of each status that matter most, and the
// share managed by this server. Sortable through a QSortFilterProxyModel on SortRole (at most
// 256 rows).
class SubnetCoverageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LineColumn,
        FoundColumn,
        CoverageColumn, // before the counts: the figure a narrow table must still show
        ProtectedColumn,
        NoClientColumn,
        UnreachableColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // a number for every column (the line for LineColumn)
        LineRole, // the line of the grid, 0 to 255
    };

    explicit SubnetCoverageModel(QObject *parent = nullptr);

    void setGrid(const SubnetGrid &grid, const SubnetBlock &block);
    // "127.2.5.0/24", "fd00:1::500/120".
    static QString lineText(const SubnetBlock &block, int line);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        int line = 0;
        int found = 0;
        std::array<int, SecurityStatuses::all.size()> counts {};
        double coverage() const;
    };
    QVariant number(const Line &line, Column column) const;

    SubnetBlock m_block;
    QVector<Line> m_lines;
};
