#include "health/healthsettingsimport.h"
#include "health/healthstore.h"
#include "postgresbackends.h"
#include "store/auditlog.h"
#include "store/querystore.h"
#include "testclock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Health in the store (schema 7), on SQLite and a real PostgreSQL: snapshots per query, with
// what the agent did not report kept absent, deleted with their query; the settings list.
class TestHealthStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { StoreBackends::addGlobalData(); }
    void init()
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
    void cleanup()
    {
        m_database.reset();
        m_dir.reset();
        Clock::setInstance(nullptr);
    }

    void snapshotsKeepHistoryPerQuery()
    {
        QueryStore queries(m_database);
        const qint64 first
            = queries.beginQuery("{}", QStringLiteral("osm-hq"), 2, at("2026-12-01T00:00:00Z"))
                  .value();
        const qint64 second
            = queries.beginQuery("{}", QStringLiteral("osm-hq"), 2, at("2026-12-02T00:00:00Z"))
                  .value();
        HealthSnapshot reported;
        reported.address = QStringLiteral("127.79.0.2");
        reported.agentPort = 40000;
        reported.name = QStringLiteral("ws-2");
        reported.adPath = QStringLiteral("CN=ws-2,OU=Lab,DC=corp,DC=example");
        reported.gatheredAt = at("2026-12-01T00:00:01.250Z");
        reported.outcome = HealthSnapshot::Outcome::Reported;
        AgentStatus status = AgentStatus::healthyDefault();
        status.antivirusOn.reset();
        status.firewall = FirewallState::Absent;
        status.lastScan = {};
        reported.status = status;
        HealthSnapshot refused = reported;
        refused.address = QStringLiteral("127.79.0.1");
        refused.outcome = HealthSnapshot::Outcome::Refused;
        refused.detail = QStringLiteral("the agent refused this console's certificate");
        refused.status.reset();
        QCOMPARE(HealthStore(m_database).append(first, { reported, refused }).error(), QString());
        HealthSnapshot later = reported;
        later.status->antivirusOn = true;
        QCOMPARE(HealthStore(m_database).append(second, { later }).error(), QString());

        const Result<QVector<HealthSnapshot>> read = HealthStore(m_database).snapshots(first);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(0), refused); // address order
        QCOMPARE(read->at(1), reported);
        QVERIFY(!read->at(1).status->antivirusOn.has_value());
        QCOMPARE(HealthStore(m_database).snapshots(second)->first().status->antivirusOn,
                 std::optional<bool>(true));

        QSqlQuery remove(m_database->connection());
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM queries WHERE id = %1").arg(first)));
        QVERIFY(HealthStore(m_database).snapshots(first)->isEmpty());
        QCOMPARE(HealthStore(m_database).snapshots(second)->size(), 1);
    }

    void settingsAreSavedWhole()
    {
        HealthStore store(m_database);
        QCOMPARE(store.loadSettings().value(), HealthSettingsList());
        HealthSettings lab;
        lab.name = QStringLiteral("Lab servers");
        lab.appliesTo.computers = { QStringLiteral("ws-12") };
        lab.virusDefinitionsWithinDays = 3;
        HealthSettings defaults = HealthSettings::defaults();
        defaults.enabled = false;
        const HealthSettingsList saved({ defaults, lab });
        QCOMPARE(store.saveSettings(saved).error(), QString());
        QCOMPARE(store.loadSettings().value(), saved);
        QCOMPARE(store.saveSettings(HealthSettingsList()).error(), QString());
        QCOMPARE(store.loadSettings().value(), HealthSettingsList());
    }

    // Issue 12: an import changes what Needs attention means, so the audit log records it, the
    // intent before the settings change and the outcome after, naming the file and settings.
    void anImportIsAudited()
    {
        HealthSettings lab;
        lab.name = QStringLiteral("Lab servers");
        const HealthSettingsList imported({ HealthSettings::defaults(), lab });
        const Result<Done> applied = HealthSettingsImport::apply(
            m_database, imported, QStringLiteral("/tmp/settings.json"));
        QVERIFY2(applied.ok(), qPrintable(applied.error()));
        QCOMPARE(HealthStore(m_database).loadSettings().value(), imported);
        const Result<QVector<AuditEntry>> entries
            = AuditLog(m_database)
                  .search(AuditFilter { {}, QStringLiteral("health-settings-import"), {}, {}, 0 });
        QVERIFY2(entries.ok(), qPrintable(entries.error()));
        // One row per command: the outcome, which names its intent.
        QCOMPARE(entries->size(), 1);
        const AuditEntry &outcome = entries->at(0);
        QCOMPARE(outcome.phase, QString::fromLatin1(AuditPhase::outcome));
        QVERIFY(outcome.intentId > 0);
        QCOMPARE(outcome.at, at("2026-12-03T12:00:00Z")); // the Clock's
        QCOMPARE(
            outcome.detail,
            QStringLiteral("imported from /tmp/settings.json: (Default Settings), Lab servers"));
        QVERIFY(!outcome.osUser.isEmpty());
        const Result<AuditVerification> verified = AuditLog(m_database).verify();
        QVERIFY(verified->intact());
        QVERIFY(verified->openIntents.isEmpty()); // the intent has its outcome
    }

private:
    StoreBackends m_backends;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(TestHealthStore)
#include "tst_healthstore.moc"
