#pragma once

#include "endpoint/endpoint.h"

#include <QByteArray>

// The order administrators expect of addresses: numeric (127.0.0.9 before 127.0.0.10), IPv4
// before IPv6.
//
// A key whose byte order is that order: a family byte and the 16 address bytes (IPv4 as the
// first four). Parsed once per address, so sorting a /16 compares bytes, not strings.
QByteArray addressSortKey(const QString &address);
void sortByAddress(QVector<Endpoint> &endpoints);
