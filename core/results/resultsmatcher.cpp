#include "results/resultsmatcher.h"

#include <algorithm>

ResultsMatcher::ResultsMatcher(const ResultsTable &table, const EndpointCriteria &criteria,
                               std::optional<SecurityStatus> status)
    : m_table(table)
    , m_criteria(criteria)
{
    for (SecurityStatus candidate : SecurityStatuses::all) {
        const bool byCriteria = !criteria.statuses || criteria.statuses->contains(candidate);
        const bool byLink = !status || *status == candidate;
        if (byCriteria && byLink)
            m_statuses |= 1u << unsigned(candidate);
    }
    if (criteria.server) {
        m_servers = table.sharedValues(ResultsTable::Shared::Server);
        m_serverMatches.reserve(size_t(m_servers.values().size()));
        for (const QString &server : m_servers.values())
            m_serverMatches.push_back(criteria.server->matches(server));
    }
    m_everything = criteria.isEmpty() && !status;
    if (criteria.quick && !criteria.quick->hasWildcard()) {
        bool anyWhole = false;
        for (qsizetype row = 0; row < table.size() && !anyWhole; ++row)
            anyWhole = matchesOtherThanText(row) && matchesText(row);
        m_inside = !anyWhole;
    }
}

bool ResultsMatcher::matchesAddress(const ResultsTable::AddressKey &key) const
{
    if (!m_criteria.ipv4 && !m_criteria.ipv6)
        return true;
    if (m_criteria.ipv4 && key[0] == 4) {
        const quint32 v4 = quint32(key[1]) << 24 | quint32(key[2]) << 16 | quint32(key[3]) << 8
            | quint32(key[4]);
        if (m_criteria.ipv4->contains(v4))
            return true;
    }
    if (m_criteria.ipv6 && key[0] == 6) {
        Q_IPV6ADDR v6;
        for (int i = 0; i < 16; ++i)
            v6[i] = key[size_t(1 + i)];
        if (m_criteria.ipv6->contains(v6))
            return true;
    }
    return false;
}

bool ResultsMatcher::matchesText(qsizetype row) const
{
    if (!m_criteria.quick)
        return true;
    if (m_inside)
        return m_criteria.quick->matchesInside(m_table.foldedName(row));
    return m_criteria.quick->matchesWhole(m_table.foldedName(row), m_table.address(row));
}

bool ResultsMatcher::matches(qsizetype row) const
{
    if (m_everything)
        return true;
    return matchesOtherThanText(row) && matchesText(row);
}

bool ResultsMatcher::matchesOtherThanText(qsizetype row) const
{
    if (!(m_statuses & (1u << unsigned(m_table.status(row)))))
        return false;
    if (m_criteria.name && !m_criteria.name->matchesFolded(m_table.foldedName(row)))
        return false;
    if (!m_serverMatches.empty() && !m_serverMatches[m_servers.id(row)])
        return false;
    if (!matchesAddress(m_table.addressKey(row)))
        return false;
    return !m_criteria.adTree || m_criteria.adTree->contains(m_table.adPath(row));
}

std::vector<quint32> ResultsMatcher::matchingRows() const
{
    std::vector<quint32> rows;
    for (qsizetype row = 0; row < m_table.size(); ++row) {
        if (matches(row))
            rows.push_back(quint32(row));
    }
    return rows;
}

std::vector<quint32> ResultsMatcher::matchingRows(const std::vector<quint32> &order,
                                                  bool descending) const
{
    std::vector<quint32> rows;
    const auto keep = [&](quint32 row) {
        if (matches(row))
            rows.push_back(row);
    };
    if (descending)
        std::for_each(order.rbegin(), order.rend(), keep);
    else
        std::for_each(order.begin(), order.end(), keep);
    return rows;
}
