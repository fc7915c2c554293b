#pragma once

#include <QWidget>

#include <optional>

#include "endpoint/securitystatus.h"
#include "resultsfiltermodel.h"
#include "search/endpointcriteria.h"

class QHBoxLayout;
class QToolButton;

// The filters the results are narrowed by now, one removable chip each (issue 19, point 2): the
// status of the number link or tree node, the tree's domain or IP ranges, the search box, and each
// field of the advanced search. The administrator sees at a glance why rows are missing and takes
// one filter away with a click (or Space on the focused chip) without opening the advanced search.
class FilterChips : public QWidget
{
    Q_OBJECT
public:
    enum class Filter { Status, Place, Search, Ipv4, Ipv6, Server, AdTree, Statuses };
    Q_ENUM(Filter)

    explicit FilterChips(QWidget *parent = nullptr);

    // Shows a chip per filter in force; hidden when there is none.
    void show(std::optional<SecurityStatus> status, const ResultsPlace &place,
              const EndpointCriteria &criteria);
    // The chip of `filter`, or null when that filter is not in force (for tests and focus).
    QToolButton *chip(Filter filter) const;

signals:
    void removeRequested(FilterChips::Filter filter);

private:
    void addChip(Filter filter, const QString &label, const QString &value);

    QHBoxLayout *m_row;
};
