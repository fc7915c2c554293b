#include "fleet/fleetmode.h"
#include "host/realagentmode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

// osmgmt-agent: the endpoint daemon (DESIGN.md, "The agent and its protocol"). --config runs
// the agent of this host; --fleet plays many endpoints at once on loopback addresses.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("osmgmt-agent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OSMGMT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "The osmgmt endpoint agent. --config runs the agent of this host "
        "(docs/agent-protocol.md); --fleet plays the endpoints of a fleet file "
        "(docs/fleet-format.md). Both run until SIGTERM or SIGINT."));
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
    const QCommandLineOption config(
        QStringLiteral("config"),
        QCoreApplication::translate("main", "Run the agent of this host as <file> says."),
        QStringLiteral("file"));
    const QCommandLineOption fleetState(
        QStringLiteral("fleet-state"),
        QCoreApplication::translate(
            "main",
            "With --fleet: keep moves, quarantines and started services in <file> "
            "across restarts."),
        QStringLiteral("file"));
    const QCommandLineOption restoreQuarantine(
        QStringLiteral("restore-quarantine"),
        QCoreApplication::translate("main",
                                    "With --config: load the kept quarantine into nftables and "
                                    "exit (run at boot, before the network is up)."));
    const QCommandLineOption fleetClock(
        QStringLiteral("fleet-clock"),
        QCoreApplication::translate("main",
                                    "With --fleet: the fleet's time is the ISO-8601 time written "
                                    "in <file>, read again whenever it is needed (for tests)."),
        QStringLiteral("file"));
    parser.addOptions(
        { config, fleet, fleetState, fleetClock, readyFile, logDirectory, restoreQuarantine });
    parser.process(app);

    if (parser.isSet(config) == parser.isSet(fleet)) {
        std::fprintf(stderr, "osmgmt-agent: %s\n",
                     qUtf8Printable(QCoreApplication::translate(
                         "main", "give either --config FILE (this host's agent) or --fleet FILE")));
        return 2;
    }
    if (parser.isSet(fleetState) && !parser.isSet(fleet)) {
        std::fprintf(
            stderr, "osmgmt-agent: %s\n",
            qUtf8Printable(QCoreApplication::translate("main", "--fleet-state goes with --fleet")));
        return 2;
    }
    if (parser.isSet(restoreQuarantine) && !parser.isSet(config)) {
        std::fprintf(stderr, "osmgmt-agent: %s\n",
                     qUtf8Printable(QCoreApplication::translate(
                         "main", "--restore-quarantine goes with --config")));
        return 2;
    }
    if (parser.isSet(restoreQuarantine))
        return runQuarantineRestore(parser.value(config));
    if (parser.isSet(config))
        return runRealAgent(RealAgentOptions { parser.value(config), parser.value(readyFile),
                                               parser.value(logDirectory) });
    return runFleetMode(FleetModeOptions { parser.value(fleet), parser.value(readyFile),
                                           parser.value(logDirectory), parser.value(fleetState),
                                           parser.value(fleetClock) });
}
