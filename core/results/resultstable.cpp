#include "results/resultstable.h"

#include "endpoint/portsjson.h"

#include <QHash>

void ResultsTable::reserve(qsizetype rows)
{
    m_segments.reserve(size_t((rows + ResultsSegment::capacity - 1) >> ResultsSegment::rowBits));
}

ResultsSegment &ResultsTable::writableLast()
{
    if (m_segments.empty() || m_segments.back()->isFull())
        m_segments.push_back(std::make_shared<ResultsSegment>());
    else if (m_segments.back().use_count() > 1)
        // Another table (a snapshot on a worker, the chunk it came in) holds it: it must not
        // change under that reader. (A count that drops meanwhile only costs a needless copy.)
        m_segments.back() = std::make_shared<ResultsSegment>(*m_segments.back());
    return *m_segments.back();
}

void ResultsTable::append(const Endpoint &endpoint)
{
    append(endpoint.address, endpoint.name, endpoint.status, endpoint.gate, endpoint.agentPort,
           endpoint.server, endpoint.agentVersion, endpoint.domain, endpoint.adPath,
           endpoint.detail, QString::fromUtf8(portsToJson(endpoint.ports)));
    // (The JSON text is a temporary: the segment copies what it keeps.)
}

void ResultsTable::append(QStringView address, QStringView name, SecurityStatus status,
                          GateResult gate, quint16 agentPort, QStringView server,
                          QStringView agentVersion, QStringView domain, QStringView adPath,
                          QStringView detail, QStringView portsJson)
{
    writableLast().append(address, name, status, gate, agentPort, server, agentVersion, domain,
                          adPath, detail, portsJson);
    ++m_size;
    ++m_counts[size_t(status)];
}

void ResultsTable::append(const ResultsTable &other)
{
    if (other.isEmpty())
        return;
    if (m_segments.empty() || m_segments.back()->isFull()) {
        m_segments.insert(m_segments.end(), other.m_segments.begin(), other.m_segments.end());
        m_size += other.m_size;
        for (size_t i = 0; i < m_counts.size(); ++i)
            m_counts[i] += other.m_counts[i];
        return;
    }
    // Rows after a part-filled segment would leave a gap in the row numbering: copied.
    for (qsizetype row = 0; row < other.size(); ++row) {
        const ResultsSegment &from = other.segment(row);
        const qsizetype at = inSegment(row);
        append(from.address(at), from.name(at), from.status(at), from.gate(at), from.agentPort(at),
               from.shared(Shared::Server, at), from.shared(Shared::AgentVersion, at),
               from.shared(Shared::Domain, at), from.adPath(at), from.shared(Shared::Detail, at),
               from.portsJson(at));
    }
}

ResultsTable::SharedValues ResultsTable::sharedValues(Shared column) const
{
    SharedValues shared;
    shared.m_table = this;
    shared.m_column = column;
    shared.m_ids.reserve(m_segments.size());
    QHash<QString, quint32> known;
    for (const auto &segment : m_segments) {
        const QStringList &values = segment->values(column);
        std::vector<quint32> ids(size_t(values.size()));
        for (qsizetype i = 0; i < values.size(); ++i) {
            const auto found = known.constFind(values.at(i));
            if (found != known.constEnd()) {
                ids[size_t(i)] = found.value();
            } else {
                ids[size_t(i)] = quint32(shared.m_values.size());
                known.insert(values.at(i), ids[size_t(i)]);
                shared.m_values.append(values.at(i));
            }
        }
        shared.m_ids.push_back(std::move(ids));
    }
    return shared;
}

QVector<PortObservation> ResultsTable::ports(qsizetype row) const
{
    // Written by this program (append() or the store), so it parses; a row it cannot read
    // shows no observations rather than failing a whole export.
    Result<QVector<PortObservation>> parsed
        = portsFromJson(segment(row).portsJson(inSegment(row)).toUtf8());
    return parsed ? std::move(parsed).value() : QVector<PortObservation>();
}

Endpoint ResultsTable::endpoint(qsizetype row) const
{
    Endpoint endpoint = endpointWithoutPorts(row);
    endpoint.ports = ports(row);
    return endpoint;
}

Endpoint ResultsTable::endpointWithoutPorts(qsizetype row) const
{
    Endpoint endpoint;
    endpoint.address = address(row).toString();
    endpoint.name = name(row).toString();
    endpoint.status = status(row);
    endpoint.gate = gate(row);
    endpoint.agentPort = agentPort(row);
    endpoint.server = server(row);
    endpoint.agentVersion = agentVersion(row);
    endpoint.domain = domain(row);
    endpoint.adPath = adPath(row).toString();
    endpoint.detail = detail(row);
    return endpoint;
}

size_t ResultsTable::memoryBytes() const
{
    size_t bytes = m_segments.capacity() * sizeof(m_segments.front());
    for (const auto &segment : m_segments)
        bytes += segment->memoryBytes();
    return bytes;
}
