#include "results/resultssegment.h"

#include "endpoint/addressorder.h"

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

// Must agree with NamePattern::fold() (core/search), which folds the same way.
bool foldsToItself(QStringView name)
{
    for (QChar c : name) {
        if (c.unicode() >= 0x80 || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')))
            return false;
    }
    return true;
}

} // namespace

void ResultsSegment::Packed::append(QStringView text)
{
    m_chars.insert(m_chars.end(), text.utf16(), text.utf16() + text.size());
    m_offsets.push_back(quint32(m_chars.size()));
}

void ResultsSegment::Packed::reserve(qsizetype rows, qsizetype chars)
{
    m_offsets.reserve(size_t(rows) + 1);
    m_chars.reserve(size_t(chars));
}

size_t ResultsSegment::Packed::memoryBytes() const
{
    return m_chars.capacity() * sizeof(char16_t) + m_offsets.capacity() * sizeof(quint32);
}

ResultsSegment::Interned::Interned(const Interned &other)
    : m_ids(other.m_ids)
    , m_values(other.m_values)
    , m_last(other.m_last)
{
    // The index views this copy's own strings.
    m_ids.reserve(size_t(capacity));
    for (qsizetype i = 0; i < m_values.size(); ++i)
        m_index.emplace(QStringView(m_values.at(i)), quint32(i));
}

void ResultsSegment::Interned::append(QStringView text)
{
    if (!m_values.isEmpty() && QStringView(m_values.at(m_last)) == text) {
        m_ids.push_back(m_last);
        return;
    }
    // A column holds a handful of distinct values more often than not: comparing with each
    // (lengths first) costs less than hashing the text.
    constexpr qsizetype fewValues = 8;
    if (m_values.size() <= fewValues) {
        for (qsizetype i = 0; i < m_values.size(); ++i) {
            if (m_values.at(i).size() == text.size() && QStringView(m_values.at(i)) == text) {
                m_last = quint32(i);
                m_ids.push_back(m_last);
                return;
            }
        }
    }
    const auto found = m_values.size() <= fewValues ? m_index.end() : m_index.find(text);
    if (found != m_index.end()) {
        m_last = found->second;
    } else {
        m_last = quint32(m_values.size());
        m_values.append(text.toString());
        m_index.emplace(QStringView(m_values.back()), m_last);
    }
    m_ids.push_back(m_last);
}

size_t ResultsSegment::Interned::memoryBytes() const
{
    size_t bytes = m_ids.capacity() * sizeof(quint32);
    for (const QString &value : m_values)
        bytes += 2 * (sizeof(QString) + size_t(value.capacity()) * 2) + 32;
    return bytes;
}

ResultsSegment::ResultsSegment()
{
    // A segment is filled to its capacity unless it is a table's last: reserving it whole
    // never copies a column while it fills. Texts are reserved for short names and addresses.
    m_name.reserve(capacity, capacity * 12);
    m_address.reserve(capacity, capacity * 12);
    m_adPath.reserve(capacity, 0);
    m_addressKey.reserve(size_t(capacity));
    m_status.reserve(size_t(capacity));
    m_gate.reserve(size_t(capacity));
    m_agentPort.reserve(size_t(capacity));
    for (Interned *column : { &m_server, &m_agentVersion, &m_domain, &m_detail, &m_portsJson })
        column->reserve(capacity);
}

ResultsSegment::AddressKey ResultsSegment::makeAddressKey(QStringView address)
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

void ResultsSegment::append(QStringView address, QStringView name, SecurityStatus status,
                            GateResult gate, quint16 agentPort, QStringView server,
                            QStringView agentVersion, QStringView domain, QStringView adPath,
                            QStringView detail, QStringView portsJson)
{
    Q_ASSERT(!isFull());
    const bool plain = foldsToItself(name);
    if (!plain && !m_foldedApart) {
        // The first name that folds to something else: the folded column starts here, with
        // the names before it, which fold to themselves.
        m_foldedName.reserve(capacity, capacity * 12);
        for (qsizetype row = 0; row < size(); ++row)
            m_foldedName.append(m_name.at(row));
        m_foldedApart = true;
    }
    m_name.append(name);
    if (m_foldedApart)
        m_foldedName.append(plain ? name : QStringView(name.toString().toCaseFolded()));
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

size_t ResultsSegment::memoryBytes() const
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
