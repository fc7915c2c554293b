#include "help/helpdialog.h"
#include "mainwindow.h"
#include "probe/agenttrust.h"
#include "probe/classifier.h"
#include "query/directoryendpoints.h"
#include "querysession.h"

#include <QAction>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QtTest>

// Help → Statuses and checks on the real main window, offscreen: opened from the Help menu and
// with F1; every status, every gate result, every detail text the console writes and every
// shortcut the window has are in it.
class TestHelpDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensFromTheHelpMenu();
    void opensWithF1();
    void namesEveryStatusAndGateResult();
    void explainsEveryDetailText();
    void listsTheShortcutsThatExist();

private:
    // The page's text as the window's Help menu opens it.
    QString openedPageText();
    // Fails when a fixed part of detail (between the marker and numbers) is not in the page.
    static void verifyExplained(const QString &page, const QString &detail);

    QTemporaryDir m_dir;
    std::unique_ptr<QuerySession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

// What stands for the variable parts of a detail text (a server name, a reason...): runs of @,
// so that two different names (this server, another server) are both markers.
const QString kMarker = QStringLiteral("@@");
const QString kOtherMarker = QStringLiteral("@@@");

void TestHelpDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_session = std::make_unique<QuerySession>(m_dir.filePath(QStringLiteral("help.sqlite")),
                                               QStringLiteral("osm-hq"));
    m_window = std::make_unique<MainWindow>(m_session.get(),
                                            m_dir.filePath(QStringLiteral("scope.json")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QString TestHelpDialog::openedPageText()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("helpStatusesAction"));
    if (!action)
        return {};
    action->trigger();
    auto *dialog = m_window->findChild<HelpDialog *>(QStringLiteral("helpDialog"));
    if (!dialog || !dialog->isVisible())
        return {};
    // Where an administrator's eyes would be: OSMGMT_HELP_SCREENSHOT=dir keeps a picture.
    const QString shots = qEnvironmentVariable("OSMGMT_HELP_SCREENSHOT");
    if (!shots.isEmpty())
        dialog->grab().save(shots + QStringLiteral("/help-dialog.png"));
    return dialog->browser()->toPlainText();
}

void TestHelpDialog::opensFromTheHelpMenu()
{
    QMenu *helpMenu = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&Help"))
            helpMenu = menu->menu();
    }
    QVERIFY(helpMenu);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("helpStatusesAction"));
    QVERIFY(action);
    QVERIFY(helpMenu->actions().contains(action));
    QCOMPARE(action->text(), QStringLiteral("&Statuses and checks"));

    action->trigger();
    auto *dialog = m_window->findChild<HelpDialog *>(QStringLiteral("helpDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal()); // read beside the results
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Statuses and checks"));
    QVERIFY(dialog->browser()->toPlainText().contains(QStringLiteral("Security statuses")));
    dialog->close();
}

void TestHelpDialog::opensWithF1()
{
    if (auto *open = m_window->findChild<HelpDialog *>(QStringLiteral("helpDialog")))
        open->close();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto *dialog = m_window->findChild<HelpDialog *>(QStringLiteral("helpDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->browser()->toPlainText().contains(QStringLiteral("The gate port")));
    dialog->close();
}

void TestHelpDialog::namesEveryStatusAndGateResult()
{
    const QString page = openedPageText();
    QVERIFY(!page.isEmpty());
    for (SecurityStatus status : SecurityStatuses::all) {
        QVERIFY2(page.contains(displayName(status)), qPrintable(toKey(status)));
        QVERIFY2(page.contains(HelpText::meaning(status)), qPrintable(toKey(status)));
        QVERIFY2(page.contains(HelpText::whatToDo(status)), qPrintable(toKey(status)));
    }
    for (GateResult gate : GateResults::all) {
        QVERIFY2(page.contains(displayName(gate)), qPrintable(toKey(gate)));
        QVERIFY2(page.contains(HelpText::meaning(gate)), qPrintable(toKey(gate)));
    }
    QVERIFY(page.contains(QStringLiteral("port 135 by default")));
    // What the window's scope checks now (its example scope: port 21112, the check on 135).
    QVERIFY(page.contains(QStringLiteral("The scope checks port 135 now.")));
    QVERIFY(page.contains(QStringLiteral("The scope lists these agent ports now: 21112.")));
    QVERIFY(page.contains(QStringLiteral("Agent ports")));
    QVERIFY(page.contains(QStringLiteral("“Use on-demand assessment”")));
    QVERIFY(page.contains(QStringLiteral("Unverified agents")));
    QVERIFY(!page.contains(QStringLiteral("%1"))); // every placeholder filled
}

void TestHelpDialog::verifyExplained(const QString &page, const QString &detail)
{
    static const QRegularExpression variable(QStringLiteral("@+|[0-9]+"));
    for (const QString &part : detail.split(variable)) {
        const QString fixed = part.trimmed();
        if (fixed.size() < 3)
            continue;
        QVERIFY2(page.contains(fixed), qPrintable(QStringLiteral("%1 (of %2)").arg(fixed, detail)));
    }
}

void TestHelpDialog::explainsEveryDetailText()
{
    const QString page = openedPageText();
    QVERIFY(!page.isEmpty());
    const Classifier classifier(kMarker);
    AgentIdentity ours;
    ours.server = kMarker;
    AgentIdentity theirs;
    theirs.server = kOtherMarker;
    QVector<EndpointObservation> observations(8);
    observations[0].fromActiveDirectory = true;
    observations[0].resolved = false;
    observations[1].gate = GateResult::Connected;
    observations[1].identity = ours;
    observations[1].identityVerified = true;
    observations[2].gate = GateResult::Connected;
    observations[2].identity = ours;
    observations[2].unverifiedReason = kMarker;
    observations[3].gate = GateResult::Connected;
    observations[3].identity = theirs;
    observations[4].ports = { { 21112, PortOutcome::Stalled, kMarker } };
    observations[5].fromActiveDirectory = true;
    observations[5].ports = { { 21112, PortOutcome::Garbage, kMarker } };
    observations[6].gate = GateResult::Connected;
    observations[7].ports = { { 21112, PortOutcome::Timeout, kMarker } };
    for (GateResult gate : GateResults::all) {
        EndpointObservation gated;
        gated.gate = gate;
        observations.append(gated);
    }
    QSet<SecurityStatus> seen;
    for (const EndpointObservation &observation : std::as_const(observations)) {
        const Classification classification = classifier.classify(observation);
        seen.insert(classification.status);
        verifyExplained(page, classification.detail);
    }
    QCOMPARE(seen.size(), int(SecurityStatuses::all.size())); // every rule of the classifier

    // Active Directory computers: two with one address, and one never assessed.
    AdComputer first { QStringLiteral("CN=A"), kMarker, kMarker, {}, {} };
    AdComputer second { QStringLiteral("CN=B"), kOtherMarker, kOtherMarker, {}, {} };
    const QHostAddress address(QStringLiteral("127.0.0.1"));
    const DirectoryEndpoints::OnDemand split
        = DirectoryEndpoints::onDemand({ { first, { address }, {} }, { second, { address }, {} } });
    QCOMPARE(split.unresolved.size(), 1);
    verifyExplained(page, split.unresolved.first().detail);
    LastAssessment::Found found { Endpoint(), QDateTime(QDate(2026, 1, 2), QTime(3, 4)) };
    found.endpoint.detail = kMarker;
    for (const Endpoint &endpoint : DirectoryEndpoints::stored(
             { { first, {}, QString() }, { second, {}, QString() } }, { std::nullopt, found })) {
        verifyExplained(page, endpoint.detail);
    }

    // Why a claim of this server is unverified.
    const AgentTrust trust(QStringLiteral("osm-hq"), QSslCertificate());
    verifyExplained(page, trust.verifyChain({}, address).problem);
}

void TestHelpDialog::listsTheShortcutsThatExist()
{
    const QString page = openedPageText();
    const qsizetype section = page.indexOf(QStringLiteral("Keyboard shortcuts\n"));
    QVERIFY(section > 0);
    const QString shortcuts = page.mid(section);
    int count = 0;
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        for (const QKeySequence &keys : action->shortcuts()) {
            const QString native = keys.toString(QKeySequence::NativeText);
            QVERIFY2(shortcuts.contains(native), qPrintable(native));
            ++count;
        }
    }
    // F1 and F5 at least; Quit's standard key depends on the platform (none offscreen).
    QVERIFY(count >= 2);
    QVERIFY(shortcuts.contains(QRegularExpression(QStringLiteral("F1\\s+Statuses and checks"))));
    QVERIFY(shortcuts.contains(QRegularExpression(QStringLiteral("F5\\s+Run query"))));
}

QTEST_MAIN(TestHelpDialog)
#include "tst_helpdialog.moc"
