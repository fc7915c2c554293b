#include "agentlink/agenttls.h"
#include "diagnose/diagnosisrules.h"
#include "identity/certificateauthority.h"

#include <QJsonObject>
#include <QtTest>

// Each rule of Diagnose connection on facts made by hand: what the network cannot be made to
// do on loopback (time out, have no route, fail DNS) is judged here.
namespace {
using Kind = DiagnosisStep::Kind;
using Outcome = DiagnosisStep::Outcome;
using Reach = DiagnosisFacts::Reach;

const QDateTime consoleNow = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);

// A computer whose agent of this server answered fully, gate open.
DiagnosisFacts healthy()
{
    DiagnosisFacts facts;
    facts.host = facts.address = QStringLiteral("192.0.2.5");
    facts.hostIsAddress = true;
    facts.agentPort = 21112;
    facts.gatePort = 135;
    facts.port = Reach::Connected;
    facts.gate = Reach::Connected;
    facts.connectTimeoutMs = 3000;
    facts.answerTimeoutMs = 5000;
    facts.handshake = DiagnosisFacts::Handshake::Done;
    facts.tlsDetail = QStringLiteral("TLSv1.3, TLS_AES_256_GCM_SHA384");
    facts.answer = DiagnosisFacts::Answer::Report;
    facts.identity = AgentIdentity { QStringLiteral("ws005"), QStringLiteral("osm-hq"),
                                     QStringLiteral("1.2.0"), QStringLiteral("Finance") };
    facts.status = AgentStatus::healthyDefault();
    facts.consoleTime = consoleNow;
    facts.agentTime = consoleNow.addSecs(12);
    facts.thisServerName = QStringLiteral("osm-hq");
    facts.consolePresented = true;
    return facts;
}

QVector<DiagnosisStep> allSteps(const DiagnosisFacts &facts)
{
    QVector<DiagnosisStep> steps;
    for (int kind = 0; kind < DiagnosisStep::kindCount; ++kind)
        steps.append(DiagnosisRules::of(Kind(kind), facts));
    return steps;
}
} // namespace

class TestDiagnosisRules : public QObject
{
    Q_OBJECT

private slots:
    void aNameThatDoesNotResolveStopsEverything();
    void aTimedOutPortWithTheGateOpenIsAFirewall();
    void aTimedOutComputerIsOffOrAway();
    void noRouteMeansTheComputerLeftTheNetwork();
    void theClockToleranceIsTheCertificatesBackdating_data();
    void theClockToleranceIsTheCertificatesBackdating();
    void anOlderAgentReportsNoTime();
    void theProcessIsNotRunningOnlyWithAllThreeFacts_data();
    void theProcessIsNotRunningOnlyWithAllThreeFacts();
    void certificates();
    void duringARolloverThePendingCaVouchesToo();
    void aRestrictedAnswerWithoutACertificateIsNotBlamed();
    void durations_data();
    void durations();
    void theJsonHasANullLikelyCauseWhenNothingFailed();
};

void TestDiagnosisRules::aNameThatDoesNotResolveStopsEverything()
{
    DiagnosisFacts facts;
    facts.host = QStringLiteral("ws005.corp.example");
    facts.lookupError = QStringLiteral("Host not found");
    facts.agentPort = 21112;
    facts.gatePort = 135;
    const QVector<DiagnosisStep> steps = allSteps(facts);
    QCOMPARE(steps.first().outcome, Outcome::Failed);
    QCOMPARE(steps.first().cause,
             QStringLiteral("DNS is down, or the name ws005.corp.example is not registered in it"));
    QVERIFY(steps.first().remedy.contains(QLatin1String("nslookup ws005.corp.example")));
    for (int i = 1; i < steps.size(); ++i)
        QCOMPARE(steps[i].outcome, Outcome::Skipped);
    QCOMPARE(DiagnosisRules::likelyCause(steps, facts), steps.first().cause);
}

void TestDiagnosisRules::aTimedOutPortWithTheGateOpenIsAFirewall()
{
    DiagnosisFacts facts = healthy();
    facts.port = Reach::TimedOut;
    facts.handshake = DiagnosisFacts::Handshake::NotTried;
    facts.answer = DiagnosisFacts::Answer::NotTried;
    facts.status.reset();
    facts.identity.reset();
    facts.agentTime = {};
    const QVector<DiagnosisStep> steps = allSteps(facts);
    QCOMPARE(steps[int(Kind::Port)].outcome, Outcome::Failed);
    QCOMPARE(steps[int(Kind::Port)].seen,
             QStringLiteral("192.0.2.5:21112 did not answer within 3 s"));
    QCOMPARE(DiagnosisRules::likelyCause(steps, facts),
             QStringLiteral("A firewall drops connections to the agent port 21112: the computer "
                            "is up (its gate port answers)"));
}

void TestDiagnosisRules::aTimedOutComputerIsOffOrAway()
{
    DiagnosisFacts facts = healthy();
    facts.port = facts.gate = Reach::TimedOut;
    facts.handshake = DiagnosisFacts::Handshake::NotTried;
    facts.answer = DiagnosisFacts::Answer::NotTried;
    facts.status.reset();
    facts.agentTime = {};
    const QVector<DiagnosisStep> steps = allSteps(facts);
    QCOMPARE(DiagnosisRules::likelyCause(steps, facts),
             QStringLiteral("The computer is powered off, a firewall drops the connection, or "
                            "the computer left this network (a roaming laptop)"));
    QCOMPARE(steps[int(Kind::Gate)].outcome, Outcome::Failed);
    QCOMPARE(steps[int(Kind::Agent)].outcome, Outcome::Skipped);
}

void TestDiagnosisRules::noRouteMeansTheComputerLeftTheNetwork()
{
    DiagnosisFacts facts = healthy();
    facts.port = Reach::NoRoute;
    facts.portDetail = QStringLiteral("Network unreachable");
    facts.handshake = DiagnosisFacts::Handshake::NotTried;
    const DiagnosisStep port = DiagnosisRules::port(facts);
    QCOMPARE(port.seen, QStringLiteral("no route to 192.0.2.5:21112: Network unreachable"));
    QVERIFY(port.cause.startsWith(QLatin1String("The computer left this network")));
}

void TestDiagnosisRules::theClockToleranceIsTheCertificatesBackdating_data()
{
    QTest::addColumn<int>("skew");
    QTest::addColumn<int>("outcome");
    QTest::newRow("in step") << 0 << int(Outcome::Ok);
    QTest::newRow("5 min behind") << -300 << int(Outcome::Ok);
    QTest::newRow("5 min 1 s behind") << -301 << int(Outcome::Failed);
    QTest::newRow("5 min 1 s ahead") << 301 << int(Outcome::Failed);
    QTest::newRow("a year ahead") << 365 * 86400 << int(Outcome::Failed);
}

void TestDiagnosisRules::theClockToleranceIsTheCertificatesBackdating()
{
    QFETCH(int, skew);
    QFETCH(int, outcome);
    DiagnosisFacts facts = healthy();
    facts.agentTime = consoleNow.addSecs(skew);
    const DiagnosisStep clock = DiagnosisRules::clock(facts);
    QCOMPARE(int(clock.outcome), outcome);
    if (clock.outcome == Outcome::Failed) {
        QCOMPARE(DiagnosisRules::likelyCause(allSteps(facts), facts), clock.cause);
        QVERIFY(clock.remedy.contains(QLatin1String("NTP")));
    }
}

void TestDiagnosisRules::anOlderAgentReportsNoTime()
{
    DiagnosisFacts facts = healthy();
    facts.agentTime = {};
    const DiagnosisStep clock = DiagnosisRules::clock(facts);
    QCOMPARE(clock.outcome, Outcome::Skipped);
    QVERIFY(clock.seen.contains(QLatin1String("does not report its time")));
}

void TestDiagnosisRules::theProcessIsNotRunningOnlyWithAllThreeFacts_data()
{
    QTest::addColumn<bool>("answeredBefore");
    QTest::addColumn<quint16>("previousPort");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("gate");
    QTest::addColumn<bool>("stopped");
    QTest::newRow("all three") << true << quint16(21112) << int(Reach::Refused)
                               << int(Reach::Connected) << true;
    QTest::newRow("never answered")
        << false << quint16(0) << int(Reach::Refused) << int(Reach::Connected) << false;
    QTest::newRow("answered on another port")
        << true << quint16(4343) << int(Reach::Refused) << int(Reach::Connected) << false;
    QTest::newRow("gate closed too")
        << true << quint16(21112) << int(Reach::Refused) << int(Reach::Refused) << false;
    QTest::newRow("port timed out")
        << true << quint16(21112) << int(Reach::TimedOut) << int(Reach::Connected) << false;
}

void TestDiagnosisRules::theProcessIsNotRunningOnlyWithAllThreeFacts()
{
    QFETCH(bool, answeredBefore);
    QFETCH(quint16, previousPort);
    QFETCH(int, port);
    QFETCH(int, gate);
    QFETCH(bool, stopped);
    DiagnosisFacts facts = healthy();
    facts.port = Reach(port);
    facts.gate = Reach(gate);
    facts.handshake = DiagnosisFacts::Handshake::NotTried;
    facts.answer = DiagnosisFacts::Answer::NotTried;
    facts.status.reset();
    facts.agentTime = {};
    if (answeredBefore)
        facts.previous
            = PreviousAnswer { previousPort, consoleNow.addDays(-2), QStringLiteral("osm-hq") };
    QCOMPARE(DiagnosisRules::agentProcessStopped(facts), stopped);
    const DiagnosisStep agent = DiagnosisRules::agent(facts);
    QCOMPARE(agent.outcome, stopped ? Outcome::Failed : Outcome::Skipped);
    const QString likely = DiagnosisRules::likelyCause(allSteps(facts), facts);
    QCOMPARE(likely.startsWith(QLatin1String("The agent's process is not running")), stopped);
    if (stopped)
        QVERIFY(agent.seen.contains(QLatin1String("2026-12-01T09:00:00Z")));
}

void TestDiagnosisRules::certificates()
{
    const CertificateAuthority ours
        = CertificateAuthority::create(QStringLiteral("osm-hq")).value();
    const AgentTls::Credentials agentKey
        = AgentTls::makeSelfSigned(QStringLiteral("ws005")).value();
    DiagnosisFacts facts = healthy();
    facts.thisServerCa = ours.certificate();

    facts.chain = {
        ours.issueAgentCertificate(agentKey.certificate, facts.address, QString(), 30).value()
    };
    QCOMPARE(DiagnosisRules::certificate(facts).outcome, Outcome::Ok);

    // Unregistered: it presents its own self-signed certificate.
    facts.chain = { agentKey.certificate };
    DiagnosisStep step = DiagnosisRules::certificate(facts);
    QCOMPARE(step.outcome, Outcome::Failed);
    QVERIFY(step.cause.startsWith(QLatin1String("The agent is not registered to this server")));
    QCOMPARE(DiagnosisRules::likelyCause(allSteps(facts), facts), step.cause);

    // Registered here, at another address.
    facts.chain = { ours.issueAgentCertificate(agentKey.certificate, QStringLiteral("192.0.2.9"),
                                               QString(), 30)
                        .value() };
    step = DiagnosisRules::certificate(facts);
    QCOMPARE(step.outcome, Outcome::Failed);
    QVERIFY(step.cause.startsWith(
        QLatin1String("The agent's certificate was issued for another computer")));

    // Another server's agent: not this console's to judge.
    facts.identity->server = QStringLiteral("osm-branch");
    step = DiagnosisRules::certificate(facts);
    QCOMPARE(step.outcome, Outcome::Skipped);
    QVERIFY(step.seen.contains(QLatin1String("osm-branch")));
}

// docs/security.md, "Rolling the CA over": an agent already moved to the pending CA is this
// server's, not "not registered".
void TestDiagnosisRules::duringARolloverThePendingCaVouchesToo()
{
    const CertificateAuthority current
        = CertificateAuthority::create(QStringLiteral("osm-hq")).value();
    const CertificateAuthority pending
        = CertificateAuthority::create(QStringLiteral("osm-hq")).value();
    const AgentTls::Credentials agentKey
        = AgentTls::makeSelfSigned(QStringLiteral("ws005")).value();
    DiagnosisFacts facts = healthy();
    facts.thisServerCa = current.certificate();
    facts.chain = {
        pending.issueAgentCertificate(agentKey.certificate, facts.address, QString(), 30).value()
    };
    QCOMPARE(DiagnosisRules::certificate(facts).outcome, Outcome::Failed);
    facts.pendingServerCa = pending.certificate();
    QCOMPARE(DiagnosisRules::certificate(facts).outcome, Outcome::Ok);
    // And one still on the current CA.
    facts.chain = {
        current.issueAgentCertificate(agentKey.certificate, facts.address, QString(), 30).value()
    };
    QCOMPARE(DiagnosisRules::certificate(facts).outcome, Outcome::Ok);
}

void TestDiagnosisRules::aRestrictedAnswerWithoutACertificateIsNotBlamed()
{
    DiagnosisFacts facts = healthy();
    facts.answer = DiagnosisFacts::Answer::Restricted;
    facts.status.reset();
    facts.consolePresented = false;
    QCOMPARE(DiagnosisRules::agent(facts).outcome, Outcome::Skipped);
    facts.consolePresented = true;
    const DiagnosisStep refused = DiagnosisRules::agent(facts);
    QCOMPARE(refused.outcome, Outcome::Failed);
    QVERIFY(refused.cause.startsWith(
        QLatin1String("The agent does not accept this console's certificate")));
    QCOMPARE(DiagnosisRules::quarantine(facts).outcome, Outcome::Skipped);
}

void TestDiagnosisRules::durations_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("42 s") << qint64(42) << QStringLiteral("42 s");
    QTest::newRow("5 min") << qint64(300) << QStringLiteral("5 min");
    QTest::newRow("5 min 1 s") << qint64(-301) << QStringLiteral("5 min 1 s");
    QTest::newRow("2 h") << qint64(7200) << QStringLiteral("2 h");
    QTest::newRow("1 d 3 h") << qint64(86400 + 3 * 3600 + 59) << QStringLiteral("1 d 3 h");
}

void TestDiagnosisRules::durations()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(DiagnosisRules::duration(seconds), text);
}

void TestDiagnosisRules::theJsonHasANullLikelyCauseWhenNothingFailed()
{
    DiagnosisFacts facts = healthy();
    Diagnosis diagnosis;
    diagnosis.address = QStringLiteral("192.0.2.5:21112");
    diagnosis.steps = allSteps(facts);
    diagnosis.likelyCause = DiagnosisRules::likelyCause(diagnosis.steps, facts);
    QVERIFY(diagnosis.likelyCause.isEmpty());
    const QJsonObject json = diagnosis.toJson();
    QVERIFY(json.value(QStringLiteral("likelyCause")).isNull());
    QVERIFY(!json.contains(QStringLiteral("cancelled")));
}

QTEST_GUILESS_MAIN(TestDiagnosisRules)
#include "tst_diagnosisrules.moc"
