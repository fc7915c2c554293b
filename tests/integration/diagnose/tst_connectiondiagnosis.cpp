#include "diagnose/agenthistory.h"
#include "diagnose/connectiondiagnosis.h"
#include "diagnose/diagnosisrules.h"
#include "fleetprocess.h"
#include "store/database.h"
#include "storedquery.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// Diagnose connection (issue 13, point 5) against the real fleet over real TLS on loopback: for
// each kind of broken endpoint the fleet plays, the steps that fail and the cause named.
namespace {
const QString thisServer = QStringLiteral("osm-hq");
enum Host {
    Healthy = 1,
    Nothing = 2, // no entry in the fleet: nothing listens
    Stalled = 3,
    Garbage = 4,
    Skewed = 5,
    StoppedService = 6,
    Quarantined = 7,
    GateOnly = 8, // the agent answered before; now only the gate port is open
    OtherServer = 9,
    OtherCa = 10, // in the second fleet: claims this server with another CA's certificate
    Unregistered = 11, // in the third fleet: claims this server, never registered
};
using Kind = DiagnosisStep::Kind;
using Outcome = DiagnosisStep::Outcome;
} // namespace

class TestConnectionDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aHealthyAgentPassesEveryStep();
    void nothingListening();
    void aStalledAgentIsHungOrOverloaded();
    void somethingElseOnTheAgentPort();
    void aSkewedClockIsNamed();
    void aStoppedServiceIsNamed();
    void aQuarantineExplainsTheClosedGate();
    void theAgentProcessIsNotRunning();
    void withoutAPreviousAnswerARefusedPortIsNotBlamedOnTheProcess();
    void anAgentWithAnotherCasCertificate();
    void anUnregisteredAgent();
    void anotherServersAgentIsNotJudged();
    void aNameIsResolvedForwardAndBack();
    void aStaleDnsRecordIsNamed();
    void stepsArriveInOrderAndCancelStopsTheRest();

private:
    QString address(int host) const { return m_net + QString::number(host); }
    DiagnosisSettings settings() const;
    Diagnosis diagnose(const DiagnosisRequest &request, const DiagnosisSettings &settings);
    Diagnosis diagnose(int host) { return diagnose(request(host), settings()); }
    DiagnosisRequest request(int host) const
    {
        return DiagnosisRequest { address(host), m_agentPort, m_gatePort, {} };
    }
    static QString outcomes(const Diagnosis &diagnosis);

    FleetProcess m_fleet;
    FleetProcess m_otherCaFleet;
    FleetProcess m_unregisteredFleet;
    QTemporaryDir m_directory;
    QString m_net;
    quint16 m_gatePort = 0;
    quint16 m_agentPort = 0;
};

void TestConnectionDiagnosis::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_net = FleetProcess::randomLoopbackNetwork();
    m_gatePort = FleetProcess::randomPort();
    m_agentPort = quint16(m_gatePort == 59999 ? 20000 : m_gatePort + 1);
    auto endpoint = [this](int host, QJsonObject agent) {
        QJsonObject entry { { QStringLiteral("address"), address(host) },
                            { QStringLiteral("name"), QStringLiteral("ws%1").arg(host) },
                            { QStringLiteral("listen"), QJsonArray { m_gatePort } } };
        if (!agent.isEmpty()) {
            agent.insert(QStringLiteral("port"), m_agentPort);
            if (!agent.contains(QStringLiteral("server")))
                agent.insert(QStringLiteral("server"), thisServer);
            agent.insert(QStringLiteral("version"), QStringLiteral("1.2.0"));
            entry.insert(QStringLiteral("agent"), agent);
        }
        return entry;
    };
    auto status = [](const char *key, const QJsonValue &value) {
        return QJsonObject { { QStringLiteral("status"),
                               QJsonObject { { QLatin1String(key), value } } } };
    };
    const QJsonArray endpoints {
        endpoint(Healthy, { { QStringLiteral("domain"), QStringLiteral("Finance") } }),
        endpoint(Stalled, { { QStringLiteral("behaviour"), QStringLiteral("stall") } }),
        endpoint(Garbage, { { QStringLiteral("behaviour"), QStringLiteral("garbage") } }),
        endpoint(Skewed, status("clockSkewSeconds", -7200)),
        endpoint(StoppedService,
                 status("services",
                        QJsonObject { { QStringLiteral("ntrtscan"), QStringLiteral("stopped") } })),
        endpoint(Quarantined, status("quarantined", true)),
        endpoint(GateOnly, {}),
        endpoint(OtherServer, { { QStringLiteral("server"), QStringLiteral("osm-branch") } }),
    };
    m_fleet.registerAgents(thisServer, FleetProcess::testAuthority());
    QString error = m_fleet.start({ { QStringLiteral("endpoints"), endpoints } });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // An agent registered to "osm-hq" by another CA: it claims this server, and what it presents
    // (and pins) is not this server's.
    static const CertificateAuthority other = CertificateAuthority::create(thisServer).value();
    m_otherCaFleet.registerAgents(thisServer, other);
    error = m_otherCaFleet.start(
        { { QStringLiteral("endpoints"),
            QJsonArray {
                endpoint(OtherCa, { { QStringLiteral("domain"), QStringLiteral("Sales") } }) } } });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Never registered: it presents the fleet's self-signed certificate and pins no CA.
    error = m_unregisteredFleet.start(
        { { QStringLiteral("endpoints"),
            QJsonArray { endpoint(Unregistered,
                                  { { QStringLiteral("domain"), QStringLiteral("Sales") } }) } } });
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

DiagnosisSettings TestConnectionDiagnosis::settings() const
{
    DiagnosisSettings settings;
    settings.thisServerName = thisServer;
    settings.thisServerCa = FleetProcess::testAuthority().certificate();
    const IssuedCertificate console
        = FleetProcess::testAuthority()
              .issue(QStringLiteral("diagnosing console"), CertificateUse::Client, 1)
              .value();
    settings.console = AgentTls::Credentials { console.certificate, console.key };
    settings.connectTimeoutMs = 2000;
    settings.answerTimeoutMs = 1500;
    return settings;
}

Diagnosis TestConnectionDiagnosis::diagnose(const DiagnosisRequest &request,
                                            const DiagnosisSettings &settings)
{
    ConnectionDiagnosis diagnosis(request, settings);
    QSignalSpy finished(&diagnosis, &ConnectionDiagnosis::finished);
    diagnosis.start();
    if (finished.isEmpty() && !finished.wait(20000))
        qFatal("the diagnosis of %s did not finish", qPrintable(request.target()));
    return finished.first().first().value<Diagnosis>();
}

QString TestConnectionDiagnosis::outcomes(const Diagnosis &diagnosis)
{
    QStringList words;
    for (const DiagnosisStep &step : diagnosis.steps)
        words << DiagnosisStep::key(step.kind) + QLatin1Char('=')
                + DiagnosisStep::key(step.outcome);
    return words.join(QLatin1Char(' '));
}

void TestConnectionDiagnosis::aHealthyAgentPassesEveryStep()
{
    const Diagnosis diagnosis = diagnose(Healthy);
    QCOMPARE(outcomes(diagnosis),
             QStringLiteral("name=skipped port=ok tls=ok certificate=ok clock=ok agent=ok "
                            "quarantine=ok gate=ok"));
    QVERIFY(diagnosis.likelyCause.isEmpty());
    QVERIFY2(diagnosis.step(Kind::Agent)->seen.contains(QLatin1String("tmlisten")),
             qPrintable(diagnosis.step(Kind::Agent)->seen));
    QVERIFY(diagnosis.step(Kind::Clock)->seen.contains(QLatin1String("the agent's clock reads")));
    QVERIFY(diagnosis.step(Kind::Tls)->seen.contains(QLatin1String("TLS")));
}

void TestConnectionDiagnosis::nothingListening()
{
    const Diagnosis diagnosis = diagnose(Nothing);
    QCOMPARE(outcomes(diagnosis),
             QStringLiteral("name=skipped port=failed tls=skipped certificate=skipped "
                            "clock=skipped agent=skipped quarantine=skipped gate=failed"));
    const DiagnosisStep *port = diagnosis.step(Kind::Port);
    QVERIFY(port->cause.startsWith(QLatin1String("Nothing listens on the agent port")));
    QVERIFY(!port->remedy.isEmpty());
    QCOMPARE(diagnosis.likelyCause, port->cause);
}

void TestConnectionDiagnosis::aStalledAgentIsHungOrOverloaded()
{
    const Diagnosis diagnosis = diagnose(Stalled);
    QCOMPARE(diagnosis.step(Kind::Port)->outcome, Outcome::Ok);
    QCOMPARE(diagnosis.step(Kind::Tls)->outcome, Outcome::Failed);
    QVERIFY(diagnosis.likelyCause.startsWith(QLatin1String("The agent is hung or overloaded")));
    QCOMPARE(diagnosis.step(Kind::Gate)->outcome, Outcome::Ok);
}

void TestConnectionDiagnosis::somethingElseOnTheAgentPort()
{
    const Diagnosis diagnosis = diagnose(Garbage);
    const DiagnosisStep *tls = diagnosis.step(Kind::Tls);
    QCOMPARE(tls->outcome, Outcome::Failed);
    QVERIFY2(tls->seen.contains(QLatin1String("TLS handshake failed")), qPrintable(tls->seen));
    QVERIFY(diagnosis.likelyCause.startsWith(QLatin1String("Something other than the agent")));
}

void TestConnectionDiagnosis::aSkewedClockIsNamed()
{
    const Diagnosis diagnosis = diagnose(Skewed);
    const DiagnosisStep *clock = diagnosis.step(Kind::Clock);
    QCOMPARE(clock->outcome, Outcome::Failed);
    // Two hours behind: the fleet subtracts 7,200 s from its clock.
    QVERIFY2(clock->seen.contains(QLatin1String("behind this console's")), qPrintable(clock->seen));
    // (A loaded machine may take a second to answer: 1 h 59 min is as right.)
    QVERIFY2(clock->seen.contains(QLatin1String(", 2 h behind"))
                 || clock->seen.contains(QLatin1String(", 1 h 59 min behind")),
             qPrintable(clock->seen));
    QVERIFY(diagnosis.likelyCause.startsWith(QLatin1String("The agent's system time is wrong")));
    QCOMPARE(diagnosis.step(Kind::Agent)->outcome, Outcome::Ok);
}

void TestConnectionDiagnosis::aStoppedServiceIsNamed()
{
    const Diagnosis diagnosis = diagnose(StoppedService);
    const DiagnosisStep *agent = diagnosis.step(Kind::Agent);
    QCOMPARE(agent->outcome, Outcome::Failed);
    QCOMPARE(agent->cause,
             QStringLiteral("A service of the agent is stopped: ntrtscan "
                            "(OfficeScanNT Real-time Scan)"));
    QCOMPARE(diagnosis.likelyCause, agent->cause);
}

void TestConnectionDiagnosis::aQuarantineExplainsTheClosedGate()
{
    const Diagnosis diagnosis = diagnose(Quarantined);
    QCOMPARE(diagnosis.step(Kind::Quarantine)->outcome, Outcome::Failed);
    const DiagnosisStep *gate = diagnosis.step(Kind::Gate);
    QCOMPARE(gate->outcome, Outcome::Failed);
    QVERIFY2(gate->cause.startsWith(QLatin1String("The computer is quarantined")),
             qPrintable(gate->cause));
    QVERIFY(diagnosis.likelyCause.startsWith(QLatin1String("The computer is quarantined")));
    QCOMPARE(diagnosis.step(Kind::Agent)->outcome, Outcome::Ok);
}

void TestConnectionDiagnosis::theAgentProcessIsNotRunning()
{
    // A query found the agent answering there a day ago; a newer one found it no more.
    const QString store = m_directory.filePath(QStringLiteral("answered.sqlite"));
    Endpoint before;
    before.address = address(GateOnly);
    before.status = SecurityStatus::ManagedByThisServer;
    before.gate = GateResult::Connected;
    before.agentPort = m_agentPort;
    before.server = thisServer;
    Endpoint after = before;
    after.status = SecurityStatus::NoClientInstalled;
    after.agentPort = 0;
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    storeCompletedQuery(store, { before }, dayAgo);
    storeCompletedQuery(store, { after }, dayAgo.addSecs(3600));
    const std::shared_ptr<Database> database = Database::openSqlite(store).value();
    DiagnosisSettings withHistory = settings();
    withHistory.history
        = [database](const QString &address) { return AgentHistory(database).lastAnswer(address); };

    const Diagnosis diagnosis = diagnose(request(GateOnly), withHistory);
    QCOMPARE(outcomes(diagnosis),
             QStringLiteral("name=skipped port=failed tls=skipped certificate=skipped "
                            "clock=skipped agent=failed quarantine=skipped gate=ok"));
    QCOMPARE(diagnosis.likelyCause,
             QStringLiteral("The agent's process is not running: the computer is up, but "
                            "nothing listens on the agent port"));
    QVERIFY2(diagnosis.step(Kind::Agent)->seen.contains(dayAgo.toString(Qt::ISODate).left(16)),
             qPrintable(diagnosis.step(Kind::Agent)->seen));
}

void TestConnectionDiagnosis::withoutAPreviousAnswerARefusedPortIsNotBlamedOnTheProcess()
{
    const QString store = m_directory.filePath(QStringLiteral("never.sqlite"));
    Endpoint never;
    never.address = address(GateOnly);
    never.status = SecurityStatus::NoClientInstalled;
    storeCompletedQuery(store, { never }, QDateTime::currentDateTimeUtc().addDays(-1));
    const std::shared_ptr<Database> database = Database::openSqlite(store).value();
    DiagnosisSettings withHistory = settings();
    withHistory.history
        = [database](const QString &address) { return AgentHistory(database).lastAnswer(address); };
    const Diagnosis diagnosis = diagnose(request(GateOnly), withHistory);
    QCOMPARE(diagnosis.step(Kind::Agent)->outcome, Outcome::Skipped);
    QVERIFY(diagnosis.likelyCause.startsWith(QLatin1String("Nothing listens on the agent port")));
}

void TestConnectionDiagnosis::anAgentWithAnotherCasCertificate()
{
    const Diagnosis diagnosis = diagnose(OtherCa);
    const DiagnosisStep *certificate = diagnosis.step(Kind::Certificate);
    QCOMPARE(certificate->outcome, Outcome::Failed);
    QVERIFY2(certificate->seen.contains(QLatin1String("not issued by this server's CA")),
             qPrintable(certificate->seen));
    QVERIFY(diagnosis.likelyCause.startsWith(
        QLatin1String("The agent is not registered to this server")));
    // It pins the other CA: this console's certificate gets the reduced answer, with the time.
    QCOMPARE(diagnosis.step(Kind::Agent)->outcome, Outcome::Failed);
    QCOMPARE(diagnosis.step(Kind::Clock)->outcome, Outcome::Ok);
}

void TestConnectionDiagnosis::anUnregisteredAgent()
{
    const Diagnosis diagnosis = diagnose(Unregistered);
    const DiagnosisStep *certificate = diagnosis.step(Kind::Certificate);
    QVERIFY2(certificate->outcome == Outcome::Failed, qPrintable(outcomes(diagnosis)));
    QVERIFY(diagnosis.likelyCause.startsWith(
        QLatin1String("The agent is not registered to this server")));
    const DiagnosisStep *agent = diagnosis.step(Kind::Agent);
    QCOMPARE(agent->outcome, Outcome::Failed);
    QVERIFY2(agent->cause.startsWith(
                 QLatin1String("The agent does not accept this console's certificate")),
             qPrintable(agent->cause));
}

void TestConnectionDiagnosis::anotherServersAgentIsNotJudged()
{
    const Diagnosis diagnosis = diagnose(OtherServer);
    QCOMPARE(outcomes(diagnosis),
             QStringLiteral("name=skipped port=ok tls=ok certificate=skipped clock=ok "
                            "agent=skipped quarantine=skipped gate=ok"));
    QVERIFY(diagnosis.step(Kind::Agent)->seen.contains(QLatin1String("osm-branch")));
    QVERIFY(diagnosis.likelyCause.isEmpty());
}

void TestConnectionDiagnosis::aNameIsResolvedForwardAndBack()
{
    // Loopback only: localhost is in /etc/hosts, so no DNS query leaves the machine.
    DiagnosisRequest byName { QStringLiteral("localhost"), m_agentPort, 0, {} };
    const Diagnosis diagnosis = diagnose(byName, settings());
    const DiagnosisStep *name = diagnosis.step(Kind::Name);
    QCOMPARE(name->outcome, Outcome::Ok);
    QVERIFY2(name->seen.startsWith(QLatin1String("localhost resolves to 127.0.0.1")),
             qPrintable(name->seen));
    QVERIFY2(name->seen.contains(QLatin1String("127.0.0.1 is named localhost")),
             qPrintable(name->seen));
    QCOMPARE(diagnosis.address, QStringLiteral("localhost:%1").arg(m_agentPort));
    QCOMPARE(diagnosis.step(Kind::Gate)->outcome, Outcome::Skipped);
}

void TestConnectionDiagnosis::aStaleDnsRecordIsNamed()
{
    // The computer's name resolves elsewhere than the address it is reached at.
    DiagnosisRequest stale = request(Healthy);
    stale.knownName = QStringLiteral("localhost");
    const Diagnosis diagnosis = diagnose(stale, settings());
    const DiagnosisStep *name = diagnosis.step(Kind::Name);
    QCOMPARE(name->outcome, Outcome::Failed);
    QVERIFY2(name->cause.startsWith(QLatin1String("DNS holds a stale address for localhost")),
             qPrintable(name->cause));
    // The address itself works: that is the only fault.
    QCOMPARE(diagnosis.likelyCause, name->cause);
    QCOMPARE(diagnosis.step(Kind::Agent)->outcome, Outcome::Ok);
}

void TestConnectionDiagnosis::stepsArriveInOrderAndCancelStopsTheRest()
{
    // Long enough that the stalled handshake cannot end before the test cancels.
    DiagnosisSettings patient = settings();
    patient.answerTimeoutMs = 4000;
    ConnectionDiagnosis diagnosis(request(Stalled), patient);
    QSignalSpy steps(&diagnosis, &ConnectionDiagnosis::stepFinished);
    QSignalSpy finished(&diagnosis, &ConnectionDiagnosis::finished);
    diagnosis.start();
    // The name and the open port come first; the TLS handshake then stalls.
    QTRY_COMPARE_WITH_TIMEOUT(steps.size(), 2, 10000);
    QCOMPARE(steps.at(0).at(0).toInt(), 0);
    QCOMPARE(steps.at(1).at(0).toInt(), 1);
    diagnosis.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(steps.size(), DiagnosisStep::kindCount);
    const Diagnosis result = finished.first().first().value<Diagnosis>();
    QVERIFY(result.cancelled);
    QCOMPARE(result.step(Kind::Tls)->outcome, Outcome::Skipped);
    QCOMPARE(result.step(Kind::Tls)->seen, QStringLiteral("cancelled"));
    // Nothing arrives after the end, not even the stalled handshake's timeout.
    QTest::qWait(patient.answerTimeoutMs + 500);
    QCOMPARE(steps.size(), DiagnosisStep::kindCount);
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestConnectionDiagnosis)
#include "tst_connectiondiagnosis.moc"
