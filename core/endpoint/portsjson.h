#pragma once

#include "common/result.h"
#include "endpoint/endpoint.h"

#include <QByteArray>
#include <QVector>

// An endpoint's port observations as the store's ports_json column holds them
// (docs/data-model.md): [{"port": 135, "outcome": "refused", "detail": "..."}], compact. Here,
// beside the observations, because two readers share the text: the store writes and reads it,
// and a ResultsTable keeps it as it is until an export asks for the observations.
QByteArray portsToJson(const QVector<PortObservation> &ports);
Result<QVector<PortObservation>> portsFromJson(const QByteArray &json);
