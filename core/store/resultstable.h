#pragma once

#include "endpoint/endpoint.h"
#include "store/prefaultedallocator.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <unordered_map>
#include <vector>

// The endpoints of one query held column by column, so that a million of them fit in about a
// hundred megabytes and a search or a sort walks flat arrays (docs/search.md):
// - names, addresses and AD paths, unique per row, packed into one UTF-16 buffer per column;
// - servers, versions, domains, details and port observations, shared by many rows, interned:
//   one small id per row;
// - the address as a fixed 17-byte key in address order, statuses and ports as small numbers.
// A table is filled on one thread; once shared (std::shared_ptr<const ResultsTable>) it is only
// read, from any thread.
class ResultsTable
{
    template<typename T> using Column = std::vector<T, PrefaultedAllocator<T>>;

public:
    using AddressKey = std::array<quint8, 17>; // family (4, 6, 0xff) and 16 address bytes

    ResultsTable() = default;

    qsizetype size() const { return qsizetype(m_status.size()); }
    bool isEmpty() const { return m_status.empty(); }
    void reserve(qsizetype rows);
    // Reserves room for `rows` rows in all, their texts as long on average as those held now:
    // better than reserve()'s guess once a first chunk has been read.
    void reserveLikeRowsHeld(qsizetype rows);

    void append(const Endpoint &endpoint);
    // The columns as the store holds them: `portsJson` as EndpointRow::portsToJson() writes it,
    // kept as text until an export asks for the observations.
    void append(QStringView address, QStringView name, SecurityStatus status, GateResult gate,
                quint16 agentPort, QStringView server, QStringView agentVersion, QStringView domain,
                QStringView adPath, QStringView detail, QStringView portsJson);

    // Appends every row of `other` (a chunk read on a worker): columns are copied, interned ids
    // translated, no Endpoint is made.
    void append(const ResultsTable &other);

    Endpoint endpoint(qsizetype row) const;
    // Everything but the port observations, which are parsed from JSON: for the CSV export and
    // the views, which do not show them.
    Endpoint endpointWithoutPorts(qsizetype row) const;
    QStringView name(qsizetype row) const { return m_name.at(row); }
    // NamePattern::fold() of the name, made once at append: searches compare without folding.
    QStringView foldedName(qsizetype row) const { return m_foldedName.at(row); }
    QStringView address(qsizetype row) const { return m_address.at(row); }
    const AddressKey &addressKey(qsizetype row) const { return m_addressKey[size_t(row)]; }
    SecurityStatus status(qsizetype row) const { return SecurityStatus(m_status[size_t(row)]); }
    GateResult gate(qsizetype row) const { return GateResult(m_gate[size_t(row)]); }
    quint16 agentPort(qsizetype row) const { return m_agentPort[size_t(row)]; }
    QStringView adPath(qsizetype row) const { return m_adPath.at(row); }
    const QString &server(qsizetype row) const { return m_server.at(row); }
    const QString &agentVersion(qsizetype row) const { return m_agentVersion.at(row); }
    const QString &domain(qsizetype row) const { return m_domain.at(row); }
    const QString &detail(qsizetype row) const { return m_detail.at(row); }
    QVector<PortObservation> ports(qsizetype row) const;

    // The interned columns: the distinct values and each row's index into them, so a search or
    // a sort decides once per value instead of once per row.
    enum class Shared { Server, AgentVersion, Domain, Detail };
    const QStringList &values(Shared column) const { return interned(column).values(); }
    quint32 valueId(Shared column, qsizetype row) const { return interned(column).id(row); }

    qint64 count(SecurityStatus status) const { return m_counts[size_t(status)]; }
    // Bytes held, for the benchmark and the log.
    size_t memoryBytes() const;

    static AddressKey makeAddressKey(QStringView address);

private:
    class Packed
    {
    public:
        void append(QStringView text);
        void append(const Packed &other);
        QStringView at(qsizetype row) const
        {
            const quint32 begin = m_offsets[size_t(row)];
            return QStringView(m_chars.data() + begin,
                               qsizetype(m_offsets[size_t(row) + 1] - begin));
        }
        void reserve(qsizetype rows, qsizetype chars);
        qsizetype chars() const { return qsizetype(m_chars.size()); }
        size_t memoryBytes() const;

    private:
        Column<char16_t> m_chars;
        Column<quint32> m_offsets { 0 };
    };
    class Interned
    {
    public:
        void append(QStringView text);
        void append(const Interned &other);
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
    Packed m_foldedName;
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
    Interned m_portsJson;
    std::array<qint64, SecurityStatuses::all.size()> m_counts {};
};
