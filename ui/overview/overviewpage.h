#pragma once

#include "endpoint/securitystatus.h"

#include <QWidget>

class CoverageLegend;
class CoverageRing;
class OverviewSession;
class QComboBox;
class QLabel;
class QTabWidget;
class SubnetPage;
class TrendChart;

// The console's home (issue 17): how much of the network is protected, as one figure and a
// ring, each status's count and share, and the change since the previous query, for the latest
// completed query; under them, the trends of every status across the stored queries of a scope.
// Its numbers lead on: a count to the results narrowed to that status, a change to the
// computers that changed, a point of the trends to that query's results. It only shows what the
// OverviewSession read. A second tab holds the subnet map of the results shown.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(OverviewSession *session, QWidget *parent = nullptr);

    CoverageRing *ring() const { return m_ring; }
    CoverageLegend *legend() const { return m_legend; }
    TrendChart *trendChart() const { return m_trendChart; }
    QComboBox *trendScope() const { return m_trendScope; }
    // The AD container the trends are narrowed to; shown when the scope holds AD objects.
    QComboBox *trendContainer() const { return m_trendContainer; }
    SubnetPage *subnetPage() const { return m_subnetPage; }
    // Shows the subnet map's tab.
    void showSubnetMap();

signals:
    // The results of the latest query, narrowed to `status`.
    void statusRequested(SecurityStatus status);
    // What changed between the query `queryId` and the completed query before it.
    void changesRequested(qint64 queryId);
    // The results of a stored query (a point of the trends).
    void queryRequested(qint64 queryId);
    // The results of an IPv4 range or an IPv6 prefix (the subnet map's cell or run of cells).
    void addressesRequested(const QString &ipv4, const QString &ipv6Prefix, int ipv6Length);
    // The computers under an AD container (a row of the subnet map's container table).
    void containerRequested(const QString &dn);

private:
    void updateHeading();
    QWidget *makeTrends();
    void updateTrendScopes();
    void updateTrendContainers();

    OverviewSession *m_session;
    QLabel *m_heading;
    QLabel *m_empty;
    QLabel *m_running;
    CoverageRing *m_ring;
    CoverageLegend *m_legend;
    TrendChart *m_trendChart;
    QComboBox *m_trendScope = nullptr;
    QComboBox *m_trendContainer = nullptr;
    QLabel *m_trendContainerLabel = nullptr;
    SubnetPage *m_subnetPage;
    QTabWidget *m_tabs;
};
