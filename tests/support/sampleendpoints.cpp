#include "sampleendpoints.h"

namespace SampleEndpoints {

Endpoint make(const QString &address, SecurityStatus status, const QString &name,
              const QString &domain)
{
    Endpoint endpoint;
    endpoint.address = address;
    endpoint.status = status;
    endpoint.name = name;
    endpoint.domain = domain;
    endpoint.gate = GateResult::Connected;
    endpoint.detail = QStringLiteral("sample");
    if (status == SecurityStatus::ManagedByThisServer
        || status == SecurityStatus::ManagedByAnotherServer) {
        endpoint.server = status == SecurityStatus::ManagedByThisServer
            ? QStringLiteral("osm-hq")
            : QStringLiteral("osm-branch");
        endpoint.agentPort = 21112;
        endpoint.agentVersion = QStringLiteral("1.0");
    }
    return endpoint;
}

QVector<Endpoint> mixed(int count)
{
    QVector<Endpoint> endpoints;
    for (int i = 0; i < count; ++i) {
        const SecurityStatus status
            = SecurityStatuses::all[size_t(i) % SecurityStatuses::all.size()];
        endpoints.append(make(QStringLiteral("127.90.%1.%2").arg(i / 250).arg(i % 250 + 1), status,
                              QStringLiteral("ws%1").arg(i, 3, 10, QLatin1Char('0')),
                              i % 2 ? QStringLiteral("Finance") : QStringLiteral("Sales")));
    }
    return endpoints;
}

} // namespace SampleEndpoints
