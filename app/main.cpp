#include "common/logging.h"
#include "common/unixsignalwatcher.h"
#include "consoleidentity.h"
#include "demoenvironment.h"
#include "mainwindow.h"
#include "querysession.h"
#include "scheduledqueries.h"
#include "secrets/identityfiles.h"
#include "settings/settings.h"
#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <csignal>
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
} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    Settings::identifyApplication();
    Logging::init(Settings::logDirectory(), QStringLiteral("osmgmt.log"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("osmgmt security compliance console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language: en or ja."),
                                        QStringLiteral("LANGUAGE"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("Start the embedded demo: a simulated fleet on loopback, queried at once."));
    parser.addOptions({ langOption, demoOption });
    parser.process(application);

    const QString language
        = parser.isSet(langOption) ? parser.value(langOption) : Settings::language();
    installTranslations(application, language);

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

    QuerySession session(Settings::databaseFile(), serverName);
    MainWindow window(&session, scopeFile);
    ScheduledQueries scheduled(&session, [&window] { return window.scope(); });
    window.setScheduledQueries(&scheduled);
    ConsoleIdentity identity(
        SecretStore(), IdentityFiles::serverCertificate(Settings::dataDirectory()), serverName);
    const QString databaseFile = Settings::databaseFile();
    window.setCommands(
        &identity,
        ImportedAuthorities(SecretStore(),
                            IdentityFiles::importedServers(Settings::dataDirectory())),
        [databaseFile] { return Database::openSqlite(databaseFile); });
    window.setHistory([databaseFile] { return Database::openSqlite(databaseFile); });
    identity.load();
    window.show();
    session.loadLastQuery();
    const QString scheduleError = scheduled.start(Settings::databaseFile());
    if (!scheduleError.isEmpty())
        window.showError(scheduleError);
    Logging::get("ui")->info("console started{}", demo ? " on the demo" : "");

    if (demo) {
        QObject::connect(demo.get(), &DemoEnvironment::ready, &window, &MainWindow::runQuery);
        QObject::connect(demo.get(), &DemoEnvironment::failed, &window, &MainWindow::showError);
        // The fleet starts once the console knows its CA, so that the demo's agents pin it.
        QObject::connect(&identity, &ConsoleIdentity::loaded, demo.get(), [&demo] {
            if (!demo->isStarted())
                demo->start(IdentityFiles::serverCertificate(Settings::dataDirectory()));
        });
        QObject::connect(&identity, &ConsoleIdentity::failed, demo.get(), [&demo] {
            if (!demo->isStarted())
                demo->start();
        });
    }
    return application.exec();
}
