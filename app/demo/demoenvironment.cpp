#include "demo/demoenvironment.h"

#include "agentlink/agentcommandclient.h"
#include "common/logging.h"
#include "demo/demofleet.h"
#include "identity/servercredential.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

#include <csignal>

#include <sys/prctl.h>
#include <sys/stat.h>

namespace {
constexpr int pollIntervalMs = 50;
constexpr int maxPolls = 200; // ten seconds for the fleet to bind its listeners

QString writeJson(const QString &path, const QJsonObject &object)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(QJsonDocument(object).toJson());
    return file.commit() ? QString() : file.errorString();
}

// A password to read off the screen and type: four groups of four letters and digits, without
// the ones that look alike (0/o, 1/l/i).
QString readablePassword()
{
    static const QString alphabet = QStringLiteral("abcdefghjkmnpqrstuvwxyz23456789");
    QString password;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            password += QLatin1Char('-');
        password += alphabet.at(int(QRandomGenerator::system()->bounded(alphabet.size())));
    }
    return password;
}
} // namespace

DemoEnvironment::DemoEnvironment(QString directory, QString serverName, QObject *parent)
    : QObject(parent)
    , m_directory(std::move(directory))
    , m_serverName(std::move(serverName))
{
    m_readyPoll.setInterval(pollIntervalMs);
    connect(&m_readyPoll, &QTimer::timeout, this, &DemoEnvironment::checkReady);
    connect(&m_agent, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        m_readyPoll.stop();
        emit failed(tr("The demo fleet cannot start: %1").arg(m_agent.errorString()));
    });
    connect(&m_agent, &QProcess::finished, this, [this](int exitCode) {
        if (!m_readyPoll.isActive())
            return;
        m_readyPoll.stop();
        emit failed(tr("The demo fleet stopped (exit code %1): %2")
                        .arg(exitCode)
                        .arg(QString::fromLocal8Bit(m_agent.readAllStandardError()).trimmed()));
    });
}

DemoEnvironment::~DemoEnvironment()
{
    if (m_agent.state() != QProcess::NotRunning) {
        m_agent.terminate();
        if (!m_agent.waitForFinished(3000))
            m_agent.kill();
    }
}

QString DemoEnvironment::scopeFile() const
{
    return QDir(m_directory).filePath(QStringLiteral("scope.json"));
}

QString DemoEnvironment::agentProgram() const
{
    // Installed: beside the console. In the build tree: in the agent folder.
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : { here.filePath(QStringLiteral("osmgmt-agent")),
                                      here.filePath(QStringLiteral("../agent/osmgmt-agent")) }) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStringLiteral("osmgmt-agent");
}

QString DemoEnvironment::prepare()
{
    QDir().mkpath(m_directory);
    if (QFileInfo::exists(scopeFile()))
        return QString();
    const QString error = writeJson(scopeFile(), demoScope(gatePort, agentPort));
    return error.isEmpty()
        ? QString()
        : tr("The demo files cannot be written in %1: %2").arg(m_directory, error);
}

void DemoEnvironment::start(const QString &serverCaFile,
                            const std::optional<CertificateAuthority> &authority)
{
    m_started = true;
    m_authority = serverCaFile.isEmpty() ? std::nullopt : authority;
    QDir().mkpath(m_directory);
    const QString fleetFile = QDir(m_directory).filePath(QStringLiteral("fleet.json"));
    QJsonObject fleet
        = demoFleet(m_serverName, gatePort, agentPort, QDateTime::currentDateTimeUtc().date());
    if (!serverCaFile.isEmpty())
        fleet = withServerCa(std::move(fleet), m_serverName, serverCaFile);
    if (const QString branchError = makeBranchServer(fleet); !branchError.isEmpty())
        Logging::get("ui")->error("the demo's branch server: {}", branchError);
    m_fleet = fleet;
    const QString error = writeJson(fleetFile, fleet);
    if (!error.isEmpty()) {
        // Reported from the event loop, so that whoever called start() can connect first.
        const QString message
            = tr("The demo files cannot be written in %1: %2").arg(m_directory, error);
        QTimer::singleShot(0, this, [this, message] { emit failed(message); });
        return;
    }
    m_readyFile = QDir(m_directory).filePath(QStringLiteral("fleet.ready"));
    QFile::remove(m_readyFile);
    m_agent.setProcessChannelMode(QProcess::SeparateChannels);
    // The fleet holds the demo's ports: it must not outlive the console, even one that is
    // killed before it can stop the fleet itself.
    m_agent.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_agent.setStandardOutputFile(QProcess::nullDevice());
    m_agent.start(
        agentProgram(),
        { QStringLiteral("--fleet"), fleetFile, QStringLiteral("--ready-file"), m_readyFile });
    Logging::get("ui")->info("demo fleet starting: {} {}", agentProgram(), fleetFile);
    m_polls = 0;
    m_readyPoll.start();
}

QString DemoEnvironment::makeBranchServer(QJsonObject &fleet)
{
    // A fresh CA at every start, as the fleet's agents start afresh: nothing of it outlives the
    // demo but the certificate (public) and the credential file (encrypted with the password).
    const QString server = demoBranchServer();
    const Result<CertificateAuthority> authority = CertificateAuthority::create(server);
    if (!authority)
        return authority.error();
    const QString caFile = QDir(m_directory).filePath(server + QStringLiteral("-ca.pem"));
    QSaveFile ca(caFile);
    if (!ca.open(QIODevice::WriteOnly) || ca.write(authority->certificatePem()) < 0 || !ca.commit())
        return ca.errorString();
    fleet = withServerCa(std::move(fleet), server, caFile);
    const QString file = QDir(m_directory).filePath(server + QStringLiteral(".p12"));
    const QString password = readablePassword();
    // The key derivation takes a second or more: off the GUI thread.
    m_workers.run<QString>(
        this,
        [authority = authority.value(), file, password]() -> QString {
            const Result<QByteArray> bundle = ServerCredential::exportBundle(authority, password);
            if (!bundle)
                return bundle.error();
            QSaveFile output(file);
            if (!output.open(QIODevice::WriteOnly))
                return output.errorString();
            // Only the owner may read a file that holds a private key, from its first byte on.
            ::fchmod(output.handle(), S_IRUSR | S_IWUSR);
            if (output.write(bundle.value()) != bundle->size() || !output.commit())
                return output.errorString();
            return QString();
        },
        [this, server, file, password](const QString &error) {
            if (!error.isEmpty()) {
                Logging::get("ui")->error("the demo's branch credential: {}", error);
                return;
            }
            emit branchCredentialReady(server, file, password);
        });
    return {};
}

void DemoEnvironment::checkReady()
{
    if (QFileInfo::exists(m_readyFile)) {
        m_readyPoll.stop();
        registerAgents();
        return;
    }
    if (++m_polls >= maxPolls) {
        m_readyPoll.stop();
        emit failed(tr("The demo fleet did not become ready within %1 seconds.")
                        .arg(maxPolls * pollIntervalMs / 1000));
    }
}

// Registers every answering agent of this server (osmgmt-cli register does the same), then
// says ready. A registration that fails leaves that agent an unverified claim, logged.
void DemoEnvironment::registerAgents()
{
    if (!m_authority) {
        emit ready();
        return;
    }
    const Result<IssuedCertificate> console = m_authority->issue(
        tr("osmgmt console of %1").arg(m_serverName), CertificateUse::Client, 1);
    if (!console) {
        Logging::get("ui")->error("the demo's agents are not registered: {}", console.error());
        emit ready();
        return;
    }
    for (const QJsonValue &value : m_fleet.value(QStringLiteral("endpoints")).toArray()) {
        const QJsonObject agent = value.toObject().value(QStringLiteral("agent")).toObject();
        if (agent.value(QStringLiteral("server")).toString() != m_serverName
            || agent.contains(QStringLiteral("behaviour")))
            continue;
        const QString address = value.toObject().value(QStringLiteral("address")).toString();
        auto *client
            = new AgentCommandClient(AgentTls::Credentials { console->certificate, console->key },
                                     AgentExchange::defaultTimeoutMs, this);
        ++m_registering;
        connect(client, &AgentCommandClient::finished, this,
                [this, client, address](const CommandOutcome &outcome) {
                    if (outcome.kind != CommandOutcome::Kind::Done)
                        Logging::get("ui")->warn("demo agent {} not registered: {}", address,
                                                 outcome.detail);
                    client->deleteLater();
                    if (--m_registering == 0)
                        emit ready();
                });
        client->start(QHostAddress(address), quint16(agent.value(QStringLiteral("port")).toInt()),
                      AgentCommand::registration(*m_authority));
    }
    if (m_registering == 0)
        emit ready();
}
