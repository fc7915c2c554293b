#include "fleetprocess.h"
#include "secrets/identityfiles.h"
#include "secrets/secretstore.h"
#include "secrets/serveridentity.h"
#include "settings/settings.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/eventlog.h"
#include "testenvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString thisServer = QStringLiteral("osm-hq");
const QString cve = QStringLiteral("CVE-2026-0001");
const QString policyName = QStringLiteral("Critical 2026");
enum Host { Failing = 30, Compliant = 31, Excluded = 32, Critical = 33 };
const QList<int> hosts { Failing, Compliant, Excluded, Critical };
} // namespace

// Issue 14, point 4, end to end on a real fleet over mutual TLS (docs/policies.md): a policy is
// imported and previewed; `osmgmt-cli watch --once` makes a computer missing one of its CVEs
// pending (its user warned through the `warn` command), quarantines it once the grace period
// has ended, and releases it when the fleet file no longer lists the CVE (the fleet restarted on
// its state file, still quarantined); `quarantine-status` says each step. An excluded computer is
// left alone; `policy exclude` releases a quarantined one. Runs under
// tests/support/with-keyring.sh: the watcher and the CLI present this server's certificate.
class TestCliPolicies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importRefusesABadFileWhole();
    void previewShowsWhatThePolicyWouldDo();
    void pendingThenQuarantinedThenReleased();
    void excludeReleasesAndKeepsOut();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run runCli(const QStringList &arguments);
    QString address(int host) const { return m_network + QString::number(host); }
    QString range() const { return address(Failing) + QLatin1Char('-') + address(Critical); }
    QJsonObject fleetFile(const QHash<int, QJsonArray> &missing) const;
    void startFleet(const QHash<int, QJsonArray> &missing);
    void query();
    void importPolicy(int graceHours, const QJsonArray &exclusions = {});
    QJsonObject statusOf(int host);
    QVector<AuditEntry> audited(const QString &action);
    QString database() const { return m_directory.filePath(QStringLiteral("osmgmt.sqlite")); }

    QTemporaryDir m_directory;
    QString m_network;
    quint16 m_agentPort = 0;
    std::unique_ptr<FleetProcess> m_fleet;
};

void TestCliPolicies::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("OSMGMT_KEYRING_MODE"),
             "run through tests/support/with-keyring.sh (ctest does)");
    QVERIFY(m_directory.isValid());
    Settings::identifyApplication();
    const Result<ServerIdentity> identity = ServerIdentity::loadOrCreate(
        SecretStore(), IdentityFiles::serverCertificate(Settings::dataDirectory()), thisServer);
    QVERIFY2(identity, qPrintable(identity.error()));
    const QString block = FleetProcess::randomLoopbackNetwork();
    m_network = block.left(block.lastIndexOf(QLatin1Char('.')) + 1);
    m_agentPort = FleetProcess::randomPort();
    startFleet(
        { { Failing, { cve } }, { Compliant, {} }, { Excluded, { cve } }, { Critical, { cve } } });
    for (int host : hosts) {
        const Run registered
            = runCli({ QStringLiteral("register"), QStringLiteral("--address"),
                       address(host) + QLatin1Char(':') + QString::number(m_agentPort),
                       QStringLiteral("--server-name"), thisServer });
        QVERIFY2(registered.exitCode == 0, qPrintable(registered.err));
    }
    query();
}

QJsonObject TestCliPolicies::fleetFile(const QHash<int, QJsonArray> &missing) const
{
    QJsonArray endpoints;
    for (int host : hosts)
        endpoints.append(QJsonObject {
            { QStringLiteral("address"), address(host) },
            { QStringLiteral("name"), QStringLiteral("ws%1").arg(host) },
            { QStringLiteral("agent"),
              QJsonObject {
                  { QStringLiteral("port"), int(m_agentPort) },
                  { QStringLiteral("server"), thisServer },
                  { QStringLiteral("version"), QStringLiteral("1.2.0") },
                  { QStringLiteral("domain"), QStringLiteral("Lab") },
                  { QStringLiteral("status"),
                    QJsonObject { { QStringLiteral("missingCves"), missing.value(host) } } } } } });
    return {
        { QStringLiteral("servers"),
          QJsonObject { { thisServer,
                          QJsonObject { { QStringLiteral("ca"),
                                          IdentityFiles::serverCertificate(
                                              Settings::dataDirectory()) } } } } },
        { QStringLiteral("endpoints"), endpoints },
    };
}

// The fleet keeps its registrations and quarantines in its state file across restarts.
void TestCliPolicies::startFleet(const QHash<int, QJsonArray> &missing)
{
    m_fleet.reset(); // stopped first: the new one listens on the same addresses
    m_fleet = std::make_unique<FleetProcess>();
    const QString error = m_fleet->start(
        fleetFile(missing),
        { QStringLiteral("--fleet-state"), m_directory.filePath(QStringLiteral("state.json")) });
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

TestCliPolicies::Run TestCliPolicies::runCli(const QStringList &arguments)
{
    QProcess cli;
    cli.start(TestEnvironment::cliProgram(),
              arguments + QStringList { QStringLiteral("--db"), database() });
    if (!cli.waitForStarted())
        qFatal("osmgmt-cli did not start");
    cli.closeWriteChannel();
    if (!cli.waitForFinished(90000))
        qFatal("osmgmt-cli did not finish");
    return { cli.exitCode(), cli.readAllStandardOutput(),
             QString::fromUtf8(cli.readAllStandardError()) };
}

// A query makes them agents of this server, and stores what each reported.
void TestCliPolicies::query()
{
    const QString scope = m_directory.filePath(QStringLiteral("scope.json"));
    QFile scopeFile(scope);
    QVERIFY(scopeFile.open(QIODevice::WriteOnly));
    scopeFile.write(QJsonDocument(QJsonObject {
                                      { QStringLiteral("ipScopeEnabled"), true },
                                      { QStringLiteral("ipv4Ranges"), QJsonArray { range() } },
                                      { QStringLiteral("ports"), QJsonArray { int(m_agentPort) } },
                                      { QStringLiteral("unreachableCheck"),
                                        QJsonObject { { QStringLiteral("enabled"), false } } },
                                      { QStringLiteral("timeoutMs"), 3000 },
                                  })
                        .toJson());
    scopeFile.close();
    const Run run = runCli({ QStringLiteral("query"), QStringLiteral("--scope"), scope,
                             QStringLiteral("--server-name"), thisServer });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCliPolicies::importPolicy(int graceHours, const QJsonArray &exclusions)
{
    const QJsonObject document {
        { QStringLiteral("quarantinePolicies"),
          QJsonArray { QJsonObject {
              { QStringLiteral("name"), policyName },
              { QStringLiteral("enabled"), true },
              { QStringLiteral("cves"), QJsonArray { cve } },
              { QStringLiteral("appliesTo"),
                QJsonObject { { QStringLiteral("ipv4Ranges"), QJsonArray { range() } } } },
              { QStringLiteral("exclusions"), exclusions },
              { QStringLiteral("graceHours"), graceHours },
              { QStringLiteral("message"),
                QStringLiteral("Install the updates or you will be "
                               "quarantined.") } } } }
    };
    const QString path = m_directory.filePath(QStringLiteral("policies.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(document).toJson());
    file.close();
    const Run imported = runCli({ QStringLiteral("policy"), QStringLiteral("import"), path });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

// The computer's line of `quarantine-status`; empty when it is not listed.
QJsonObject TestCliPolicies::statusOf(int host)
{
    const Run report = runCli({ QStringLiteral("quarantine-status") });
    if (report.exitCode != 0)
        qFatal("quarantine-status failed: %s", qPrintable(report.err));
    for (const QJsonValue &record : QJsonDocument::fromJson(report.out).array()) {
        if (record.toObject().value(QStringLiteral("address")).toString() == address(host))
            return record.toObject();
    }
    return {};
}

QVector<AuditEntry> TestCliPolicies::audited(const QString &action)
{
    const Result<std::shared_ptr<Database>> store = Database::openSqlite(database());
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    const Result<QVector<AuditEntry>> found = AuditLog(*store).search({ {}, action, {}, {}, 0 });
    if (!found)
        qFatal("%s", qPrintable(found.error()));
    QVector<AuditEntry> outcomes;
    for (const AuditEntry &entry : *found) {
        if (entry.phase != QLatin1String(AuditPhase::intent))
            outcomes.append(entry);
    }
    return outcomes;
}

void TestCliPolicies::importRefusesABadFileWhole()
{
    const QString path = m_directory.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"quarantinePolicies": [{"name": "Good", "cves": ["CVE-2026-0001"]},
                  {"name": "Bad", "cves": ["CVE-2026-1"]}]})");
    file.close();
    const Run refused = runCli({ QStringLiteral("policy"), QStringLiteral("import"), path });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("quarantinePolicies[1] \"Bad\".cves[0]")),
             qPrintable(refused.err));
    const Run exported
        = runCli({ QStringLiteral("policy"), QStringLiteral("export"), QStringLiteral("-") });
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(exported.out)
                .object()
                .value(QStringLiteral("quarantinePolicies"))
                .toArray()
                .isEmpty());
    QCOMPARE(runCli({ QStringLiteral("policy"), QStringLiteral("frobnicate") }).exitCode, 2);
}

void TestCliPolicies::previewShowsWhatThePolicyWouldDo()
{
    importPolicy(
        1,
        QJsonArray { QJsonObject { { QStringLiteral("computer"), QStringLiteral("ws32") },
                                   { QStringLiteral("reason"), QStringLiteral("lab") } } });
    const Run preview = runCli({ QStringLiteral("policy"), QStringLiteral("preview") });
    QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
    const QJsonArray records = QJsonDocument::fromJson(preview.out).array();
    QCOMPARE(records.size(), 2); // Failing and Critical; not the compliant or the excluded one
    const QJsonObject first = records.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("address")).toString(), address(Failing));
    QCOMPARE(first.value(QStringLiteral("outcome")).toString(), QStringLiteral("pending"));
    QCOMPARE(first.value(QStringLiteral("missingCves")).toArray(), QJsonArray { cve });
    // A preview changes nothing.
    QVERIFY(statusOf(Failing).isEmpty());
}

void TestCliPolicies::pendingThenQuarantinedThenReleased()
{
    const Run first = runCli({ QStringLiteral("watch"), QStringLiteral("--once"),
                               QStringLiteral("--server-name"), thisServer });
    QVERIFY2(first.exitCode == 0, qPrintable(first.err + QString::fromUtf8(first.out)));
    QJsonObject status = statusOf(Failing);
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(status.value(QStringLiteral("reason")).toString(), QStringLiteral("policy"));
    QCOMPARE(status.value(QStringLiteral("policy")).toString(), policyName);
    QCOMPARE(status.value(QStringLiteral("missingCves")).toArray(), QJsonArray { cve });
    const QDateTime since
        = QDateTime::fromString(status.value(QStringLiteral("since")).toString(), Qt::ISODate);
    const QDateTime graceEnds
        = QDateTime::fromString(status.value(QStringLiteral("graceEnds")).toString(), Qt::ISODate);
    QCOMPARE(since.secsTo(graceEnds), 3600);
    QVERIFY(statusOf(Compliant).isEmpty());
    QVERIFY(statusOf(Excluded).isEmpty());
    // The users were warned once, through the action layer.
    const QVector<AuditEntry> warnings = audited(QStringLiteral("warn"));
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().targets.size(), 2);
    for (const AuditTarget &target : warnings.first().targets) {
        QCOMPARE(target.outcome, QStringLiteral("done"));
        // The fleet agent's own answer: it recorded the warning (its status's lastWarning).
        QCOMPARE(target.detail, QStringLiteral("the user was warned"));
    }
    QVERIFY2(warnings.first().detail.contains(QStringLiteral("policy Critical 2026")),
             qPrintable(warnings.first().detail));

    // The grace period ends: the administrator shortens it to none.
    importPolicy(
        0,
        QJsonArray { QJsonObject { { QStringLiteral("computer"), QStringLiteral("ws32") },
                                   { QStringLiteral("reason"), QStringLiteral("lab") } } });
    const Run second = runCli({ QStringLiteral("watch"), QStringLiteral("--once"),
                                QStringLiteral("--server-name"), thisServer });
    QVERIFY2(second.exitCode == 0, qPrintable(second.err + QString::fromUtf8(second.out)));
    status = statusOf(Failing);
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("quarantined"));
    QCOMPARE(status.value(QStringLiteral("reason")).toString(), QStringLiteral("policy"));
    QCOMPARE(status.value(QStringLiteral("policy")).toString(), policyName);
    QCOMPARE(audited(QStringLiteral("warn")).size(), 1); // not warned again
    const QVector<AuditEntry> quarantines = audited(QStringLiteral("quarantine"));
    QCOMPARE(quarantines.size(), 1);
    QVERIFY(quarantines.first().detail.contains(QStringLiteral("policy Critical 2026")));

    // The fleet file no longer lists the CVE; the fleet comes back still quarantined.
    startFleet(
        { { Failing, {} }, { Compliant, {} }, { Excluded, { cve } }, { Critical, { cve } } });
    const Run third = runCli({ QStringLiteral("watch"), QStringLiteral("--once"),
                               QStringLiteral("--server-name"), thisServer });
    QVERIFY2(third.exitCode == 0, qPrintable(third.err + QString::fromUtf8(third.out)));
    status = statusOf(Failing);
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("released"));
    const Result<std::shared_ptr<Database>> store = Database::openSqlite(database());
    QVERIFY2(store, qPrintable(store.error()));
    const Result<QVector<ComputerEvent>> events
        = EventLog(*store).read({ {}, QStringLiteral("policy-released"), 0, 0 });
    QVERIFY2(events, qPrintable(events.error()));
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().address, address(Failing));
    QVERIFY2(events->first().detail.contains(QStringLiteral("compliant")),
             qPrintable(events->first().detail));
}

void TestCliPolicies::excludeReleasesAndKeepsOut()
{
    // Critical has been quarantined with Failing; an administrator excludes it.
    QCOMPARE(statusOf(Critical).value(QStringLiteral("state")).toString(),
             QStringLiteral("quarantined"));
    const Run excluded
        = runCli({ QStringLiteral("policy"), QStringLiteral("exclude"), QStringLiteral("--policy"),
                   policyName, QStringLiteral("--address"), address(Critical),
                   QStringLiteral("--reason"), QStringLiteral("critical server"),
                   QStringLiteral("--until"), QStringLiteral("2099-01-31") });
    QVERIFY2(excluded.exitCode == 0, qPrintable(excluded.err));
    QCOMPARE(statusOf(Critical).value(QStringLiteral("state")).toString(),
             QStringLiteral("released"));
    const QVector<AuditEntry> exclusions = audited(QStringLiteral("policy-exclude"));
    QCOMPARE(exclusions.size(), 1);
    QVERIFY(exclusions.first().detail.contains(QStringLiteral("critical server")));
    // The next round leaves it out, and the export carries the exclusion.
    const Run again = runCli({ QStringLiteral("watch"), QStringLiteral("--once"),
                               QStringLiteral("--server-name"), thisServer });
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(statusOf(Critical).value(QStringLiteral("state")).toString(),
             QStringLiteral("released"));
    const Run exported
        = runCli({ QStringLiteral("policy"), QStringLiteral("export"), QStringLiteral("-") });
    const QJsonArray exclusionsJson = QJsonDocument::fromJson(exported.out)
                                          .object()
                                          .value(QStringLiteral("quarantinePolicies"))
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value(QStringLiteral("exclusions"))
                                          .toArray();
    QCOMPARE(exclusionsJson.size(), 2);
    QCOMPARE(exclusionsJson.at(1).toObject().value(QStringLiteral("until")).toString(),
             QStringLiteral("2099-01-31"));
}

QTEST_GUILESS_MAIN(TestCliPolicies)
#include "tst_clipolicies.moc"
