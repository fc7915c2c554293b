#include "commands/commandrun.h"
#include "common/logging.h"
#include "common/unixsignalwatcher.h"
#include "consoleidentity.h"
#include "consolelink.h"
#include "consolewatcher.h"
#include "demo/demoenvironment.h"
#include "demo/demofleet.h"
#include "demo/demohistory.h"
#include "eventfeed.h"
#include "heartbeat/eventnotifier.h"
#include "heartbeatsession.h"
#include "mainwindow.h"
#include "overviewsession.h"
#include "querysession.h"
#include "scheduledqueries.h"
#include "secrets/consolecredentials.h"
#include "secrets/identityfiles.h"
#include "secrets/keychainthread.h"
#include "secrets/savedpassword.h"
#include "settings/settings.h"
#include "settings/storesettings.h"
#include "store/storeconnection.h"
#include "watch/autoresponseduty.h"
#include "watch/autoresponselink.h"
#include "watch/heartbeatduty.h"
#include "watch/heartbeatsettings.h"
#include "watch/policyduty.h"
#include "watch/statuschangeduty.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QLibraryInfo>
#include <QLocale>
#include <QStatusBar>
#include <QTranslator>

#include <csignal>
#include <cstdio>
#include <memory>

namespace {
// The console's translation from the resources, and Qt's own for its standard dialogs.
void installTranslations(QApplication &application, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&application);
    if (translator->load(locale, QStringLiteral("osmgmt"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);
    else if (locale.language() != QLocale::English && locale.language() != QLocale::C)
        Logging::get("ui")->warn("no translation for {}", locale.name());
}
// The store set in Settings → Database; for PostgreSQL, its password read from the keychain on a
// worker (the keychain may block, or ask to be unlocked) while the GUI thread runs its event
// loop. A problem is returned in `problem`: the console still opens, shows it, and keeps to the
// configured store (it never falls back to the SQLite file, where a team would miss the results).
StoreConnection configuredStore(QString *problem)
{
    StoreConnection store { Settings::storeLocation(), {} };
    if (store.location.dialect != SqlDialect::PostgreSql)
        return store;
    using Saved = Result<std::optional<QString>>;
    Saved password = Saved::failure(QString());
    QEventLoop loop;
    onKeychainThread<Saved>(
        &loop, [location = store.location] { return SavedPassword::forStore(location).read(); },
        [&password, &loop](const Saved &saved) {
            password = saved;
            loop.quit();
        });
    loop.exec();
    if (!password)
        *problem = QCoreApplication::translate(
                       "main",
                       "The password of the PostgreSQL database %1 cannot be read from "
                       "the keychain: %2. Queries cannot be stored until it can.")
                       .arg(store.location.describe(), password.error());
    else if (!password.value())
        *problem = QCoreApplication::translate(
                       "main",
                       "No password of the PostgreSQL database %1 is saved in the "
                       "keychain. Enter it in Settings → Database.")
                       .arg(store.location.describe());
    else
        store.password = *password.value();
    return store;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    Settings::identifyApplication();
    Logging::init(Settings::logDirectory(), QStringLiteral("osmgmt.log"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("osmgmt: finds the computers your security server does not protect"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language: en or ja."),
                                        QStringLiteral("LANGUAGE"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("Start the embedded demo: a simulated fleet on loopback, queried at once."));
    // Deep links (issue 19, point 3): where a notification, a script or a colleague points.
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        QStringLiteral("Open this page: summary or results."),
                                        QStringLiteral("PAGE"));
    const QCommandLineOption statusOption(
        QStringLiteral("status"),
        QStringLiteral("Open the results of this security status (no-client-installed, "
                       "unreachable, ...)."),
        QStringLiteral("STATUS"));
    const QCommandLineOption addressOption(QStringLiteral("address"),
                                           QStringLiteral("Open the results of this computer."),
                                           QStringLiteral("ADDRESS"));
    parser.addOptions({ langOption, demoOption, pageOption, statusOption, addressOption });
    parser.process(application);

    const QString language
        = parser.isSet(langOption) ? parser.value(langOption) : Settings::language();
    installTranslations(application, language);
    // Checked before anything starts: a wrong link stops here with the reason, as a wrong option
    // does, rather than opening the console somewhere the caller did not mean.
    const Result<ConsoleLink> link = ConsoleLink::parse(
        parser.value(pageOption), parser.value(statusOption), parser.value(addressOption));
    if (!link) {
        std::fprintf(stderr, "osmgmt: %s\n", qPrintable(link.error()));
        return 2;
    }

    std::unique_ptr<DemoEnvironment> demo;
    QString serverName = Settings::serverName();
    QString scopeFile = Settings::scopeFile();
    if (parser.isSet(demoOption)) {
        // The demo's agents of "this server" report the name the console runs under.
        demo = std::make_unique<DemoEnvironment>(
            QDir(Settings::dataDirectory()).filePath(QStringLiteral("demo")), serverName);
        scopeFile = demo->scopeFile();
        const QString demoError = demo->prepare(); // the scope file, before the window reads it
        if (!demoError.isEmpty())
            Logging::get("ui")->error("{}", demoError);
    }

    // SIGTERM and SIGINT end the console like its Quit: the running query is cancelled and
    // stored, and the demo fleet is stopped.
    UnixSignalWatcher signalWatcher({ SIGINT, SIGTERM });
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &application,
                     &QCoreApplication::quit);

    QString storeProblem;
    const StoreConnection store = configuredStore(&storeProblem);
    Logging::get("store")->info("the store is {}", store.location.describe());
    QuerySession session(store, serverName);
    MainWindow window(&session, scopeFile);
    window.setDemo(demo != nullptr);
    ScheduledQueries scheduled(&session, [&window] { return window.scope(); });
    window.setScheduledQueries(&scheduled);
    // The periodic duties, while this console holds the store's lease (docs/watch.md). Made after
    // `scheduled`, so that it stops, and gives the lease up, before the schedule goes.
    // The heartbeats run on the watcher's thread, never this one (docs/watch.md, "Heartbeats").
    // One client certificate for the heartbeats and the health gathering: the console's session's
    // once its identity is loaded (below), from the keychain's thread until then.
    auto consoleCredentials = std::make_shared<ConsoleCredentials>(
        IdentityFiles::serverCertificate(Settings::dataDirectory()), serverName);
    // The heartbeat settings are the store's, read by the duty at every cycle.
    session.setHealthCredentials([consoleCredentials] { return consoleCredentials->current(); });
    HeartbeatJob heartbeats;
    heartbeats.console = [consoleCredentials] { return consoleCredentials->currentOrNone(); };
    // The CVE compliance policies after the heartbeats, with the same certificate for their
    // commands (docs/policies.md, "The watcher's round"); the automatic response too
    // (docs/auto-response.md).
    PolicyJob policies;
    policies.store = store;
    policies.console = heartbeats.console;
    auto autoResponse = std::make_shared<AutoResponseDuty>(std::make_shared<AgentAutoResponseLink>(
        store, heartbeats.console, CommandRun::Options().timeoutMs));
    ConsoleWatcher watcher(store,
                           { scheduled.watchDuty(), std::make_shared<HeartbeatDuty>(heartbeats),
                             std::make_shared<PolicyDuty>(policies),
                             std::make_shared<StatusChangeDuty>(), autoResponse });
    scheduled.followLease(&watcher);
    window.setWatcher(&watcher);
    ConsoleIdentity identity(
        SecretStore(), IdentityFiles::serverCertificate(Settings::dataDirectory()), serverName);
    window.setCommands(
        &identity,
        ImportedAuthorities(SecretStore(),
                            IdentityFiles::importedServers(Settings::dataDirectory())),
        [store] { return store.open(); });
    window.setHistory([store] { return store.open(); });
    window.setEvents([store] { return store.open(); });
    window.setOverview([store] { return store.open(); });
    window.setQuarantine([store] { return store.open(); });
    // The client tree shows the agents' heartbeat states, whoever's watcher wrote them.
    HeartbeatSession heartbeatStates([store] { return store.open(); });
    window.setHeartbeats(&heartbeatStates);
    QObject::connect(&heartbeatStates, &HeartbeatSession::read, session.clientTree(),
                     &ClientTreeModel::setHeartbeats);
    if (demo) {
        // The demo plays heartbeats at once (docs/watch.md, "The demo"): a store without heartbeat
        // settings gets a one-minute interval; settings an administrator saved stay.
        HeartbeatPolicy demoHeartbeats;
        demoHeartbeats.defaults.interval = std::chrono::minutes(demoHeartbeatMinutes);
        heartbeatStates.savePolicyIfNone(demoHeartbeats, QStringLiteral("the demo's first start"));
    }
    heartbeatStates.start();
    // New events of the kinds selected in the settings, as desktop notifications; a failed
    // automatic response always, and in the status bar too (docs/auto-response.md).
    EventFeed eventFeed(
        [store] { return store.open(); },
        [] { return EventNotifier::kindsToNotify(HeartbeatSettingsStore::notifiedKinds()); });
    EventNotifier notifier(&eventFeed);
    QObject::connect(
        &notifier, &EventNotifier::alarmRaised, &window,
        [&window](const QString &message) { window.statusBar()->showMessage(message); });
    eventFeed.start();
    QObject::connect(
        &identity, &ConsoleIdentity::loaded, &application, [&identity, consoleCredentials] {
            consoleCredentials->adopt(identity.authority(), identity.sessionCertificate());
        });
    identity.load();
    window.openLink(link.value());
    window.show();
    // The query at start (Query → Run a query at start) runs while the overview, the home page,
    // stays in front; a deep link still opens where it points.
    const auto queryAtStart = [&window, opened = link.value()] {
        if (!window.queryAtStart())
            return;
        window.runQuery();
        if (opened.page != ConsoleLink::Page::Summary)
            window.openLink(opened);
        else
            window.showOverviewPage();
    };
    if (!storeProblem.isEmpty()) {
        // Without the password nothing can be read from or written to the team's store: say so
        // once, plainly, rather than once per failing read.
        Logging::get("store")->error("{}", storeProblem);
        window.showError(storeProblem);
    } else {
        session.loadLastQuery();
        scheduled.start(store); // in the background: its errors reach the window when known
        watcher.start();
        // The demo's query waits for its fleet (below); a console's runs now if so set.
        if (!demo)
            queryAtStart();
    }
    Logging::get("ui")->info("console started{}", demo ? " on the demo" : "");

    BackgroundWorkers demoPast; // waits, at exit, for the demo's past being written
    if (demo) {
        // Once the demo's first query is stored, its past (DemoHistory) fills the trends.
        QObject::connect(
            &session, &QuerySession::queryFinished, &window,
            [&window, &demoPast, store, written = false](const QueryOutcome &outcome) mutable {
                if (written || outcome.outcome != ProbeEngine::Outcome::Completed
                    || outcome.queryId < 0)
                    return;
                written = true;
                demoPast.run<Result<int>>(
                    &window,
                    [store, id = outcome.queryId]() -> Result<int> {
                        const auto database = store.open();
                        if (!database)
                            return Result<int>::failure(database.error());
                        return DemoHistory::writePast(database.value(), id);
                    },
                    [&window](const Result<int> &past) {
                        if (!past)
                            Logging::get("ui")->error("the demo's past: {}", past.error());
                        else if (past.value() > 0 && window.overview())
                            window.overview()->refresh();
                    });
            });
        // The demo's first query, once its fleet listens (the demo's setting is on unless turned
        // off).
        QObject::connect(demo.get(), &DemoEnvironment::ready, &window, queryAtStart);
        QObject::connect(demo.get(), &DemoEnvironment::failed, &window, &MainWindow::showError);
        // The branch server's credential, so that the Client Mover can be tried end to end.
        QObject::connect(
            demo.get(), &DemoEnvironment::branchCredentialReady, &window,
            [&window](const QString &server, const QString &file, const QString &password) {
                window.commands()->setOfferedCredential({ server, file, password });
            });
        // The fleet starts once the console knows its CA, so that the demo's agents pin it.
        QObject::connect(&identity, &ConsoleIdentity::loaded, demo.get(), [&demo, &identity] {
            if (!demo->isStarted())
                demo->start(IdentityFiles::serverCertificate(Settings::dataDirectory()),
                            identity.authority());
        });
        QObject::connect(&identity, &ConsoleIdentity::failed, demo.get(), [&demo] {
            if (!demo->isStarted())
                demo->start();
        });
    }
    return application.exec();
}
