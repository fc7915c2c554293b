#pragma once

#include "endpoint/endpoint.h"
#include "results/populatedallocator.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <unordered_map>
#include <vector>

// Up to `capacity` consecutive rows of a ResultsTable, column by column (docs/search.md):
// - names, addresses and AD paths, unique per row, packed into one UTF-16 buffer per column;
// - servers, versions, domains, details and port observations, shared by many rows, interned:
//   one small id per row into the segment's own list of distinct values;
// - the address as a fixed 17-byte key in address order, statuses and ports as small numbers.
// A segment is filled on one thread and, once a table shares it with another (a snapshot, a
// chunk read on a worker), never written again: a table that must append to a shared segment
// appends to a copy.
class ResultsSegment
{
    template<typename T> using Column = std::vector<T, PopulatedAllocator<T>>;

public:
    using AddressKey = std::array<quint8, 17>; // family (4, 6, 0xff) and 16 address bytes
    // Rows per segment: small enough that copying a shared last segment costs well under a
    // millisecond, large enough that a million rows are a few dozen segments.
    static constexpr int rowBits = 14;
    static constexpr qsizetype capacity = qsizetype(1) << rowBits;

    ResultsSegment();
    // A copy rebuilds its interned columns' indexes over its own strings (Interned's copy).
    ResultsSegment(const ResultsSegment &other) = default;
    ResultsSegment &operator=(const ResultsSegment &) = delete;

    qsizetype size() const { return qsizetype(m_status.size()); }
    bool isFull() const { return size() == capacity; }

    // The columns as the store holds them: `portsJson` as portsToJson() (core/endpoint) writes it,
    // kept as text until an export asks for the observations.
    void append(QStringView address, QStringView name, SecurityStatus status, GateResult gate,
                quint16 agentPort, QStringView server, QStringView agentVersion, QStringView domain,
                QStringView adPath, QStringView detail, QStringView portsJson);

    QStringView name(qsizetype row) const { return m_name.at(row); }
    // NamePattern::fold() of the name: searches compare without folding. Only kept apart from
    // the names once a name of the segment folds to something else (most fleets' names are
    // lower-case ASCII already).
    QStringView foldedName(qsizetype row) const
    {
        return m_foldedApart ? m_foldedName.at(row) : m_name.at(row);
    }
    QStringView address(qsizetype row) const { return m_address.at(row); }
    const AddressKey &addressKey(qsizetype row) const { return m_addressKey[size_t(row)]; }
    SecurityStatus status(qsizetype row) const { return SecurityStatus(m_status[size_t(row)]); }
    GateResult gate(qsizetype row) const { return GateResult(m_gate[size_t(row)]); }
    quint16 agentPort(qsizetype row) const { return m_agentPort[size_t(row)]; }
    QStringView adPath(qsizetype row) const { return m_adPath.at(row); }
    const QString &portsJson(qsizetype row) const { return m_portsJson.at(row); }

    enum class Shared { Server, AgentVersion, Domain, Detail };
    const QString &shared(Shared column, qsizetype row) const { return interned(column).at(row); }
    const QStringList &values(Shared column) const { return interned(column).values(); }
    quint32 valueId(Shared column, qsizetype row) const { return interned(column).id(row); }

    qint64 count(SecurityStatus status) const { return m_counts[size_t(status)]; }
    size_t memoryBytes() const;

    static AddressKey makeAddressKey(QStringView address);

private:
    class Packed
    {
    public:
        void append(QStringView text);
        QStringView at(qsizetype row) const
        {
            const quint32 begin = m_offsets[size_t(row)];
            return QStringView(m_chars.data() + begin,
                               qsizetype(m_offsets[size_t(row) + 1] - begin));
        }
        void reserve(qsizetype rows, qsizetype chars);
        size_t memoryBytes() const;

    private:
        Column<char16_t> m_chars;
        Column<quint32> m_offsets { 0 };
    };
    class Interned
    {
    public:
        Interned() = default;
        Interned(const Interned &other);
        Interned &operator=(const Interned &) = delete;
        void append(QStringView text);
        const QString &at(qsizetype row) const { return m_values.at(m_ids[size_t(row)]); }
        quint32 id(qsizetype row) const { return m_ids[size_t(row)]; }
        const QStringList &values() const { return m_values; }
        void reserve(qsizetype rows) { m_ids.reserve(size_t(rows)); }
        size_t memoryBytes() const;

    private:
        Column<quint32> m_ids;
        QStringList m_values;
        struct Hash
        {
            size_t operator()(QStringView text) const noexcept { return size_t(qHash(text)); }
        };
        // Keys view the strings of m_values, whose text never moves once made.
        std::unordered_map<QStringView, quint32, Hash> m_index;
        quint32 m_last = 0; // rows often repeat the previous row's value: checked first
    };

    const Interned &interned(Shared column) const
    {
        switch (column) {
        case Shared::Server:
            return m_server;
        case Shared::AgentVersion:
            return m_agentVersion;
        case Shared::Domain:
            return m_domain;
        case Shared::Detail:
            break;
        }
        return m_detail;
    }

    Packed m_name;
    Packed m_foldedName; // kept once m_foldedApart: a name that folds to something else came
    bool m_foldedApart = false;
    Packed m_address;
    Packed m_adPath;
    Column<AddressKey> m_addressKey;
    Column<quint8> m_status;
    Column<quint8> m_gate;
    Column<quint16> m_agentPort;
    Interned m_server;
    Interned m_agentVersion;
    Interned m_domain;
    Interned m_detail;
    Interned m_portsJson; // few distinct observations in a fleet
    std::array<qint64, SecurityStatuses::all.size()> m_counts {};
};
