#include "agentlink/agentframe.h"
#include "agentlink/agenttls.h"
#include "agentlink/framedecoder.h"
#include "agentlink/handshake.h"
#include "fakeagent.h"
#include "fleetprocess.h"
#include "probe/agenttrust.h"
#include "probe/probeengine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

// The probe engine's TLS (DESIGN.md step 3) against the real fleet agent on loopback: what it
// records for each way an agent port can answer, with the TLS error in the detail.
namespace {
constexpr int answerHost = 1, garbageHost = 2, closeHost = 3, stallHost = 4, plainHost = 5,
              fakeHost = 6, otherServerHost = 7;
} // namespace

class TestProbeTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyBrokenHandshakeKeepsTheTlsError();
    void anAgentWithoutTlsIsNotAnAgent();
    void aRegisteredAgentIsManagedByThisServer();
    void aClaimWithoutItsCertificateIsNotManaged();
    void aFakeAgentClaimingThisServerIsNotManaged();
    void aCertificateForAnotherAddressProvesNothing();

private:
    QMap<QString, Endpoint> query(int first, int last, int timeoutMs,
                                  std::optional<QSslCertificate> ca
                                  = FleetProcess::testAuthority().certificate());
    QString address(int host) const { return m_net + QString::number(host); }

    FleetProcess m_fleet;
    QString m_net;
    quint16 m_gatePort = 0;
    quint16 m_agentPort = 0;
};

void TestProbeTls::initTestCase()
{
    m_net = FleetProcess::randomLoopbackNetwork();
    m_gatePort = FleetProcess::randomPort();
    m_agentPort = quint16(m_gatePort == 59999 ? 20000 : m_gatePort + 1);
    QJsonArray endpoints;
    const std::pair<int, const char *> agents[] = { { answerHost, "answer" },
                                                    { garbageHost, "garbage" },
                                                    { closeHost, "close" },
                                                    { stallHost, "stall" } };
    for (const auto &[host, behaviour] : agents) {
        endpoints.append(QJsonObject {
            { QStringLiteral("address"), address(host) },
            { QStringLiteral("name"), QStringLiteral("ws%1").arg(host) },
            { QStringLiteral("listen"), QJsonArray { m_gatePort } },
            { QStringLiteral("agent"),
              QJsonObject { { QStringLiteral("port"), m_agentPort },
                            { QStringLiteral("behaviour"), QLatin1String(behaviour) },
                            { QStringLiteral("server"), QStringLiteral("osm-hq") } } } });
    }
    endpoints.append(QJsonObject {
        { QStringLiteral("address"), address(otherServerHost) },
        { QStringLiteral("agent"),
          QJsonObject { { QStringLiteral("port"), m_agentPort },
                        { QStringLiteral("server"), QStringLiteral("osm-branch") } } } });
    // The agents of osm-hq are registered with the test CA once the fleet listens.
    m_fleet.registerAgents(QStringLiteral("osm-hq"), FleetProcess::testAuthority());
    const QString error = m_fleet.start({ { QStringLiteral("endpoints"), endpoints } });
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QMap<QString, Endpoint> TestProbeTls::query(int first, int last, int timeoutMs,
                                            std::optional<QSslCertificate> ca)
{
    Scope scope;
    scope.ipv4Ranges
        = { Ipv4Range::parse(address(first) + QLatin1Char('-') + address(last)).value() };
    scope.ports = PortList::fromNumbers({ m_agentPort }).value();
    scope.unreachableCheck.enabled = false;
    scope.timeoutMs = timeoutMs; // the engine takes connect and handshake timeouts from it
    ProbeSettings settings;
    settings.thisServerName = QStringLiteral("osm-hq");
    if (ca)
        settings.thisServerCas = QList<QSslCertificate> { *ca };
    ProbeEngine engine;
    QMap<QString, Endpoint> found;
    connect(&engine, &ProbeEngine::endpointsClassified, this,
            [&found](const QVector<Endpoint> &batch) {
                for (const Endpoint &endpoint : batch)
                    found.insert(endpoint.address, endpoint);
            });
    QSignalSpy finished(&engine, &ProbeEngine::finished);
    if (!engine.start(QueryScope::from(scope).value(), settings).isEmpty() || !finished.wait(20000))
        return {};
    return found;
}

void TestProbeTls::everyBrokenHandshakeKeepsTheTlsError()
{
    const QMap<QString, Endpoint> found = query(answerHost, stallHost, 1000);
    QCOMPARE(found.size(), 4);
    const Endpoint answer = found.value(address(answerHost));
    QCOMPARE(answer.status, SecurityStatus::ManagedByThisServer);
    QCOMPARE(answer.name, QStringLiteral("ws1"));
    QCOMPARE(answer.ports.first().outcome, PortOutcome::Agent);

    // An HTTP answer to our ClientHello: not TLS.
    const PortObservation garbage = found.value(address(garbageHost)).ports.first();
    QCOMPARE(garbage.outcome, PortOutcome::Garbage);
    QCOMPARE(garbage.detail,
             QStringLiteral("accepted, then failed the TLS handshake: wrong version number"));

    const PortObservation closed = found.value(address(closeHost)).ports.first();
    QCOMPARE(closed.outcome, PortOutcome::Closed);
    QVERIFY2(closed.detail.startsWith(QStringLiteral("accepted, then")), qPrintable(closed.detail));
    QVERIFY2(closed.detail.contains(QStringLiteral("TLS handshake"))
                 || closed.detail.contains(QStringLiteral("without answering")),
             qPrintable(closed.detail));

    const PortObservation stalled = found.value(address(stallHost)).ports.first();
    QCOMPARE(stalled.outcome, PortOutcome::Stalled);
    QCOMPARE(stalled.detail, QStringLiteral("accepted, then gave no answer within 1000 ms"));
    for (int host : { garbageHost, closeHost, stallHost })
        QCOMPARE(found.value(address(host)).status, SecurityStatus::NoClientInstalled);
}

void TestProbeTls::anAgentWithoutTlsIsNotAnAgent()
{
    // An agent of the plain-TCP protocol (before TLS): it reads our ClientHello as a frame,
    // answers its error frame and closes. The probe must not take that for an agent.
    QTcpServer plain;
    QVERIFY2(plain.listen(QHostAddress(address(plainHost)), m_agentPort),
             qPrintable(plain.errorString()));
    connect(&plain, &QTcpServer::newConnection, this, [&plain] {
        QTcpSocket *socket = plain.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            FrameDecoder decoder;
            decoder.append(socket->readAll());
            const FrameDecoder::Step step = decoder.next();
            socket->write(AgentFrame::encode(step.status == FrameDecoder::Status::Malformed
                                                 ? errorMessage(step.error)
                                                 : replyTo(step.message, {})));
            socket->disconnectFromHost();
        });
    });
    const QMap<QString, Endpoint> found = query(plainHost, plainHost, 3000);
    QCOMPARE(found.size(), 1);
    const Endpoint endpoint = found.first();
    QCOMPARE(endpoint.status, SecurityStatus::NoClientInstalled);
    QCOMPARE(endpoint.ports.first().outcome, PortOutcome::Garbage);
    QVERIFY2(endpoint.ports.first().detail.startsWith(
                 QStringLiteral("accepted, then failed the TLS handshake: ")),
             qPrintable(endpoint.ports.first().detail));
}

void TestProbeTls::aRegisteredAgentIsManagedByThisServer()
{
    const QMap<QString, Endpoint> found = query(answerHost, answerHost, 3000);
    QCOMPARE(found.value(address(answerHost)).status, SecurityStatus::ManagedByThisServer);
    // An agent of another server stays one, whatever its certificate.
    const QMap<QString, Endpoint> other = query(otherServerHost, otherServerHost, 3000);
    QCOMPARE(other.value(address(otherServerHost)).status, SecurityStatus::ManagedByAnotherServer);
    QCOMPARE(other.value(address(otherServerHost)).server, QStringLiteral("osm-branch"));
}

// Issue 15: a console whose CA did not issue the agent's certificate (another console named
// osm-hq, or one that lost its CA) does not count the agent as protected.
void TestProbeTls::aClaimWithoutItsCertificateIsNotManaged()
{
    const CertificateAuthority impostor
        = CertificateAuthority::create(QStringLiteral("osm-hq")).value();
    for (const QSslCertificate &ca : { impostor.certificate(), QSslCertificate() }) {
        const Endpoint endpoint
            = query(answerHost, answerHost, 3000, ca).value(address(answerHost));
        QCOMPARE(endpoint.status, SecurityStatus::ManagedByAnotherServer);
        QCOMPARE(endpoint.server, QStringLiteral("osm-hq"));
        QVERIFY2(
            endpoint.detail.contains(QStringLiteral("claims this server (osm-hq), unverified")),
            qPrintable(endpoint.detail));
    }
}

// Issue 15: any TLS listener that answers "server": "<our name>" was counted Managed by this
// server. A fake agent with a self-signed certificate now shows as an unverified claim.
void TestProbeTls::aFakeAgentClaimingThisServerIsNotManaged()
{
    // Our name in another case, as the console compares names.
    FakeAgent listener(identityMessage({ QStringLiteral("fake\x1b[31m"), QStringLiteral("OSM-HQ"),
                                         QStringLiteral("9.9"), QStringLiteral("Finance") }));
    QVERIFY2(listener.listen(QHostAddress(address(fakeHost)), m_agentPort),
             qPrintable(listener.errorString()));
    const Endpoint endpoint = query(fakeHost, fakeHost, 3000).value(address(fakeHost));
    QCOMPARE(endpoint.status, SecurityStatus::ManagedByAnotherServer);
    QVERIFY2(endpoint.detail.contains(QStringLiteral("unverified")), qPrintable(endpoint.detail));
    QVERIFY2(endpoint.detail.contains(QStringLiteral("not issued by this server's CA")),
             qPrintable(endpoint.detail));
    // Its text is data: no escape sequence reaches a terminal or log.
    QVERIFY(!endpoint.name.contains(QChar(0x1b)));
}

// "Names that computer": the certificate names the address the probe reached. A genuine agent
// certificate of this CA, shown from another address, proves nothing there.
void TestProbeTls::aCertificateForAnotherAddressProvesNothing()
{
    const CertificateAuthority &ca = FleetProcess::testAuthority();
    const Result<AgentTls::Credentials> agent = AgentTls::makeSelfSigned(QStringLiteral("ws"));
    const QSslCertificate issued
        = ca.issueAgentCertificate(agent->certificate, QStringLiteral("127.0.0.8"), {}, 30).value();
    const AgentTrust trust(QStringLiteral("osm-hq"), ca.certificate());
    QVERIFY(trust.verifyChain({ issued }, QHostAddress(QStringLiteral("127.0.0.8"))).verified);
    const AgentTrust::Verdict elsewhere
        = trust.verifyChain({ issued }, QHostAddress(QStringLiteral("127.0.0.9")));
    QVERIFY(!elsewhere.verified);
    QVERIFY2(elsewhere.problem.contains(QStringLiteral("another computer")),
             qPrintable(elsewhere.problem));
    QVERIFY(!trust.verifyChain({ agent->certificate }, QHostAddress(QStringLiteral("127.0.0.8")))
                 .verified);
}

QTEST_GUILESS_MAIN(TestProbeTls)
#include "tst_probetls.moc"
