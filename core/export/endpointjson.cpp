#include "export/endpointjson.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <utility>

namespace {

// A port number is a JSON integer within 0..65535; anything else is refused rather than rounded.
std::optional<quint16> portNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number < 0 || number > 65535 || number != double(int(number)))
        return std::nullopt;
    return quint16(number);
}

Result<PortObservation> portFromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const std::optional<quint16> port = portNumber(object.value(QLatin1String("port")));
    if (!value.isObject() || !port)
        return Result<PortObservation>::failure(QCoreApplication::translate(
            "EndpointJson", "each entry of \"ports\" needs a \"port\" between 0 and 65535"));
    const QString key = object.value(QLatin1String("outcome")).toString();
    const std::optional<PortOutcome> outcome = portOutcomeFromKey(key);
    if (!outcome)
        return Result<PortObservation>::failure(
            QCoreApplication::translate("EndpointJson", "port %1 has an unknown outcome \"%2\"")
                .arg(QString::number(*port), key));
    return PortObservation { *port, *outcome, object.value(QLatin1String("detail")).toString() };
}

// The text members, each required to be a JSON string.
constexpr std::pair<const char *, QString Endpoint::*> textMembers[] = {
    { "name", &Endpoint::name },     { "address", &Endpoint::address },
    { "server", &Endpoint::server }, { "agentVersion", &Endpoint::agentVersion },
    { "domain", &Endpoint::domain }, { "adPath", &Endpoint::adPath },
    { "detail", &Endpoint::detail },
};

} // namespace

QJsonObject endpointToJson(const Endpoint &endpoint)
{
    QJsonArray ports;
    for (const PortObservation &observation : endpoint.ports) {
        ports.append(QJsonObject { { QStringLiteral("port"), int(observation.port) },
                                   { QStringLiteral("outcome"), toKey(observation.outcome) },
                                   { QStringLiteral("detail"), observation.detail } });
    }
    QJsonObject object;
    for (const auto &[key, member] : textMembers)
        object.insert(QLatin1String(key), endpoint.*member);
    object.insert(QLatin1String("status"), toKey(endpoint.status));
    object.insert(QLatin1String("gate"), toKey(endpoint.gate));
    object.insert(QLatin1String("agentPort"), int(endpoint.agentPort));
    object.insert(QLatin1String("ports"), ports);
    return object;
}

Result<Endpoint> endpointFromJson(const QJsonObject &object)
{
    const auto fail = [](const QString &why) { return Result<Endpoint>::failure(why); };
    Endpoint endpoint;
    for (const auto &[key, member] : textMembers) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isString())
            return fail(QCoreApplication::translate("EndpointJson", "\"%1\" must be a string")
                            .arg(QLatin1String(key)));
        endpoint.*member = value.toString();
    }
    const QString statusKey = object.value(QLatin1String("status")).toString();
    const std::optional<SecurityStatus> status = securityStatusFromKey(statusKey);
    if (!status)
        return fail(
            QCoreApplication::translate("EndpointJson", "unknown status \"%1\"").arg(statusKey));
    endpoint.status = *status;
    const QString gateKey = object.value(QLatin1String("gate")).toString();
    const std::optional<GateResult> gate = gateResultFromKey(gateKey);
    if (!gate)
        return fail(
            QCoreApplication::translate("EndpointJson", "unknown gate result \"%1\"").arg(gateKey));
    endpoint.gate = *gate;
    const std::optional<quint16> agentPort = portNumber(object.value(QLatin1String("agentPort")));
    if (!agentPort)
        return fail(QCoreApplication::translate("EndpointJson",
                                                "\"agentPort\" must be between 0 and 65535"));
    endpoint.agentPort = *agentPort;
    const QJsonValue ports = object.value(QLatin1String("ports"));
    if (!ports.isArray())
        return fail(QCoreApplication::translate("EndpointJson", "\"ports\" must be an array"));
    for (const QJsonValue &entry : ports.toArray()) {
        Result<PortObservation> port = portFromJson(entry);
        if (!port)
            return fail(port.error());
        endpoint.ports.append(*port);
    }
    return endpoint;
}

namespace {
// The text QJsonDocument::toJson(Indented) gives for one string: control characters, quote
// and backslash escaped (lower-case hex), everything else UTF-8.
void appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u >= 0x80) {
            // A run of non-ASCII at once, so that surrogate pairs stay together.
            qsizetype end = i + 1;
            while (end < text.size() && text[end].unicode() >= 0x80)
                ++end;
            out.append(QStringView(text).mid(i, end - i).toUtf8());
            i = end - 1;
            continue;
        }
        if (u >= 0x20 && u != u'"' && u != u'\\') {
            out.append(char(u));
            continue;
        }
        out.append('\\');
        switch (u) {
        case u'"':
            out.append('"');
            break;
        case u'\\':
            out.append('\\');
            break;
        case u'\b':
            out.append('b');
            break;
        case u'\f':
            out.append('f');
            break;
        case u'\n':
            out.append('n');
            break;
        case u'\r':
            out.append('r');
            break;
        case u'\t':
            out.append('t');
            break;
        default:
            out.append("u00", 3);
            out.append(hex[(u >> 4) & 0xf]);
            out.append(hex[u & 0xf]);
        }
    }
    out.append('"');
}

void appendMember(QByteArray &out, const char *indent, const char *key, const QString &value,
                  bool last = false)
{
    out.append(indent).append('"').append(key).append("\": ");
    appendJsonString(out, value);
    out.append(last ? "\n" : ",\n");
}

// One endpoint as an element of the indented array, written directly: a /16 would spend most
// of its output time building QJsonObjects.
void appendEndpoint(QByteArray &out, const Endpoint &endpoint)
{
    const char *member = "        ";
    out.append("    {\n");
    appendMember(out, member, "adPath", endpoint.adPath);
    appendMember(out, member, "address", endpoint.address);
    out.append(member).append("\"agentPort\": ").append(QByteArray::number(endpoint.agentPort));
    out.append(",\n");
    appendMember(out, member, "agentVersion", endpoint.agentVersion);
    appendMember(out, member, "detail", endpoint.detail);
    appendMember(out, member, "domain", endpoint.domain);
    appendMember(out, member, "gate", toKey(endpoint.gate));
    appendMember(out, member, "name", endpoint.name);
    out.append(member).append("\"ports\": [\n");
    for (qsizetype i = 0; i < endpoint.ports.size(); ++i) {
        const PortObservation &port = endpoint.ports[i];
        const char *portMember = "                ";
        out.append("            {\n");
        appendMember(out, portMember, "detail", port.detail);
        appendMember(out, portMember, "outcome", toKey(port.outcome));
        out.append(portMember).append("\"port\": ").append(QByteArray::number(port.port));
        out.append("\n            }").append(i + 1 < endpoint.ports.size() ? ",\n" : "\n");
    }
    out.append(member).append("],\n");
    appendMember(out, member, "server", endpoint.server);
    appendMember(out, member, "status", toKey(endpoint.status), true);
    out.append("    }");
}
} // namespace

bool writeEndpointsJson(QIODevice *device, const QVector<Endpoint> &endpoints)
{
    return writeEndpointsJson(device, endpoints.size(),
                              [&endpoints](qsizetype i) { return endpoints.at(i); });
}

bool writeEndpointsJson(QIODevice *device, qsizetype count,
                        const std::function<Endpoint(qsizetype)> &at)
{
    // Element by element, laid out exactly as QJsonDocument lays out an indented array
    // (tst_endpointjson compares the two): a /16 never exists as one document in memory.
    QByteArray chunk("[\n");
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            chunk.append(",\n");
        appendEndpoint(chunk, at(i));
        if (chunk.size() >= 64 * 1024) {
            if (device->write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    chunk.append(count == 0 ? "]\n" : "\n]\n");
    return device->write(chunk) == chunk.size();
}

QByteArray endpointsToJson(const QVector<Endpoint> &endpoints)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeEndpointsJson(&buffer, endpoints);
    return bytes;
}
