#include "agentlink/agentcommand.h"
#include "agentlink/agentcommandclient.h"
#include "agentlink/agentframe.h"
#include "agentlink/agenttls.h"
#include "agentlink/framedecoder.h"
#include "agentlink/handshake.h"
#include "fleetprocess.h"
#include "identity/certificateauthority.h"
#include "testenvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

// Issue 15, point 3: the real agent (`osmgmt-agent --config`, on a loopback address) against
// hostile peers. Idle floods, a pipeline of thousands of requests, a peer that trickles bytes,
// and a process out of descriptors must not keep a console's request from being answered.
//
// The agent's services are run by service-manager.sh, so gathering its status runs programs,
// as systemctl would: an agent that did that per request would answer a pipeline at a few
// hundred requests a second and make everyone else wait.
namespace {

constexpr int pipelineRequests = 10000;
constexpr int idleConnections = 1000;
constexpr int defaultPerPeer = 16; // ConnectionLimits
constexpr int defaultConnections = 512;

// A connected TCP socket from `from` (any port) to the agent, or -1.
int rawConnect(const QString &from, const QString &to, quint16 port)
{
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    sockaddr_in source {}, target {};
    source.sin_family = target.sin_family = AF_INET;
    inet_pton(AF_INET, qPrintable(from), &source.sin_addr);
    inet_pton(AF_INET, qPrintable(to), &target.sin_addr);
    target.sin_port = htons(port);
    if (bind(fd, reinterpret_cast<sockaddr *>(&source), sizeof source) != 0) {
        close(fd);
        return -1;
    }
    if (connect(fd, reinterpret_cast<sockaddr *>(&target), sizeof target) != 0) {
        pollfd waiting { fd, POLLOUT, 0 };
        int error = 0;
        socklen_t length = sizeof error;
        if (errno != EINPROGRESS || poll(&waiting, 1, 5000) != 1
            || getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0 || error != 0) {
            close(fd);
            return -1;
        }
    }
    return fd;
}

// How many of `fds` the agent has closed (it sent nothing else: a TLS server waits for the
// client's hello).
int closedByAgent(const std::vector<int> &fds)
{
    int closed = 0;
    for (int fd : fds) {
        pollfd waiting { fd, POLLIN | POLLRDHUP, 0 };
        if (poll(&waiting, 1, 0) == 1)
            ++closed;
    }
    return closed;
}

void closeAll(std::vector<int> &fds)
{
    for (int fd : fds)
        close(fd);
    fds.clear();
}

// CPU time the process has used, in seconds (/proc/PID/stat: utime and stime).
double cpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong())
        / double(sysconf(_SC_CLK_TCK));
}

} // namespace

class TestAgentHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onePeerHoldsAtMostItsShare();
    void idleFloodAndPipelineLeaveAConsoleAnswered();
    void runningOutOfDescriptorsPausesAcceptingOnly();
    void aTricklerCannotHoldAConnection();
    void cleanupTestCase();

private:
    QString start(const QJsonObject &limits);
    void stop();
    StatusOutcome status(qint64 *elapsedMs = nullptr);
    void runPipeline();

    QTemporaryDir m_dir;
    // The legitimate console: its server's CA is the one the agent pins, and its client
    // certificate is what earns it the full status (issue 15, point 3).
    std::optional<CertificateAuthority> m_authority;
    std::optional<AgentTls::Credentials> m_console;
    QProcess m_agent;
    QString m_network; // "127.a.b.": this test's own loopback addresses
    QString m_address;
    quint16 m_port = 0;
    std::thread m_pipeline;
    std::atomic<int> m_pipelineAnswers { 0 };
    std::atomic<bool> m_pipelineDone { false };
};

QString TestAgentHostile::start(const QJsonObject &limits)
{
    QJsonObject config {
        { QStringLiteral("listen"),
          QJsonObject { { QStringLiteral("address"), m_address },
                        { QStringLiteral("port"), m_port } } },
        { QStringLiteral("stateDirectory"), QStringLiteral("state") },
        { QStringLiteral("registration"),
          QJsonObject { { QStringLiteral("server"), QStringLiteral("osm-hq") },
                        { QStringLiteral("ca"), QStringLiteral("hq-ca.pem") } } },
        { QStringLiteral("services"),
          QJsonArray {
              QJsonObject { { QStringLiteral("name"), QStringLiteral("ntrtscan") },
                            { QStringLiteral("unit"), QStringLiteral("osm-rtscan.service") } },
              QJsonObject { { QStringLiteral("name"), QStringLiteral("tmlisten") },
                            { QStringLiteral("unit"), QStringLiteral("osm-listen.service") } } } },
        { QStringLiteral("serviceManager"), QStringLiteral(OSMGMT_SERVICE_MANAGER) },
    };
    if (!limits.isEmpty()) // none: the defaults
        config.insert(QStringLiteral("limits"), limits);
    QFile file(m_dir.filePath(QStringLiteral("agent.json")));
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(QJsonDocument(config).toJson());
    file.close();
    const QString ready = m_dir.filePath(QStringLiteral("ready"));
    QFile::remove(ready);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OSMGMT_SERVICES_DIR"),
                       m_dir.filePath(QStringLiteral("units")));
    m_agent.setProcessEnvironment(environment);
    m_agent.start(TestEnvironment::agentProgram(),
                  { QStringLiteral("--config"), file.fileName(), QStringLiteral("--ready-file"),
                    ready, QStringLiteral("--log-dir"), m_dir.filePath(QStringLiteral("log")) });
    return TestEnvironment::waitForReadyFile(m_agent, ready, QStringLiteral("agent"));
}

void TestAgentHostile::stop()
{
    m_agent.terminate();
    QVERIFY(m_agent.waitForFinished(5000));
}

StatusOutcome TestAgentHostile::status(qint64 *elapsedMs)
{
    AgentStatusReader reader(m_console, 5000);
    QSignalSpy finished(&reader, &AgentStatusReader::finished);
    QElapsedTimer timer;
    timer.start();
    reader.start(QHostAddress(m_address), m_port);
    if (!finished.wait(10000))
        return {};
    if (elapsedMs)
        *elapsedMs = timer.elapsed();
    return finished.first().first().value<StatusOutcome>();
}

void TestAgentHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Result<CertificateAuthority> authority
        = CertificateAuthority::create(QStringLiteral("osm-hq"));
    QVERIFY2(authority.ok(), qPrintable(authority.error()));
    m_authority = *authority;
    const Result<IssuedCertificate> issued
        = m_authority->issue(QStringLiteral("console"), CertificateUse::Client, 30);
    QVERIFY2(issued.ok(), qPrintable(issued.error()));
    m_console = AgentTls::Credentials { issued->certificate, issued->key };
    QFile ca(m_dir.filePath(QStringLiteral("hq-ca.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(m_authority->certificatePem());
    ca.close();
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("units")));
    m_network = FleetProcess::randomLoopbackNetwork();
    m_address = m_network + QStringLiteral("9");
    m_port = FleetProcess::randomPort();
    const QString error = start({});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const StatusOutcome first = status();
    QVERIFY2(first.kind == CommandOutcome::Kind::Done, qPrintable(first.detail));
}

void TestAgentHostile::onePeerHoldsAtMostItsShare()
{
    const QString peer = m_network + QStringLiteral("20");
    std::vector<int> fds;
    for (int i = 0; i < 40; ++i) {
        fds.push_back(rawConnect(peer, m_address, m_port));
        QVERIFY(fds.back() >= 0);
    }
    // Past its share, each connection of this peer is closed at once; its first ones stay.
    QTRY_COMPARE_WITH_TIMEOUT(closedByAgent(fds), 40 - defaultPerPeer, 5000);
    QTest::qWait(200);
    QCOMPARE(closedByAgent(fds), 40 - defaultPerPeer);
    // Another peer still gets in.
    QCOMPARE(status().kind, CommandOutcome::Kind::Done);
    closeAll(fds);
}

// A console that pipelines status requests as fast as TLS carries them, in a thread of its
// own (blocking socket calls), counting the answers.
void TestAgentHostile::runPipeline()
{
    QSslSocket socket;
    socket.setSslConfiguration(AgentTls::clientConfiguration(std::nullopt));
    socket.connectToHostEncrypted(m_address, m_port);
    if (!socket.waitForEncrypted(10000)) {
        m_pipelineDone = true;
        return;
    }
    const QByteArray request = AgentFrame::encode(statusRequest());
    QByteArray requests;
    for (int i = 0; i < pipelineRequests; ++i)
        requests += request;
    socket.write(requests);
    FrameDecoder decoder;
    QElapsedTimer timer;
    timer.start();
    while (m_pipelineAnswers < pipelineRequests && timer.elapsed() < 60000
           && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(50);
        if (!socket.waitForReadyRead(socket.bytesToWrite() > 0 ? 50 : 1000))
            continue;
        decoder.append(socket.readAll());
        for (FrameDecoder::Step step = decoder.next();
             step.status == FrameDecoder::Status::Complete; step = decoder.next())
            ++m_pipelineAnswers;
    }
    m_pipelineDone = true;
}

void TestAgentHostile::idleFloodAndPipelineLeaveAConsoleAnswered()
{
    // 1,000 idle connections from 50 addresses: each keeps its share, the agent its total.
    std::vector<int> idle;
    for (int i = 0; i < idleConnections; ++i) {
        idle.push_back(rawConnect(m_network + QString::number(100 + i / 20), m_address, m_port));
        QVERIFY(idle.back() >= 0);
    }
    QTRY_VERIFY_WITH_TIMEOUT(closedByAgent(idle) >= idleConnections - defaultConnections, 10000);

    m_pipelineAnswers = 0;
    m_pipelineDone = false;
    m_pipeline = std::thread([this] { runPipeline(); });
    QTRY_VERIFY_WITH_TIMEOUT(m_pipelineAnswers > 0 || m_pipelineDone, 10000);
    QVERIFY2(!m_pipelineDone, "the pipeline did not get going");

    // The console's request, while the pipeline is being answered.
    qint64 elapsedMs = -1;
    const StatusOutcome outcome = status(&elapsedMs);
    const int pipelineAnswered = m_pipelineAnswers;
    QVERIFY2(outcome.kind == CommandOutcome::Kind::Done, qPrintable(outcome.detail));
    QVERIFY2(elapsedMs < 1000, qPrintable(QStringLiteral("answered in %1 ms").arg(elapsedMs)));
    QVERIFY2(pipelineAnswered < pipelineRequests,
             "the pipeline was over before the console asked: nothing was shown");
    qInfo("console answered in %lld ms, with %d of the pipeline's %d requests answered", elapsedMs,
          pipelineAnswered, pipelineRequests);

    // The pipeline itself is answered whole: served in turns, not dropped.
    m_pipeline.join();
    QCOMPARE(m_pipelineAnswers.load(), pipelineRequests);
    closeAll(idle);
}

void TestAgentHostile::runningOutOfDescriptorsPausesAcceptingOnly()
{
    const qint64 pid = m_agent.processId();
    const QDir descriptors(QStringLiteral("/proc/%1/fd").arg(pid));
    // The connections of the tests before are gone (the agent has seen them close).
    QTRY_VERIFY_WITH_TIMEOUT(descriptors.entryList(QDir::System).size() < 64, 10000);
    const int open = int(descriptors.entryList(QDir::System).size());
    rlimit original {};
    QCOMPARE(prlimit(pid_t(pid), RLIMIT_NOFILE, nullptr, &original), 0);
    // A few descriptors left: accept() fails with EMFILE after about a dozen connections.
    rlimit scarce = original;
    scarce.rlim_cur = rlim_t(open + 12);
    QCOMPARE(prlimit(pid_t(pid), RLIMIT_NOFILE, &scarce, nullptr), 0);
    std::vector<int> fds;
    for (int i = 0; i < 30; ++i) {
        fds.push_back(rawConnect(m_network + QString::number(40 + i / 10), m_address, m_port));
        QVERIFY(fds.back() >= 0);
    }
    // Out of descriptors, it waits between attempts instead of spinning.
    const double before = cpuSeconds(pid);
    QTest::qWait(2000);
    const double used = cpuSeconds(pid) - before;
    QVERIFY2(used < 0.5, qPrintable(QStringLiteral("%1 s of CPU in 2 s").arg(used)));
    closeAll(fds);
    QCOMPARE(prlimit(pid_t(pid), RLIMIT_NOFILE, &original, nullptr), 0);
    // It said why it could not accept (warnings are flushed at once).
    QFile log(m_dir.filePath(QStringLiteral("log/osmgmt-agent.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logged = log.readAll();
    QVERIFY2(logged.contains("cannot accept a connection: ") && logged.contains("trying again in"),
             logged.right(2000).constData());
    // Descriptors again: it accepts again.
    const StatusOutcome outcome = status();
    QVERIFY2(outcome.kind == CommandOutcome::Kind::Done, qPrintable(outcome.detail));
}

void TestAgentHostile::aTricklerCannotHoldAConnection()
{
    stop();
    const QString error
        = start({ { QStringLiteral("idleSeconds"), 1 }, { QStringLiteral("lifetimeSeconds"), 4 } });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // One byte of a request every 200 ms: bytes, but never a whole request.
    QSslSocket trickler;
    trickler.setSslConfiguration(AgentTls::clientConfiguration(std::nullopt));
    trickler.connectToHostEncrypted(m_address, m_port);
    QVERIFY(trickler.waitForEncrypted(5000));
    const QByteArray hello = helloFrame();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < hello.size() && trickler.state() == QAbstractSocket::ConnectedState
         && timer.elapsed() < 5000;
         ++i) {
        trickler.write(hello.mid(i, 1));
        QTest::qWait(200);
    }
    QCOMPARE(trickler.state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));

    // Whole requests keep a connection, but only for its lifetime.
    QSslSocket patient;
    patient.setSslConfiguration(AgentTls::clientConfiguration(std::nullopt));
    patient.connectToHostEncrypted(m_address, m_port);
    QVERIFY(patient.waitForEncrypted(5000));
    timer.restart();
    while (patient.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 8000) {
        patient.write(hello);
        QTest::qWait(300);
        patient.readAll();
        if (timer.elapsed() < 2500)
            QCOMPARE(patient.state(), QAbstractSocket::ConnectedState);
    }
    QCOMPARE(patient.state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(timer.elapsed() >= 3000 && timer.elapsed() < 6000,
             qPrintable(QString::number(timer.elapsed())));
}

void TestAgentHostile::cleanupTestCase()
{
    if (m_agent.state() != QProcess::NotRunning) {
        m_agent.kill();
        m_agent.waitForFinished(5000);
    }
    if (m_pipeline.joinable())
        m_pipeline.join();
}

QTEST_GUILESS_MAIN(TestAgentHostile)
#include "tst_agenthostile.moc"
