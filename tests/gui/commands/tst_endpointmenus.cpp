#include "auditlogmodel.h"
#include "clienttreemodel.h"
#include "commands/auditpage.h"
#include "commands/clientmoverwizard.h"
#include "commands/commandprogressdialog.h"
#include "commands/commandprogressview.h"
#include "commands/endpointmenus.h"
#include "consoleidentity.h"
#include "endpointactions.h"
#include "fleetprocess.h"
#include "identity/credentialexportdialog.h"
#include "identity/credentialimportdialog.h"
#include "identity/servercredential.h"
#include "mainwindow.h"
#include "messageboxanswer.h"
#include "querysession.h"
#include "results/resultspage.h"
#include "resultsfiltermodel.h"
#include "resultsmodel.h"
#include "store/database.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

// Right-click on several computers of the results table: the menu offers what fits them, asks
// before acting, runs the command in the background against real agents, reports each
// computer, and the audit page shows it.
class TestEndpointMenus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void menuEnablesWhatFitsTheSelection();
    void quarantineOnAMultiSelectionAsksRunsAndAudits();
    void answeringNoSendsNothing();
    void copyPutsTheSelectionOnTheClipboard();
    void treeSelectionBecomesEndpoints();
    void aMoveUsesTheImportedCredentialThenForgetsIt();
    void credentialTravelsThroughTheExportAndImportDialogs();
    void theWizardOffersTheDemoCredential();
    void cancelDuringTheMoveKeepsTheWizardUntilItEnds();

private:
    Endpoint endpoint(int host, SecurityStatus status, const QString &server) const;
    void selectRows(const QVector<int> &rows);
    // Answers the next message box with `button`; returns what it said.
    QTemporaryDir m_directory;
    QString m_network;
    quint16 m_agentPort = 0;
    FleetProcess m_fleet;
    std::unique_ptr<QuerySession> m_session;
    std::unique_ptr<ConsoleIdentity> m_identity;
    std::unique_ptr<MainWindow> m_window;
};

namespace {
const QString thisServer = QStringLiteral("osm-hq");
}

Endpoint TestEndpointMenus::endpoint(int host, SecurityStatus status, const QString &server) const
{
    Endpoint endpoint;
    endpoint.address = m_network + QString::number(host);
    endpoint.name = QStringLiteral("ws%1").arg(host);
    endpoint.status = status;
    endpoint.server = server;
    endpoint.agentPort = server.isEmpty() ? 0 : m_agentPort;
    return endpoint;
}

void TestEndpointMenus::initTestCase()
{
    QVERIFY(m_directory.isValid());
    const QString certificate = m_directory.filePath(QStringLiteral("server-ca.pem"));
    m_identity = std::make_unique<ConsoleIdentity>(SecretStore(QStringLiteral("osmgmt-test-menus")),
                                                   certificate, thisServer);
    QSignalSpy loaded(m_identity.get(), &ConsoleIdentity::loaded);
    m_identity->load();
    QVERIFY2(loaded.wait(20000), qPrintable(m_identity->error()));

    const QString block = FleetProcess::randomLoopbackNetwork();
    m_network = block.left(block.lastIndexOf(QLatin1Char('.')) + 1);
    m_agentPort = FleetProcess::randomPort();
    QJsonArray endpoints;
    for (int host : { 10, 11 })
        endpoints.append(
            QJsonObject { { QStringLiteral("address"), QString(m_network + QString::number(host)) },
                          { QStringLiteral("agent"),
                            QJsonObject { { QStringLiteral("port"), int(m_agentPort) },
                                          { QStringLiteral("server"), thisServer } } } });
    // The agents of this server prove it with agent certificates of its CA (issue 15).
    m_fleet.registerAgents(thisServer, m_identity->authority());
    const QString error = m_fleet.start(QJsonObject {
        { QStringLiteral("servers"),
          QJsonObject { { thisServer, QJsonObject { { QStringLiteral("ca"), certificate } } } } },
        { QStringLiteral("endpoints"), endpoints } });
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QString database = m_directory.filePath(QStringLiteral("osmgmt.sqlite"));
    m_session = std::make_unique<QuerySession>(database, thisServer);
    m_session->setServerCa(m_identity->authority().certificate());
    m_window = std::make_unique<MainWindow>(m_session.get(),
                                            m_directory.filePath(QStringLiteral("scope.json")));
    m_window->setCommands(m_identity.get(),
                          ImportedAuthorities(SecretStore(QStringLiteral("osmgmt-test-menus")),
                                              m_directory.filePath(QStringLiteral("imported"))),
                          [database] { return Database::openSqlite(database); });
    new QAbstractItemModelTester(m_window->auditPage()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    const QVector<Endpoint> shown {
        endpoint(10, SecurityStatus::ManagedByThisServer, thisServer),
        endpoint(11, SecurityStatus::ManagedByThisServer, thisServer),
        endpoint(12, SecurityStatus::NoClientInstalled, QString()),
        endpoint(13, SecurityStatus::ManagedByAnotherServer, QStringLiteral("osm-branch")),
    };
    m_session->results()->setEndpoints(shown);
    m_session->clientTree()->addRows(m_session->results()->snapshot(),
                                     m_session->results()->rowCount());
    m_window->showResults(std::nullopt);
    m_window->show();
    QTRY_COMPARE(m_window->resultsPage()->view()->rowCount(), 4);
}

void TestEndpointMenus::selectRows(const QVector<int> &rows)
{
    QTableView *table = m_window->resultsPage()->table();
    table->clearSelection();
    for (int row : rows)
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void TestEndpointMenus::menuEnablesWhatFitsTheSelection()
{
    // Rows in address order: ws10, ws11 (this server), ws12 (no client), ws13 (another server).
    selectRows({ 0, 1, 2 });
    EndpointMenus *menus = m_window->endpointMenus();
    const QVector<Endpoint> selected = menus->selectedInResults();
    QCOMPARE(selected.size(), 3);
    std::unique_ptr<QMenu> menu(menus->menuFor(selected, m_window.get()));
    QHash<QString, QAction *> byName;
    for (QAction *candidate : menu->actions())
        byName.insert(candidate->objectName(), candidate);
    QVERIFY(byName.value(QStringLiteral("quarantineAction"))->isEnabled());
    QVERIFY(byName.value(QStringLiteral("releaseAction"))->isEnabled());
    QVERIFY(byName.value(QStringLiteral("startServiceAction"))->isEnabled());
    QVERIFY(!byName.value(QStringLiteral("moveAction"))->isEnabled());
    QVERIFY(byName.value(QStringLiteral("copyAction"))->isEnabled());
    QVERIFY(byName.value(QStringLiteral("quarantineAction"))
                ->statusTip()
                .contains(QLatin1String("2 of")));
    // Greyed out, an action says why on hover (issue 19, point 4).
    QVERIFY(menu->toolTipsVisible());
    QVERIFY2(byName.value(QStringLiteral("moveAction"))
                 ->toolTip()
                 .contains(QLatin1String("Only clients of another server")),
             qPrintable(byName.value(QStringLiteral("moveAction"))->toolTip()));

    // Only a computer without a client: every command is greyed out, each saying so.
    selectRows({ 2 });
    menu.reset(menus->menuFor(menus->selectedInResults(), m_window.get()));
    for (QAction *candidate : menu->actions()) {
        if (candidate->isSeparator() || candidate->isEnabled())
            continue;
        QVERIFY2(candidate->toolTip().contains(QLatin1String("No client is installed")),
                 qPrintable(candidate->objectName() + QLatin1String(": ") + candidate->toolTip()));
    }
    for (const char *name : { "moveAction", "registerAction", "quarantineAction", "releaseAction",
                              "startServiceAction" }) {
        QAction *action = nullptr;
        for (QAction *candidate : menu->actions())
            if (candidate->objectName() == QLatin1String(name))
                action = candidate;
        QVERIFY2(action && !action->isEnabled(), name);
    }

    selectRows({ 3 });
    menu.reset(menus->menuFor(menus->selectedInResults(), m_window.get()));
    byName.clear();
    for (QAction *candidate : menu->actions())
        byName.insert(candidate->objectName(), candidate);
    QVERIFY(byName.value(QStringLiteral("moveAction"))->isEnabled());
    QVERIFY(!byName.value(QStringLiteral("quarantineAction"))->isEnabled());

    // A right-click opens the same menu as a popup.
    QTableView *table = m_window->resultsPage()->table();
    emit table->customContextMenuRequested(table->visualRect(table->model()->index(3, 0)).center());
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    QApplication::activePopupWidget()->close();
}

void TestEndpointMenus::quarantineOnAMultiSelectionAsksRunsAndAudits()
{
    selectRows({ 0, 1, 2 });
    EndpointMenus *menus = m_window->endpointMenus();
    std::unique_ptr<QMenu> menu(menus->menuFor(menus->selectedInResults(), m_window.get()));
    QAction *quarantine = nullptr;
    for (QAction *candidate : menu->actions())
        if (candidate->objectName() == QLatin1String("quarantineAction"))
            quarantine = candidate;
    QVERIFY(quarantine);
    QSignalSpy finished(m_window->commands(), &CommandController::commandFinished);
    const auto asked = answerNextMessageBox(this, QMessageBox::Yes);
    quarantine->trigger();
    QVERIFY2(asked->contains(QLatin1String("Quarantine 2 computers")), qPrintable(*asked));
    // The box names its targets and says what its button does: no Yes, no Show Details.
    QVERIFY2(asked->contains(QLatin1String("[Quarantine 2 computers]")), qPrintable(*asked));
    QVERIFY2(asked->contains(QLatin1String("ws10 (")) && asked->contains(QLatin1String("ws11 (")),
             qPrintable(*asked));
    QVERIFY2(!asked->contains(QLatin1String("[&Yes]")) && !asked->contains(QLatin1String("[Yes]")),
             qPrintable(*asked));

    auto *progress = m_window->findChild<CommandProgressDialog *>();
    QVERIFY(progress);
    QVERIFY(progress->isVisible());
    QVERIFY(finished.wait(30000));
    const auto outcomes = finished.at(0).at(0).value<QVector<TargetOutcome>>();
    QCOMPARE(outcomes.size(), 2);
    for (const TargetOutcome &outcome : outcomes)
        QCOMPARE(outcome.kind, TargetOutcome::Kind::Done);
    QTableWidget *table = progress->table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Done"));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Done"));
    progress->close();

    m_window->showAuditPage();
    AuditLogModel *audit = m_window->auditPage()->model();
    QTRY_COMPARE(audit->rowCount(), 1);
    QCOMPARE(audit->entry(0).action, QStringLiteral("quarantine"));
    QCOMPARE(audit->entry(0).targets.size(), 2);
    QCOMPARE(audit->data(audit->index(0, AuditLogModel::OutcomeColumn)).toString(),
             QStringLiteral("Done 2"));

    // Release them again, so the fleet is as it was.
    const auto releaseAsked = answerNextMessageBox(this, QMessageBox::Yes);
    QVERIFY(
        m_window->commands()->request(EndpointActions::Kind::Release, menus->selectedInResults()));
    QVERIFY2(releaseAsked->contains(QLatin1String("[Release 2 computers]")),
             qPrintable(*releaseAsked));
    QVERIFY(finished.wait(30000));
    m_window->showAuditPage();
    QTRY_COMPARE(audit->rowCount(), 2);

    // The page searches as the administrator types, and exports what the search selects.
    AuditPage *page = m_window->auditPage();
    page->findChild<QLineEdit *>(QStringLiteral("auditSearch"))->setText(QStringLiteral("release"));
    QTRY_COMPARE(audit->rowCount(), 1);
    QCOMPARE(audit->entry(0).action, QStringLiteral("release"));
    const QString csv = m_directory.filePath(QStringLiteral("audit.csv"));
    QSignalSpy exported(page, &AuditPage::exported);
    QSignalSpy failed(page, &AuditPage::exportFailed);
    page->exportTo(csv);
    QVERIFY(exported.wait(20000));
    QCOMPARE(failed.count(), 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // the byte-order mark Excel needs
    const QList<QByteArray> lines = bytes.trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // the headers, then one row per computer of the release
    QVERIFY(lines.at(1).contains("release") && lines.at(2).contains("release"));
    page->findChild<QLineEdit *>(QStringLiteral("auditSearch"))->clear();
    QTRY_COMPARE(audit->rowCount(), 2);
}

void TestEndpointMenus::answeringNoSendsNothing()
{
    selectRows({ 0 });
    QSignalSpy finished(m_window->commands(), &CommandController::commandFinished);
    const auto asked = answerNextMessageBox(this, QMessageBox::No);
    QVERIFY(!m_window->commands()->request(EndpointActions::Kind::Quarantine,
                                           m_window->endpointMenus()->selectedInResults()));
    QVERIFY(asked->contains(QLatin1String("Quarantine 1 computer")));
    QVERIFY(!finished.wait(500));
}

void TestEndpointMenus::copyPutsTheSelectionOnTheClipboard()
{
    selectRows({ 0, 2 });
    EndpointMenus *menus = m_window->endpointMenus();
    std::unique_ptr<QMenu> menu(menus->menuFor(menus->selectedInResults(), m_window.get()));
    for (QAction *candidate : menu->actions())
        if (candidate->objectName() == QLatin1String("copyAction"))
            candidate->trigger();
    const QStringList lines
        = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // the header and two computers
    QVERIFY(lines.at(1).contains(QStringLiteral("ws10")));
    QVERIFY(lines.at(2).contains(QStringLiteral("ws12")));
}

void TestEndpointMenus::credentialTravelsThroughTheExportAndImportDialogs()
{
    const QString file = m_directory.filePath(QStringLiteral("osm-hq.p12"));
    CredentialExportDialog exporter(m_identity->authority(), m_window.get());
    exporter.findChild<QLineEdit *>(QStringLiteral("credentialFile"))->setText(file);
    exporter.findChild<QLineEdit *>(QStringLiteral("credentialPassword"))
        ->setText(QStringLiteral("long enough now"));
    exporter.findChild<QLineEdit *>(QStringLiteral("credentialRepeat"))
        ->setText(QStringLiteral("long enough noW"));
    QVERIFY(!exporter.exportFile());
    QVERIFY(exporter.error().contains(QLatin1String("differ")));
    QVERIFY(!QFile::exists(file));
    exporter.findChild<QLineEdit *>(QStringLiteral("credentialRepeat"))
        ->setText(QStringLiteral("long enough now"));
    QVERIFY2(exporter.exportFile(), qPrintable(exporter.error()));
    QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());

    // Agents → Import another server's credential: refused with a wrong password, then kept.
    CredentialImportDialog importer(m_window->commands(), m_window.get());
    importer.findChild<QLineEdit *>(QStringLiteral("credentialFile"))->setText(file);
    importer.findChild<QLineEdit *>(QStringLiteral("credentialPassword"))
        ->setText(QStringLiteral("wrong password"));
    QSignalSpy finished(&importer, &CredentialImportDialog::importFinished);
    importer.importFile();
    QVERIFY(finished.wait(20000));
    auto *said = importer.findChild<QLabel *>(QStringLiteral("credentialError"));
    QVERIFY(said->text().contains(QLatin1String("password")));
    importer.findChild<QLineEdit *>(QStringLiteral("credentialPassword"))
        ->setText(QStringLiteral("long enough now"));
    importer.importFile();
    QVERIFY(finished.wait(20000));
    QVERIFY2(said->text().contains(QLatin1String("Imported the credential of")),
             qPrintable(said->text()));
    QVERIFY(m_window->commands()
                ->missingCredentials(
                    { endpoint(10, SecurityStatus::ManagedByAnotherServer, thisServer) })
                .isEmpty());
}

void TestEndpointMenus::treeSelectionBecomesEndpoints()
{
    QTreeView *tree = m_window->clientTree();
    QAbstractItemModel *model = tree->model();
    // Every computer node under every group, selected.
    QStringList selectedAddresses;
    std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data(ClientTreeModel::NodeKindRole).value<ClientTreeModel::NodeKind>()
                == ClientTreeModel::NodeKind::Computer) {
                tree->selectionModel()->select(index, QItemSelectionModel::Select);
                selectedAddresses << index.data(ClientTreeModel::AddressRole).toString();
            }
            visit(index);
        }
    };
    tree->clearSelection();
    visit({});
    QCOMPARE(selectedAddresses.size(), 4);
    const QVector<Endpoint> selected = m_window->endpointMenus()->selectedInTree();
    QCOMPARE(selected.size(), 4);
    for (const Endpoint &endpoint : selected)
        QVERIFY(selectedAddresses.contains(endpoint.address));
}

// Issue 15, point 4: a move credential serves one move. Imported and used in the same process,
// as an administrator does (its read once waited forever in the keychain: tst_secretstore_threads).
// Issue 19, point 7: through the Client Mover wizard, page by page, on the real fleet.
void TestEndpointMenus::aMoveUsesTheImportedCredentialThenForgetsIt()
{
    const QString file = m_directory.filePath(QStringLiteral("osm-hq-move.p12"));
    const QString password = QStringLiteral("long enough now");
    const Result<QByteArray> bundle
        = ServerCredential::exportBundle(m_identity->authority(), password);
    QVERIFY(bundle);
    QFile output(file);
    QVERIFY(output.open(QIODevice::WriteOnly));
    QCOMPARE(output.write(bundle.value()), bundle->size());
    output.close();
    const ImportedAuthorities kept(SecretStore(QStringLiteral("osmgmt-test-menus")),
                                   m_directory.filePath(QStringLiteral("imported")));
    QVERIFY(!kept.servers().contains(thisServer));

    // The agent obeys the exported server: as the importing console sees it, another server's.
    const Endpoint target = endpoint(10, SecurityStatus::ManagedByAnotherServer, thisServer);
    ClientMoverWizard wizard(m_window->commands(), { target }, m_window.get());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    // 1. Where the credential comes from: the other server's console exports it, by that menu.
    QCOMPARE(wizard.currentId(), int(ClientMoverWizard::ExplainPage));
    const QString explained
        = wizard.findChild<QLabel *>(QStringLiteral("moverExplanation"))->text();
    QVERIFY2(explained.contains(QStringLiteral("Agents → Export this server's credential...")),
             qPrintable(explained));
    QVERIFY2(explained.contains(thisServer), qPrintable(explained));
    QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("moverDemoCredential")));
    wizard.next();

    // 2. The file and its password: a wrong password keeps the page, with the reason.
    QCOMPARE(wizard.currentId(), int(ClientMoverWizard::CredentialPage));
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QVERIFY(!next->isEnabled());
    wizard.findChild<QLineEdit *>(QStringLiteral("credentialFile"))->setText(file);
    wizard.findChild<QLineEdit *>(QStringLiteral("credentialPassword"))
        ->setText(QStringLiteral("wrong password"));
    QVERIFY(next->isEnabled());
    QSignalSpy imported(&wizard, &ClientMoverWizard::importFinished);
    next->click();
    QVERIFY(imported.wait(20000));
    QCOMPARE(wizard.currentId(), int(ClientMoverWizard::CredentialPage));
    QVERIFY2(wizard.findChild<QLabel *>(QStringLiteral("credentialError"))
                 ->text()
                 .contains(QLatin1String("password")),
             qPrintable(wizard.findChild<QLabel *>(QStringLiteral("credentialError"))->text()));
    wizard.findChild<QLineEdit *>(QStringLiteral("credentialPassword"))->setText(password);
    next->click();
    QVERIFY(imported.wait(20000));
    QVERIFY(wizard.missingServers().isEmpty());
    QVERIFY(kept.servers().contains(thisServer));

    // 3. The confirmation names the computers itself, and its button says what it does.
    QTRY_COMPARE(wizard.currentId(), int(ClientMoverWizard::ConfirmPage));
    auto *targets = wizard.findChild<QListWidget *>(QStringLiteral("moverTargets"));
    QCOMPARE(targets->count(), 1);
    QVERIFY2(targets->item(0)->text().contains(QLatin1String("ws10 (")),
             qPrintable(targets->item(0)->text()));
    QVERIFY(targets->item(0)->text().contains(thisServer));
    QAbstractButton *commit = wizard.button(QWizard::CommitButton);
    // (English plural forms come from osmgmt_en.ts, which this test does not load.)
    QVERIFY2(commit->text().startsWith(QLatin1String("Move 1 computer")),
             qPrintable(commit->text()));

    // 4. The move, in the background, through the command session: outcome and audit entry.
    QSignalSpy finished(m_window->commands(), &CommandController::commandFinished);
    commit->click();
    QCOMPARE(wizard.currentId(), int(ClientMoverWizard::RunPage));
    QVERIFY(wizard.moveStarted());
    QVERIFY(wizard.progress());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(finished.wait(30000));
    const auto outcomes = finished.at(0).at(0).value<QVector<TargetOutcome>>();
    QCOMPARE(outcomes.size(), 1);
    QVERIFY2(outcomes.at(0).kind == TargetOutcome::Kind::Done, qPrintable(outcomes.at(0).detail));
    QTRY_VERIFY(wizard.progress()->isFinished());
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(wizard.progress()->table()->item(0, 2)->text(), QStringLiteral("Done"));
    QTRY_VERIFY_WITH_TIMEOUT(!kept.servers().contains(thisServer), 20000);
    const Result<MoveCredential> gone = kept.find(thisServer);
    QVERIFY(!gone);
    QVERIFY2(gone.error().contains(QLatin1String("Import the credential")),
             qPrintable(gone.error()));
    m_window->showAuditPage();
    AuditLogModel *audit = m_window->auditPage()->model();
    const auto moveAudited = [audit] {
        for (int row = 0; row < audit->rowCount(); ++row)
            if (audit->entry(row).action == QLatin1String("move"))
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(moveAudited(), 20000);
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(!wizard.isVisible());
}

// The demo's offer: its branch server's file filled in, and the password shown to type.
void TestEndpointMenus::theWizardOffersTheDemoCredential()
{
    m_window->commands()->setOfferedCredential({ QStringLiteral("osm-branch"),
                                                 QStringLiteral("/demo/osm-branch.p12"),
                                                 QStringLiteral("abcd-efgh-jkmn-pqrs") });
    ClientMoverWizard wizard(
        m_window->commands(),
        { endpoint(13, SecurityStatus::ManagedByAnotherServer, QStringLiteral("osm-branch")) },
        m_window.get());
    QCOMPARE(wizard.missingServers(), QStringList { QStringLiteral("osm-branch") });
    auto *offer = wizard.findChild<QLabel *>(QStringLiteral("moverDemoCredential"));
    QVERIFY(offer);
    QVERIFY(offer->text().contains(QLatin1String("abcd-efgh-jkmn-pqrs")));
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("credentialFile"))->text(),
             QStringLiteral("/demo/osm-branch.p12"));
    QVERIFY(wizard.findChild<QLineEdit *>(QStringLiteral("credentialPassword"))->text().isEmpty());
    // The file filled in, the password is where the typing goes.
    wizard.show();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ClientMoverWizard::CredentialPage));
    QTRY_VERIFY(wizard.findChild<QLineEdit *>(QStringLiteral("credentialPassword"))->hasFocus());
    wizard.close();
    m_window->commands()->setOfferedCredential({});

    // Requested from the menu, a move opens the wizard (and sends nothing when it is cancelled).
    QSignalSpy finished(m_window->commands(), &CommandController::commandFinished);
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(qobject_cast<ClientMoverWizard *>(QApplication::activeModalWidget()));
        QApplication::activeModalWidget()->close();
    });
    QVERIFY(!m_window->commands()->request(
        EndpointActions::Kind::Move,
        { endpoint(13, SecurityStatus::ManagedByAnotherServer, QStringLiteral("osm-branch")) }));
    QVERIFY(!finished.wait(300));
}

// Cancel while the move runs stops what was not sent yet; the wizard stays to show the end.
void TestEndpointMenus::cancelDuringTheMoveKeepsTheWizardUntilItEnds()
{
    std::optional<Result<QString>> imported;
    m_window->commands()->importCredential(
        m_directory.filePath(QStringLiteral("osm-hq-move.p12")), QStringLiteral("long enough now"),
        [&imported](const Result<QString> &result) { imported = result; });
    QTRY_VERIFY_WITH_TIMEOUT(imported.has_value(), 20000);
    QVERIFY2(imported.value(), qPrintable(imported->error()));
    ClientMoverWizard wizard(m_window->commands(),
                             { endpoint(11, SecurityStatus::ManagedByAnotherServer, thisServer) },
                             m_window.get());
    // Every credential there: the wizard opens on its confirmation.
    QCOMPARE(wizard.startId(), int(ClientMoverWizard::ConfirmPage));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QSignalSpy finished(m_window->commands(), &CommandController::commandFinished);
    wizard.button(QWizard::CommitButton)->click();
    QVERIFY(wizard.progress() && !wizard.progress()->isFinished());
    wizard.reject(); // Cancel, before the event loop ran a step of the move
    QVERIFY(wizard.isVisible());
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("commandStatus"))
                ->text()
                .startsWith(QLatin1String("Cancelling")));
    QVERIFY(finished.wait(30000));
    QTRY_VERIFY(wizard.progress()->isFinished());
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("moverNextStep")));
    wizard.reject(); // ended: Cancel closes now
    QVERIFY(!wizard.isVisible());
}

QTEST_MAIN(TestEndpointMenus)
#include "tst_endpointmenus.moc"
