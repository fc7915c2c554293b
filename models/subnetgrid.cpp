#include "subnetgrid.h"

#include <QHostAddress>

#include <algorithm>
#include <set>

namespace {
constexpr quint8 ipv4Family = 4;
constexpr quint8 ipv6Family = 6;
} // namespace

QString SubnetBlock::toString() const
{
    return ipv6 ? address(0) + QStringLiteral("/112") : address(0) + QStringLiteral("/16");
}

QString SubnetBlock::address(int cell) const
{
    const quint8 high = quint8(cell >> 8);
    const quint8 low = quint8(cell & 0xff);
    if (!ipv6)
        return QStringLiteral("%1.%2.%3.%4").arg(prefix[0]).arg(prefix[1]).arg(high).arg(low);
    Q_IPV6ADDR bytes;
    std::copy(prefix.begin(), prefix.end(), bytes.c);
    bytes.c[14] = high;
    bytes.c[15] = low;
    return QHostAddress(bytes).toString();
}

std::optional<SubnetBlock> SubnetBlock::of(const ResultsTable::AddressKey &key)
{
    SubnetBlock block;
    if (key[0] == ipv4Family) {
        block.prefix[0] = key[1];
        block.prefix[1] = key[2];
        return block;
    }
    if (key[0] == ipv6Family) {
        block.ipv6 = true;
        std::copy(key.begin() + 1, key.begin() + 15, block.prefix.begin());
        return block;
    }
    return std::nullopt;
}

int SubnetBlock::cellOf(const ResultsTable::AddressKey &key)
{
    return key[0] == ipv4Family ? (key[3] << 8) | key[4] : (key[15] << 8) | key[16];
}

SubnetGrid::SubnetGrid()
    : m_status(size_t(cells), empty)
    , m_row(size_t(cells), -1)
{ }

SubnetGrid SubnetGrid::build(const ResultsTable &table, const SubnetBlock &block)
{
    SubnetGrid grid;
    const quint8 family = block.ipv6 ? ipv6Family : ipv4Family;
    const size_t prefixBytes = block.ipv6 ? 14 : 2;
    for (qsizetype row = 0; row < table.size(); ++row) {
        const ResultsTable::AddressKey &key = table.addressKey(row);
        if (key[0] != family
            || !std::equal(block.prefix.begin(), block.prefix.begin() + prefixBytes,
                           key.begin() + 1))
            continue;
        const size_t cell = size_t(SubnetBlock::cellOf(key));
        if (grid.m_status[cell] == empty)
            ++grid.m_found;
        grid.m_status[cell] = quint8(table.status(row));
        grid.m_row[cell] = qint32(row);
    }
    return grid;
}

namespace {
// Whether two address keys fall in one block: the family and the block's prefix bytes.
bool sameBlock(const ResultsTable::AddressKey &a, const ResultsTable::AddressKey &b)
{
    const size_t bytes = a[0] == ipv4Family ? 3 : 15;
    return std::equal(a.begin(), a.begin() + bytes, b.begin());
}
} // namespace

QVector<SubnetBlock> SubnetGrid::blocksOf(const ResultsTable &table)
{
    std::set<SubnetBlock> found;
    // Rows come in runs of one block (a sweep stores its range in order): the set is looked up
    // once per run, and a row of the same run costs a comparison of a few bytes.
    const ResultsTable::AddressKey *last = nullptr;
    for (qsizetype row = 0; row < table.size(); ++row) {
        const ResultsTable::AddressKey &key = table.addressKey(row);
        if (last && sameBlock(*last, key))
            continue;
        last = &key;
        if (const std::optional<SubnetBlock> block = SubnetBlock::of(key))
            found.insert(*block);
    }
    return QVector<SubnetBlock>(found.begin(), found.end());
}
