#pragma once

#include "endpoint/endpoint.h"

// Two endpoints every export test writes: one with every column and a port observation, one
// whose name an agent made hostile.
namespace ExportEndpoints {

inline Endpoint managed()
{
    Endpoint endpoint;
    endpoint.name = QStringLiteral("経理部-PC01");
    endpoint.address = QStringLiteral("127.0.0.10");
    endpoint.status = SecurityStatus::ManagedByThisServer;
    endpoint.gate = GateResult::Connected;
    endpoint.agentPort = 21112;
    endpoint.server = QStringLiteral("osmgmt-tokyo");
    endpoint.agentVersion = QStringLiteral("1.2.3");
    endpoint.domain = QStringLiteral("営業");
    endpoint.adPath = QStringLiteral("CN=PC01,OU=Accounting,DC=corp,DC=example,DC=test");
    endpoint.detail = QStringLiteral("agent answered on 21112");
    endpoint.ports = { { 21112, PortOutcome::Agent, QString() } };
    return endpoint;
}

inline Endpoint unreachable()
{
    Endpoint endpoint;
    // An agent reports its own name: a hostile one must not become a formula.
    endpoint.name = QStringLiteral("=cmd|' /C calc'!A0");
    endpoint.address = QStringLiteral("::1");
    endpoint.status = SecurityStatus::Unreachable;
    endpoint.gate = GateResult::Timeout;
    endpoint.detail = QStringLiteral("port 135 timed out, \"no answer\"");
    return endpoint;
}

} // namespace ExportEndpoints
