#include "postgresbackends.h"
#include "quarantine/autoresponsestore.h"
#include "quarantine/policystore.h"
#include "quarantine/quarantineroster.h"
#include "store/auditlog.h"
#include "store/eventlog.h"
#include "testclock.h"

#include <QTemporaryDir>
#include <QtTest>

// Issue 14, point 4: the CVE compliance policies in the store (schema 12), on SQLite and a real
// PostgreSQL: the document whole, the standings, an exclusion, and the Computer Quarantine
// Status report showing pending and policy quarantines.
class TestPolicyStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { StoreBackends::addGlobalData(); }
    void init();
    void cleanup();

    void anEmptyStoreHasNoPolicy();
    void theDocumentRoundTripsAndImportsAreAudited();
    void standingsRoundTripWithTheirEvents();
    void excludeDropsTheStandingAndSaysWhetherToRelease();
    void theReportShowsPendingAndPolicyQuarantines();

private:
    PolicyStanding standing(const QString &policy, const QString &address, bool quarantined) const;

    StoreBackends m_backends;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_database;
};

namespace {
PolicyDocument document()
{
    return PolicyDocument::fromText(R"({ "quarantinePolicies": [
        { "name": "Critical 2026", "enabled": true, "cves": ["CVE-2026-0001"],
          "appliesTo": { "ipv4Ranges": ["127.80.0.1-127.80.0.40"] },
          "exclusions": [ { "computer": "ws-3", "reason": "lab", "until": "2027-01-31" } ],
          "graceHours": 72, "message": "Install the updates." },
        { "name": "Other", "cves": ["CVE-2026-0002"] } ],
      "autoResponse": { "enabled": true, "rules": [] } })")
        .value();
}
} // namespace

void TestPolicyStore::init()
{
    QFETCH_GLOBAL(QString, backend);
    const QString skip = m_backends.skipReason(backend);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    m_dir = std::make_unique<QTemporaryDir>();
    auto target = m_backends.fresh(backend, m_dir->path());
    QVERIFY2(target.ok(), qPrintable(target.error()));
    auto opened = target->open();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_database = *opened;
    Clock::setInstance(std::make_shared<TestClock>(at("2026-12-03T12:00:00Z")));
}

void TestPolicyStore::cleanup()
{
    m_database.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
}

PolicyStanding TestPolicyStore::standing(const QString &policy, const QString &address,
                                         bool quarantined) const
{
    PolicyStanding s;
    s.policy = policy;
    s.address = address;
    s.name = QStringLiteral("ws-") + address.section(QLatin1Char('.'), 3);
    s.firstFailing = at("2026-12-01T10:00:00Z");
    s.graceEnds = at("2026-12-04T10:00:00Z");
    s.missingCves = { QStringLiteral("CVE-2026-0001") };
    s.warnedAt = at("2026-12-01T10:00:00Z");
    if (quarantined)
        s.quarantinedAt = at("2026-12-04T10:01:00Z");
    return s;
}

void TestPolicyStore::anEmptyStoreHasNoPolicy()
{
    const Result<PolicyDocument> loaded = PolicyStore(m_database).load();
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QVERIFY(loaded->policies.isEmpty());
    // The automatic response is off, without rules, until one is saved.
    QCOMPARE(loaded->autoResponse, AutoResponseSettings {});
    const auto standings = PolicyStore(m_database).standings();
    QVERIFY2(standings, qPrintable(standings.error()));
    QVERIFY(standings->isEmpty());
}

void TestPolicyStore::theDocumentRoundTripsAndImportsAreAudited()
{
    const PolicyStore store(m_database);
    QVERIFY(store.import(document(), QStringLiteral("policies.json")));
    const Result<PolicyDocument> loaded = store.load();
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded->policies, document().policies);
    QCOMPARE(loaded->autoResponse, document().autoResponse);
    // Kept where the automatic response reads it, not twice.
    QCOMPARE(AutoResponseStore(m_database).load()->settings, *document().autoResponse);
    // A second import replaces the whole document.
    PolicyDocument one = document();
    one.policies.removeLast();
    QVERIFY(store.import(one, QStringLiteral("one.json")));
    QCOMPARE(store.load()->policies.size(), 1);
    const auto audited
        = AuditLog(m_database).search({ {}, QStringLiteral("policy-import"), {}, {}, 0 });
    QVERIFY2(audited, qPrintable(audited.error()));
    QCOMPARE(audited->size(), 2);
    QVERIFY2(audited->first().detail.startsWith(QStringLiteral("imported from one.json: 1 ")),
             qPrintable(audited->first().detail));
}

void TestPolicyStore::standingsRoundTripWithTheirEvents()
{
    const PolicyStore store(m_database);
    const QString a = QStringLiteral("127.80.0.1");
    const QString b = QStringLiteral("127.80.0.2");
    ComputerEvent event { 0,
                          at("2026-12-01T10:00:00Z"),
                          QStringLiteral("policy-pending"),
                          QStringLiteral("ws-1"),
                          a,
                          QStringLiteral("compliant"),
                          QStringLiteral("pending"),
                          QStringLiteral("policy Critical 2026") };
    QVERIFY(store.saveStandings({ { a,
                                    { standing(QStringLiteral("Critical 2026"), a, false),
                                      standing(QStringLiteral("Other"), a, true) } },
                                  { b, { standing(QStringLiteral("Other"), b, false) } } },
                                { event }));
    auto read = store.standings();
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read->value(a).size(), 2);
    QCOMPARE(read->value(a).at(0), standing(QStringLiteral("Critical 2026"), a, false));
    QCOMPARE(read->value(a).at(1), standing(QStringLiteral("Other"), a, true));
    // An empty list removes a computer's standings, leaving the others.
    QVERIFY(store.saveStandings({ { a, {} } }));
    read = store.standings();
    QVERIFY(!read->contains(a));
    QCOMPARE(read->value(b).size(), 1);
    const auto events = EventLog(m_database).read({ {}, QStringLiteral("policy-pending") });
    QVERIFY2(events, qPrintable(events.error()));
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().address, a);
}

void TestPolicyStore::excludeDropsTheStandingAndSaysWhetherToRelease()
{
    const PolicyStore store(m_database);
    QVERIFY(store.save(document()));
    const QString a = QStringLiteral("127.80.0.1");
    QVERIFY(store.saveStandings({ { a,
                                    { standing(QStringLiteral("Critical 2026"), a, true),
                                      standing(QStringLiteral("Other"), a, false) } } }));
    const PolicyExclusion exclusion { a, QStringLiteral("critical server"), QDate(2027, 3, 1) };
    Result<bool> release = store.exclude(QStringLiteral("critical 2026"), exclusion, a);
    QVERIFY2(release, qPrintable(release.error()));
    QVERIFY(*release); // it quarantined it, and "Other" only holds it pending
    QCOMPARE(store.standings()->value(a).size(), 1);
    QCOMPARE(store.load()->policies.first().exclusions.last(), exclusion);
    // Again, for the same computer: the exclusion is replaced, nothing to release.
    release = store.exclude(QStringLiteral("Critical 2026"), exclusion, a);
    QVERIFY(release && !*release);
    QCOMPARE(store.load()->policies.first().exclusions.size(), 2);
    QCOMPARE(
        AuditLog(m_database).search({ {}, QStringLiteral("policy-exclude"), {}, {}, 0 })->size(),
        2);
    // No such policy: refused, nothing changed.
    QVERIFY(!store.exclude(QStringLiteral("Nope"), exclusion, a));
    QCOMPARE(store.standings()->value(a).size(), 1);
}

void TestPolicyStore::theReportShowsPendingAndPolicyQuarantines()
{
    const QString a = QStringLiteral("127.80.0.1");
    const QString b = QStringLiteral("127.80.0.2");
    QVERIFY(PolicyStore(m_database)
                .saveStandings({ { a, { standing(QStringLiteral("Critical 2026"), a, false) } },
                                 { b,
                                   { standing(QStringLiteral("Critical 2026"), b, false),
                                     standing(QStringLiteral("Other"), b, true) } } }));
    const Result<QVector<QuarantineEntry>> entries = QuarantineRoster(m_database).read();
    QVERIFY2(entries, qPrintable(entries.error()));
    QCOMPARE(entries->size(), 2);
    const QuarantineState pending = entries->at(0).quarantine;
    QCOMPARE(entries->at(0).address, a);
    QCOMPARE(entries->at(0).name, QStringLiteral("ws-1"));
    QCOMPARE(pending.state, QuarantineState::State::Pending);
    QCOMPARE(pending.reason, QuarantineState::Reason::Policy);
    QCOMPARE(pending.policy, QStringLiteral("Critical 2026"));
    QCOMPARE(pending.since, at("2026-12-01T10:00:00Z"));
    QCOMPARE(pending.graceEnds, at("2026-12-04T10:00:00Z"));
    QCOMPARE(pending.missingCves, QStringList { QStringLiteral("CVE-2026-0001") });
    // The quarantining policy decides over the pending one.
    const QuarantineState quarantined = entries->at(1).quarantine;
    QCOMPARE(quarantined.state, QuarantineState::State::Quarantined);
    QCOMPARE(quarantined.reason, QuarantineState::Reason::Policy);
    QCOMPARE(quarantined.policy, QStringLiteral("Other"));
    QCOMPARE(quarantined.since, at("2026-12-04T10:01:00Z"));
    QVERIFY(!quarantined.graceEnds.isValid());
    // An administrator releases it by hand afterwards: the release is what the report says.
    AuditEntry release;
    release.at = at("2026-12-05T09:00:00Z");
    release.osUser = QStringLiteral("alice");
    release.action = QStringLiteral("release");
    release.targets = { { b, QStringLiteral("done"), {} } };
    QVERIFY(AuditLog(m_database).append(release));
    const Result<QVector<QuarantineEntry>> after = QuarantineRoster(m_database).read();
    QVERIFY2(after, qPrintable(after.error()));
    QCOMPARE(after->at(1).quarantine.state, QuarantineState::State::Released);
    QCOMPARE(after->at(0).quarantine.state, QuarantineState::State::Pending);
}

QTEST_GUILESS_MAIN(TestPolicyStore)
#include "tst_policystore.moc"
