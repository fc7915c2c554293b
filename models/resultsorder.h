#pragma once

#include "store/resultstable.h"

#include <vector>

// Every row of a table in the ascending order of one results column (ResultsModel::Column),
// ties in stored order: names ignoring case, addresses numerically (IPv4 before IPv6), statuses
// in the manual's order, shared texts (server, version, domain, detail) by a rank of their
// distinct values. A search then walks this order and keeps what matches, so a filtered view
// comes out sorted without sorting again; descending walks it backwards.
namespace ResultsOrder {
std::vector<quint32> ascending(const ResultsTable &table, int column);
} // namespace ResultsOrder
