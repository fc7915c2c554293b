#include "fleetprocess.h"

#include "testenvironment.h"

#include "agentlink/agentcommandclient.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <functional>

FleetProcess::FleetProcess() = default;

FleetProcess::~FleetProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
}

void FleetProcess::registerAgents(const QString &server, const CertificateAuthority &authority)
{
    m_registeredServer = server;
    m_authority = authority;
}

const CertificateAuthority &FleetProcess::testAuthority()
{
    static const CertificateAuthority authority
        = CertificateAuthority::create(QStringLiteral("osmgmt test CA")).value();
    return authority;
}

// The fleet with the registered server's CA pinned, unless the fleet names one already.
QJsonObject FleetProcess::withRegisteredServer(QJsonObject fleet)
{
    if (!m_authority)
        return fleet;
    QJsonObject servers = fleet.value(QStringLiteral("servers")).toObject();
    if (servers.contains(m_registeredServer))
        return fleet;
    const QString path = m_directory.filePath(QStringLiteral("registered-server-ca.pem"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(m_authority->certificatePem());
    servers.insert(m_registeredServer, QJsonObject { { QStringLiteral("ca"), path } });
    fleet.insert(QStringLiteral("servers"), servers);
    return fleet;
}

QString FleetProcess::registerFleetAgents(const QJsonObject &fleet)
{
    if (!m_authority)
        return {};
    const Result<IssuedCertificate> console
        = m_authority->issue(QStringLiteral("osmgmt test console"), CertificateUse::Client, 1);
    if (!console)
        return console.error();
    // Who is to be registered: the answering agents of the registered server.
    QVector<QPair<QString, quint16>> agents;
    for (const QJsonValue &value : fleet.value(QStringLiteral("endpoints")).toArray()) {
        const QJsonObject agent = value.toObject().value(QStringLiteral("agent")).toObject();
        const QString behaviour = agent.value(QStringLiteral("behaviour")).toString();
        if (agent.isEmpty() || (!behaviour.isEmpty() && behaviour != QLatin1String("answer"))
            || agent.value(QStringLiteral("server"))
                    .toString()
                    .compare(m_registeredServer, Qt::CaseInsensitive)
                != 0)
            continue;
        agents.append({ value.toObject().value(QStringLiteral("address")).toString(),
                        quint16(agent.value(QStringLiteral("port")).toInt()) });
    }
    // At most registrationsAtOnce conversations at a time: all at once, a fleet of 1,000 on a
    // loaded machine closed connections it could not handshake in time (docs/performance.md).
    QEventLoop loop;
    m_mostInFlight = 0;
    qsizetype next = 0;
    int inFlight = 0;
    QString failure;
    const AgentTls::Credentials credentials { console->certificate, console->key };
    std::function<void()> startNext = [&] {
        while (inFlight < registrationsAtOnce && next < agents.size() && failure.isEmpty()) {
            const auto [address, port] = agents.at(next++);
            auto *client = new AgentCommandClient(credentials, 10000, &loop);
            m_mostInFlight = std::max(m_mostInFlight, ++inFlight);
            QObject::connect(
                client, &AgentCommandClient::finished, &loop,
                [&, client, address = address](const CommandOutcome &outcome) {
                    client->deleteLater();
                    --inFlight;
                    if (outcome.kind != CommandOutcome::Kind::Done && failure.isEmpty())
                        failure = QStringLiteral("registering %1: %2").arg(address, outcome.detail);
                    startNext();
                    if (inFlight == 0)
                        loop.quit();
                });
            client->start(QHostAddress(address), port, AgentCommand::registration(*m_authority));
        }
    };
    startNext();
    if (inFlight > 0)
        loop.exec();
    return failure;
}

QString FleetProcess::start(const QJsonObject &given, const QStringList &extraArguments)
{
    const QJsonObject fleet = withRegisteredServer(given);
    const QString fleetPath = m_directory.filePath(QStringLiteral("fleet.json"));
    const QString readyPath = m_directory.filePath(QStringLiteral("ready"));
    QFile file(fleetPath);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(QJsonDocument(fleet).toJson());
    file.close();
    m_process.start(TestEnvironment::agentProgram(),
                    QStringList { QStringLiteral("--fleet"), fleetPath,
                                  QStringLiteral("--ready-file"), readyPath }
                        + extraArguments);
    if (!m_process.waitForStarted(5000))
        return m_process.errorString();
    const QString ready
        = TestEnvironment::waitForReadyFile(m_process, readyPath, QStringLiteral("fleet"));
    if (!ready.isEmpty())
        return ready;
    return registerFleetAgents(fleet);
}

QString FleetProcess::randomLoopbackNetwork()
{
    QRandomGenerator *random = QRandomGenerator::global();
    return QStringLiteral("127.%1.%2.").arg(100 + random->bounded(150)).arg(random->bounded(250));
}

quint16 FleetProcess::randomPort()
{
    return quint16(20000 + QRandomGenerator::global()->bounded(40000));
}
