#include "quarantine/policyevaluation.h"
#include "testclock.h"

#include <QtTest>

// Issue 14, "Tests and figures": clock-driven tests of a policy — pending, the grace period
// ending, compliance releasing, exclusion with and without expiry, a policy turned off,
// overlapping policies. The evaluation is pure: each step feeds the standings of the one before,
// as the watcher's store does, at a time the test moves.
class TestPolicyEvaluation : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void aCompliantComputerHasNothing();
    void aFailingComputerIsPendingAndWarnedOnce();
    void theGracePeriodEndingQuarantines();
    void noGracePeriodQuarantinesAtOnce();
    void complianceReleases();
    void complianceWhilePendingClearsWithoutACommand();
    void anExclusionReleasesAndKeepsOut();
    void anExpiredExclusionNoLongerApplies();
    void aPolicyTurnedOffDoesNothingAndReleases();
    void aComputerOutsideTheTargetsIsLeftAlone();
    void noReportChangesNothing();
    void overlappingPoliciesQuarantineAtTheFirstGraceEnd();
    void overlappingPoliciesReleaseOnlyWhenNoneRequires();
    void aRemovedPolicyReleases();

private:
    // One evaluation at the clock's time, its standings kept for the next.
    PolicyVerdict step(const QStringList &missing);
    void advanceHours(int hours) { m_clock->advance(qint64(hours) * 3600); }

    std::shared_ptr<TestClock> m_clock;
    QVector<QuarantinePolicy> m_policies;
    ComputerFacts m_computer;
    QVector<PolicyStanding> m_standings;
};

namespace {
QuarantinePolicy policy(const QString &name, int graceHours, const QStringList &cves)
{
    QuarantinePolicy p;
    p.name = name;
    p.enabled = true;
    p.cves = cves;
    p.appliesTo.ipv4Ranges = { Ipv4Range::parse(QStringLiteral("127.80.0.1-127.80.0.40")).value() };
    p.graceHours = graceHours;
    p.message = QStringLiteral("Install the updates or you will be quarantined.");
    return p;
}

const QString cve1 = QStringLiteral("CVE-2026-0001");
const QString cve2 = QStringLiteral("CVE-2026-0002");
} // namespace

void TestPolicyEvaluation::init()
{
    m_clock = std::make_shared<TestClock>(at("2026-12-01T10:00:00Z"));
    m_policies = { policy(QStringLiteral("Critical 2026"), 72, { cve1 }) };
    m_computer = {};
    m_computer.address = QStringLiteral("127.80.0.3");
    m_computer.name = QStringLiteral("ws-3");
    m_standings.clear();
}

PolicyVerdict TestPolicyEvaluation::step(const QStringList &missing)
{
    m_computer.missingCves = missing;
    const PolicyVerdict verdict
        = PolicyEvaluation::evaluate(m_policies, m_computer, m_standings, m_clock->now());
    m_standings = verdict.standings;
    return verdict;
}

void TestPolicyEvaluation::aCompliantComputerHasNothing()
{
    const PolicyVerdict verdict = step({ QStringLiteral("CVE-2025-9999") });
    QCOMPARE(verdict.action, PolicyVerdict::Action::None);
    QVERIFY(verdict.standings.isEmpty());
    QVERIFY(verdict.warn.isEmpty());
    QVERIFY(!verdict.changed({}));
}

void TestPolicyEvaluation::aFailingComputerIsPendingAndWarnedOnce()
{
    PolicyVerdict verdict = step({ cve1, QStringLiteral("CVE-2025-9999") });
    QCOMPARE(verdict.action, PolicyVerdict::Action::None);
    QCOMPARE(verdict.standings.size(), 1);
    const PolicyStanding standing = verdict.standings.first();
    QCOMPARE(standing.firstFailing, at("2026-12-01T10:00:00Z"));
    QCOMPARE(standing.graceEnds, at("2026-12-04T10:00:00Z"));
    QCOMPARE(standing.missingCves, QStringList { cve1 });
    QVERIFY(!standing.isQuarantined());
    QCOMPARE(verdict.warn, QStringList { QStringLiteral("Critical 2026") });
    // Still failing a day later: still pending from the first time, not warned again.
    advanceHours(24);
    verdict = step({ cve1 });
    QCOMPARE(verdict.action, PolicyVerdict::Action::None);
    QCOMPARE(verdict.standings.first().firstFailing, at("2026-12-01T10:00:00Z"));
    QVERIFY(verdict.warn.isEmpty());
    QVERIFY(!verdict.changed(verdict.standings));
}

void TestPolicyEvaluation::theGracePeriodEndingQuarantines()
{
    step({ cve1 });
    advanceHours(71);
    QCOMPARE(step({ cve1 }).action, PolicyVerdict::Action::None);
    advanceHours(1);
    const PolicyVerdict verdict = step({ cve1 });
    QCOMPARE(verdict.action, PolicyVerdict::Action::Quarantine);
    QCOMPARE(verdict.standings.first().quarantinedAt, at("2026-12-04T10:00:00Z"));
    // Quarantined: the next evaluations send nothing more.
    advanceHours(1);
    QCOMPARE(step({ cve1 }).action, PolicyVerdict::Action::None);
    QVERIFY(m_standings.first().isQuarantined());
}

void TestPolicyEvaluation::noGracePeriodQuarantinesAtOnce()
{
    m_policies.first().graceHours = 0;
    const PolicyVerdict verdict = step({ cve1 });
    QCOMPARE(verdict.action, PolicyVerdict::Action::Quarantine);
    // Its user still hears why (reference 001: the quarantine message goes with it).
    QCOMPARE(verdict.warn, QStringList { QStringLiteral("Critical 2026") });
}

void TestPolicyEvaluation::complianceReleases()
{
    m_policies.first().graceHours = 0;
    step({ cve1 });
    advanceHours(5);
    const PolicyVerdict verdict = step({});
    QCOMPARE(verdict.action, PolicyVerdict::Action::Release);
    QVERIFY(verdict.standings.isEmpty());
    QCOMPARE(verdict.ended, QStringList { QStringLiteral("policy Critical 2026: compliant") });
    QCOMPARE(step({}).action, PolicyVerdict::Action::None);
}

void TestPolicyEvaluation::complianceWhilePendingClearsWithoutACommand()
{
    step({ cve1 });
    advanceHours(10);
    const PolicyVerdict verdict = step({});
    QCOMPARE(verdict.action, PolicyVerdict::Action::None);
    QVERIFY(verdict.standings.isEmpty());
    QVERIFY(verdict.changed({ PolicyStanding {} }));
    // Failing again later starts a new grace period and a new warning.
    advanceHours(10);
    const PolicyVerdict again = step({ cve1 });
    QCOMPARE(again.standings.first().firstFailing, m_clock->now());
    QCOMPARE(again.warn.size(), 1);
}

void TestPolicyEvaluation::anExclusionReleasesAndKeepsOut()
{
    m_policies.first().graceHours = 0;
    step({ cve1 });
    QVERIFY(m_standings.first().isQuarantined());
    m_policies.first().exclusions.append(
        { QStringLiteral("ws-3"), QStringLiteral("critical server"), {} });
    advanceHours(1);
    PolicyVerdict verdict = step({ cve1 });
    QCOMPARE(verdict.action, PolicyVerdict::Action::Release);
    QCOMPARE(verdict.ended,
             QStringList { QStringLiteral("policy Critical 2026: excluded (critical server)") });
    // Kept out: still failing a year later, nothing happens.
    advanceHours(24 * 365);
    verdict = step({ cve1 });
    QCOMPARE(verdict.action, PolicyVerdict::Action::None);
    QVERIFY(verdict.standings.isEmpty());
}

void TestPolicyEvaluation::anExpiredExclusionNoLongerApplies()
{
    m_policies.first().exclusions.append(
        { QStringLiteral("127.80.0.3"), QStringLiteral("lab"), QDate(2026, 12, 2) });
    QVERIFY(step({ cve1 }).standings.isEmpty());
    m_clock->set(at("2026-12-02T23:59:00Z"));
    QVERIFY(step({ cve1 }).standings.isEmpty());
    // The day after its last day: pending from now, grace period from now.
    m_clock->set(at("2026-12-03T00:00:00Z"));
    const PolicyVerdict verdict = step({ cve1 });
    QCOMPARE(verdict.standings.size(), 1);
    QCOMPARE(verdict.standings.first().graceEnds, at("2026-12-06T00:00:00Z"));
}

void TestPolicyEvaluation::aPolicyTurnedOffDoesNothingAndReleases()
{
    m_policies.first().enabled = false;
    QVERIFY(step({ cve1 }).standings.isEmpty());
    m_policies.first().enabled = true;
    m_policies.first().graceHours = 0;
    QCOMPARE(step({ cve1 }).action, PolicyVerdict::Action::Quarantine);
    m_policies.first().enabled = false;
    const PolicyVerdict verdict = step({ cve1 });
    QCOMPARE(verdict.action, PolicyVerdict::Action::Release);
    QCOMPARE(verdict.ended,
             QStringList { QStringLiteral("policy Critical 2026: the policy is off") });
}

void TestPolicyEvaluation::aComputerOutsideTheTargetsIsLeftAlone()
{
    m_computer.address = QStringLiteral("127.80.0.41");
    QVERIFY(step({ cve1 }).standings.isEmpty());
    // An AD container or a name takes it in as well as a range.
    m_policies.first().appliesTo.adContainers = { QStringLiteral("OU=Lab,DC=corp,DC=example") };
    m_computer.adPath = QStringLiteral("CN=WS-3,OU=Lab,DC=corp,DC=example");
    QCOMPARE(step({ cve1 }).standings.size(), 1);
}

void TestPolicyEvaluation::noReportChangesNothing()
{
    m_policies.first().graceHours = 0;
    step({ cve1 });
    advanceHours(1);
    m_computer.missingCves.reset();
    const PolicyVerdict verdict
        = PolicyEvaluation::evaluate(m_policies, m_computer, m_standings, m_clock->now());
    QCOMPARE(verdict.action, PolicyVerdict::Action::None);
    QCOMPARE(verdict.standings, m_standings);
}

void TestPolicyEvaluation::overlappingPoliciesQuarantineAtTheFirstGraceEnd()
{
    m_policies = { policy(QStringLiteral("Slow"), 72, { cve1, cve2 }),
                   policy(QStringLiteral("Fast"), 24, { cve2 }) };
    PolicyVerdict verdict = step({ cve1, cve2 });
    QCOMPARE(verdict.standings.size(), 2);
    QCOMPARE(verdict.warn, (QStringList { QStringLiteral("Slow"), QStringLiteral("Fast") }));
    // The report shows the one whose grace period ends first.
    QCOMPARE(PolicyVerdict::deciding(verdict.standings)->policy, QStringLiteral("Fast"));
    advanceHours(24);
    verdict = step({ cve1, cve2 });
    QCOMPARE(verdict.action, PolicyVerdict::Action::Quarantine);
    QCOMPARE(PolicyVerdict::deciding(verdict.standings)->policy, QStringLiteral("Fast"));
    QVERIFY(PolicyVerdict::deciding(verdict.standings)->isQuarantined());
}

void TestPolicyEvaluation::overlappingPoliciesReleaseOnlyWhenNoneRequires()
{
    m_policies = { policy(QStringLiteral("Slow"), 72, { cve1 }),
                   policy(QStringLiteral("Fast"), 0, { cve2 }) };
    QCOMPARE(step({ cve1, cve2 }).action, PolicyVerdict::Action::Quarantine);
    // cve2 fixed: "Fast" no longer requires it, "Slow" is still pending: released, pending.
    advanceHours(1);
    PolicyVerdict verdict = step({ cve1 });
    QCOMPARE(verdict.action, PolicyVerdict::Action::Release);
    QCOMPARE(verdict.standings.size(), 1);
    QCOMPARE(verdict.standings.first().policy, QStringLiteral("Slow"));
    // "Slow"'s grace period counts from the first time it failed, not from the release.
    advanceHours(71);
    verdict = step({ cve1 });
    QCOMPARE(verdict.action, PolicyVerdict::Action::Quarantine);
    // Both failing and quarantined by both: fixing one keeps it quarantined.
    advanceHours(1);
    step({ cve1, cve2 });
    QCOMPARE(m_standings.size(), 2);
    advanceHours(1);
    QCOMPARE(step({ cve1 }).action, PolicyVerdict::Action::None);
    QCOMPARE(step({}).action, PolicyVerdict::Action::Release);
}

void TestPolicyEvaluation::aRemovedPolicyReleases()
{
    m_policies.first().graceHours = 0;
    step({ cve1 });
    m_policies.clear();
    const PolicyVerdict verdict = step({ cve1 });
    QCOMPARE(verdict.action, PolicyVerdict::Action::Release);
    QCOMPARE(verdict.ended,
             QStringList { QStringLiteral("policy Critical 2026: the policy was removed") });
}

QTEST_GUILESS_MAIN(TestPolicyEvaluation)
#include "tst_policyevaluation.moc"
