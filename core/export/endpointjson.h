#pragma once

#include "common/result.h"
#include "endpoint/endpoint.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>
#include <QVector>

#include <functional>

// Endpoints as JSON: what `osmgmt-cli query --format json` prints. A stable format for scripts:
// keys never change meaning; statuses, gate results and port outcomes are the stable keys of
// core/endpoint, never translated words.
//
// {"name", "address", "status", "server", "agentVersion", "domain", "gate", "agentPort",
//  "adPath", "detail", "ports": [{"port", "outcome", "detail"}]}
QJsonObject endpointToJson(const Endpoint &endpoint);
// The reverse, for scripts' output read back; fails on a missing key or an unknown value.
Result<Endpoint> endpointFromJson(const QJsonObject &object);
// A JSON array of endpointToJson() objects, indented, in the given order.
QByteArray endpointsToJson(const QVector<Endpoint> &endpoints);
// The same text, written to `device` object by object; false when a write failed.
bool writeEndpointsJson(QIODevice *device, const QVector<Endpoint> &endpoints);
// The same, asking for the endpoints one at a time (see EndpointAt in endpointcsv.h).
bool writeEndpointsJson(QIODevice *device, qsizetype count,
                        const std::function<Endpoint(qsizetype)> &at);
