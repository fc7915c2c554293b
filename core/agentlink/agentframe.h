#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QtGlobal>

// The framing of the agent protocol, version 1 (docs/agent-protocol.md, "Framing"). It knows
// nothing of sockets or TLS: a frame is bytes, and whatever carries the bytes carries frames.
//
//   'O' 'S' 'M' <version: 1 byte> <payload length: uint32 big-endian> <payload: UTF-8 JSON object>
namespace AgentFrame {
constexpr quint8 protocolVersion = 1;
constexpr int headerSize = 8;
constexpr quint32 maxPayload = 65536;
constexpr char magic[3] = { 'O', 'S', 'M' };

// The frame that carries `message`. A message whose compact JSON exceeds maxPayload cannot be
// framed (every peer would drop it): the result is then empty and the reason is logged to the
// "agent" logger. Messages of protocol v1 are a few hundred bytes, so this means a caller bug.
QByteArray encode(const QJsonObject &message);
} // namespace AgentFrame
