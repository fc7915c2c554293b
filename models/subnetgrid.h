#pragma once

#include "endpoint/securitystatus.h"
#include "results/resultstable.h"

#include <QString>
#include <QVector>

#include <array>
#include <optional>
#include <vector>

// A block of 65,536 addresses as the subnet map draws it: an IPv4 /16 or an IPv6 /112, one cell
// per address, 256 lines of 256 (an IPv4 line is a /24). Which block a row falls in is read from
// the results column store's fixed address key (core/results), so finding the blocks of a
// million rows and the cells of one block walk flat arrays and copy no row: a cell keeps the
// row's number and its status, nothing else.
struct SubnetBlock
{
    bool ipv6 = false;
    std::array<quint8, 14> prefix {}; // IPv4: the first 2 bytes; IPv6: the first 14

    // "127.2.0.0/16", "fd00:1::/112".
    QString toString() const;
    // The address of cell `cell` (0 to 65,535) of this block.
    QString address(int cell) const;
    // The block of an address key, if the key is an address.
    static std::optional<SubnetBlock> of(const ResultsTable::AddressKey &key);
    static int cellOf(const ResultsTable::AddressKey &key);

    bool operator==(const SubnetBlock &other) const
    {
        return ipv6 == other.ipv6 && prefix == other.prefix;
    }
    bool operator!=(const SubnetBlock &other) const { return !(*this == other); }
    bool operator<(const SubnetBlock &other) const
    {
        return ipv6 != other.ipv6 ? !ipv6 : prefix < other.prefix;
    }
};

class SubnetGrid
{
public:
    static constexpr int side = 256;
    static constexpr int cells = side * side;
    static constexpr quint8 empty = 0xff; // no computer found at that address

    SubnetGrid();
    // The cells of `block` in `table`: each address's status and row (the last row found there,
    // for the rare address found twice).
    static SubnetGrid build(const ResultsTable &table, const SubnetBlock &block);
    // The blocks that hold at least one row of `table`, in address order (IPv4 first).
    static QVector<SubnetBlock> blocksOf(const ResultsTable &table);

    bool has(int cell) const { return m_status[size_t(cell)] != empty; }
    SecurityStatus status(int cell) const { return SecurityStatus(m_status[size_t(cell)]); }
    qint32 row(int cell) const { return m_row[size_t(cell)]; }
    const std::vector<quint8> &statuses() const { return m_status; }
    qint64 found() const { return m_found; }

private:
    std::vector<quint8> m_status;
    std::vector<qint32> m_row;
    qint64 m_found = 0;
};
