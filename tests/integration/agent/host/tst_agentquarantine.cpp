#include "agentlink/agentcommandclient.h"
#include "health/healthstore.h"
#include "identity/certificateauthority.h"
#include "ownnamespaces.h"
#include "quarantine/autoresponsestore.h"
#include "quarantine/detectionstore.h"
#include "store/eventlog.h"
#include "store/querystore.h"
#include "store/storeconnection.h"
#include "testenvironment.h"
#include "watch/autoresponseduty.h"
#include "watch/autoresponselink.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

// The real agent's quarantine (issue 4, point 4) with real nftables rules and real
// connections, never on the host: the whole test runs in a user, network and mount namespace
// of its own (entered in main(), before any thread starts), where only `lo` exists and
// /etc/hosts is the test's (the allow list's names). The agent runs in
// a second namespace joined to it by a veth pair:
//
//   this test's namespace                      the agent's namespace
//   q0: 198.18.0.1 (console), 198.18.0.2  ---  q1: 198.18.0.10 (agent, a listener)
//       198.18.0.3, fd00:198::2                    fd00:198::10
//
// 198.18.0.0/15 is RFC 2544's benchmarking range, fd00::/8 unique local addresses; nothing
// routes out of either namespace.
namespace {

const QString consoleAddress = QStringLiteral("198.18.0.1");
const QString otherAddress = QStringLiteral("198.18.0.2");
const QString agentAddress = QStringLiteral("198.18.0.10");
// A third host; the allow list names the other one (updates.lab.test in /etc/hosts).
const QString thirdAddress = QStringLiteral("198.18.0.3");
// The same on IPv6 (a unique local prefix, routed nowhere).
const QString otherAddress6 = QStringLiteral("fd00:198::2");
const QString agentAddress6 = QStringLiteral("fd00:198::10");
constexpr quint16 agentPort = 21112, listenerPort = 8080, outsidePort = 9090;
constexpr int dropWaitMs = 1500; // a dropped SYN: the connect is given this long

struct Console
{
    CertificateAuthority authority;
    AgentTls::Credentials client;
};

Console makeConsole(const QString &server)
{
    const Result<CertificateAuthority> authority = CertificateAuthority::create(server);
    const Result<IssuedCertificate> issued
        = authority->issue(QStringLiteral("console"), CertificateUse::Client, 30);
    return Console { authority.value(), { issued->certificate, issued->key } };
}

// "ip addr add ..." as arguments.
QStringList words(const QString &line)
{
    return line.split(QLatin1Char(' '));
}

// "net:[4026531840]": which network namespace a /proc/PID/ns/net link names.
QByteArray namespaceId(const QString &link)
{
    char target[64] = {};
    const ssize_t length = readlink(qPrintable(link), target, sizeof target - 1);
    return length > 0 ? QByteArray(target, int(length)) : QByteArray();
}

enum class Connect { Connected, TimedOut, Refused, Failed };

const char *connectName(Connect result)
{
    static const char *const names[] = { "connected", "timed out", "refused", "failed" };
    return names[int(result)];
}

socklen_t socketAddress(const QString &address, quint16 port, sockaddr_storage &storage)
{
    storage = {};
    if (address.contains(QLatin1Char(':'))) {
        auto *v6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(port);
        inet_pton(AF_INET6, qPrintable(address), &v6->sin6_addr);
        return sizeof(sockaddr_in6);
    }
    auto *v4 = reinterpret_cast<sockaddr_in *>(&storage);
    v4->sin_family = AF_INET;
    v4->sin_port = htons(port);
    inet_pton(AF_INET, qPrintable(address), &v4->sin_addr);
    return sizeof(sockaddr_in);
}

// A socket of the namespace open as `namespaceFd` (-1: this test's own).
int socketIn(int namespaceFd, int family)
{
    const int own = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
    if (namespaceFd >= 0 && setns(namespaceFd, CLONE_NEWNET) != 0)
        qFatal("setns: %s", std::strerror(errno));
    const int fd = socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (namespaceFd >= 0 && setns(own, CLONE_NEWNET) != 0)
        qFatal("setns back: %s", std::strerror(errno));
    close(own);
    return fd;
}

// Connects `fd`, bound to `from`:`fromPort` (0: any port), to `to`:`port`.
Connect connectFrom(int fd, const QString &from, quint16 fromPort, const QString &to, quint16 port)
{
    sockaddr_storage source {}, target {};
    const socklen_t sourceLength = socketAddress(from, fromPort, source);
    const socklen_t targetLength = socketAddress(to, port, target);
    const int reuse = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, sizeof reuse);
    if (bind(fd, reinterpret_cast<sockaddr *>(&source), sourceLength) != 0)
        return Connect::Failed;
    if (connect(fd, reinterpret_cast<sockaddr *>(&target), targetLength) == 0)
        return Connect::Connected;
    if (errno != EINPROGRESS)
        return Connect::Failed;
    pollfd waiting { fd, POLLOUT, 0 };
    if (poll(&waiting, 1, dropWaitMs) == 0)
        return Connect::TimedOut;
    int error = 0;
    socklen_t length = sizeof error;
    getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
    return error == 0           ? Connect::Connected
        : error == ECONNREFUSED ? Connect::Refused
                                : Connect::Failed;
}

// One TCP connect from `from` to `to`:`port`, from the namespace open as `namespaceFd` (-1:
// this test's own). Plain sockets, so the namespace the socket lives in is exactly known.
Connect tcpConnect(const QString &from, const QString &to, quint16 port, int namespaceFd = -1,
                   quint16 fromPort = 0)
{
    const int fd = socketIn(namespaceFd, from.contains(QLatin1Char(':')) ? AF_INET6 : AF_INET);
    const Connect result = connectFrom(fd, from, fromPort, to, port);
    close(fd);
    return result;
}

// Connects, sends bytes that are not TLS, and waits for what comes back: the agent's TLS
// alert or its closing of the connection ("answered"), which needs packets to flow both ways
// after the handshake; nothing ("silent"), when they are dropped.
QString exchange(const QString &from, const QString &to, quint16 port)
{
    const int fd = socketIn(-1, from.contains(QLatin1Char(':')) ? AF_INET6 : AF_INET);
    const Connect connected = connectFrom(fd, from, 0, to, port);
    QString result = QString::fromLatin1(connectName(connected));
    if (connected == Connect::Connected) {
        const char probe[] = "GET / HTTP/1.0\r\n\r\n";
        pollfd waiting { fd, POLLIN, 0 };
        result = send(fd, probe, sizeof probe - 1, MSG_NOSIGNAL) < 0 ? QStringLiteral("send failed")
            : poll(&waiting, 1, dropWaitMs) == 1                     ? QStringLiteral("answered")
                                                                     : QStringLiteral("silent");
    }
    close(fd);
    return result;
}

} // namespace

class TestAgentQuarantine : public QObject
{
    Q_OBJECT
public:
    QString namespaceFailure;

private slots:
    void initTestCase();
    void everythingIsReachableBeforeQuarantine();
    void quarantineLeavesOnlyTheConsoleAndTheManagementChannel();
    void aRestartReappliesTheQuarantine();
    void aBootRestoresItAndNothingElseMayUseTheAgentPort();
    void releaseRestoresReachability();
    void anAllowListNameThatDoesNotResolveCutsNothing();
    void allowListedNamesStayReachable();
    void aFailedCheckRollsTheQuarantineBack();
    void aDetectionIsQuarantinedAutomaticallyAndVerified();
    void withoutNftTheAgentSaysWhy();
    void anAutomaticQuarantineWithoutNftFailsWithTheReason();
    void withoutCapNetAdminTheAgentSaysWhy();
    void cleanupTestCase();

private:
    QString run(const QString &program, const QStringList &arguments);
    QString inAgentNamespace(const QStringList &command);
    QString startAgent(const QProcessEnvironment &environment = {},
                       const QStringList &wrapper = {});
    void stopAgent();
    QString writeConfig(const QStringList &allow = {});
    bool writeHosts(const QString &updatesAddress);
    QString tables();
    CommandOutcome command(const AgentCommand &command);
    StatusOutcome status();
    // Issue 14, point 3: `line` written to the agent's client log, the detection stored as a
    // query would, one round of the automatic response; its event.
    ComputerEvent respondTo(const QByteArray &line);

    QTemporaryDir m_dir;
    QProcess m_holder; // keeps the agent's namespace alive between agent runs
    QProcess m_agent;
    int m_agentNamespace = -1;
    QTcpServer m_listener; // a service inside the agent's namespace
    QTcpServer m_outside; // a host outside, at the other address
    std::optional<Console> m_hq;
    std::shared_ptr<Database> m_store; // for the automatic response
};

QString TestAgentQuarantine::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        return program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) + QStringLiteral(": ")
            + QString::fromLocal8Bit(process.readAllStandardError());
    return {};
}

QString TestAgentQuarantine::inAgentNamespace(const QStringList &command)
{
    return run(QStringLiteral("nsenter"),
               QStringList { QStringLiteral("-t"), QString::number(m_holder.processId()),
                             QStringLiteral("-n"), QStringLiteral("--") }
                   + command);
}

// `wrapper` runs the agent through another program (setpriv), inside its namespace.
QString TestAgentQuarantine::startAgent(const QProcessEnvironment &environment,
                                        const QStringList &wrapper)
{
    const QString ready = m_dir.filePath(QStringLiteral("ready"));
    QFile::remove(ready);
    if (!environment.isEmpty())
        m_agent.setProcessEnvironment(environment);
    else
        m_agent.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    // nsenter joins the agent's namespace and executes the agent in place (same PID).
    m_agent.start(QStandardPaths::findExecutable(QStringLiteral("nsenter")),
                  QStringList { QStringLiteral("-t"), QString::number(m_holder.processId()),
                                QStringLiteral("-n"), QStringLiteral("--") }
                      + wrapper
                      + QStringList { TestEnvironment::agentProgram(), QStringLiteral("--config"),
                                      m_dir.filePath(QStringLiteral("agent.json")),
                                      QStringLiteral("--ready-file"), ready,
                                      QStringLiteral("--log-dir"),
                                      m_dir.filePath(QStringLiteral("log")) });
    return TestEnvironment::waitForReadyFile(m_agent, ready, QStringLiteral("agent"));
}

void TestAgentQuarantine::stopAgent()
{
    m_agent.terminate();
    QVERIFY(m_agent.waitForFinished(5000));
    QCOMPARE(m_agent.exitCode(), 0);
}

// The agent's configuration, with `allow` as its quarantine's allow list.
QString TestAgentQuarantine::writeConfig(const QStringList &allow)
{
    const QJsonObject config {
        { QStringLiteral("listen"),
          QJsonObject { { QStringLiteral("address"), QStringLiteral("0.0.0.0") },
                        { QStringLiteral("port"), agentPort } } },
        { QStringLiteral("stateDirectory"), QStringLiteral("state") },
        { QStringLiteral("registration"),
          QJsonObject { { QStringLiteral("server"), QStringLiteral("osm-hq") },
                        { QStringLiteral("ca"), QStringLiteral("hq-ca.pem") } } },
        { QStringLiteral("quarantine"),
          QJsonObject { { QStringLiteral("allow"), QJsonArray::fromStringList(allow) } } },
        { QStringLiteral("virusLogFile"), QStringLiteral("pcent35.log") },
        { QStringLiteral("limits"),
          QJsonObject { { QStringLiteral("statusRefreshSeconds"), 0.1 } } },
    };
    QFile file(m_dir.filePath(QStringLiteral("agent.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(config).toJson()) < 0)
        return file.errorString();
    return {};
}

// The test's /etc/hosts (bind-mounted over the real one in initTestCase()), rewritten in
// place: updates.lab.test is `updatesAddress`.
bool TestAgentQuarantine::writeHosts(const QString &updatesAddress)
{
    QFile hosts(m_dir.filePath(QStringLiteral("hosts")));
    const QByteArray content
        = "127.0.0.1 localhost\n" + updatesAddress.toLatin1() + " updates.lab.test\n";
    return hosts.open(QIODevice::WriteOnly) && hosts.write(content) == content.size();
}

// The tables loaded in the agent's namespace, one a line.
QString TestAgentQuarantine::tables()
{
    QProcess list;
    list.start(QStringLiteral("nsenter"),
               { QStringLiteral("-t"), QString::number(m_holder.processId()), QStringLiteral("-n"),
                 QStringLiteral("nft"), QStringLiteral("list"), QStringLiteral("tables") });
    list.waitForFinished(5000);
    return QString::fromLatin1(list.readAllStandardOutput().trimmed());
}

CommandOutcome TestAgentQuarantine::command(const AgentCommand &command)
{
    // From this namespace the route to 198.18.0.10 leaves from q0's primary address: the
    // console's.
    AgentCommandClient sender(m_hq->client, 5000);
    QSignalSpy finished(&sender, &AgentCommandClient::finished);
    sender.start(QHostAddress(agentAddress), agentPort, command);
    if (!finished.wait(12000))
        return { CommandOutcome::Kind::ProtocolError, QStringLiteral("no outcome") };
    return finished.first().first().value<CommandOutcome>();
}

StatusOutcome TestAgentQuarantine::status()
{
    AgentStatusReader reader(m_hq->client, 5000);
    QSignalSpy finished(&reader, &AgentStatusReader::finished);
    reader.start(QHostAddress(agentAddress), agentPort);
    if (!finished.wait(12000))
        return {};
    return finished.first().first().value<StatusOutcome>();
}

void TestAgentQuarantine::initTestCase()
{
    QVERIFY2(namespaceFailure.isEmpty(), qPrintable(namespaceFailure));
    // Network safety: this is not the host's namespace, and nothing but lo exists here.
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    QCOMPARE(interfaces.size(), 1);
    QCOMPARE(interfaces.first().name(), QStringLiteral("lo"));
    QVERIFY(m_dir.isValid());
    QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("nft")).isEmpty());

    QString error = run(QStringLiteral("ip"),
                        { QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
                          QStringLiteral("up") });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_holder.start(QStringLiteral("unshare"),
                   { QStringLiteral("--net"), QStringLiteral("--"), QStringLiteral("sleep"),
                     QStringLiteral("600") });
    QVERIFY(m_holder.waitForStarted());
    const QString holderNamespace = QStringLiteral("/proc/%1/ns/net").arg(m_holder.processId());
    const QDeadlineTimer deadline(5000);
    while (namespaceId(holderNamespace) == namespaceId(QStringLiteral("/proc/self/ns/net")))
        QVERIFY(!deadline.hasExpired() && !m_holder.waitForFinished(10));
    m_agentNamespace = open(qPrintable(holderNamespace), O_RDONLY | O_CLOEXEC);
    QVERIFY(m_agentNamespace >= 0);
    const QString pid = QString::number(m_holder.processId());
    for (const QStringList &step :
         { words(QStringLiteral("link add q0 type veth peer name q1 netns %1").arg(pid)),
           words(QStringLiteral("addr add %1/24 dev q0").arg(consoleAddress)),
           words(QStringLiteral("addr add %1/24 dev q0").arg(otherAddress)),
           words(QStringLiteral("addr add %1/24 dev q0").arg(thirdAddress)),
           words(QStringLiteral("addr add %1/64 dev q0 nodad").arg(otherAddress6)),
           words(QStringLiteral("link set q0 up")) }) {
        error = run(QStringLiteral("ip"), step);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    for (const QStringList &step :
         { words(QStringLiteral("ip link set lo up")),
           words(QStringLiteral("ip addr add %1/24 dev q1").arg(agentAddress)),
           words(QStringLiteral("ip addr add %1/64 dev q1 nodad").arg(agentAddress6)),
           words(QStringLiteral("ip link set q1 up")) }) {
        error = inAgentNamespace(step);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    // The host's own firewall, which the quarantine must leave alone: a table of its own.
    QFile hostFirewall(m_dir.filePath(QStringLiteral("host.nft")));
    QVERIFY(hostFirewall.open(QIODevice::WriteOnly));
    hostFirewall.write("table inet hostfw {\n\tchain input {\n\t\ttype filter hook input "
                       "priority 0; policy accept;\n\t\ttcp dport 22 counter accept\n\t}\n}\n");
    hostFirewall.close();
    error = inAgentNamespace(
        { QStringLiteral("nft"), QStringLiteral("-f"), hostFirewall.fileName() });
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // A service in the agent's namespace, and a host outside it.
    const int own = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
    QVERIFY(setns(m_agentNamespace, CLONE_NEWNET) == 0);
    const bool listening = m_listener.listen(QHostAddress::Any, listenerPort);
    QVERIFY(setns(own, CLONE_NEWNET) == 0);
    close(own);
    QVERIFY(listening);
    QVERIFY(m_outside.listen(QHostAddress(otherAddress), outsidePort));

    m_hq = makeConsole(QStringLiteral("osm-hq"));
    QFile ca(m_dir.filePath(QStringLiteral("hq-ca.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(m_hq->authority.certificatePem());
    ca.close();
    // The client log the automatic response's detections come from, empty until then.
    QFile log(m_dir.filePath(QStringLiteral("pcent35.log")));
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.close();
    QVERIFY(writeHosts(otherAddress));
    error = bindMount(m_dir.filePath(QStringLiteral("hosts")), QStringLiteral("/etc/hosts"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = writeConfig();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = startAgent();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestAgentQuarantine::everythingIsReachableBeforeQuarantine()
{
    QCOMPARE(connectName(tcpConnect(otherAddress, agentAddress, listenerPort)), "connected");
    QCOMPARE(connectName(tcpConnect(otherAddress6, agentAddress6, listenerPort)), "connected");
    QCOMPARE(connectName(tcpConnect(consoleAddress, agentAddress, listenerPort)), "connected");
    QCOMPARE(connectName(tcpConnect(agentAddress, otherAddress, outsidePort, m_agentNamespace)),
             "connected");
    const StatusOutcome before = status();
    QVERIFY2(before.kind == CommandOutcome::Kind::Done, qPrintable(before.detail));
    QVERIFY(!before.report.status.quarantined);
    // No product status file: said in words, and the firewall read from nftables (hostfw).
    QVERIFY(before.report.status.firewall == FirewallState::On);
    QVERIFY2(before.report.status.problems.join(QLatin1Char('\n'))
                 .contains(QStringLiteral("no product status file is configured")),
             qPrintable(before.report.status.problems.join(QLatin1Char('\n'))));
}

void TestAgentQuarantine::quarantineLeavesOnlyTheConsoleAndTheManagementChannel()
{
    const CommandOutcome outcome = command(AgentCommand::quarantine());
    QVERIFY2(outcome.kind == CommandOutcome::Kind::Done, qPrintable(outcome.detail));
    QVERIFY2(outcome.detail.contains(consoleAddress), qPrintable(outcome.detail));
    // In: another address is dropped, the console still reaches every port.
    QCOMPARE(connectName(tcpConnect(otherAddress, agentAddress, listenerPort)), "timed out");
    QCOMPARE(connectName(tcpConnect(consoleAddress, agentAddress, listenerPort)), "connected");
    QCOMPARE(connectName(tcpConnect(otherAddress6, agentAddress6, listenerPort)), "timed out");
    // The management channel stays open, even from elsewhere, both ways after the handshake.
    QCOMPARE(connectName(tcpConnect(otherAddress, agentAddress, agentPort)), "connected");
    QCOMPARE(exchange(otherAddress, agentAddress, agentPort), QStringLiteral("answered"));
    // Out: the host reaches only the console.
    QCOMPARE(connectName(tcpConnect(agentAddress, otherAddress, outsidePort, m_agentNamespace)),
             "timed out");
    QCOMPARE(connectName(tcpConnect(agentAddress, consoleAddress, outsidePort, m_agentNamespace)),
             "refused"); // nothing listens there: the console's reset came back through
    // The console still reads and commands the agent.
    const StatusOutcome now = status();
    QVERIFY2(now.kind == CommandOutcome::Kind::Done, qPrintable(now.detail));
    QVERIFY(now.report.status.quarantined);
    // Issue 14: by whom, since when and why, from the kept record.
    QVERIFY(now.report.status.quarantine);
    QCOMPARE(now.report.status.quarantine->state, QuarantineState::State::Quarantined);
    QCOMPARE(now.report.status.quarantine->reason, QuarantineState::Reason::Manual);
    QVERIFY(now.report.status.quarantine->since.isValid());
    QVERIFY(qAbs(now.report.status.quarantine->since.secsTo(QDateTime::currentDateTimeUtc()))
            < 600);
    QCOMPARE(now.report.status.quarantine->why,
             QStringLiteral("quarantined by the console at ") + consoleAddress);
    const CommandOutcome again = command(AgentCommand::quarantine());
    QCOMPARE(again.kind, CommandOutcome::Kind::Done);
    QVERIFY2(again.detail.startsWith(QStringLiteral("already quarantined")),
             qPrintable(again.detail));
    // The state directory keeps it, with the console's address.
    QFile kept(m_dir.filePath(QStringLiteral("state/quarantine.json")));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll().contains(consoleAddress.toLatin1()));
}

void TestAgentQuarantine::aRestartReappliesTheQuarantine()
{
    stopAgent();
    // A reboot empties the kernel's rules; the agent's state directory stays.
    const QString error = inAgentNamespace({ QStringLiteral("nft"), QStringLiteral("delete"),
                                             QStringLiteral("table"), QStringLiteral("inet"),
                                             QStringLiteral("osmgmt_quarantine") });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(connectName(tcpConnect(otherAddress, agentAddress, listenerPort)), "connected");
    const QString started = startAgent();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QCOMPARE(connectName(tcpConnect(otherAddress, agentAddress, listenerPort)), "timed out");
    QCOMPARE(connectName(tcpConnect(consoleAddress, agentAddress, listenerPort)), "connected");
    // The restarted agent's new socket is marked: still its management channel.
    QCOMPARE(exchange(otherAddress, agentAddress, agentPort), QStringLiteral("answered"));
    const StatusOutcome now = status();
    QVERIFY2(now.kind == CommandOutcome::Kind::Done, qPrintable(now.detail));
    QVERIFY(now.report.status.quarantined);
}

// Issue 15, point 2: the agent's port is open to the agent's own sockets only, and the
// boot-time unit's command loads the kept quarantine with no agent running.
void TestAgentQuarantine::aBootRestoresItAndNothingElseMayUseTheAgentPort()
{
    stopAgent();
    QString error = inAgentNamespace({ QStringLiteral("nft"), QStringLiteral("delete"),
                                       QStringLiteral("table"), QStringLiteral("inet"),
                                       QStringLiteral("osmgmt_quarantine") });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(connectName(tcpConnect(otherAddress, agentAddress, listenerPort)), "connected");
    // What osmgmt-agent-quarantine.service runs at boot, before the network is up.
    error = inAgentNamespace({ TestEnvironment::agentProgram(), QStringLiteral("--config"),
                               m_dir.filePath(QStringLiteral("agent.json")),
                               QStringLiteral("--restore-quarantine") });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(connectName(tcpConnect(otherAddress, agentAddress, listenerPort)), "timed out");

    // Out: a process that sends from the agent's port is not the agent: it reaches nothing.
    QCOMPARE(connectName(
                 tcpConnect(agentAddress, otherAddress, outsidePort, m_agentNamespace, agentPort)),
             "timed out");
    // In: a process that binds the agent's port while the agent is stopped is reached by
    // nothing, on IPv4 or IPv6.
    QTcpServer impostor;
    const int own = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
    QVERIFY(setns(m_agentNamespace, CLONE_NEWNET) == 0);
    const bool listening = impostor.listen(QHostAddress::Any, agentPort);
    QVERIFY(setns(own, CLONE_NEWNET) == 0);
    close(own);
    QVERIFY2(listening, qPrintable(impostor.errorString()));
    QCOMPARE(connectName(tcpConnect(otherAddress, agentAddress, agentPort)), "timed out");
    QCOMPARE(connectName(tcpConnect(otherAddress6, agentAddress6, agentPort)), "timed out");
    QVERIFY(!impostor.hasPendingConnections());
    impostor.close();

    // The agent again: its own socket is let through.
    const QString started = startAgent();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QCOMPARE(exchange(otherAddress, agentAddress, agentPort), QStringLiteral("answered"));
}

void TestAgentQuarantine::releaseRestoresReachability()
{
    const CommandOutcome outcome = command(AgentCommand::release());
    QVERIFY2(outcome.kind == CommandOutcome::Kind::Done, qPrintable(outcome.detail));
    QCOMPARE(outcome.detail, QStringLiteral("released from quarantine"));
    QCOMPARE(connectName(tcpConnect(otherAddress, agentAddress, listenerPort)), "connected");
    QCOMPARE(connectName(tcpConnect(agentAddress, otherAddress, outsidePort, m_agentNamespace)),
             "connected");
    const StatusOutcome after = status();
    QVERIFY(!after.report.status.quarantined);
    QVERIFY(!after.report.status.quarantine);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("state/quarantine.json"))));
    // Only its own table went: the host's firewall is still there.
    QCOMPARE(tables(), QStringLiteral("table inet hostfw"));
    QCOMPARE(command(AgentCommand::release()).detail, QStringLiteral("was not quarantined"));
}

// Issue 14, point 5: allow-list names are looked up before anything is cut; one that does not
// resolve fails the quarantine with nothing changed.
void TestAgentQuarantine::anAllowListNameThatDoesNotResolveCutsNothing()
{
    stopAgent();
    QString error
        = writeConfig({ QStringLiteral("updates.lab.test"), QStringLiteral("nowhere.lab.test") });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = startAgent();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CommandOutcome outcome = command(AgentCommand::quarantine());
    QCOMPARE(outcome.kind, CommandOutcome::Kind::Failed);
    QCOMPARE(outcome.detail,
             QStringLiteral("not quarantined, nothing was changed: the allow-list name "
                            "nowhere.lab.test does not resolve to any address"));
    QCOMPARE(tables(), QStringLiteral("table inet hostfw"));
    QCOMPARE(connectName(tcpConnect(thirdAddress, agentAddress, listenerPort)), "connected");
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("state/quarantine.json"))));
}

// A name of the allow list, resolved when the quarantine starts, keeps all its traffic; the
// record keeps the address, so a boot before DNS is up restores it.
void TestAgentQuarantine::allowListedNamesStayReachable()
{
    stopAgent();
    QString error = writeConfig({ QStringLiteral("updates.lab.test") });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = startAgent();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CommandOutcome outcome = command(AgentCommand::quarantine());
    QVERIFY2(outcome.kind == CommandOutcome::Kind::Done, qPrintable(outcome.detail));
    QCOMPARE(outcome.detail,
             QStringLiteral("quarantined; only %1, port %2 and the allow list (%3) reach this host")
                 .arg(consoleAddress)
                 .arg(agentPort)
                 .arg(otherAddress));
    QCOMPARE(connectName(tcpConnect(agentAddress, otherAddress, outsidePort, m_agentNamespace)),
             "connected");
    QCOMPARE(connectName(tcpConnect(otherAddress, agentAddress, listenerPort)), "connected");
    QCOMPARE(connectName(tcpConnect(thirdAddress, agentAddress, listenerPort)), "timed out");
    QFile kept(m_dir.filePath(QStringLiteral("state/quarantine.json")));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    const QJsonObject record = QJsonDocument::fromJson(kept.readAll()).object();
    QCOMPARE(record.value(QStringLiteral("allowed")).toArray(), QJsonArray({ otherAddress }));

    // A boot restores the addresses kept, looking nothing up (DNS is not up yet): even when the
    // name now means another host.
    stopAgent();
    error = inAgentNamespace({ QStringLiteral("nft"), QStringLiteral("delete"),
                               QStringLiteral("table"), QStringLiteral("inet"),
                               QStringLiteral("osmgmt_quarantine") });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(writeHosts(thirdAddress));
    error = inAgentNamespace({ TestEnvironment::agentProgram(), QStringLiteral("--config"),
                               m_dir.filePath(QStringLiteral("agent.json")),
                               QStringLiteral("--restore-quarantine") });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(connectName(tcpConnect(otherAddress, agentAddress, listenerPort)), "connected");
    QCOMPARE(connectName(tcpConnect(thirdAddress, agentAddress, listenerPort)), "timed out");
    QVERIFY(writeHosts(otherAddress));
    error = startAgent();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CommandOutcome released = command(AgentCommand::release());
    QVERIFY2(released.kind == CommandOutcome::Kind::Done, qPrintable(released.detail));
}

// After applying, the agent reads the table back from the kernel and follows the console's
// packets through it. An nft that loads something other than it was given (here the
// consoles' lines go missing on the way) leaves a table that would not let the console in:
// the agent rolls it back and says why, in the reply and in its log.
void TestAgentQuarantine::aFailedCheckRollsTheQuarantineBack()
{
    stopAgent();
    QString error = writeConfig();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString bin = m_dir.filePath(QStringLiteral("mangling-nft"));
    QVERIFY(QDir().mkpath(bin));
    QFile nft(bin + QStringLiteral("/nft"));
    QVERIFY(nft.open(QIODevice::WriteOnly));
    const QByteArray realNft = QStandardPaths::findExecutable(QStringLiteral("nft")).toLocal8Bit();
    nft.write("#!/bin/sh\nif [ \"$1\" = -f ]; then sed '/saddr/d' | exec " + realNft
              + " \"$@\"; fi\nexec " + realNft + " \"$@\"\n");
    nft.close();
    QVERIFY(nft.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATH"),
                       bin + QLatin1Char(':') + environment.value(QStringLiteral("PATH")));
    error = startAgent(environment);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const CommandOutcome outcome = command(AgentCommand::quarantine());
    QCOMPARE(outcome.kind, CommandOutcome::Kind::Failed);
    const QString why
        = QStringLiteral("quarantine rolled back: the agent could not have answered its console: "
                         "%1 could not reach the agent's port %2: no rule of the input chain "
                         "surely lets it through before the policy drops it; the host is not "
                         "quarantined")
              .arg(consoleAddress)
              .arg(agentPort);
    QCOMPARE(outcome.detail, why);
    // Rolled back: the table is gone, every host reaches the agent's host again.
    QCOMPARE(tables(), QStringLiteral("table inet hostfw"));
    QCOMPARE(connectName(tcpConnect(thirdAddress, agentAddress, listenerPort)), "connected");
    QCOMPARE(connectName(tcpConnect(agentAddress, otherAddress, outsidePort, m_agentNamespace)),
             "connected");
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("state/quarantine.json"))));
    QVERIFY(!status().report.status.quarantined);
    QFile log(m_dir.filePath(QStringLiteral("log/osmgmt-agent.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains(why.toUtf8()));
}

ComputerEvent TestAgentQuarantine::respondTo(const QByteArray &line)
{
    if (!m_store) {
        m_store = Database::openSqlite(m_dir.filePath(QStringLiteral("osmgmt.sqlite"))).value();
        const Result<AutoResponseSettings> settings
            = AutoResponseSettings::fromJson(QJsonDocument::fromJson(R"({ "enabled": true,
                "rules": [ { "name": "worms", "match": ["WORM_"], "action": "quarantine" } ] })")
                                                 .object());
        if (!settings || !AutoResponseStore(m_store).save(*settings, QStringLiteral("the test")))
            qFatal("cannot turn the automatic response on");
        QTest::qWait(5); // detections are stored after that
    }
    QFile log(m_dir.filePath(QStringLiteral("pcent35.log")));
    if (!log.open(QIODevice::Append) || log.write(line + "\r\n") < 0)
        qFatal("cannot write the client log");
    log.close();
    const QString threat = QString::fromLatin1(line.split('<').value(2).mid(2));
    StatusOutcome report;
    const QDeadlineTimer deadline(5000);
    do {
        report = status();
    } while (!std::any_of(report.report.status.detections.cbegin(),
                          report.report.status.detections.cend(),
                          [&threat](const Detection &found) { return found.threat == threat; })
             && !deadline.hasExpired());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<qint64> query
        = QueryStore(m_store).beginQuery("{}", QStringLiteral("osm-hq"), 1, now);
    HealthSnapshot snapshot;
    snapshot.address = agentAddress;
    snapshot.agentPort = agentPort;
    snapshot.name = report.report.identity.name;
    snapshot.gatheredAt = now;
    snapshot.outcome = HealthSnapshot::Outcome::Reported;
    snapshot.status = report.report.status;
    if (!query || !HealthStore(m_store).append(*query, { snapshot })
        || !DetectionStore(m_store).append({ snapshot }, now))
        qFatal("cannot store the detection");
    StoreConnection connection;
    connection.location = StoreLocation::sqlite(m_dir.filePath(QStringLiteral("osmgmt.sqlite")));
    const Console console = *m_hq;
    AutoResponseDuty duty(std::make_shared<AgentAutoResponseLink>(
        connection, [console] { return std::optional<AgentTls::Credentials>(console.client); },
        12000));
    const Result<QString> round = duty.runRound(m_store);
    if (!round)
        qFatal("%s", qPrintable(round.error()));
    const Result<QVector<ComputerEvent>> events = EventLog(m_store).read({});
    if (!events || events->isEmpty())
        qFatal("no event");
    return events->last();
}

// Issue 14, point 3 on the real agent: a risk in its client log; the watcher's duty quarantines
// it over real TLS with real nftables rules and verifies it by the agent's status.
void TestAgentQuarantine::aDetectionIsQuarantinedAutomaticallyAndVerified()
{
    // An agent of its own: the one before ran with a mangled nft.
    stopAgent();
    QString error = writeConfig();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = startAgent();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ComputerEvent event
        = respondTo("20261203<;>0910<;>WORM_REAL<;>1<;>1<;>0<;>/home/u/worm.bin<;>");
    QVERIFY2(event.kind == QLatin1String("auto-response-verified"), qPrintable(event.detail));
    QCOMPARE(event.address, agentAddress);
    QVERIFY2(event.detail.endsWith(
                 QStringLiteral("Verified: the agent's status says the computer is quarantined.")),
             qPrintable(event.detail));
    QVERIFY(status().report.status.quarantined);
    QCOMPARE(connectName(tcpConnect(otherAddress, agentAddress, listenerPort)), "timed out");
    // Released for the tests that follow.
    QCOMPARE(command(AgentCommand::release()).kind, CommandOutcome::Kind::Done);
}

void TestAgentQuarantine::withoutNftTheAgentSaysWhy()
{
    stopAgent();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATH"), m_dir.filePath(QStringLiteral("no-programs")));
    const QString started = startAgent(environment);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const CommandOutcome outcome = command(AgentCommand::quarantine());
    QCOMPARE(outcome.kind, CommandOutcome::Kind::Failed);
    QVERIFY2(outcome.detail.contains(QStringLiteral("cannot run nft")), qPrintable(outcome.detail));
    QVERIFY2(outcome.detail.contains(QStringLiteral("is the nftables package installed?")),
             qPrintable(outcome.detail));
    QCOMPARE(connectName(tcpConnect(otherAddress, agentAddress, listenerPort)), "connected");
    const StatusOutcome now = status();
    QVERIFY(!now.report.status.quarantined);
    QVERIFY2(now.report.status.problems.join(QLatin1Char('\n'))
                 .contains(QStringLiteral("the firewall state is unknown")),
             qPrintable(now.report.status.problems.join(QLatin1Char('\n'))));
}

// The agent cannot quarantine (no nft, withoutNftTheAgentSaysWhy() left it so): the automatic
// response fails with the agent's reason and what to do.
void TestAgentQuarantine::anAutomaticQuarantineWithoutNftFailsWithTheReason()
{
    const ComputerEvent event
        = respondTo("20261203<;>0912<;>WORM_AGAIN<;>1<;>1<;>0<;>/home/u/again.bin<;>");
    QCOMPARE(event.kind, QStringLiteral("auto-response-failed"));
    QVERIFY2(event.detail.contains(QStringLiteral("Failed: the agent could not do it: ")),
             qPrintable(event.detail));
    QVERIFY2(event.detail.contains(QStringLiteral("cannot run nft")), qPrintable(event.detail));
    QVERIFY2(event.detail.contains(QStringLiteral("What to do: Quarantine the computer by hand")),
             qPrintable(event.detail));
    QVERIFY(!status().report.status.quarantined);
}

void TestAgentQuarantine::withoutCapNetAdminTheAgentSaysWhy()
{
    stopAgent();
    // Root without CAP_NET_ADMIN, as under a unit whose capabilities leave it out.
    const QString started
        = startAgent({},
                     { QStringLiteral("setpriv"), QStringLiteral("--bounding-set=-net_admin"),
                       QStringLiteral("--inh-caps=-net_admin"), QStringLiteral("--") });
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const CommandOutcome outcome = command(AgentCommand::quarantine());
    QCOMPARE(outcome.kind, CommandOutcome::Kind::Failed);
    QVERIFY2(outcome.detail.contains(QStringLiteral("Operation not permitted (changing nftables "
                                                    "rules needs root or CAP_NET_ADMIN)")),
             qPrintable(outcome.detail));
    QCOMPARE(connectName(tcpConnect(otherAddress, agentAddress, listenerPort)), "connected");
    QVERIFY(!status().report.status.quarantined);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("state/quarantine.json"))));
}

void TestAgentQuarantine::cleanupTestCase()
{
    if (m_agent.state() != QProcess::NotRunning)
        stopAgent();
    if (m_holder.state() != QProcess::NotRunning) {
        m_holder.kill();
        m_holder.waitForFinished(5000);
    }
    if (m_agentNamespace >= 0)
        close(m_agentNamespace);
}

int main(int argc, char *argv[])
{
    // Before QCoreApplication, while this process has one thread: unshare(CLONE_NEWUSER)
    // refuses a multi-threaded process.
    const QString failure = enterOwnNamespaces(CLONE_NEWNET | CLONE_NEWNS);
    QCoreApplication app(argc, argv);
    TestAgentQuarantine test;
    test.namespaceFailure = failure;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_agentquarantine.moc"
