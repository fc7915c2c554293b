#pragma once

#include "common/result.h"
#include "endpoint/endpoint.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

class QIODevice;

// The endpoint table as CSV: what the console's Export writes and what `osmgmt-cli query
// --format csv` prints, both through writeResults() (core/results). The columns and the English
// form are a stable format for scripts.
enum class HeaderLanguage {
    Ui, // headers and values in the UI language (translated), for people
    English, // English headers and stable keys for statuses, for scripts
};

QStringList endpointCsvHeaders(HeaderLanguage language);
QStringList endpointCsvRow(const Endpoint &endpoint, HeaderLanguage language);
// The endpoint a row of an export is, asked for one at a time: a million-row export never holds
// a million Endpoint objects.
using EndpointAt = std::function<Endpoint(qsizetype)>;
// Writes the headers and `count` rows to an open device.
Result<Done> writeEndpointsCsv(QIODevice *device, qsizetype count, const EndpointAt &at,
                               HeaderLanguage language);
