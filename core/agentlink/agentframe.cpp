#include "agentlink/agentframe.h"

#include "common/logging.h"

#include <QJsonDocument>
#include <QtEndian>

namespace AgentFrame {

QByteArray encode(const QJsonObject &message)
{
    const QByteArray payload = QJsonDocument(message).toJson(QJsonDocument::Compact);
    if (quint64(payload.size()) > maxPayload) {
        Logging::get("agent")->error("cannot frame a message of {} bytes: the limit is {} bytes",
                                     payload.size(), maxPayload);
        return {};
    }
    QByteArray frame;
    frame.reserve(headerSize + payload.size());
    frame.append(magic, sizeof(magic));
    frame.append(char(protocolVersion));
    char length[4];
    qToBigEndian(quint32(payload.size()), length);
    frame.append(length, sizeof(length));
    frame.append(payload);
    return frame;
}

} // namespace AgentFrame
