#include "agentlink/agentidentity.h"

QJsonObject AgentIdentity::toJson() const
{
    return QJsonObject { { QStringLiteral("name"), name },
                         { QStringLiteral("server"), server },
                         { QStringLiteral("version"), version },
                         { QStringLiteral("domain"), domain } };
}

AgentIdentity AgentIdentity::fromJson(const QJsonObject &object)
{
    return AgentIdentity { object.value(QStringLiteral("name")).toString(),
                           object.value(QStringLiteral("server")).toString(),
                           object.value(QStringLiteral("version")).toString(),
                           object.value(QStringLiteral("domain")).toString() };
}

bool AgentIdentity::operator==(const AgentIdentity &other) const
{
    return name == other.name && server == other.server && version == other.version
        && domain == other.domain;
}
