#include "fleetprocess.h"

#include "testenvironment.h"

#include "agentlink/agentcommandclient.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

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
    QEventLoop loop;
    int waiting = 0;
    QString failure;
    for (const QJsonValue &value : fleet.value(QStringLiteral("endpoints")).toArray()) {
        const QJsonObject agent = value.toObject().value(QStringLiteral("agent")).toObject();
        const QString behaviour = agent.value(QStringLiteral("behaviour")).toString();
        if (agent.isEmpty() || (!behaviour.isEmpty() && behaviour != QLatin1String("answer"))
            || agent.value(QStringLiteral("server"))
                    .toString()
                    .compare(m_registeredServer, Qt::CaseInsensitive)
                != 0)
            continue;
        const QString address = value.toObject().value(QStringLiteral("address")).toString();
        auto *client = new AgentCommandClient(
            AgentTls::Credentials { console->certificate, console->key }, 10000, &loop);
        ++waiting;
        QObject::connect(
            client, &AgentCommandClient::finished, &loop,
            [&, address](const CommandOutcome &outcome) {
                if (outcome.kind != CommandOutcome::Kind::Done && failure.isEmpty())
                    failure = QStringLiteral("registering %1: %2").arg(address, outcome.detail);
                if (--waiting == 0)
                    loop.quit();
            });
        client->start(QHostAddress(address), quint16(agent.value(QStringLiteral("port")).toInt()),
                      AgentCommand::registration(*m_authority));
    }
    if (waiting > 0)
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
