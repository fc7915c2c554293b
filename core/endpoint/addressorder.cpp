#include "endpoint/addressorder.h"

#include <QHostAddress>

#include <algorithm>
#include <utility>

QByteArray addressSortKey(const QString &address)
{
    const QHostAddress parsed(address);
    QByteArray key(17, '\0');
    if (parsed.protocol() == QAbstractSocket::IPv4Protocol) {
        key[0] = 4;
        const quint32 value = parsed.toIPv4Address();
        for (int i = 0; i < 4; ++i)
            key[1 + i] = char((value >> (24 - 8 * i)) & 0xff);
    } else if (parsed.protocol() == QAbstractSocket::IPv6Protocol) {
        key[0] = 6;
        const Q_IPV6ADDR bytes = parsed.toIPv6Address();
        for (int i = 0; i < 16; ++i)
            key[1 + i] = char(bytes[i]);
    } else {
        key[0] = char(0xff); // not an address: after every address, by its text
        key += address.toUtf8();
    }
    return key;
}

void sortByAddress(QVector<Endpoint> &endpoints)
{
    std::vector<std::pair<QByteArray, qsizetype>> keys;
    keys.reserve(size_t(endpoints.size()));
    for (qsizetype i = 0; i < endpoints.size(); ++i)
        keys.emplace_back(addressSortKey(endpoints[i].address), i);
    std::sort(keys.begin(), keys.end());
    QVector<Endpoint> sorted;
    sorted.reserve(endpoints.size());
    for (const auto &[key, index] : keys)
        sorted.append(std::move(endpoints[index]));
    endpoints = std::move(sorted);
}
