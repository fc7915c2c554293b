#pragma once

#include "results/resultstable.h"
#include "search/endpointcriteria.h"

#include <optional>
#include <vector>

// The one search of a query's results, for the console and `osmgmt-cli results` alike:
// EndpointCriteria compiled against one ResultsTable: the server pattern is decided once per
// distinct server, names are compared already folded, addresses as their fixed keys. What a
// search of a million rows does per row is a few array reads. Built and used on a worker.
class ResultsMatcher
{
public:
    // `status`: the number link's single status (the Security Status section), on top of the
    // criteria.
    ResultsMatcher(const ResultsTable &table, const EndpointCriteria &criteria,
                   std::optional<SecurityStatus> status);

    bool isEverything() const { return m_everything; }
    // The quick search had no `*` and matched no whole name or address among the rows the other
    // criteria keep, so it matches inside names instead (QuickSearch).
    bool searchedInside() const { return m_inside; }
    bool matches(qsizetype row) const;
    // The rows that match, in stored order.
    std::vector<quint32> matchingRows() const;
    // The rows of `order` (a ResultsOrder) that match, in that order; backwards when
    // `descending`. A sorted search is then one walk, not a search and a sort.
    std::vector<quint32> matchingRows(const std::vector<quint32> &order, bool descending) const;

private:
    bool matchesAddress(const ResultsTable::AddressKey &key) const;
    bool matchesOtherThanText(qsizetype row) const;
    bool matchesText(qsizetype row) const;

    const ResultsTable &m_table;
    const EndpointCriteria &m_criteria;
    unsigned m_statuses = 0; // bit per SecurityStatus
    ResultsTable::SharedValues m_servers;
    std::vector<bool> m_serverMatches; // per distinct server; empty: no server criterion
    bool m_everything = false;
    bool m_inside = false;
};
