#include "agentlink/agentcommandclient.h"
#include "fleetprocess.h"
#include "identity/certificateauthority.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

// Issue 15, point 3, for the fleet (`osmgmt-agent --fleet`): a process out of descriptors must
// not spin on a listener that stays readable, nor stop accepting for good once descriptors are
// back. The real agent's AgentListener does the same (tst_agenthostile).
namespace {

// A connected TCP socket to address:port, or -1.
int rawConnect(const QString &to, quint16 port)
{
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in target {};
    target.sin_family = AF_INET;
    inet_pton(AF_INET, qPrintable(to), &target.sin_addr);
    target.sin_port = htons(port);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&target), sizeof target) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

// CPU time the process has used, in seconds (/proc/PID/stat: utime and stime).
double cpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong())
        / double(sysconf(_SC_CLK_TCK));
}

} // namespace

class TestFleetAccept : public QObject
{
    Q_OBJECT

private slots:
    void runningOutOfDescriptorsPausesAcceptingOnly_data();
    void runningOutOfDescriptorsPausesAcceptingOnly();

private:
    // The agent's status over TLS, with this console's certificate: the fleet accepts.
    StatusOutcome status(const QString &address, quint16 port);
};

StatusOutcome TestFleetAccept::status(const QString &address, quint16 port)
{
    const CertificateAuthority &authority = FleetProcess::testAuthority();
    const Result<IssuedCertificate> client
        = authority.issue(QStringLiteral("console"), CertificateUse::Client, 1);
    AgentStatusReader reader(AgentTls::Credentials { client->certificate, client->key }, 5000);
    QSignalSpy finished(&reader, &AgentStatusReader::finished);
    reader.start(QHostAddress(address), port);
    if (!finished.wait(10000))
        return {};
    return finished.first().first().value<StatusOutcome>();
}

void TestFleetAccept::runningOutOfDescriptorsPausesAcceptingOnly_data()
{
    QTest::addColumn<bool>("agentPort");
    QTest::newRow("agent port (TLS)") << true;
    QTest::newRow("another listening port") << false;
}

void TestFleetAccept::runningOutOfDescriptorsPausesAcceptingOnly()
{
    QFETCH(bool, agentPort);
    QTemporaryDir logs;
    const QString network = FleetProcess::randomLoopbackNetwork();
    const QString address = network + QStringLiteral("10");
    const quint16 port = FleetProcess::randomPort();
    const quint16 gate = FleetProcess::randomPort();
    FleetProcess fleet;
    fleet.registerAgents(QStringLiteral("osm-hq"), FleetProcess::testAuthority());
    const QString error = fleet.start(
        QJsonObject {
            { QStringLiteral("endpoints"),
              QJsonArray { QJsonObject { { QStringLiteral("address"), address },
                                         { QStringLiteral("listen"), QJsonArray { int(gate) } },
                                         { QStringLiteral("agent"),
                                           QJsonObject { { QStringLiteral("port"), int(port) },
                                                         { QStringLiteral("server"),
                                                           QStringLiteral("osm-hq") } } } } } } },
        { QStringLiteral("--log-dir"), logs.path() });
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const qint64 pid = fleet.process().processId();
    const QDir descriptors(QStringLiteral("/proc/%1/fd").arg(pid));
    const int open = int(descriptors.entryList(QDir::System).size());
    rlimit original {};
    QCOMPARE(prlimit(pid_t(pid), RLIMIT_NOFILE, nullptr, &original), 0);
    // A few descriptors left: accept() fails with EMFILE after a handful of connections.
    rlimit scarce = original;
    scarce.rlim_cur = rlim_t(open + 6);
    QCOMPARE(prlimit(pid_t(pid), RLIMIT_NOFILE, &scarce, nullptr), 0);
    std::vector<int> fds;
    for (int i = 0; i < 20; ++i) {
        fds.push_back(rawConnect(address, agentPort ? port : gate));
        QVERIFY(fds.back() >= 0);
    }
    // Out of descriptors, it waits between attempts instead of spinning.
    const double before = cpuSeconds(pid);
    QTest::qWait(2000);
    const double used = cpuSeconds(pid) - before;
    QVERIFY2(used < 0.5, qPrintable(QStringLiteral("%1 s of CPU in 2 s").arg(used)));
    for (int fd : fds)
        close(fd);
    QCOMPARE(prlimit(pid_t(pid), RLIMIT_NOFILE, &original, nullptr), 0);
    // It said why it could not accept (warnings are flushed at once).
    QFile log(QDir(logs.path()).filePath(QStringLiteral("osmgmt-agent.log")));
    QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
    const QByteArray logged = log.readAll();
    QVERIFY2(logged.contains("cannot accept a connection: ") && logged.contains("trying again in"),
             logged.right(2000).constData());
    // Descriptors again: it accepts again, on the agent port and on the other one.
    const StatusOutcome outcome = status(address, port);
    QVERIFY2(outcome.kind == CommandOutcome::Kind::Done, qPrintable(outcome.detail));
    QTcpSocket other;
    other.connectToHost(QHostAddress(address), gate);
    QVERIFY(other.waitForConnected(5000));
}

QTEST_GUILESS_MAIN(TestFleetAccept)
#include "tst_fleetaccept.moc"
