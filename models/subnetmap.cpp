#include "subnetmap.h"

#include "resultsmodel.h"

SubnetMap::SubnetMap(ResultsModel *results, QObject *parent)
    : QObject(parent)
    , m_results(results)
{
    m_later.setSingleShot(true);
    m_later.setInterval(300);
    connect(&m_later, &QTimer::timeout, this, &SubnetMap::update);
    connect(results, &QAbstractItemModel::modelReset, this, [this] {
        m_containersStale = true; // other results: counted again from their first row
        update();
    });
    connect(results, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_later.isActive())
            m_later.start();
    });
    update();
}

void SubnetMap::setBlock(const SubnetBlock &block)
{
    m_block = block;
    const std::shared_ptr<const ResultsTable> table = m_results->snapshot();
    m_grid = SubnetGrid::build(*table, block);
    m_coverage.setGrid(m_grid, block);
    emit changed();
}

void SubnetMap::update()
{
    m_later.stop();
    const std::shared_ptr<const ResultsTable> table = m_results->snapshot();
    m_blocks = SubnetGrid::blocksOf(*table);
    if (m_containersStale)
        m_containers.setTable(*table);
    else
        m_containers.addRows(*table);
    m_containersStale = false;
    if (m_blocks.isEmpty()) {
        m_block.reset();
        m_grid = SubnetGrid();
        m_coverage.setGrid(m_grid, SubnetBlock());
        emit changed();
        return;
    }
    setBlock(m_block && m_blocks.contains(*m_block) ? *m_block : m_blocks.first());
}

SubnetMap::Span SubnetMap::span(int first, int last) const
{
    Span span;
    if (!m_block)
        return span;
    if (first > last)
        std::swap(first, last);
    if (!m_block->ipv6) {
        span.ipv4 = first == last
            ? m_block->address(first)
            : m_block->address(first) + QLatin1Char('-') + m_block->address(last);
        return span;
    }
    int bits = 0; // host bits the prefix leaves free
    while (bits < 16 && (first >> bits) != (last >> bits))
        ++bits;
    span.ipv6Length = 128 - bits;
    span.ipv6Prefix = m_block->address((first >> bits) << bits);
    return span;
}
