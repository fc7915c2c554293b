#pragma once

#include "results/resultscolumn.h"
#include "results/resultstable.h"

#include <vector>

// Every row of a table in the ascending order of one results column,
// ties in stored order: names ignoring case, addresses numerically (IPv4 before IPv6), statuses
// in the manual's order, shared texts (server, version, domain, detail) by a rank of their
// distinct values, AD paths by the text the column shows (displayAdPath()). A search then walks
// this order and keeps what matches, so a filtered view comes out sorted without sorting again;
// descending walks it backwards.
namespace ResultsOrder {
std::vector<quint32> ascending(const ResultsTable &table, ResultsColumn column);
// The same order, given `previous`, the ascending order of the table's first previous.size()
// rows by this column: what a table that grew by appending needs, without sorting the rows it
// had again (a million-row query arrives in chunks of fifty thousand).
std::vector<quint32> extended(const ResultsTable &table, ResultsColumn column,
                              const std::vector<quint32> &previous);
} // namespace ResultsOrder
