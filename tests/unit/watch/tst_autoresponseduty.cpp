#include "health/healthstore.h"
#include "policy/clientlog.h"
#include "postgresbackends.h"
#include "quarantine/autoresponselog.h"
#include "quarantine/autoresponsestore.h"
#include "quarantine/detectionstore.h"
#include "quarantine/quarantineroster.h"
#include "store/auditlog.h"
#include "store/eventlog.h"
#include "store/querystore.h"
#include "testclock.h"
#include "watch/autoresponseduty.h"
#include "watch/autoresponselink.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Issue 14, point 3: the automatic response as a watcher duty, by a moved clock, on SQLite and a
// real PostgreSQL (docs/auto-response.md). The agents are played by a scripted link (what each
// answers to a command and to a status read), so every way an action can fail is tested here;
// tests/integration/watch/tst_autoresponsewatch.cpp runs the same duty over real TLS on a fleet.
class TestAutoResponseDuty : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { StoreBackends::addGlobalData(); }
    void init();
    void cleanup();

    void theSettingsAreStoredAndTheirPeriodKept();
    void offDoesNothing();
    void aDetectionIsQuarantinedOnceAndVerified();
    void detectionsBeforeTheResponseWasOnAreLeftAlone();
    void aThreatNoRuleMatchesIsOnlyRecorded();
    void aRefusedCommandFailsWithTheReasonAndWhatToDo();
    void doneButNotInForceFails();
    void anAgentThatDoesNotAnswerFails();
    void withoutACertificateNothingIsSent();
    void notifyOnlySendsNothing();
    void aBurstWaitsForTheNextRound();
    void startsTheStoppedService();
    void theReportSaysDetectionAndNamesTheFailures();

private:
    // Stores one query's reports of `addresses` (agent port 40000) with `threats` detected.
    void detect(const QStringList &addresses, const QStringList &threats);
    void enable(const char *json);
    QVector<ComputerEvent> events() const;
    QVector<AutoResponseRecord> records() const;
    QVector<AuditEntry> audited(const QString &action) const;

    StoreBackends m_backends;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_database;
    std::shared_ptr<TestClock> m_clock;
};

namespace {
const QString ws1 = QStringLiteral("127.80.0.1");
const QString ws2 = QStringLiteral("127.80.0.2");

// An agent as the link plays it: what it answers to a command and what its status says.
class ScriptedLink : public AutoResponseLink
{
public:
    explicit ScriptedLink(std::shared_ptr<Database> database)
        : m_database(std::move(database))
    { }

    bool credentials = true;
    TargetOutcome::Kind answer = TargetOutcome::Kind::Done;
    QString answerDetail = QStringLiteral("quarantined");
    bool obeys = true; // a done command changes the status
    CommandOutcome::Kind statusAnswer = CommandOutcome::Kind::Done;
    AgentStatus agent = AgentStatus::healthyDefault();
    QStringList calls; // "quarantine 127.80.0.1:40000", "status 127.80.0.1:40000"
    QStringList notes;

    TargetOutcome send(const AgentCommand &command, const CommandTarget &target,
                       const QString &auditNote, qint64 *auditId) override
    {
        calls << QStringLiteral("%1 %2:%3").arg(command.type(), target.address).arg(target.port)
                + (command.service.isEmpty() ? QString() : QLatin1Char(' ') + command.service);
        notes << auditNote;
        // What CommandRun writes: the command's outcome entry, naming the automatic response.
        AuditEntry entry;
        entry.at = Clock::instance().now();
        entry.osUser = QStringLiteral("tester");
        entry.action = command.type();
        entry.detail = auditNote;
        entry.targets.append({ target.address, TargetOutcome::key(answer), answerDetail });
        const Result<qint64> id = AuditLog(m_database).append(entry);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        *auditId = *id;
        if (answer == TargetOutcome::Kind::Done && obeys) {
            if (command.kind == AgentCommand::Kind::Quarantine)
                agent.quarantined = true;
            for (ServiceState &service : agent.services)
                service.running = service.running || service.name == command.service;
        }
        return { target, answer, answerDetail };
    }
    StatusOutcome status(const CommandTarget &target) override
    {
        calls << QStringLiteral("status %1:%2").arg(target.address).arg(target.port);
        StatusOutcome outcome;
        outcome.kind = statusAnswer;
        if (statusAnswer == CommandOutcome::Kind::Done)
            outcome.report.status = agent;
        else
            outcome.detail = QStringLiteral("connection refused");
        return outcome;
    }
    bool hasCredentials() override { return credentials; }

private:
    std::shared_ptr<Database> m_database;
};

const char *quarantineWorms = R"({ "enabled": true, "rules": [
    { "match": ["WORM_", "TROJ_", "Eicar"], "action": "quarantine" } ] })";
} // namespace

void TestAutoResponseDuty::init()
{
    QFETCH_GLOBAL(QString, backend);
    const QString skip = m_backends.skipReason(backend);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    m_clock = std::make_shared<TestClock>(at("2026-12-03T09:00:00Z"));
    Clock::setInstance(m_clock);
    m_dir = std::make_unique<QTemporaryDir>();
    auto target = m_backends.fresh(backend, m_dir->path());
    QVERIFY2(target.ok(), qPrintable(target.error()));
    auto opened = target->open();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_database = *opened;
}

void TestAutoResponseDuty::cleanup()
{
    m_database.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
}

void TestAutoResponseDuty::detect(const QStringList &addresses, const QStringList &threats)
{
    const QDateTime now = m_clock->now();
    const Result<qint64> query
        = QueryStore(m_database).beginQuery("{}", QStringLiteral("osm-hq"), 1, now);
    QVERIFY2(query, qPrintable(query.error()));
    QVector<HealthSnapshot> snapshots;
    for (const QString &address : addresses) {
        HealthSnapshot snapshot;
        snapshot.address = address;
        snapshot.agentPort = 40000;
        snapshot.name = QStringLiteral("ws-") + address.section(QLatin1Char('.'), 3);
        snapshot.gatheredAt = now;
        snapshot.outcome = HealthSnapshot::Outcome::Reported;
        snapshot.status = AgentStatus::healthyDefault();
        for (int i = 0; i < threats.size(); ++i) {
            const Result<Detection> line = ClientLog::parseVirusLine(
                QStringLiteral("20261203<;>08%1<;>%2<;>1<;>1<;>0<;>C:\\x%1.exe<;>")
                    .arg(10 + i)
                    .arg(threats.at(i))
                    .toUtf8());
            QVERIFY2(line, qPrintable(line.error()));
            snapshot.status->detections.append(*line);
        }
        snapshots.append(snapshot);
    }
    QVERIFY(HealthStore(m_database).append(*query, snapshots));
    const Result<int> added = DetectionStore(m_database).append(snapshots, now);
    QVERIFY2(added, qPrintable(added.error()));
}

void TestAutoResponseDuty::enable(const char *json)
{
    const Result<AutoResponseSettings> settings
        = AutoResponseSettings::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
    QVERIFY2(settings, qPrintable(settings.error()));
    const Result<Done> saved
        = AutoResponseStore(m_database).save(*settings, QStringLiteral("the test"));
    QVERIFY2(saved, qPrintable(saved.error()));
}

QVector<ComputerEvent> TestAutoResponseDuty::events() const
{
    const Result<QVector<ComputerEvent>> read = EventLog(m_database).read({});
    if (!read)
        qFatal("%s", qPrintable(read.error()));
    return *read;
}

QVector<AutoResponseRecord> TestAutoResponseDuty::records() const
{
    const Result<QVector<AutoResponseRecord>> read = AutoResponseLog(m_database).read();
    if (!read)
        qFatal("%s", qPrintable(read.error()));
    return *read;
}

QVector<AuditEntry> TestAutoResponseDuty::audited(const QString &action) const
{
    const Result<QVector<AuditEntry>> found
        = AuditLog(m_database).search({ {}, action, {}, {}, 0 });
    if (!found)
        qFatal("%s", qPrintable(found.error()));
    return *found;
}

void TestAutoResponseDuty::theSettingsAreStoredAndTheirPeriodKept()
{
    AutoResponseStore store(m_database);
    Result<AutoResponseStore::Stored> loaded = store.load();
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QVERIFY(!loaded->settings.enabled); // none saved: off
    QVERIFY(!loaded->enabledSince.isValid());
    enable(quarantineWorms);
    loaded = store.load();
    QVERIFY(loaded->settings.enabled);
    QCOMPARE(loaded->settings.rules.size(), 1);
    QCOMPARE(loaded->enabledSince, at("2026-12-03T09:00:00Z"));
    // Saved on again later (a rule added): the period that runs is kept.
    m_clock->advance(3600);
    enable(R"({ "enabled": true, "rules": [ { "match": ["A"], "action": "notify" },
                { "match": ["B"], "action": "quarantine" } ] })");
    loaded = store.load();
    QCOMPARE(loaded->settings.rules.size(), 2);
    QCOMPARE(loaded->enabledSince, at("2026-12-03T09:00:00Z"));
    // Off, then on: a new period.
    enable(R"({ "enabled": false })");
    QVERIFY(!store.load()->enabledSince.isValid());
    m_clock->advance(60);
    enable(quarantineWorms);
    QCOMPARE(store.load()->enabledSince, at("2026-12-03T10:01:00Z"));
    // Each change is audited.
    const QVector<AuditEntry> changes = audited(AutoResponseStore::auditAction());
    QCOMPARE(changes.size(), 4);
    QCOMPARE(changes.first().detail, QStringLiteral("the test; on; 1 rules"));
    // A row that cannot be read says so rather than turning into other settings.
    QSqlQuery broken(m_database->connection());
    QVERIFY(broken.exec(
        QStringLiteral("UPDATE auto_response_settings SET settings_json = '{\"enabled\": 1}'")));
    loaded = store.load();
    QVERIFY(!loaded);
    QCOMPARE(loaded.error(),
             QStringLiteral("the stored automatic response settings cannot be "
                            "used: autoResponse.enabled: not true or false"));
    AutoResponseDuty duty(std::make_shared<ScriptedLink>(m_database));
    QVERIFY(!duty.runRound(m_database)); // the round fails with that reason
}

void TestAutoResponseDuty::offDoesNothing()
{
    detect({ ws1 }, { QStringLiteral("WORM_X") });
    auto link = std::make_shared<ScriptedLink>(m_database);
    AutoResponseDuty duty(link);
    const Result<QString> round = duty.runRound(m_database);
    QVERIFY2(round, qPrintable(round.error()));
    QCOMPARE(*round, QStringLiteral("automatic response is off"));
    QVERIFY(link->calls.isEmpty());
    QVERIFY(records().isEmpty());
}

void TestAutoResponseDuty::aDetectionIsQuarantinedOnceAndVerified()
{
    enable(quarantineWorms);
    m_clock->advance(60);
    detect({ ws1 }, { QStringLiteral("eicar_TEST_file") });
    auto link = std::make_shared<ScriptedLink>(m_database);
    {
        AutoResponseDuty duty(link);
        const Result<QString> round = duty.runRound(m_database);
        QVERIFY2(round, qPrintable(round.error()));
        QCOMPARE(*round,
                 QStringLiteral("detections considered: 1; verified: 1, failed: 0, notified: 0"));
    }
    QCOMPARE(link->calls,
             QStringList({ QStringLiteral("quarantine 127.80.0.1:40000"),
                           QStringLiteral("status 127.80.0.1:40000") }));
    QCOMPARE(link->notes.first(),
             QStringLiteral("automatic response of the watcher to detection 1 (eicar_TEST_file), "
                            "rule rule 1"));
    const QVector<ComputerEvent> logged = events();
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.first().kind, QStringLiteral("auto-response-verified"));
    QCOMPARE(logged.first().address, ws1);
    QCOMPARE(logged.first().name, QStringLiteral("ws-1"));
    QCOMPARE(logged.first().to, QStringLiteral("quarantine"));
    QCOMPARE(logged.first().at, at("2026-12-03T09:01:00Z"));
    QCOMPARE(
        logged.first().detail,
        QStringLiteral("eicar_TEST_file detected (2026-12-03T08:10, C:\\x10.exe); rule rule 1: "
                       "Quarantine. Verified: the agent's status says the computer is "
                       "quarantined."));
    const QVector<AuditEntry> entries = audited(AutoResponseDuty::auditAction());
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().detail, link->notes.first());
    QCOMPARE(entries.first().targets.first().computer, ws1);
    QCOMPARE(entries.first().targets.first().outcome, QStringLiteral("verified"));
    const QVector<AutoResponseRecord> done = records();
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.first().outcome, QStringLiteral("verified"));
    QVERIFY(done.first().commandAuditId > 0);

    // The same lines at the next query, a restart, a second round: never acted on again.
    m_clock->advance(600);
    detect({ ws1 }, { QStringLiteral("eicar_TEST_file") });
    AutoResponseDuty restarted(link);
    const Result<QString> again = restarted.runRound(m_database);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(*again,
             QStringLiteral("detections considered: 0; verified: 0, failed: 0, notified: 0"));
    QCOMPARE(link->calls.size(), 2);
    QCOMPARE(events().size(), 1);
    // A claim another watcher made is not taken again either.
    AutoResponseRecord claimed = done.first();
    QCOMPARE(*AutoResponseLog(m_database).claim(claimed), false);
}

void TestAutoResponseDuty::detectionsBeforeTheResponseWasOnAreLeftAlone()
{
    detect({ ws1 }, { QStringLiteral("WORM_OLD") });
    m_clock->advance(60);
    enable(quarantineWorms);
    m_clock->advance(60);
    detect({ ws2 }, { QStringLiteral("WORM_NEW") });
    auto link = std::make_shared<ScriptedLink>(m_database);
    AutoResponseDuty duty(link);
    QVERIFY(duty.runRound(m_database));
    QCOMPARE(link->calls.first(), QStringLiteral("quarantine 127.80.0.2:40000"));
    QCOMPARE(link->calls.size(), 2);
    const QVector<AutoResponseRecord> all = records();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).address, ws1);
    QCOMPARE(all.at(0).outcome, QStringLiteral("before-enabled"));
    QCOMPARE(all.at(1).outcome, QStringLiteral("verified"));
}

void TestAutoResponseDuty::aThreatNoRuleMatchesIsOnlyRecorded()
{
    enable(R"({ "enabled": true, "rules": [
        { "name": "trojans", "match": ["TROJ_"], "action": "notify" },
        { "name": "worms", "match": ["worm_", "TROJ_CUT"], "action": "quarantine" } ] })");
    detect({ ws1 }, { QStringLiteral("ADW_HARMLESS"), QStringLiteral("TROJ_CUT") });
    auto link = std::make_shared<ScriptedLink>(m_database);
    AutoResponseDuty duty(link);
    QVERIFY(duty.runRound(m_database));
    QVERIFY(link->calls.isEmpty()); // TROJ_CUT: the first rule that matches is notify-only
    const QVector<AutoResponseRecord> all = records();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).outcome, QStringLiteral("no-rule"));
    QVERIFY(all.at(0).ruleName.isEmpty());
    QCOMPARE(all.at(1).outcome, QStringLiteral("notified"));
    QCOMPARE(all.at(1).ruleName, QStringLiteral("trojans"));
    QCOMPARE(events().size(), 1);
}

void TestAutoResponseDuty::aRefusedCommandFailsWithTheReasonAndWhatToDo()
{
    enable(quarantineWorms);
    detect({ ws1 }, { QStringLiteral("WORM_X") });
    auto link = std::make_shared<ScriptedLink>(m_database);
    link->answer = TargetOutcome::Kind::Failed;
    link->answerDetail = QStringLiteral("nftables is not available");
    AutoResponseDuty duty(link);
    const Result<QString> round = duty.runRound(m_database);
    QVERIFY(round);
    QCOMPARE(*round,
             QStringLiteral("detections considered: 1; verified: 0, failed: 1, notified: 0"));
    QCOMPARE(link->calls.size(), 1); // nothing to verify
    const ComputerEvent event = events().first();
    QCOMPARE(event.kind, QStringLiteral("auto-response-failed"));
    QVERIFY2(event.detail.contains(QStringLiteral(
                 "Failed: the agent could not do it: nftables is not available. What to do: "
                 "Quarantine the computer by hand")),
             qPrintable(event.detail));
    QCOMPARE(audited(AutoResponseDuty::auditAction()).first().targets.first().outcome,
             QStringLiteral("failed"));
}

void TestAutoResponseDuty::doneButNotInForceFails()
{
    enable(quarantineWorms);
    detect({ ws1 }, { QStringLiteral("WORM_X") });
    auto link = std::make_shared<ScriptedLink>(m_database);
    link->obeys = false; // says done, and is not quarantined
    AutoResponseDuty duty(link);
    QVERIFY(duty.runRound(m_database));
    QCOMPARE(link->calls.size(), 2);
    const ComputerEvent event = events().first();
    QCOMPARE(event.kind, QStringLiteral("auto-response-failed"));
    QVERIFY2(event.detail.contains(QStringLiteral(
                 "the agent said it quarantined the computer, but its status does not say it is "
                 "quarantined")),
             qPrintable(event.detail));
}

void TestAutoResponseDuty::anAgentThatDoesNotAnswerFails()
{
    enable(quarantineWorms);
    detect({ ws1, ws2 }, { QStringLiteral("WORM_X") });
    auto link = std::make_shared<ScriptedLink>(m_database);
    link->answer = TargetOutcome::Kind::Unreachable;
    link->answerDetail = QStringLiteral("timed out");
    AutoResponseDuty duty(link);
    QVERIFY(duty.runRound(m_database));
    const QVector<ComputerEvent> logged = events();
    QCOMPARE(logged.size(), 2); // each computer its own response
    QVERIFY2(logged.first().detail.contains(QStringLiteral(
                 "the agent did not answer: timed out. What to do: Check that the computer is on "
                 "and reachable (Diagnose connectivity).")),
             qPrintable(logged.first().detail));
    // Done, and then the status cannot be read to verify.
    detect({ QStringLiteral("127.80.0.3") }, { QStringLiteral("WORM_Y") });
    link->answer = TargetOutcome::Kind::Done;
    link->statusAnswer = CommandOutcome::Kind::Unreachable;
    QVERIFY(duty.runRound(m_database));
    QVERIFY2(events().last().detail.contains(
                 QStringLiteral("its status could not be read to check it: connection refused")),
             qPrintable(events().last().detail));
    // A computer no query gathered a report from has no known agent port.
    QSqlQuery forget(m_database->connection());
    QVERIFY(forget.exec(QStringLiteral("DELETE FROM health_snapshots")));
    detect({}, {});
    QVERIFY(DetectionStore(m_database)
                .append({ [] {
                            HealthSnapshot snapshot;
                            snapshot.address = QStringLiteral("127.80.0.4");
                            snapshot.outcome = HealthSnapshot::Outcome::Reported;
                            snapshot.status = AgentStatus::healthyDefault();
                            snapshot.status->detections.append(
                                *ClientLog::parseVirusLine("20261203<;>0900<;>WORM_Z<;>1<;>1<;>0<;>"
                                                           "C:\\z<;>"));
                            return snapshot;
                        }() },
                        m_clock->now()));
    QVERIFY(duty.runRound(m_database));
    QVERIFY2(
        events().last().detail.contains(QStringLiteral("no agent port is known for this computer")),
        qPrintable(events().last().detail));
}

void TestAutoResponseDuty::withoutACertificateNothingIsSent()
{
    enable(quarantineWorms);
    detect({ ws1 }, { QStringLiteral("WORM_X") });
    auto link = std::make_shared<ScriptedLink>(m_database);
    link->credentials = false;
    AutoResponseDuty duty(link);
    QVERIFY(duty.runRound(m_database));
    QVERIFY(link->calls.isEmpty());
    QVERIFY2(events().first().detail.contains(
                 QStringLiteral("this console has no client certificate to present")),
             qPrintable(events().first().detail));
    QCOMPARE(records().first().commandAuditId, 0);
}

void TestAutoResponseDuty::notifyOnlySendsNothing()
{
    enable(R"({ "enabled": true, "rules": [ { "match": ["Hacking"], "action": "notify" } ] })");
    detect({ ws1 }, { QStringLiteral("Hacking Tool") });
    auto link = std::make_shared<ScriptedLink>(m_database);
    AutoResponseDuty duty(link);
    QVERIFY(duty.runRound(m_database));
    QVERIFY(link->calls.isEmpty());
    QCOMPARE(events().first().kind, QStringLiteral("auto-response-notified"));
    QCOMPARE(audited(AutoResponseDuty::auditAction()).first().targets.first().outcome,
             QStringLiteral("notified"));
}

void TestAutoResponseDuty::aBurstWaitsForTheNextRound()
{
    enable(R"({ "enabled": true, "rules": [ { "match": ["ADW_"], "action": "notify" } ] })");
    QStringList threats;
    for (int i = 0; i <= AutoResponseDuty::actionsPerRound; ++i)
        threats << QStringLiteral("ADW_%1").arg(i);
    detect({ ws1 }, threats);
    AutoResponseDuty duty(std::make_shared<ScriptedLink>(m_database));
    Result<QString> round = duty.runRound(m_database);
    QVERIFY2(round, qPrintable(round.error()));
    QCOMPARE(*round,
             QStringLiteral("detections considered: 21; verified: 0, failed: 0, "
                            "notified: 20; 1 left for the next round"));
    round = duty.runRound(m_database);
    QCOMPARE(*round,
             QStringLiteral("detections considered: 1; verified: 0, failed: 0, notified: 1"));
    QCOMPARE(events().size(), 21);
    QCOMPARE(events().last().detail,
             QStringLiteral("ADW_20 detected (2026-12-03T08:30, C:\\x30.exe); rule rule 1: Notify "
                            "only. Notified only: decide what to do with the computer."));
}

void TestAutoResponseDuty::startsTheStoppedService()
{
    enable(R"({ "enabled": true, "rules": [
        { "match": ["ADW_"], "action": "start-service" },
        { "match": ["PUA_"], "action": "start-service", "service": "TmPfw" } ] })");
    detect({ ws1 }, { QStringLiteral("ADW_X") });
    auto link = std::make_shared<ScriptedLink>(m_database);
    link->agent.services[1].running = false;
    const QString stopped = link->agent.services[1].name;
    link->answerDetail = stopped + QStringLiteral(" started");
    AutoResponseDuty duty(link);
    QVERIFY(duty.runRound(m_database));
    QCOMPARE(link->calls,
             QStringList({ QStringLiteral("status 127.80.0.1:40000"),
                           QStringLiteral("start-service 127.80.0.1:40000 ") + stopped,
                           QStringLiteral("status 127.80.0.1:40000") }));
    QCOMPARE(events().first().kind, QStringLiteral("auto-response-verified"));
    QVERIFY2(events().first().detail.endsWith(
                 QStringLiteral("Verified: the agent's status says %1 is running.").arg(stopped)),
             qPrintable(events().first().detail));
    // A named service that stays stopped is a failure.
    detect({ ws2 }, { QStringLiteral("PUA_Y") });
    link->agent.services[2].running = false;
    link->obeys = false;
    QVERIFY(duty.runRound(m_database));
    QCOMPARE(events().last().kind, QStringLiteral("auto-response-failed"));
    QVERIFY2(events().last().detail.contains(QStringLiteral(
                 "the agent said it started the service, but its status says TmPfw is not "
                 "running")),
             qPrintable(events().last().detail));
}

void TestAutoResponseDuty::theReportSaysDetectionAndNamesTheFailures()
{
    enable(R"({ "enabled": true, "rules": [
        { "name": "worms", "match": ["WORM_"], "action": "quarantine" } ] })");
    detect({ ws1 }, { QStringLiteral("WORM_X") });
    m_clock->advance(60); // the watcher's round comes after the query that stored it
    auto link = std::make_shared<ScriptedLink>(m_database);
    AutoResponseDuty duty(link);
    QVERIFY(duty.runRound(m_database));
    // ws-2 refuses.
    m_clock->advance(60);
    detect({ ws2 }, { QStringLiteral("WORM_X") });
    link->answer = TargetOutcome::Kind::Failed;
    link->answerDetail = QStringLiteral("nftables is not available");
    QVERIFY(duty.runRound(m_database));

    const Result<QVector<QuarantineEntry>> roster = QuarantineRoster(m_database).read();
    QVERIFY2(roster, qPrintable(roster.error()));
    QCOMPARE(roster->size(), 1);
    const QuarantineEntry &quarantined = roster->first();
    QCOMPARE(quarantined.address, ws1);
    QCOMPARE(quarantined.quarantine.state, QuarantineState::State::Quarantined);
    QCOMPARE(quarantined.quarantine.reason, QuarantineState::Reason::Detection);
    QCOMPARE(quarantined.quarantine.policy, QStringLiteral("worms"));
    QCOMPARE(quarantined.quarantine.why,
             QStringLiteral("quarantined automatically: WORM_X detected (rule worms)"));
    QVector<AutoResponseRecord> failures = AutoResponseLog::openFailures(records(), *roster);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().address, ws2);
    QVERIFY(
        failures.first().reason.startsWith(QStringLiteral("Failed: the agent could not do it")));

    // Once an administrator quarantines ws-2 by hand, its failure is no longer open, and its
    // reason is manual: the newest command was not the automatic one.
    m_clock->advance(60);
    AuditEntry manual;
    manual.at = m_clock->now();
    manual.osUser = QStringLiteral("admin");
    manual.action = QStringLiteral("quarantine");
    manual.targets.append({ ws2, QStringLiteral("done"), {} });
    QVERIFY(AuditLog(m_database).append(manual));
    const Result<QVector<QuarantineEntry>> after = QuarantineRoster(m_database).read();
    QVERIFY(after);
    QCOMPARE(after->size(), 2);
    QCOMPARE(after->at(1).quarantine.reason, QuarantineState::Reason::Manual);
    QVERIFY(AutoResponseLog::openFailures(records(), *after).isEmpty());
    // And a manual quarantine of ws-1 after the automatic one makes it the administrator's.
    manual.targets = { { ws1, QStringLiteral("done"), {} } };
    m_clock->advance(60);
    manual.at = m_clock->now();
    QVERIFY(AuditLog(m_database).append(manual));
    QCOMPARE(QuarantineRoster(m_database).read()->first().quarantine.reason,
             QuarantineState::Reason::Manual);
}

QTEST_GUILESS_MAIN(TestAutoResponseDuty)
#include "tst_autoresponseduty.moc"
