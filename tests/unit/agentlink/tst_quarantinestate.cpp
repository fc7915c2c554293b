#include "agentlink/agentstatus.h"
#include "agentlink/quarantinestate.h"

#include <QJsonArray>
#include <QtTest>

Q_DECLARE_METATYPE(QuarantineState::State)
Q_DECLARE_METATYPE(QuarantineState::Reason)

// Issue 14, point 1: the quarantine in an agent's status, by whom, since when and why
// (docs/agent-protocol.md, "status").
class TestQuarantineState : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryStateAndReason_data();
    void roundTripsEveryStateAndReason();
    void travelsInTheStatus();
    void anOlderAgentSendsNone();
    void refusesWhatIsWrong_data();
    void refusesWhatIsWrong();
    void describesInWords();
};

namespace {
QuarantineState policyPending()
{
    QuarantineState state;
    state.state = QuarantineState::State::Pending;
    state.reason = QuarantineState::Reason::Policy;
    state.policy = QStringLiteral("Critical 2026");
    state.since = QDateTime(QDate(2026, 12, 1), QTime(10, 59), Qt::UTC);
    state.graceEnds = QDateTime(QDate(2026, 12, 3), QTime(10, 59), Qt::UTC);
    state.missingCves = { QStringLiteral("CVE-2026-0001"), QStringLiteral("CVE-2026-12345") };
    state.why = QStringLiteral("misses 2 required updates");
    return state;
}
} // namespace

void TestQuarantineState::roundTripsEveryStateAndReason_data()
{
    QTest::addColumn<QuarantineState::State>("state");
    QTest::addColumn<QuarantineState::Reason>("reason");
    QTest::addColumn<QString>("stateKey");
    QTest::addColumn<QString>("reasonKey");
    using S = QuarantineState::State;
    using R = QuarantineState::Reason;
    QTest::newRow("quarantined manual") << S::Quarantined << R::Manual << "quarantined"
                                        << "manual";
    QTest::newRow("pending policy") << S::Pending << R::Policy << "pending"
                                    << "policy";
    QTest::newRow("released detection") << S::Released << R::Detection << "released"
                                        << "detection";
}

void TestQuarantineState::roundTripsEveryStateAndReason()
{
    QFETCH(QuarantineState::State, state);
    QFETCH(QuarantineState::Reason, reason);
    QFETCH(QString, stateKey);
    QFETCH(QString, reasonKey);
    QuarantineState quarantine = policyPending();
    quarantine.state = state;
    quarantine.reason = reason;
    const QJsonObject json = quarantine.toJson();
    QCOMPARE(json.value(QStringLiteral("state")).toString(), stateKey);
    QCOMPARE(json.value(QStringLiteral("reason")).toString(), reasonKey);
    QCOMPARE(json.value(QStringLiteral("since")).toString(),
             QStringLiteral("2026-12-01T10:59:00Z"));
    const Result<QuarantineState> back = QuarantineState::fromJson(json, QStringLiteral("q"));
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(*back, quarantine);
    QVERIFY(quarantineStateFromKey(stateKey) == state);
    QVERIFY(quarantineReasonFromKey(reasonKey) == reason);
}

void TestQuarantineState::travelsInTheStatus()
{
    AgentStatus status = AgentStatus::healthyDefault();
    QuarantineState quarantined;
    quarantined.since = QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC);
    quarantined.why = QStringLiteral("quarantined by the console at 127.0.0.1");
    status.quarantine = quarantined;
    status.quarantined = true;
    const Result<AgentStatus> back = AgentStatus::fromJson(status.toJson());
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(*back, status);

    // A pending computer is not quarantined yet.
    status.quarantine = policyPending();
    status.quarantined = false;
    QJsonObject json = status.toJson();
    json.insert(QStringLiteral("quarantined"), true); // the state decides
    const Result<AgentStatus> pending = AgentStatus::fromJson(json);
    QVERIFY2(pending, qPrintable(pending.error()));
    QVERIFY(!pending->quarantined);
    QCOMPARE(pending->quarantine, status.quarantine);
}

void TestQuarantineState::anOlderAgentSendsNone()
{
    QJsonObject json = AgentStatus::healthyDefault().toJson();
    QVERIFY(!json.contains(QStringLiteral("quarantine")));
    json.insert(QStringLiteral("quarantined"), true);
    const Result<AgentStatus> status = AgentStatus::fromJson(json);
    QVERIFY(status);
    QVERIFY(status->quarantined);
    QVERIFY(!status->quarantine);
}

void TestQuarantineState::refusesWhatIsWrong_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("named");
    const QJsonObject good = policyPending().toJson();
    auto with = [&good](const QString &key, const QJsonValue &value) {
        QJsonObject object = good;
        object.insert(key, value);
        return QJsonValue(object);
    };
    QTest::newRow("not an object") << QJsonValue(QStringLiteral("quarantined")) << "q";
    QTest::newRow("unknown state")
        << with(QStringLiteral("state"), QStringLiteral("locked")) << "q.state";
    QTest::newRow("unknown reason")
        << with(QStringLiteral("reason"), QStringLiteral("whim")) << "q.reason";
    QTest::newRow("since not a time")
        << with(QStringLiteral("since"), QStringLiteral("today")) << "q.since";
    QTest::newRow("grace not a time") << with(QStringLiteral("graceEnds"), 3) << "q.graceEnds";
    QTest::newRow("policy not text") << with(QStringLiteral("policy"), 7) << "q.policy";
    QTest::newRow("cves not a list")
        << with(QStringLiteral("missingCves"), QStringLiteral("CVE-2026-0001")) << "q.missingCves";
    QTest::newRow("not a CVE id") << with(
        QStringLiteral("missingCves"),
        QJsonArray { QStringLiteral("CVE-2026-0001"), QStringLiteral("KB123") })
                                  << "q.missingCves[1]";
}

void TestQuarantineState::refusesWhatIsWrong()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, named);
    const Result<QuarantineState> state = QuarantineState::fromJson(value, QStringLiteral("q"));
    QVERIFY(!state);
    QCOMPARE(state.error(), named + QStringLiteral(" is missing or of the wrong type"));
}

void TestQuarantineState::describesInWords()
{
    QCOMPARE(describe(policyPending()),
             QStringLiteral("Pending (Policy: Critical 2026) since 2026-12-01 10:59 UTC: misses 2 "
                            "required updates"));
    QCOMPARE(describe(QuarantineState {}), QStringLiteral("Quarantined (Manual)"));
}

QTEST_GUILESS_MAIN(TestQuarantineState)
#include "tst_quarantinestate.moc"
