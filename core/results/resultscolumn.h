#pragma once

#include <QString>

#include <array>
#include <optional>

// The columns of a query's results, in the order the results page shows them and the CSV export
// writes them (core/export/endpointcsv.cpp): what a search, a sort and an export speak of,
// whichever front end asks. The console's models map their own column numbers to these.
enum class ResultsColumn {
    Name,
    Address,
    Status,
    Server,
    AgentVersion,
    Domain,
    Gate,
    AgentPort,
    AdPath, // shown as displayAdPath() of the stored DN
    Detail,
};

namespace ResultsColumns {
inline constexpr std::array<ResultsColumn, 10> all = {
    ResultsColumn::Name,   ResultsColumn::Address,      ResultsColumn::Status,
    ResultsColumn::Server, ResultsColumn::AgentVersion, ResultsColumn::Domain,
    ResultsColumn::Gate,   ResultsColumn::AgentPort,    ResultsColumn::AdPath,
    ResultsColumn::Detail,
};
// The column at `index` of that order, or none outside it.
std::optional<ResultsColumn> at(int index);
} // namespace ResultsColumns

// How the AD path column shows an endpoint's adPath (a DN): AD's canonical name, the container
// path then the computer ("corp.example.test/Sales/PC1"), as Active Directory Users and
// Computers writes it. A DN that does not parse is shown as it is. The sort by this column
// orders by this text, not by the DN, which reads leaf first.
QString displayAdPath(const QString &dn);
