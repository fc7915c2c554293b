#include "agentlink/agentcommandclient.h"
#include "consoleidentity.h"
#include "fleetprocess.h"
#include "identity/carolloverdialog.h"
#include "messageboxanswer.h"
#include "sampleendpoints.h"
#include "secrets/identityfiles.h"
#include "secrets/serveridentity.h"
#include "settings/settings.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "storedquery.h"

#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// The console's Certificate Authority dialog (docs/security.md, "Rolling the CA over") as an
// administrator uses it: this server's CA in a private, real gnome-keyring, the console's own
// identity loaded from it, a fleet of its agents over real TLS on loopback and one more agent in a
// fleet of its own that is switched off before the migration. Each step is confirmed (a refusal
// does nothing), runs in the background with its progress, can be cancelled, is audited as
// `osmgmt-cli ca` audits it, and after the finish the console commands with the new CA without a
// restart.
class TestCaRolloverDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theDialogShowsTheCaAndItsAgents();
    void startIsConfirmedAndMakesAPendingCa();
    void aCancelledMigrationAsksNoAgent();
    void migrateMovesTheReachableAgentsWithProgress();
    void finishIsRefusedWhileAnAgentDependsOnTheOldCa();
    void finishAnywayRetiresTheOldCaAndTheConsoleFollows();
    void everyStepIsAudited();
    void aRestartIsOfferedWhenTheConsoleCannotFollow();

private:
    QString address(int host) const { return m_network + QString::number(host); }
    QPushButton *button(const char *name) const;
    QString text(const char *name) const;
    // Clicks `name`, answers the confirmation `answer`, and (when accepted) waits for the step.
    QString step(const char *name, QMessageBox::StandardButton answer);
    void waitForStatus();
    // A release sent to the agent at `at` with `credentials` (the agent's answer says whether it
    // trusts their CA).
    CommandOutcome command(const QString &at, const AgentTls::Credentials &credentials);
    static AgentTls::Credentials issuedBy(const CertificateAuthority &authority);

    QTemporaryDir m_directory;
    QString m_store;
    QString m_network;
    QString m_offlineAddress;
    quint16 m_agentPort = 0;
    std::optional<CertificateAuthority> m_old;
    QString m_pendingFingerprint;
    FleetProcess m_fleet;
    std::unique_ptr<FleetProcess> m_offline;
    std::unique_ptr<ConsoleIdentity> m_identity;
    QPointer<CaRolloverDialog> m_dialog;
};

namespace {
const QString thisServer = QStringLiteral("osm-hq");
const QList<int> hosts { 10, 11 };

QJsonObject fleetOf(const QStringList &addresses, quint16 port)
{
    QJsonArray endpoints;
    for (const QString &at : addresses)
        endpoints.append(QJsonObject {
            { QStringLiteral("address"), at },
            { QStringLiteral("name"),
              QString(QStringLiteral("ws-") + at.section(QLatin1Char('.'), 3)) },
            { QStringLiteral("agent"),
              QJsonObject { { QStringLiteral("port"), int(port) },
                            { QStringLiteral("server"), thisServer },
                            { QStringLiteral("version"), QStringLiteral("1.2.0") } } } });
    return QJsonObject { { QStringLiteral("endpoints"), endpoints } };
}
} // namespace

void TestCaRolloverDialog::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("OSMGMT_KEYRING_MODE"),
             "run through tests/support/with-keyring.sh (ctest does)");
    QVERIFY(m_directory.isValid());
    Settings::identifyApplication();
    const Result<ServerIdentity> identity = ServerIdentity::loadOrCreate(
        SecretStore(), IdentityFiles::serverCertificate(Settings::dataDirectory()), thisServer);
    QVERIFY2(identity, qPrintable(identity.error()));
    m_old = identity->authority();

    const QString block = FleetProcess::randomLoopbackNetwork();
    m_network = block.left(block.lastIndexOf(QLatin1Char('.')) + 1);
    const QString other = FleetProcess::randomLoopbackNetwork();
    m_offlineAddress = other.left(other.lastIndexOf(QLatin1Char('.')) + 1) + QStringLiteral("20");
    m_agentPort = FleetProcess::randomPort();
    QStringList addresses;
    for (int host : hosts)
        addresses.append(address(host));
    m_fleet.registerAgents(thisServer, *m_old);
    QString error = m_fleet.start(fleetOf(addresses, m_agentPort));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_offline = std::make_unique<FleetProcess>();
    m_offline->registerAgents(thisServer, *m_old);
    error = m_offline->start(fleetOf({ m_offlineAddress }, m_agentPort));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // The store's last query found the three agents, Managed by this server.
    m_store = m_directory.filePath(QStringLiteral("osmgmt.sqlite"));
    QVector<Endpoint> endpoints;
    for (const QString &at : addresses + QStringList { m_offlineAddress }) {
        Endpoint endpoint
            = SampleEndpoints::make(at, SecurityStatus::ManagedByThisServer,
                                    QStringLiteral("ws-") + at.section(QLatin1Char('.'), 3));
        endpoint.agentPort = m_agentPort;
        endpoint.server = thisServer;
        endpoints.append(endpoint);
    }
    storeCompletedQuery(m_store, endpoints, QDateTime::currentDateTimeUtc().addSecs(-60));

    // The console's own identity, as app/main.cpp loads it.
    m_identity = std::make_unique<ConsoleIdentity>(
        SecretStore(), IdentityFiles::serverCertificate(Settings::dataDirectory()), thisServer);
    QSignalSpy loaded(m_identity.get(), &ConsoleIdentity::loaded);
    m_identity->load();
    QVERIFY(loaded.wait(30000));

    auto *session = new CaRolloverSession(m_identity.get(), thisServer, Settings::dataDirectory(),
                                          [path = m_store] { return Database::openSqlite(path); });
    session->setTimeoutMs(5000);
    m_dialog = CaRolloverDialog::open(session, nullptr);
    m_dialog->resize(1000, 700);
}

void TestCaRolloverDialog::cleanupTestCase()
{
    if (m_dialog)
        m_dialog->close(); // deletes itself; its session goes once idle
    QTRY_VERIFY(m_dialog.isNull());
}

QPushButton *TestCaRolloverDialog::button(const char *name) const
{
    auto *found = m_dialog->findChild<QPushButton *>(QLatin1String(name));
    if (!found)
        qFatal("no button %s", name);
    return found;
}

QString TestCaRolloverDialog::text(const char *name) const
{
    auto *label = m_dialog->findChild<QLabel *>(QLatin1String(name));
    if (!label)
        qFatal("no label %s", name);
    return label->text();
}

void TestCaRolloverDialog::waitForStatus()
{
    // The dialog asks the agents after each step: the buttons come back with the answer.
    QTRY_VERIFY_WITH_TIMEOUT(button("caRefresh")->isEnabled(), 30000);
}

QString TestCaRolloverDialog::step(const char *name, QMessageBox::StandardButton answer)
{
    QSignalSpy finished(m_dialog->session(), &CaRolloverSession::stepFinished);
    const std::shared_ptr<QString> said = answerNextMessageBox(this, answer);
    QTest::mouseClick(button(name), Qt::LeftButton);
    if (answer == QMessageBox::Yes && !finished.wait(60000))
        qWarning("the step did not finish");
    return *said;
}

AgentTls::Credentials TestCaRolloverDialog::issuedBy(const CertificateAuthority &authority)
{
    const Result<IssuedCertificate> issued
        = authority.issue(QStringLiteral("test console"), CertificateUse::Client, 1);
    if (!issued)
        qFatal("cannot issue: %s", qPrintable(issued.error()));
    return { issued->certificate, issued->key };
}

CommandOutcome TestCaRolloverDialog::command(const QString &at,
                                             const AgentTls::Credentials &credentials)
{
    AgentCommandClient sender(credentials, 5000);
    QSignalSpy finished(&sender, &AgentCommandClient::finished);
    sender.start(QHostAddress(at), m_agentPort, AgentCommand::release());
    if (!finished.wait(10000))
        return { CommandOutcome::Kind::ProtocolError, QStringLiteral("no outcome") };
    return finished.first().first().value<CommandOutcome>();
}

void TestCaRolloverDialog::theDialogShowsTheCaAndItsAgents()
{
    waitForStatus();
    QVERIFY2(text("caCurrent").startsWith(QStringLiteral("osm-hq, SHA-256 ")),
             qPrintable(text("caCurrent")));
    QVERIFY2(text("caCurrent").contains(QStringLiteral("valid until")),
             qPrintable(text("caCurrent")));
    QCOMPARE(text("caRollover"), QStringLiteral("None."));
    QCOMPARE(text("caCounts"), QStringLiteral("3 on the current CA"));
    QCOMPARE(m_dialog->findChild<QTreeWidget *>(QStringLiteral("caAgents"))->topLevelItemCount(),
             3);
    QVERIFY(button("caStart")->isEnabled());
    QVERIFY(!button("caMigrate")->isEnabled());
    QVERIFY(!button("caFinish")->isEnabled());
    QVERIFY(!button("caMigrate")->toolTip().isEmpty()); // says why
}

void TestCaRolloverDialog::startIsConfirmedAndMakesAPendingCa()
{
    const QString pendingFile = IdentityFiles::pendingServerCertificate(Settings::dataDirectory());
    const QString declined = step("caStart", QMessageBox::No);
    QVERIFY2(declined.contains(QStringLiteral("[Start Rollover]")), qPrintable(declined));
    QVERIFY(!QFile::exists(pendingFile));

    step("caStart", QMessageBox::Yes);
    QVERIFY(QFile::exists(pendingFile));
    QVERIFY2(text("caMessage").startsWith(QStringLiteral("A new CA was made")),
             qPrintable(text("caMessage")));
    waitForStatus();
    QVERIFY2(text("caRollover").startsWith(QStringLiteral("Going on")),
             qPrintable(text("caRollover")));
    QCOMPARE(text("caCounts"), QStringLiteral("3 on the current (old) CA, 0 on the new CA"));
    QVERIFY(!button("caStart")->isEnabled());
    QVERIFY(button("caMigrate")->isEnabled());
    const Result<ServerIdentity> identity = ServerIdentity::loadOrCreate(
        SecretStore(), IdentityFiles::serverCertificate(Settings::dataDirectory()), thisServer);
    QVERIFY2(identity && identity->pending(), "no pending CA");
    m_pendingFingerprint = certificateFingerprint(identity->pending()->certificate());
}

void TestCaRolloverDialog::aCancelledMigrationAsksNoAgent()
{
    QSignalSpy finished(m_dialog->session(), &CaRolloverSession::stepFinished);
    QSignalSpy answered(m_dialog->session(), &CaRolloverSession::agentAnswered);
    // Cancel is offered as soon as the step runs, and clicked then: before the agents to move
    // are counted, so none is asked (whatever the machine's speed).
    bool offered = false;
    const QMetaObject::Connection clickCancel = connect(
        m_dialog->session(), &CaRolloverSession::busyChanged, this, [this, &offered](bool busy) {
            offered = busy && button("caCancel")->isVisible()
                && m_dialog->findChild<QProgressBar *>(QStringLiteral("caProgress"))->isVisible();
            if (busy)
                QTest::mouseClick(button("caCancel"), Qt::LeftButton);
        });
    answerNextMessageBox(this, QMessageBox::Yes);
    QTest::mouseClick(button("caMigrate"), Qt::LeftButton);
    disconnect(clickCancel);
    QVERIFY(offered);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(text("caMessage"), QStringLiteral("Cancelled: no agent was asked."));
    QCOMPARE(answered.count(), 0);
    waitForStatus();
    QCOMPARE(text("caCounts"), QStringLiteral("3 on the current (old) CA, 0 on the new CA"));
}

void TestCaRolloverDialog::migrateMovesTheReachableAgentsWithProgress()
{
    m_offline.reset(); // the computer is switched off
    QSignalSpy answered(m_dialog->session(), &CaRolloverSession::agentAnswered);
    const QString said = step("caMigrate", QMessageBox::Yes);
    // The confirmation names the computers it moves.
    QVERIFY2(said.contains(QStringLiteral("ws-10 (%1:%2)").arg(address(10)).arg(m_agentPort)),
             qPrintable(said));
    QCOMPARE(answered.count(), 3);
    QCOMPARE(answered.last().at(2).toInt(), 3); // of 3
    QVERIFY2(text("caMessage").startsWith(QStringLiteral("2 of 3 agent(s) moved to the new CA.")),
             qPrintable(text("caMessage")));
    waitForStatus();
    QCOMPARE(text("caCounts"), QStringLiteral("1 on the current (old) CA, 2 on the new CA"));
    QVERIFY(button("caFinish")->isEnabled());
}

void TestCaRolloverDialog::finishIsRefusedWhileAnAgentDependsOnTheOldCa()
{
    QSignalSpy refused(m_dialog->session(), &CaRolloverSession::finishRefused);
    answerNextMessageBox(this, QMessageBox::Yes);
    QTest::mouseClick(button("caFinish"), Qt::LeftButton);
    // The switched-off agent still depends on the old CA: finish anyway? No.
    const std::shared_ptr<QString> anyway = answerNextMessageBox(this, QMessageBox::No);
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 30000);
    QVERIFY2(anyway->contains(QStringLiteral("1 agent(s) still depend on the old CA")),
             qPrintable(*anyway));
    QVERIFY2(anyway->contains(m_offlineAddress), qPrintable(*anyway));
    QVERIFY2(anyway->contains(QStringLiteral("[Finish Anyway]")), qPrintable(*anyway));
    QVERIFY2(text("caMessage").startsWith(QStringLiteral("1 agent(s) still depend")),
             qPrintable(text("caMessage")));
    // Nothing was retired: the moved agents still obey the old CA.
    QVERIFY(QFile::exists(IdentityFiles::pendingServerCertificate(Settings::dataDirectory())));
    QCOMPARE(command(address(10), issuedBy(*m_old)).kind, CommandOutcome::Kind::Done);
    waitForStatus();
}

void TestCaRolloverDialog::finishAnywayRetiresTheOldCaAndTheConsoleFollows()
{
    QSignalSpy reloaded(m_dialog->session(), &CaRolloverSession::consoleReloaded);
    QSignalSpy finished(m_dialog->session(), &CaRolloverSession::stepFinished);
    answerNextMessageBox(this, QMessageBox::Yes);
    QTest::mouseClick(button("caFinish"), Qt::LeftButton);
    answerNextMessageBox(this, QMessageBox::Yes); // finish anyway
    QVERIFY(reloaded.wait(60000));
    QVERIFY(finished.count() >= 2);
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    QVERIFY2(text("caMessage")
                 .contains(QStringLiteral("forced with 1 agent(s) still on the "
                                          "retired CA")),
             qPrintable(text("caMessage")));
    QVERIFY2(text("caMessage").contains(QStringLiteral("no restart is needed")),
             qPrintable(text("caMessage")));
    QVERIFY(!button("caRestart")->isVisible());
    // The console's identity is the new CA now, without a restart, and its session certificate
    // is obeyed; the old CA is refused.
    QCOMPARE(reloaded.first().first().toString(), m_pendingFingerprint);
    QCOMPARE(certificateFingerprint(m_identity->authority().certificate()), m_pendingFingerprint);
    QVERIFY(!QFile::exists(IdentityFiles::pendingServerCertificate(Settings::dataDirectory())));
    QCOMPARE(command(address(11), issuedBy(*m_old)).kind, CommandOutcome::Kind::Refused);
    QCOMPARE(command(address(11),
                     { m_identity->sessionCertificate().certificate,
                       m_identity->sessionCertificate().key })
                 .kind,
             CommandOutcome::Kind::Done);
    waitForStatus();
    QCOMPARE(text("caRollover"), QStringLiteral("None."));
    QVERIFY(button("caStart")->isEnabled());
}

void TestCaRolloverDialog::everyStepIsAudited()
{
    const Result<std::shared_ptr<Database>> database = Database::openSqlite(m_store);
    QVERIFY2(database, qPrintable(database.error()));
    const QVector<AuditEntry> entries = AuditLog(database.value()).search(AuditFilter {}).value();
    QStringList actions;
    for (auto entry = entries.crbegin(); entry != entries.crend(); ++entry)
        actions << entry->action + QLatin1Char('/') + entry->phase;
    // Oldest first: start, the migration (nothing for the cancelled one: no agent was asked), the
    // refused finish, the refusal before "finish anyway", the forced finish (its finish-rollover
    // command, then the step), as osmgmt-cli ca writes them.
    const QStringList expected {
        QStringLiteral("ca-rollover-start/complete"),
        QStringLiteral("rollover/outcome"),
        QStringLiteral("ca-rollover-finish/complete"),
        QStringLiteral("ca-rollover-finish/complete"),
        QStringLiteral("finish-rollover/outcome"),
        QStringLiteral("ca-rollover-finish/complete"),
    };
    QVERIFY2(actions == expected, qPrintable(actions.join(QLatin1Char(' '))));
    QVERIFY(entries.first().detail.contains(QStringLiteral("forced with 1 agent(s)")));
    QVERIFY(AuditLog(database.value()).verify()->intact());
}

void TestCaRolloverDialog::aRestartIsOfferedWhenTheConsoleCannotFollow()
{
    // A dialog whose session has no console identity to load again: after its finish it says a
    // restart is needed, and offers one.
    m_dialog->close();
    QTRY_VERIFY(m_dialog.isNull());
    auto *session = new CaRolloverSession(nullptr, thisServer, Settings::dataDirectory(),
                                          [path = m_store] { return Database::openSqlite(path); });
    session->setTimeoutMs(5000);
    m_dialog = CaRolloverDialog::open(session, nullptr);
    waitForStatus();
    step("caStart", QMessageBox::Yes);
    waitForStatus();
    QSignalSpy failed(m_dialog->session(), &CaRolloverSession::consoleReloadFailed);
    answerNextMessageBox(this, QMessageBox::Yes);
    QTest::mouseClick(button("caFinish"), Qt::LeftButton);
    answerNextMessageBox(this, QMessageBox::Yes); // finish anyway: no agent was migrated
    QVERIFY(failed.wait(60000));
    QVERIFY(button("caRestart")->isVisible());
    QVERIFY2(text("caRestartNote").contains(QStringLiteral("Restart the console")),
             qPrintable(text("caRestartNote")));
    QSignalSpy restart(m_dialog.data(), &CaRolloverDialog::restartRequested);
    QTest::mouseClick(button("caRestart"), Qt::LeftButton);
    QCOMPARE(restart.count(), 1);
}

QTEST_MAIN(TestCaRolloverDialog)
#include "tst_carolloverdialog.moc"
