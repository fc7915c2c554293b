#pragma once

#include "export/endpointcsv.h"

#include <QString>

// Where `osmgmt-cli query` and `osmgmt-cli results` write endpoints: standard output or a file
// written atomically (it appears whole or not at all), as JSON or as CSV with English headers
// and stable keys (docs/cli.md). Returns the error text, or an empty string.
QString writeEndpointOutput(const QString &format, const QString &outPath, qsizetype count,
                            const EndpointAt &at);
