#pragma once

#include "endpoint/securitystatus.h"
#include "resultsmodel.h"
#include "search/endpointcriteria.h"

#include <QAbstractTableModel>
#include <QThreadPool>

#include <array>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

// A client tree node the results can be narrowed to beyond what the search criteria say: one of
// this server's domains, or the computers found only in IP ranges (not in Active Directory).
struct ResultsPlace
{
    enum class Kind { Anywhere, Domain, OutsideAd };
    Kind kind = Kind::Anywhere;
    QString domain; // Kind::Domain: the domain as the agents report it ("" for none)

    static ResultsPlace inDomain(const QString &domain) { return { Kind::Domain, domain }; }
    static ResultsPlace outsideAd() { return { Kind::OutsideAd, {} }; }
    bool holds(const ResultsTable &table, qsizetype row) const;
    bool operator==(const ResultsPlace &other) const
    {
        return kind == other.kind && domain == other.domain;
    }
};

// What the results page shows: the rows of a ResultsModel that meet the search (criteria and
// the number link's status), in the order the user asked. A flat model over a vector of source
// rows, not a QSortFilterProxyModel, which re-runs its filter over every row on the GUI thread
// (LAB.md). Up to synchronousRows rows the view is computed at once; above, on a worker over a
// snapshot of the table, and swapped in when done. Each request carries a generation: a result
// that a newer request overtook is dropped, so typing fast never shows a stale search.
class ResultsFilterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Below this many rows a search or sort takes a few milliseconds: no worker, no waiting.
    static constexpr qsizetype synchronousRows = 20000;

    explicit ResultsFilterModel(QObject *parent = nullptr);
    ~ResultsFilterModel() override;

    void setSourceModel(ResultsModel *source);
    ResultsModel *sourceModel() const { return m_source; }

    void setStatusFilter(std::optional<SecurityStatus> status);
    std::optional<SecurityStatus> statusFilter() const { return m_status; }
    // Narrows to a client tree node's computers (ResultsPlace), on top of status and criteria.
    void setPlace(const ResultsPlace &place);
    const ResultsPlace &place() const { return m_place; }
    void setCriteria(const EndpointCriteria &criteria);
    const EndpointCriteria &criteria() const { return m_criteria; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int sourceRow(int row) const { return int(m_rows[size_t(row)]); }
    QModelIndex mapToSource(const QModelIndex &index) const;
    // The source rows shown, in the order shown (a copy, for an export on a worker).
    std::vector<quint32> shownRows() const { return m_rows; }
    // True from a change until the view shows its result.
    bool isUpdating() const { return m_applied != m_requested; }
    // The quick search shown matched no whole name or address, so it shows names containing
    // its text (ResultsMatcher::searchedInside).
    bool searchedInside() const { return m_searchedInside; }

signals:
    // A search or sort began on a worker; the view still shows the previous result.
    void updateStarted();
    // The view shows the result of the latest request.
    void updated();

private:
    struct Request;
    struct Outcome;
    enum class Change { Update, Reset }; // Update: same rows or more, maybe reordered

    void request(Change change);
    void onSourceReset();
    void onSourceRowsInserted();
    static Outcome compute(const Request &request);
    void apply(Outcome outcome);
    void applyUpdate(std::vector<quint32> rows, std::vector<quint32> arrived);

    ResultsModel *m_source = nullptr;
    std::optional<SecurityStatus> m_status;
    EndpointCriteria m_criteria;
    ResultsPlace m_place;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<quint32> m_rows;
    bool m_searchedInside = false;
    qsizetype m_viewTableRows = 0; // the source rows the view was computed over
    Change m_pendingChange = Change::Update;
    // The latest ascending order per column of the table generation m_ordersGeneration, over
    // its first size() rows: sorting again by a column already sorted costs nothing, and rows
    // appended since are merged in instead of sorting every row again.
    std::array<std::shared_ptr<const std::vector<quint32>>, ResultsModel::ColumnCount> m_orders;
    quint64 m_ordersGeneration = 0;
    quint64 m_requested = 0;
    quint64 m_applied = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    QThreadPool m_pool;
};
