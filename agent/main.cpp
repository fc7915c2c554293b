#include "fleetmode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

// osmgmt-agent: the endpoint daemon (DESIGN.md, "The agent and its protocol"). For now it has
// only its fleet mode, which plays many endpoints at once on loopback addresses; the real
// endpoint agent is a later issue, because it speaks the protocol over TLS only.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("osmgmt-agent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OSMGMT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "The osmgmt endpoint agent. --fleet plays the endpoints of a fleet file "
        "(docs/fleet-format.md) until SIGTERM or SIGINT."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption fleet(
        QStringLiteral("fleet"),
        QCoreApplication::translate("main", "Play every endpoint of <file>."),
        QStringLiteral("file"));
    const QCommandLineOption readyFile(
        QStringLiteral("ready-file"),
        QCoreApplication::translate("main", "Write <path> once every listener is bound."),
        QStringLiteral("path"));
    const QCommandLineOption logDirectory(
        QStringLiteral("log-dir"),
        QCoreApplication::translate("main", "Write the log file into <directory>."),
        QStringLiteral("directory"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
            .filePath(QStringLiteral("log")));
    parser.addOptions({ fleet, readyFile, logDirectory });
    parser.process(app);

    if (!parser.isSet(fleet)) {
        std::fprintf(stderr, "osmgmt-agent: %s\n",
                     qUtf8Printable(QCoreApplication::translate(
                         "main",
                         "the real endpoint agent is a later issue: it comes with TLS. "
                         "Only fleet mode exists now: osmgmt-agent --fleet FILE")));
        return 2;
    }
    return runFleetMode(FleetModeOptions { parser.value(fleet), parser.value(readyFile),
                                           parser.value(logDirectory) });
}
