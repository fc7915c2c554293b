#include "probe/classifier.h"

#include <QtTest>

// Every rule of DESIGN.md, "How one endpoint is classified".
class TestClassifier : public QObject
{
    Q_OBJECT

private slots:
    void classifies_data();
    void classifies();
    void anUnverifiedClaimIsNotManagedByThisServer();
    void comparesServerNamesWithoutCase();
    void keepsTheBrokenHandshakeInTheDetail();
    void aQuarantinedComputerIsNotUnreachableForItsClosedGate();
};

namespace {
PortObservation port(quint16 number, PortOutcome outcome)
{
    return { number, outcome, QStringLiteral("detail of %1").arg(number) };
}

AgentIdentity agentOf(const QString &server)
{
    return { QStringLiteral("ws1"), server, QStringLiteral("1.0"), QStringLiteral("Finance") };
}
} // namespace

void TestClassifier::classifies_data()
{
    QTest::addColumn<bool>("fromAd");
    QTest::addColumn<bool>("resolved");
    QTest::addColumn<GateResult>("gate");
    QTest::addColumn<QVector<PortObservation>>("ports");
    QTest::addColumn<QString>("agentServer"); // empty: no identity
    QTest::addColumn<SecurityStatus>("expected");

    using P = PortOutcome;
    const QVector<PortObservation> none;
    QTest::newRow("ad unresolved") << true << false << GateResult::Skipped << none << QString()
                                   << SecurityStatus::UnresolvedAd;
    QTest::newRow("gate refused") << false << true << GateResult::Refused
                                  << QVector<PortObservation> {} << QString()
                                  << SecurityStatus::Unreachable;
    QTest::newRow("gate timeout") << false << true << GateResult::Timeout << none << QString()
                                  << SecurityStatus::Unreachable;
    QTest::newRow("gate no route")
        << false << true << GateResult::NoRoute << none << QString() << SecurityStatus::Unreachable;
    QTest::newRow("this server") << false << true << GateResult::Connected
                                 << QVector<PortObservation> { port(21112, P::Agent) }
                                 << QStringLiteral("osm-hq") << SecurityStatus::ManagedByThisServer;
    QTest::newRow("another server")
        << false << true << GateResult::Connected
        << QVector<PortObservation> { port(21112, P::Agent) } << QStringLiteral("osm-branch")
        << SecurityStatus::ManagedByAnotherServer;
    QTest::newRow("agent without gate")
        << false << true << GateResult::Skipped
        << QVector<PortObservation> { port(1, P::Refused), port(21112, P::Agent) }
        << QStringLiteral("osm-hq") << SecurityStatus::ManagedByThisServer;
    QTest::newRow("stalled, ip only") << false << true << GateResult::Connected
                                      << QVector<PortObservation> { port(21112, P::Stalled) }
                                      << QString() << SecurityStatus::NoClientInstalled;
    QTest::newRow("garbage, ad") << true << true << GateResult::Connected
                                 << QVector<PortObservation> { port(21112, P::Garbage) }
                                 << QString() << SecurityStatus::UnresolvedAd;
    QTest::newRow("closed, ad") << true << true << GateResult::Skipped
                                << QVector<PortObservation> { port(21112, P::Closed) } << QString()
                                << SecurityStatus::UnresolvedAd;
    QTest::newRow("gate up, port refused") << false << true << GateResult::Connected
                                           << QVector<PortObservation> { port(21112, P::Refused) }
                                           << QString() << SecurityStatus::NoClientInstalled;
    QTest::newRow("no gate, port refused: alive")
        << false << true << GateResult::Skipped
        << QVector<PortObservation> { port(21112, P::Refused) } << QString()
        << SecurityStatus::NoClientInstalled;
    QTest::newRow("no gate, silence")
        << false << true << GateResult::Skipped
        << QVector<PortObservation> { port(21112, P::Timeout), port(80, P::NoRoute) } << QString()
        << SecurityStatus::Unreachable;
    QTest::newRow("gate up, port timeout") << false << true << GateResult::Connected
                                           << QVector<PortObservation> { port(21112, P::Timeout) }
                                           << QString() << SecurityStatus::NoClientInstalled;
    QTest::newRow("no ports, no gate")
        << false << true << GateResult::Skipped << none << QString() << SecurityStatus::Unreachable;
}

void TestClassifier::classifies()
{
    QFETCH(bool, fromAd);
    QFETCH(bool, resolved);
    QFETCH(GateResult, gate);
    QFETCH(QVector<PortObservation>, ports);
    QFETCH(QString, agentServer);
    QFETCH(SecurityStatus, expected);

    EndpointObservation observation;
    observation.fromActiveDirectory = fromAd;
    observation.resolved = resolved;
    observation.gate = gate;
    observation.ports = ports;
    if (!agentServer.isEmpty()) {
        observation.identity = agentOf(agentServer);
        observation.identityVerified = true; // its certificate proved it (AgentTrust)
    }

    const Classification result = Classifier(QStringLiteral("osm-hq")).classify(observation);
    QCOMPARE(toKey(result.status), toKey(expected));
    QVERIFY(!result.detail.isEmpty());
}

// Issue 15: a claim of this server that its certificate does not prove is never counted as
// Managed by this server; the detail says, in words, that it is an unverified claim.
void TestClassifier::anUnverifiedClaimIsNotManagedByThisServer()
{
    EndpointObservation observation;
    observation.gate = GateResult::Connected;
    observation.ports = { port(21112, PortOutcome::Agent) };
    observation.identity = agentOf(QStringLiteral("OSM-HQ"));
    observation.unverifiedReason = QStringLiteral("the agent presented no certificate");
    const Classification result = Classifier(QStringLiteral("osm-hq")).classify(observation);
    QCOMPARE(result.status, SecurityStatus::ManagedByAnotherServer);
    QCOMPARE(result.detail,
             QStringLiteral("The agent claims this server (OSM-HQ), unverified: the agent "
                            "presented no certificate. Register it to this server to manage it."));
    observation.identityVerified = true;
    QCOMPARE(Classifier(QStringLiteral("osm-hq")).classify(observation).status,
             SecurityStatus::ManagedByThisServer);
}

void TestClassifier::comparesServerNamesWithoutCase()
{
    const Classifier classifier(QStringLiteral("OSM-HQ"));
    QVERIFY(classifier.isThisServer(QStringLiteral("osm-hq")));
    QVERIFY(!classifier.isThisServer(QStringLiteral("osm-hq2")));
    QVERIFY(!classifier.isThisServer(QString()));
}

void TestClassifier::keepsTheBrokenHandshakeInTheDetail()
{
    EndpointObservation observation;
    observation.gate = GateResult::Connected;
    observation.ports = { port(21112, PortOutcome::Garbage) };
    const Classification result = Classifier(QStringLiteral("osm-hq")).classify(observation);
    QVERIFY2(result.detail.contains(QStringLiteral("21112")), qPrintable(result.detail));
    QVERIFY(result.detail.contains(QStringLiteral("detail of 21112")));
}

// Issue 14: the quarantine closes the gate port on purpose. A computer known to be quarantined
// whose agent still answers is classified by its agent, and the detail says why the gate is
// closed; one whose agent does not answer either is Unreachable, saying it is quarantined.
void TestClassifier::aQuarantinedComputerIsNotUnreachableForItsClosedGate()
{
    const Classifier classifier(QStringLiteral("osm-hq"));
    EndpointObservation observation;
    observation.gate = GateResult::Refused;
    observation.ports = { port(21112, PortOutcome::Agent) };
    observation.identity = agentOf(QStringLiteral("osm-hq"));
    observation.identityVerified = true;
    QCOMPARE(classifier.classify(observation).status, SecurityStatus::Unreachable);

    observation.knownQuarantined = true;
    Classification result = classifier.classify(observation);
    QCOMPARE(result.status, SecurityStatus::ManagedByThisServer);
    QCOMPARE(result.detail,
             QStringLiteral("The agent is registered here. The computer is quarantined: the "
                            "unreachable check port is closed on purpose (refused)."));

    observation.identity.reset();
    observation.ports = { port(21112, PortOutcome::Timeout) };
    result = classifier.classify(observation);
    QCOMPARE(result.status, SecurityStatus::Unreachable);
    QVERIFY2(result.detail.contains(QStringLiteral("quarantined")), qPrintable(result.detail));
    QVERIFY(result.detail.contains(QStringLiteral("did not answer either")));
}

QTEST_GUILESS_MAIN(TestClassifier)
#include "tst_classifier.moc"
