#pragma once

#include "endpoint/securitystatus.h"
#include "export/endpointcsv.h"
#include "results/resultswriter.h"
#include "search/endpointcriteria.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;
class QuerySession;
class ResultsFilterModel;
class ResultsSearchPanel;

// The query result: one table of endpoints, narrowed by a number link's status, the search box
// (computer names, debounced as the user types) and the advanced search; the number of matches;
// Export of what is shown or of the selection, as CSV or JSON. Searching and sorting a large
// result run on a worker (ResultsFilterModel): the window never waits for them.
class ResultsPage : public QWidget
{
    Q_OBJECT
public:
    enum class ExportRows { Shown, Selected };

    explicit ResultsPage(QuerySession *session, QWidget *parent = nullptr);

    void showStatus(std::optional<SecurityStatus> status);
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

private:
    QWidget *makeSearchBar();
    QToolButton *makeExportButton();
    void exportChosen(ResultsFormat format, ExportRows rows);
    void applySearchBox();
    void applyAdvanced(const EndpointCriteria &criteria);
    void updateHeader();

    QuerySession *m_session;
    ResultsFilterModel *m_filter;
    QTableView *m_table;
    QLabel *m_title;
    QLabel *m_shownCount;
    QLineEdit *m_searchBox = nullptr;
    QLabel *m_searchReason = nullptr;
    QTimer *m_debounce = nullptr;
    QToolButton *m_advancedButton = nullptr;
    ResultsSearchPanel *m_advanced = nullptr;
    EndpointCriteria m_advancedCriteria; // without the name: the box owns that one
    bool m_englishHeaders = false;
};
