#pragma once

#include <QJsonObject>
#include <QString>

// What an agent tells about itself in the handshake (docs/agent-protocol.md, "identity").
struct AgentIdentity
{
    QString name; // the host name the agent reports
    QString server; // the server it is registered to
    QString version; // the agent's version
    QString domain; // its domain on that server (a group in the client tree)

    QJsonObject toJson() const;
    static AgentIdentity fromJson(const QJsonObject &object);
    bool operator==(const AgentIdentity &other) const;
};
