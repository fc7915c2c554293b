#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QtGlobal>

// The demonstration network: a fleet file (docs/fleet-format.md) for `osmgmt-agent --fleet`
// and the scope that queries it. Everything lives on 127.77.0.0/24, loopback only (DESIGN.md,
// "Network safety").
//
// 250 endpoints on 127.77.0.1-127.77.0.250, the same every time: 150 agents of `thisServer`
// in five domains, 40 agents of two other servers, 32 hosts with only the gate port open,
// 18 with nothing at all, and 10 whose agent port misbehaves (stalls, answers garbage, closes).
// 127.77.0.251-127.77.0.254 are in the scope but not in the fleet: unreachable too. Three agents
// of this server are in trouble: one falls silent a minute after the fleet starts, one's clock
// is two hours behind, one has a stopped service. With `today`, this server's agents report a
// scan and a pattern of the day before (healthy); without, the fleet's fixed dates.
QJsonObject demoFleet(const QString &thisServer, quint16 gatePort, quint16 agentPort,
                      const QDate &today = {});

// The heartbeat settings the demo gives a store that has none: a heartbeat every minute, so that
// the silent agent is Offline within three minutes of the first start.
inline constexpr int demoHeartbeatMinutes = 1;

// `fleet` with the agents of `server` registered to the CA certificate in the PEM file
// `caPath` (docs/fleet-format.md, "servers"): those agents then accept commands from a console
// whose client certificate that CA issued. Without it, every command to them is refused.
QJsonObject withServerCa(QJsonObject fleet, const QString &server, const QString &caPath);

// The demo's branch server: 26 of its agents are on the demo network, and the demo makes its
// credential at every start so that the Client Mover can move them (DemoEnvironment).
QString demoBranchServer();

// The scope JSON that covers the demo fleet, with the gate check on `gatePort`.
QJsonObject demoScope(quint16 gatePort, quint16 agentPort);
