#include "export/endpointcsv.h"

#include "export/csvwriter.h"

#include <QCoreApplication>

#include <array>

namespace {

// In column order. The English words are the headers of HeaderLanguage::English and the source
// texts of the translation (GLOSSARY.md words where it has them).
constexpr std::array<const char *, 10> headers = {
    QT_TRANSLATE_NOOP("EndpointColumns", "Name"),
    QT_TRANSLATE_NOOP("EndpointColumns", "IP address"),
    QT_TRANSLATE_NOOP("EndpointColumns", "Security status"),
    QT_TRANSLATE_NOOP("EndpointColumns", "Server"),
    QT_TRANSLATE_NOOP("EndpointColumns", "Agent version"),
    QT_TRANSLATE_NOOP("EndpointColumns", "Domain"),
    QT_TRANSLATE_NOOP("EndpointColumns", "Gate port"),
    QT_TRANSLATE_NOOP("EndpointColumns", "Agent port"),
    QT_TRANSLATE_NOOP("EndpointColumns", "AD path"),
    QT_TRANSLATE_NOOP("EndpointColumns", "Detail"),
};

} // namespace

QStringList endpointCsvHeaders(HeaderLanguage language)
{
    QStringList row;
    for (const char *header : headers) {
        row << (language == HeaderLanguage::Ui
                    ? QCoreApplication::translate("EndpointColumns", header)
                    : QString::fromUtf8(header));
    }
    return row;
}

QStringList endpointCsvRow(const Endpoint &endpoint, HeaderLanguage language)
{
    const bool ui = language == HeaderLanguage::Ui;
    return {
        endpoint.name,
        endpoint.address,
        ui ? displayName(endpoint.status) : toKey(endpoint.status),
        endpoint.server,
        endpoint.agentVersion,
        endpoint.domain,
        // What the "Declare a computer unreachable by checking port N" connect saw.
        ui ? displayName(endpoint.gate) : toKey(endpoint.gate),
        // 0 means no agent answered: an empty cell, not a port number.
        endpoint.agentPort == 0 ? QString() : QString::number(endpoint.agentPort),
        endpoint.adPath,
        endpoint.detail,
    };
}

Result<Done> writeEndpointsCsv(QIODevice *device, qsizetype count, const EndpointAt &at,
                               HeaderLanguage language)
{
    CsvWriter writer(device);
    writer.writeRow(endpointCsvHeaders(language));
    for (qsizetype row = 0; row < count && writer.error().isEmpty(); ++row)
        writer.writeRow(endpointCsvRow(at(row), language));
    if (!writer.error().isEmpty())
        return Result<Done>::failure(writer.error());
    return Done {};
}
