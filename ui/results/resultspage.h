#pragma once

#include "endpoint/securitystatus.h"
#include "export/endpointcsv.h"
#include "results/filterchips.h"
#include "results/resultswriter.h"
#include "resultsfiltermodel.h"
#include "search/endpointcriteria.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;
class QScrollArea;
class QuerySession;
class ResultsColumnLayout;
class ResultsFilterModel;
class ResultsSearchPanel;

// The query result: one table of endpoints, narrowed by a number link's status, the search box
// (computer names, debounced as the user types) and the advanced search (a side panel beside the
// table, which keeps at least minimumRows rows in view); the filters in force as removable chips;
// the number of matches, and when nothing is shown, why and what to try; Export of what is shown
// or of the selection, as CSV or JSON. Searching and sorting a large result run on a worker
// (ResultsFilterModel): the window never waits for them.
class ResultsPage : public QWidget
{
    Q_OBJECT
public:
    enum class ExportRows { Shown, Selected };
    // The advanced search never squeezes the table below this many rows (issue 19, point 2).
    static constexpr int minimumRows = 10;

    explicit ResultsPage(QuerySession *session, QWidget *parent = nullptr);

    void showStatus(std::optional<SecurityStatus> status);
    // What a client tree node shows: exactly its computers, every other filter taken away.
    // `criteria.quick` goes to the search box, the rest to the advanced search.
    void showOnly(std::optional<SecurityStatus> status, const EndpointCriteria &criteria = {},
                  const ResultsPlace &place = {});
    // Every computer of the query: no status, no search, no advanced criteria.
    void clearFilters();
    // Every computer under an Active Directory container (the client tree grouped by AD path):
    // the advanced search's AD tree set to `dn`, any status. An empty `dn` takes the AD tree
    // away again.
    void showAdTree(const QString &dn);
    // Every computer of an IPv4 range or an IPv6 prefix (the subnet map's cell or block): the
    // advanced search set to those addresses alone, any status.
    void showAddresses(const QString &ipv4, const QString &ipv6Prefix = {}, int ipv6Length = 128);
    std::optional<SecurityStatus> shownStatus() const;
    int shownCount() const;
    QTableView *table() const { return m_table; }
    ResultsFilterModel *view() const { return m_filter; }
    ResultsColumnLayout *columns() const { return m_columns; }
    FilterChips *chips() const { return m_chips; }
    // Opens or closes the advanced search beside the table.
    void setAdvancedSearchShown(bool shown);
    bool isAdvancedSearchShown() const;
    // Why nothing is shown and what to try; empty while rows are shown.
    QString emptyReason() const;
    // The search box's text as the user would type it; applied after the debounce.
    void setSearchText(const QString &text);
    // The criteria applied now (the box and the advanced search together).
    EndpointCriteria criteria() const;

    // Writes what is shown (or the selected rows), in the order shown, to `path` on a worker;
    // exported() or exportFailed() follows. CSV headers in the UI language unless `headers`
    // says English (stable keys for scripts); JSON keys are always the stable ones.
    void exportTo(const QString &path, ResultsFormat format = ResultsFormat::Csv,
                  ExportRows rows = ExportRows::Shown, HeaderLanguage headers = HeaderLanguage::Ui);
    void exportWithDialog();

signals:
    void exported(const QString &path, int rows);
    void exportFailed(const QString &error);
    // How many computers the page shows now: what an export of the shown rows would write.
    void shownRowsChanged(int rows);

private:
    QWidget *makeSearchBar();
    QToolButton *makeExportButton();
    void exportChosen(ResultsFormat format, ExportRows rows);
    void applySearchBox();
    void applyAdvanced(const EndpointCriteria &criteria);
    void updateHeader();
    void removeFilter(FilterChips::Filter filter);
    void clearAdvancedField(const QString &field);

    QuerySession *m_session;
    ResultsFilterModel *m_filter;
    QTableView *m_table;
    QLabel *m_title;
    QLabel *m_shownCount;
    QLabel *m_empty;
    ResultsColumnLayout *m_columns = nullptr;
    FilterChips *m_chips = nullptr;
    QScrollArea *m_advancedArea = nullptr;
    QLineEdit *m_searchBox = nullptr;
    QLabel *m_searchReason = nullptr;
    QTimer *m_debounce = nullptr;
    QToolButton *m_advancedButton = nullptr;
    ResultsSearchPanel *m_advanced = nullptr;
    EndpointCriteria m_advancedCriteria; // without the name: the box owns that one
    bool m_englishHeaders = false;
};
