#pragma once

#include "containercoveragemodel.h"
#include "subnetcoveragemodel.h"
#include "subnetgrid.h"

#include <QObject>
#include <QTimer>

class ResultsModel;

// The subnet map's data: the blocks (IPv4 /16, IPv6 /112) of the results shown now, the cells of
// the chosen one, and its coverage per line. It follows the results model: a stored query opened,
// a running query's rows arriving (at most every 300 ms, so a sweep never redraws per batch). It
// reads the model's table where it lies, copying no row (SubnetGrid, ContainerCoverageModel).
class SubnetMap : public QObject
{
    Q_OBJECT
public:
    explicit SubnetMap(ResultsModel *results, QObject *parent = nullptr);

    const QVector<SubnetBlock> &blocks() const { return m_blocks; }
    // The block drawn; the first of blocks() until another is chosen.
    std::optional<SubnetBlock> block() const { return m_block; }
    void setBlock(const SubnetBlock &block);
    const SubnetGrid &grid() const { return m_grid; }
    SubnetCoverageModel *coverage() { return &m_coverage; }
    // Coverage per AD container of every row shown (not only the block's).
    ContainerCoverageModel *containers() { return &m_containers; }
    ResultsModel *results() const { return m_results; }

    // Reads the results again now (the timer does it after a change).
    void update();

    // The advanced search's text for the addresses from cell `first` to cell `last` of the block:
    // an IPv4 range ("127.2.0.5-127.2.3.9"), or for IPv6 the smallest prefix of length 112-128
    // that holds them ("fd00:1::100/120"), which the IPv6 search takes.
    struct Span
    {
        QString ipv4;
        QString ipv6Prefix;
        int ipv6Length = 128;
    };
    Span span(int first, int last) const;

signals:
    void changed();

private:
    ResultsModel *m_results;
    QVector<SubnetBlock> m_blocks;
    std::optional<SubnetBlock> m_block;
    SubnetGrid m_grid;
    SubnetCoverageModel m_coverage;
    ContainerCoverageModel m_containers;
    bool m_containersStale = true; // the results were replaced since the containers were counted
    QTimer m_later;
};
