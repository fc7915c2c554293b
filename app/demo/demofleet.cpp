#include "demo/demofleet.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QVector>

#include <utility>

namespace {

enum class Role { ThisServer, OtherServer, GateOnly, Nothing, Stall, Garbage, Close };

struct Group
{
    Role role;
    int count;
    QString server; // for agents that answer
    QString domain;
    QVector<const char *> hostPrefixes; // "tokyo-ws" becomes "tokyo-ws-012"
};

// Who lives on the demo network, in believable proportions: most computers are managed by
// this server, a branch and a legacy server still hold some, a few dozen never got a client,
// some are switched off, and a handful run something else on the agent port.
QVector<Group> groups(const QString &thisServer)
{
    const QString osaka = demoBranchServer();
    const QString legacy = QStringLiteral("osm-legacy");
    return {
        { Role::ThisServer,
          30,
          thisServer,
          QStringLiteral("Finance"),
          { "tokyo-fin", "yokohama-fin" } },
        { Role::ThisServer,
          45,
          thisServer,
          QStringLiteral("Engineering"),
          { "tokyo-dev", "nagoya-dev", "tokyo-build" } },
        { Role::ThisServer,
          35,
          thisServer,
          QStringLiteral("Sales"),
          { "tokyo-nb", "fukuoka-nb", "sapporo-nb" } },
        { Role::ThisServer, 15, thisServer, QStringLiteral("Human Resources"), { "tokyo-hr" } },
        { Role::ThisServer,
          25,
          thisServer,
          QStringLiteral("Operations"),
          { "tokyo-ws", "tokyo-srv" } },
        { Role::OtherServer,
          26,
          osaka,
          QStringLiteral("Osaka Branch"),
          { "osaka-ws", "kobe-nb", "kyoto-ws" } },
        { Role::OtherServer, 14, legacy, QStringLiteral("Factory"), { "factory-pc", "kiosk" } },
        { Role::GateOnly, 32, {}, {}, { "tokyo-ws", "guest-nb", "lab-pc", "mtg-room" } },
        { Role::Nothing, 18, {}, {}, { "tokyo-ws", "nagoya-dev", "osaka-ws" } },
        { Role::Stall, 4, {}, {}, { "lab-pc" } },
        { Role::Garbage, 3, {}, {}, { "web-test" } },
        { Role::Close, 3, {}, {}, { "tokyo-srv" } },
    };
}

// A fixed linear congruential generator: std::uniform_int_distribution differs between
// standard libraries, and the demo must be the same everywhere.
class DemoRandom
{
public:
    int below(int bound)
    {
        m_state = m_state * 1664525u + 1013904223u;
        return int((m_state >> 8) % quint32(bound));
    }

private:
    quint32 m_state = 20240601u;
};

struct Place
{
    const Group *group;
    const char *prefix;
};

// Most agents run the current release; some lag one or two behind, as they do in real life.
QString versionFor(const QString &server, DemoRandom &random)
{
    if (server == QLatin1String("osm-legacy"))
        return random.below(3) == 0 ? QStringLiteral("0.9.1") : QStringLiteral("0.9.3");
    const int draw = random.below(10);
    return draw < 7 ? QStringLiteral("1.2.0")
                    : (draw < 9 ? QStringLiteral("1.1.4") : QStringLiteral("1.0.9"));
}

QJsonObject agentObject(const Place &place, quint16 agentPort, DemoRandom &random)
{
    const Group &group = *place.group;
    QJsonObject agent { { QStringLiteral("port"), agentPort } };
    switch (group.role) {
    case Role::Stall:
        agent.insert(QStringLiteral("behaviour"), QStringLiteral("stall"));
        return agent;
    case Role::Garbage:
        agent.insert(QStringLiteral("behaviour"), QStringLiteral("garbage"));
        return agent;
    case Role::Close:
        agent.insert(QStringLiteral("behaviour"), QStringLiteral("close"));
        return agent;
    default:
        break;
    }
    agent.insert(QStringLiteral("server"), group.server);
    agent.insert(QStringLiteral("version"), versionFor(group.server, random));
    agent.insert(QStringLiteral("domain"), group.domain);
    return agent;
}

QVector<Place> shuffledPlaces(const QVector<Group> &all, DemoRandom &random)
{
    QVector<Place> places;
    for (const Group &group : all) {
        for (int i = 0; i < group.count; ++i)
            places.append(Place { &group, group.hostPrefixes.at(i % group.hostPrefixes.size()) });
    }
    for (int i = int(places.size()) - 1; i > 0; --i)
        std::swap(places[i], places[random.below(i + 1)]);
    return places;
}

// What the demo's agents of this server report: scanned and updated the day before `today`, so
// that the health evaluation (7 days by default) finds them healthy on the day the demo runs.
QJsonObject freshStatus(const QDate &today)
{
    const QDate yesterday = today.addDays(-1);
    return { { QStringLiteral("lastScan"),
               QDateTime(yesterday, QTime(3, 0), Qt::UTC).toString(Qt::ISODate) },
             { QStringLiteral("patternDate"), yesterday.toString(QStringLiteral("yyyyMMdd")) } };
}

// Three agents of this server in trouble (docs/watch.md, "The demo"), so that heartbeats,
// events and Diagnose connection show something at the first start: the first falls silent a
// minute after the fleet starts (Offline after two missed heartbeats), the second's clock is
// two hours behind (Diagnose connection names the clock), the third's real-time scan service
// is stopped (a needs-attention event at its first heartbeat).
void addTroubles(QJsonArray &endpoints, const QString &thisServer)
{
    int troubled = 0;
    for (int i = 0; i < endpoints.size() && troubled < 3; ++i) {
        QJsonObject endpoint = endpoints.at(i).toObject();
        QJsonObject agent = endpoint.value(QStringLiteral("agent")).toObject();
        if (agent.value(QStringLiteral("server")).toString() != thisServer)
            continue;
        QJsonObject status = agent.value(QStringLiteral("status")).toObject();
        switch (troubled++) {
        case 0:
            agent.insert(QStringLiteral("silentAfterSeconds"), 60);
            break;
        case 1:
            status.insert(QStringLiteral("clockSkewSeconds"), -2 * 3600);
            break;
        default:
            status.insert(
                QStringLiteral("services"),
                QJsonObject { { QStringLiteral("ntrtscan"), QStringLiteral("stopped") } });
            break;
        }
        if (!status.isEmpty())
            agent.insert(QStringLiteral("status"), status);
        endpoint.insert(QStringLiteral("agent"), agent);
        endpoints[i] = endpoint;
    }
}

// Two more agents of this server with security risks (issue 14), so that the Detections page,
// the Computer Quarantine Status page and the flipbook show something at the first start: the
// fourth's client log recorded three this morning (quarantine it to see a quarantine; one
// quarantined from the start would close its ports before the first query could learn why, and
// look unreachable); the fifth is pending under a compliance policy, its grace period ending in
// two days, with one blocked web site in its web reputation log.
void addSecurityRisks(QJsonArray &endpoints, const QString &thisServer, const QDate &today)
{
    // A line of today, as the client logs write them.
    auto line = [day = today.toString(QStringLiteral("yyyyMMdd"))](const char *rest) {
        return QString(day + QLatin1String(rest));
    };
    const QJsonObject detected {
        { QStringLiteral("virusLog"),
          QJsonArray { line("<;>0903<;>Eicar_test_file<;>1<;>1<;>0<;>C:\\eicar.com<;>"),
                       line("<;>0907<;>TROJ_GEN.R002C0<;>2<;>1<;>0<;>C:"
                            "\\Users\\kato\\AppData\\Local\\Temp\\setup.tmp<;>"),
                       line("<;>0911<;>WORM_NETSKY.P<;>6<;>0<;>0<;>C:"
                            "\\Users\\kato\\Downloads\\invoice.pif<;>") } },
    };
    const QJsonObject pending {
        { QStringLiteral("quarantine"),
          QJsonObject {
              { QStringLiteral("state"), QStringLiteral("pending") },
              { QStringLiteral("reason"), QStringLiteral("policy") },
              { QStringLiteral("policy"), QStringLiteral("Critical 2026") },
              { QStringLiteral("since"),
                QDateTime(today.addDays(-1), QTime(8, 0), Qt::UTC).toString(Qt::ISODate) },
              { QStringLiteral("graceEnds"),
                QDateTime(today.addDays(2), QTime(8, 0), Qt::UTC).toString(Qt::ISODate) },
              { QStringLiteral("missingCves"), QJsonArray { QStringLiteral("CVE-2026-0001") } } } },
        { QStringLiteral("webLog"),
          QJsonArray { line("<;>1041<;>0<;>http://www.proxify.com/<;>0B<;>Hacking / "
                            "Proxy Avoidance<;>1<;>2<;><;>49<;><;>70<;>") } },
    };
    int agents = 0;
    for (int i = 0; i < endpoints.size() && agents < 5; ++i) {
        QJsonObject endpoint = endpoints.at(i).toObject();
        QJsonObject agent = endpoint.value(QStringLiteral("agent")).toObject();
        if (agent.value(QStringLiteral("server")).toString() != thisServer || ++agents < 4)
            continue;
        QJsonObject status = agent.value(QStringLiteral("status")).toObject();
        const QJsonObject &added = agents == 4 ? detected : pending;
        for (auto it = added.begin(); it != added.end(); ++it)
            status.insert(it.key(), it.value());
        agent.insert(QStringLiteral("status"), status);
        endpoint.insert(QStringLiteral("agent"), agent);
        endpoints[i] = endpoint;
    }
}

} // namespace

QJsonObject demoFleet(const QString &thisServer, quint16 gatePort, quint16 agentPort,
                      const QDate &today)
{
    const QVector<Group> all = groups(thisServer);
    DemoRandom random;
    const QVector<Place> places = shuffledPlaces(all, random);
    QHash<QString, int> numbers; // per host prefix, so names count up with the addresses
    QJsonArray endpoints;
    for (int i = 0; i < places.size(); ++i) {
        const Place &place = places.at(i);
        const QString prefix = QLatin1String(place.prefix);
        const int number = ++numbers[prefix];
        QJsonObject endpoint {
            { QStringLiteral("address"), QStringLiteral("127.77.0.%1").arg(i + 1) },
            { QStringLiteral("name"),
              QStringLiteral("%1-%2").arg(prefix).arg(number, 3, 10, QLatin1Char('0')) },
        };
        if (place.group->role != Role::Nothing)
            endpoint.insert(QStringLiteral("listen"), QJsonArray { gatePort });
        if (place.group->role != Role::Nothing && place.group->role != Role::GateOnly)
            endpoint.insert(QStringLiteral("agent"), agentObject(place, agentPort, random));
        if (place.group->role == Role::ThisServer && today.isValid()) {
            QJsonObject agent = endpoint.value(QStringLiteral("agent")).toObject();
            agent.insert(QStringLiteral("status"), freshStatus(today));
            endpoint.insert(QStringLiteral("agent"), agent);
        }
        endpoints.append(endpoint);
    }
    addTroubles(endpoints, thisServer);
    if (today.isValid())
        addSecurityRisks(endpoints, thisServer, today);
    return QJsonObject { { QStringLiteral("endpoints"), endpoints } };
}

QString demoBranchServer()
{
    return QStringLiteral("osm-branch-osaka");
}

QJsonObject withServerCa(QJsonObject fleet, const QString &server, const QString &caPath)
{
    QJsonObject servers = fleet.value(QStringLiteral("servers")).toObject();
    servers.insert(server, QJsonObject { { QStringLiteral("ca"), caPath } });
    fleet.insert(QStringLiteral("servers"), servers);
    return fleet;
}

QJsonObject demoScope(quint16 gatePort, quint16 agentPort)
{
    return QJsonObject {
        { QStringLiteral("ipv4Ranges"), QJsonArray { QStringLiteral("127.77.0.1-127.77.0.254") } },
        { QStringLiteral("ipv6Prefixes"), QJsonArray {} },
        { QStringLiteral("ports"), QJsonArray { agentPort } },
        { QStringLiteral("unreachableCheck"),
          QJsonObject { { QStringLiteral("enabled"), true },
                        { QStringLiteral("port"), gatePort } } },
        { QStringLiteral("activeDirectory"),
          QJsonObject { { QStringLiteral("onDemand"), true },
                        { QStringLiteral("objects"), QJsonArray {} } } },
        // One fleet process answers for 150 agents: on a busy workstation their TLS handshakes
        // queue behind each other, and 1.5 s left some of them looking unreachable.
        { QStringLiteral("timeoutMs"), 4000 },
    };
}
