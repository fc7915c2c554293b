#pragma once

#include "endpoint/endpoint.h"
#include "results/resultssegment.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <memory>
#include <vector>

// The endpoints of one query, held column by column in segments of ResultsSegment::capacity
// rows, so that a million of them fit in about a hundred megabytes and a search or a sort walks
// flat arrays (docs/search.md). Every segment but the last is full: a row's segment is its
// number shifted, never a search.
//
// Copying a table copies pointers to its segments, which the copies then share: a snapshot for
// a worker costs nothing and a chunk read on a worker joins the results model's table without a
// copy. A table only writes to a segment no other table holds; appending to a shared last
// segment copies it first (a few hundred kilobytes at most). A table is written on one thread;
// a copy of it may be read on any other.
class ResultsTable
{
public:
    using AddressKey = ResultsSegment::AddressKey;
    using Shared = ResultsSegment::Shared;

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // Room for the segments of `rows` rows (the rows themselves are reserved segment by segment).
    void reserve(qsizetype rows);

    void append(const Endpoint &endpoint);
    // The columns as the store holds them: `portsJson` as portsToJson() (core/endpoint) writes it,
    // kept as text until an export asks for the observations.
    void append(QStringView address, QStringView name, SecurityStatus status, GateResult gate,
                quint16 agentPort, QStringView server, QStringView agentVersion, QStringView domain,
                QStringView adPath, QStringView detail, QStringView portsJson);
    // Appends every row of `other` (a chunk read on a worker). When this table's last segment is
    // full, `other`'s segments are shared, not copied; otherwise its rows are copied.
    void append(const ResultsTable &other);

    Endpoint endpoint(qsizetype row) const;
    // Everything but the port observations, which are parsed from JSON: for the CSV export and
    // the views, which do not show them.
    Endpoint endpointWithoutPorts(qsizetype row) const;
    QStringView name(qsizetype row) const { return segment(row).name(inSegment(row)); }
    // NamePattern::fold() of the name, made once at append: searches compare without folding.
    QStringView foldedName(qsizetype row) const { return segment(row).foldedName(inSegment(row)); }
    QStringView address(qsizetype row) const { return segment(row).address(inSegment(row)); }
    const AddressKey &addressKey(qsizetype row) const
    {
        return segment(row).addressKey(inSegment(row));
    }
    SecurityStatus status(qsizetype row) const { return segment(row).status(inSegment(row)); }
    GateResult gate(qsizetype row) const { return segment(row).gate(inSegment(row)); }
    quint16 agentPort(qsizetype row) const { return segment(row).agentPort(inSegment(row)); }
    QStringView adPath(qsizetype row) const { return segment(row).adPath(inSegment(row)); }
    const QString &server(qsizetype row) const { return shared(Shared::Server, row); }
    const QString &agentVersion(qsizetype row) const { return shared(Shared::AgentVersion, row); }
    const QString &domain(qsizetype row) const { return shared(Shared::Domain, row); }
    const QString &detail(qsizetype row) const { return shared(Shared::Detail, row); }
    const QString &shared(Shared column, qsizetype row) const
    {
        return segment(row).shared(column, inSegment(row));
    }
    QVector<PortObservation> ports(qsizetype row) const;

    // The distinct values of an interned column over the whole table, and each row's index into
    // them: a search or a sort decides once per value instead of once per row.
    class SharedValues
    {
    public:
        const QStringList &values() const { return m_values; }
        quint32 id(qsizetype row) const
        {
            const size_t segment = size_t(row) >> ResultsSegment::rowBits;
            return m_ids[segment][m_table->segment(row).valueId(m_column, inSegment(row))];
        }

    private:
        friend class ResultsTable;
        const ResultsTable *m_table = nullptr;
        Shared m_column = Shared::Server;
        QStringList m_values;
        std::vector<std::vector<quint32>> m_ids; // per segment: its value ids to the table's
    };
    SharedValues sharedValues(Shared column) const;

    qint64 count(SecurityStatus status) const { return m_counts[size_t(status)]; }
    // Bytes held, for the benchmark and the log.
    size_t memoryBytes() const;

    static AddressKey makeAddressKey(QStringView address)
    {
        return ResultsSegment::makeAddressKey(address);
    }

private:
    const ResultsSegment &segment(qsizetype row) const
    {
        return *m_segments[size_t(row) >> ResultsSegment::rowBits];
    }
    static qsizetype inSegment(qsizetype row) { return row & (ResultsSegment::capacity - 1); }
    // The last segment, made or copied as needed so that this table alone holds it.
    ResultsSegment &writableLast();

    std::vector<std::shared_ptr<ResultsSegment>> m_segments;
    qsizetype m_size = 0;
    std::array<qint64, SecurityStatuses::all.size()> m_counts {};
};
