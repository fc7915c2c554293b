#include "host/realagentmode.h"

#include "agentlink/agenttls.h"
#include "agentstate.h"
#include "common/clock.h"
#include "common/logging.h"
#include "common/unixsignalwatcher.h"
#include "host/agentconfig.h"
#include "host/agentlistener.h"
#include "host/hostfacts.h"
#include "host/linuxhost.h"
#include "host/nftquarantine.h"
#include "host/registration.h"
#include "listeningsocket.h"
#include "tlsserverchannel.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSslSocket>

#include <algorithm>
#include <csignal>
#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RealAgentMode", text);
}

// Descriptors kept for what is not a connection: the listener, log files, programs run.
constexpr int reservedDescriptors = 64;

int failStartup(const QString &message)
{
    std::fprintf(stderr, "osmgmt-agent: %s\n", qUtf8Printable(message));
    return 1;
}

Result<AgentConfig> readConfig(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<AgentConfig>::failure(tr("cannot read %1: %2").arg(path, file.errorString()));
    const Result<AgentConfig> config
        = parseAgentConfig(file.readAll(), QFileInfo(path).absolutePath());
    if (!config)
        return Result<AgentConfig>::failure(path + QStringLiteral(": ") + config.error());
    return config;
}

// The saved registration, or the configuration's first one, saved now (the install time).
Result<Registration> registration(const AgentConfig &config)
{
    const Result<std::optional<Registration>> saved = Registration::load(config.stateDirectory);
    if (!saved)
        return Result<Registration>::failure(saved.error());
    if (*saved)
        return **saved;
    Registration first { config.server, config.domain, Clock::instance().now(),
                         std::nullopt,  std::nullopt,  std::nullopt };
    if (!config.caFile.isEmpty()) {
        QFile file(config.caFile);
        if (!file.open(QIODevice::ReadOnly))
            return Result<Registration>::failure(
                tr("registration.ca: cannot read %1: %2").arg(config.caFile, file.errorString()));
        const Result<QSslCertificate> ca = AgentTls::parseCaCertificate(file.readAll());
        if (!ca)
            return Result<Registration>::failure(
                tr("registration.ca: %1: %2").arg(config.caFile, ca.error()));
        first.ca = *ca;
    }
    const Result<bool> saved2 = first.save(config.stateDirectory);
    if (!saved2)
        return Result<Registration>::failure(saved2.error());
    return first;
}

AgentStatus hostStatus(const Registration &registration)
{
    AgentStatus status;
    status.operatingSystem = HostFacts::operatingSystem();
    status.addresses = HostFacts::addresses();
    status.installed = registration.installed;
    status.services = { { QStringLiteral("osmgmt-agent"), QStringLiteral("osmgmt agent"), true } };
    status.components
        = { { QStringLiteral("osmgmt-agent"), QStringLiteral(OSMGMT_VERSION) },
            { QStringLiteral("Qt"), QString::fromLatin1(qVersion()) },
            { QStringLiteral("TLS library"), QSslSocket::sslLibraryVersionString() } };
    // The product's services, its patterns, scan and firewall are added by each gathering
    // (LinuxHost::gatherStatus(), in the background).
    return status;
}

// The agent's listening socket, marked for the quarantine's rules.
Result<qintptr> listen(const AgentConfig &config)
{
    const Result<qintptr> descriptor = ListeningSocket::open(config.address, config.port);
    if (!descriptor)
        return descriptor;
    // A quarantine lets only marked sockets use the agent's port (NftQuarantine). Without the
    // mark the agent still serves, but a quarantine would shut it out: say so.
    const Result<bool> marked
        = ListeningSocket::setMark(*descriptor, NftQuarantine::agentSocketMark);
    if (!marked)
        Logging::get("agent")->warn("{}: a quarantine would shut the consoles out of this agent",
                                    marked.error());
    return descriptor;
}

bool writeReadyFile(const QString &path)
{
    const QJsonObject ready { { QStringLiteral("pid"),
                                qint64(QCoreApplication::applicationPid()) } };
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(ready).toJson()) >= 0
        && file.commit();
}

} // namespace

int runRealAgent(const RealAgentOptions &options)
{
    const Result<AgentConfig> config = readConfig(options.configFile);
    if (!config)
        return failStartup(config.error());
    Logging::init(options.logDirectory, QStringLiteral("osmgmt-agent.log"), true);
    const auto log = Logging::get("agent");
    const Result<Registration> registered = registration(*config);
    if (!registered)
        return failStartup(registered.error());
    // The key stays in the state directory across restarts: the agent certificate is for it.
    const Result<AgentTls::Credentials> credentials
        = Registration::loadOrMakeTls(config->stateDirectory, HostFacts::hostName());
    if (!credentials)
        return failStartup(credentials.error());

    // Every connection is a descriptor: the limits must fit in what the process may open.
    ConnectionLimits limits = config->limits;
    const Result<quint64> descriptors = ListeningSocket::raiseDescriptorLimit();
    if (!descriptors)
        log->warn("{}", descriptors.error());
    else if (quint64(limits.connections) + reservedDescriptors > *descriptors) {
        limits.connections = int(std::max<qint64>(1, qint64(*descriptors) - reservedDescriptors));
        log->warn("only {} open files allowed: at most {} connections at once", *descriptors,
                  limits.connections);
    }

    QObject root;
    AgentState state(AgentIdentity { HostFacts::hostName(), registered->server,
                                     QStringLiteral(OSMGMT_VERSION), registered->domain },
                     registered->ca, hostStatus(*registered), &root);
    state.setPreviousCa(registered->previousCa);
    if (const Result<bool> tls = state.setTls(*credentials, registered->certificate); !tls) {
        log->error("the saved agent certificate cannot be used, presenting the self-signed one "
                   "(register the agent again): {}",
                   tls.error());
        const Result<bool> selfSigned = state.setTls(*credentials, std::nullopt);
        if (!selfSigned)
            return failStartup(selfSigned.error());
    }
    LinuxHost host(*config, state.status());
    state.setHost(&host);
    // A reboot must not release a quarantine: only the `release` command does.
    const Result<bool> restored = host.restoreQuarantine();
    if (!restored)
        log->error("{}", restored.error());
    host.startStatusRefresh(limits.statusRefreshMs);
    // A rollover is kept before the agent uses it: a failed write leaves it on its old CA.
    state.setTrustKeeper([&](const AgentState::Trust &trust) {
        const Registration next { state.identity().server, state.identity().domain,
                                  registered->installed,   trust.pinnedCa,
                                  trust.previousCa,        trust.certificate };
        const Result<bool> saved = next.save(config->stateDirectory);
        if (saved)
            log->info("the CA rollover's state is saved in {}", config->stateDirectory);
        return saved;
    });
    const auto saveRegistration = [&] {
        Registration now { state.identity().server, state.identity().domain,
                           registered->installed,   state.pinnedCa(),
                           state.previousCa(),      state.agentCertificate() };
        const Result<bool> saved = now.save(config->stateDirectory);
        if (!saved)
            log->error("the new registration is not saved: {}", saved.error());
        else
            log->info("registered to {}{}, saved in {}", now.server,
                      now.certificate ? " with an agent certificate" : "", config->stateDirectory);
    };
    QObject::connect(&state, &AgentState::registrationChanged, &root, saveRegistration);
    QObject::connect(&state, &AgentState::certificateChanged, &root, saveRegistration);
    const Result<qintptr> listening = listen(*config);
    if (!listening)
        return failStartup(listening.error());
    // The listener owns the descriptor and lives as long as the host: the quarantine's check
    // reads its mark.
    host.setListeningSocket(*listening);
    new AgentListener(*listening, &state, limits, &root);
    log->info("agent of {} registered to {} listening on {} port {}", HostFacts::hostName(),
              registered->server, config->address.toString(), config->port);

    UnixSignalWatcher signalWatcher({ SIGTERM, SIGINT });
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, [&log](int signalNumber) {
        log->info("stopped by signal {}", signalNumber);
        QCoreApplication::quit();
    });
    if (!options.readyFile.isEmpty() && !writeReadyFile(options.readyFile))
        return failStartup(tr("cannot write %1").arg(options.readyFile));
    const int code = QCoreApplication::exec();
    log->info("stopped");
    return code;
}

int runQuarantineRestore(const QString &configFile)
{
    const Result<AgentConfig> config = readConfig(configFile);
    if (!config)
        return failStartup(config.error());
    const Result<std::optional<QList<QHostAddress>>> consoles
        = LinuxHost::reapplyKeptQuarantine(*config);
    if (!consoles)
        return failStartup(consoles.error());
    QStringList texts;
    for (const QHostAddress &console : consoles->value_or(QList<QHostAddress>()))
        texts.append(console.toString());
    std::printf("osmgmt-agent: %s\n",
                qUtf8Printable(*consoles ? tr("quarantine re-applied; consoles allowed: %1")
                                               .arg(texts.join(QStringLiteral(", ")))
                                         : tr("not quarantined: nothing to restore")));
    return 0;
}
