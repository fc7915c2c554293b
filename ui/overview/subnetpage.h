#pragma once

#include "subnetgrid.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class SubnetMap;
class SubnetMapView;

// The subnet map with what goes around it: the block chooser (each IPv4 /16 and IPv6 /112 of the
// results shown), the status legend, the way back from a zoomed /24, and coverage per /24 as a
// sortable table (a row opens that /24 in the map), and under it coverage per AD container (a row
// opens that container's computers). A block whose computers all lie in one /24
// (a small scope) opens zoomed to it: a /16 with one busy line would show almost nothing.
class SubnetPage : public QWidget
{
    Q_OBJECT
public:
    explicit SubnetPage(SubnetMap *map, QWidget *parent = nullptr);

    SubnetMapView *view() const { return m_view; }
    QTableView *coverageTable() const { return m_table; }
    // Coverage per AD container of the results shown, under the per-/24 table; hidden while no
    // computer of the results came from Active Directory.
    QTableView *containerTable() const { return m_containerTable; }
    QComboBox *blockChooser() const { return m_blocks; }

signals:
    // The computer of that address (or an IPv6 /128).
    void addressesRequested(const QString &ipv4, const QString &ipv6Prefix, int ipv6Length);
    // The computers under an AD container (a row of the container table).
    void containerRequested(const QString &dn);

private:
    QWidget *makeLegend();
    QTableView *makeContainerTable();
    void updateBlocks();
    void updateZoom(int line);
    // The map and the tables share the width by what is shown: a whole block needs the map's
    // pixels (two per address at least), a block zoomed to its one /24 the tables' columns. Only
    // until the administrator moves the splitter, and never over sizes the window remembered.
    void shareWidth(bool zoomed);

    SubnetMap *m_map;
    SubnetMapView *m_view;
    QComboBox *m_blocks;
    QPushButton *m_zoomOut;
    QLabel *m_where;
    QTableView *m_table;
    QTableView *m_containerTable;
    QSplitter *m_splitter = nullptr;
    bool m_splitterMoved = false;
    std::optional<SubnetBlock> m_shownBlock; // the block last shown, to zoom only on a new one
};
