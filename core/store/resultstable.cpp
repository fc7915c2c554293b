#include "store/resultstable.h"

#include "endpoint/addressorder.h"
#include "store/endpointrow.h"

#include <cstring>

namespace {

// A canonical dotted quad ("10.1.2.3") without QHostAddress: a million of them are read per
// load, and the store only holds the canonical form. Anything else goes the slow way.
bool parseDottedQuad(QStringView text, quint32 &address)
{
    quint32 value = 0;
    int octets = 0;
    int digits = 0;
    quint32 octet = 0;
    for (QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            octet = octet * 10 + quint32(c.unicode() - '0');
            if (++digits > 3 || octet > 255)
                return false;
        } else if (c == QLatin1Char('.') && digits > 0 && octets < 3) {
            value = (value << 8) | octet;
            ++octets;
            digits = 0;
            octet = 0;
        } else {
            return false;
        }
    }
    if (octets != 3 || digits == 0)
        return false;
    address = (value << 8) | octet;
    return true;
}

} // namespace

void ResultsTable::Packed::append(QStringView text)
{
    m_chars.insert(m_chars.end(), text.utf16(), text.utf16() + text.size());
    m_offsets.push_back(quint32(m_chars.size()));
}

void ResultsTable::Packed::append(const Packed &other)
{
    const quint32 shift = quint32(m_chars.size());
    m_chars.insert(m_chars.end(), other.m_chars.begin(), other.m_chars.end());
    for (size_t i = 1; i < other.m_offsets.size(); ++i)
        m_offsets.push_back(other.m_offsets[i] + shift);
}

void ResultsTable::Packed::reserve(qsizetype rows, qsizetype chars)
{
    m_offsets.reserve(size_t(rows) + 1);
    m_chars.reserve(size_t(chars));
}

size_t ResultsTable::Packed::memoryBytes() const
{
    return m_chars.capacity() * sizeof(char16_t) + m_offsets.capacity() * sizeof(quint32);
}

void ResultsTable::Interned::append(QStringView text)
{
    if (!m_values.isEmpty() && QStringView(m_values.at(m_last)) == text) {
        m_ids.push_back(m_last);
        return;
    }
    const auto found = m_index.find(text);
    if (found != m_index.end()) {
        m_last = found->second;
    } else {
        m_last = quint32(m_values.size());
        m_values.append(text.toString());
        m_index.emplace(QStringView(m_values.back()), m_last);
    }
    m_ids.push_back(m_last);
}

void ResultsTable::Interned::append(const Interned &other)
{
    std::vector<quint32> translated(size_t(other.m_values.size()));
    for (qsizetype i = 0; i < other.m_values.size(); ++i) {
        const QString &value = other.m_values.at(i);
        const auto found = m_index.find(QStringView(value));
        if (found != m_index.end()) {
            translated[size_t(i)] = found->second;
        } else {
            translated[size_t(i)] = quint32(m_values.size());
            m_values.append(value);
            m_index.emplace(QStringView(m_values.back()), translated[size_t(i)]);
        }
    }
    for (quint32 id : other.m_ids)
        m_ids.push_back(translated[id]);
}

size_t ResultsTable::Interned::memoryBytes() const
{
    size_t bytes = m_ids.capacity() * sizeof(quint32);
    for (const QString &value : m_values)
        bytes += 2 * (sizeof(QString) + size_t(value.capacity()) * 2) + 32;
    return bytes;
}

ResultsTable::AddressKey ResultsTable::makeAddressKey(QStringView address)
{
    AddressKey key {};
    quint32 v4 = 0;
    if (parseDottedQuad(address, v4)) {
        key[0] = 4;
        for (int i = 0; i < 4; ++i)
            key[size_t(1 + i)] = quint8(v4 >> (24 - 8 * i));
        return key;
    }
    // addressSortKey() appends the text of what is not an address; the fixed key keeps the
    // family byte only, so those rows sort together, after every address.
    const QByteArray slow = addressSortKey(address.toString());
    std::memcpy(key.data(), slow.constData(), key.size());
    return key;
}

void ResultsTable::reserve(qsizetype rows)
{
    m_name.reserve(rows, rows * 12);
    m_foldedName.reserve(rows, rows * 12);
    m_address.reserve(rows, rows * 12);
    m_adPath.reserve(rows, 0);
    m_addressKey.reserve(size_t(rows));
    m_status.reserve(size_t(rows));
    m_gate.reserve(size_t(rows));
    m_agentPort.reserve(size_t(rows));
    for (Interned *column : { &m_server, &m_agentVersion, &m_domain, &m_detail, &m_portsJson })
        column->reserve(rows);
}

void ResultsTable::reserveLikeRowsHeld(qsizetype rows)
{
    const qsizetype held = size();
    if (held == 0 || rows <= held) {
        reserve(rows);
        return;
    }
    // A twentieth more than the average says, so that a slightly longer tail does not double
    // a column of a million rows.
    const auto scaled = [&](const Packed &column) {
        return qsizetype(double(column.chars()) * double(rows) / double(held) * 1.05) + 64;
    };
    m_name.reserve(rows, scaled(m_name));
    m_foldedName.reserve(rows, scaled(m_foldedName));
    m_address.reserve(rows, scaled(m_address));
    m_adPath.reserve(rows, scaled(m_adPath));
    m_addressKey.reserve(size_t(rows));
    m_status.reserve(size_t(rows));
    m_gate.reserve(size_t(rows));
    m_agentPort.reserve(size_t(rows));
    for (Interned *column : { &m_server, &m_agentVersion, &m_domain, &m_detail, &m_portsJson })
        column->reserve(rows);
}

void ResultsTable::append(const Endpoint &endpoint)
{
    append(endpoint.address, endpoint.name, endpoint.status, endpoint.gate, endpoint.agentPort,
           endpoint.server, endpoint.agentVersion, endpoint.domain, endpoint.adPath,
           endpoint.detail, QString::fromUtf8(EndpointRow::portsToJson(endpoint.ports)));
    // (The JSON text is a temporary: Interned copies what it keeps.)
}

void ResultsTable::append(QStringView address, QStringView name, SecurityStatus status,
                          GateResult gate, quint16 agentPort, QStringView server,
                          QStringView agentVersion, QStringView domain, QStringView adPath,
                          QStringView detail, QStringView portsJson)
{
    m_name.append(name);
    // Must agree with NamePattern::fold() (core/search), which folds the same way.
    bool plainAscii = true;
    for (QChar c : name) {
        if (c.unicode() >= 0x80 || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))) {
            plainAscii = false;
            break;
        }
    }
    m_foldedName.append(plainAscii ? name : QStringView(name.toString().toCaseFolded()));
    m_address.append(address);
    m_addressKey.push_back(makeAddressKey(address));
    m_status.push_back(quint8(status));
    m_gate.push_back(quint8(gate));
    m_agentPort.push_back(agentPort);
    m_server.append(server);
    m_agentVersion.append(agentVersion);
    m_domain.append(domain);
    m_adPath.append(adPath);
    m_detail.append(detail);
    m_portsJson.append(portsJson);
    ++m_counts[size_t(status)];
}

void ResultsTable::append(const ResultsTable &other)
{
    m_name.append(other.m_name);
    m_foldedName.append(other.m_foldedName);
    m_address.append(other.m_address);
    m_adPath.append(other.m_adPath);
    m_addressKey.insert(m_addressKey.end(), other.m_addressKey.begin(), other.m_addressKey.end());
    m_status.insert(m_status.end(), other.m_status.begin(), other.m_status.end());
    m_gate.insert(m_gate.end(), other.m_gate.begin(), other.m_gate.end());
    m_agentPort.insert(m_agentPort.end(), other.m_agentPort.begin(), other.m_agentPort.end());
    m_server.append(other.m_server);
    m_agentVersion.append(other.m_agentVersion);
    m_domain.append(other.m_domain);
    m_detail.append(other.m_detail);
    m_portsJson.append(other.m_portsJson);
    for (size_t i = 0; i < m_counts.size(); ++i)
        m_counts[i] += other.m_counts[i];
}

QVector<PortObservation> ResultsTable::ports(qsizetype row) const
{
    // Written by this program (append() or the store), so it parses; a row it cannot read
    // shows no observations rather than failing a whole export.
    Result<QVector<PortObservation>> parsed
        = EndpointRow::portsFromJson(m_portsJson.at(row).toUtf8());
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
    size_t bytes = m_name.memoryBytes() + m_foldedName.memoryBytes() + m_address.memoryBytes()
        + m_adPath.memoryBytes();
    bytes += m_addressKey.capacity() * sizeof(AddressKey) + m_status.capacity() + m_gate.capacity()
        + m_agentPort.capacity() * sizeof(quint16);
    for (const Interned *column :
         { &m_server, &m_agentVersion, &m_domain, &m_detail, &m_portsJson })
        bytes += column->memoryBytes();
    return bytes;
}
