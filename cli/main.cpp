#include "actioncommand.h"
#include "agentscommand.h"
#include "auditcommand.h"
#include "cacommand.h"
#include "detectionscommand.h"
#include "diagnosecommand.h"
#include "eventscommand.h"
#include "healthcommand.h"
#include "heartbeatsettingscommand.h"
#include "policycommand.h"
#include "quarantinestatuscommand.h"
#include "querycommand.h"
#include "resultscommand.h"
#include "watchcommand.h"

#include "common/logging.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {
QString usage()
{
    return QCoreApplication::translate(
        "cli",
        "Usage: osmgmt-cli COMMAND [OPTIONS]\n"
        "\n"
        "Finds the computers of a scope that this server does not protect, and why.\n"
        "\n"
        "Commands:\n"
        "  query     Run a query over a scope file, store it, and write its results.\n"
        "  results   Search the results of a stored query and write those that match.\n"
        "  move           Move clients of another server to this one (Client Mover).\n"
        "  quarantine     Quarantine computers: only this console can still reach them.\n"
        "  release        Release computers from quarantine.\n"
        "  start-service  Start a stopped service of the agent on computers, or with\n"
        "                 --where-stopped every stopped service a query found.\n"
        "  audit verify   Check that the audit log was not changed since it was written.\n"
        "  ca status      This server's CA, a pending one, and which agents are on which.\n"
        "  ca rollover start|migrate|finish\n"
        "                 Roll this server's CA over: make a new one, move the agents to\n"
        "                 it, retire the old one.\n"
        "  register       Register agents to this server: its CA issues each its agent\n"
        "                 certificate, so they show as Managed by this server.\n"
        "  watch          Run the periodic duties (the scheduled query, the heartbeats)\n"
        "                 on the store.\n"
        "  diagnose       Diagnose the connection to one computer's agent, step by step.\n"
        "  events         Write the stored events (offline, online, missing, changes).\n"
        "  agents         Write the agents of this server and their heartbeat state.\n"
        "  detections     Write the security risks the agents reported from their logs.\n"
        "  quarantine-status\n"
        "                 Write every quarantined, pending or released computer.\n"
        "  health         Report the agent health of the computers of a stored query.\n"
        "  health-settings export|import FILE\n"
        "                 Write or replace the health evaluation settings.\n"
        "  heartbeat-settings export|import FILE\n"
        "                 Write or replace the heartbeat settings (groups, aging bands).\n"
        "  policy export|import FILE, policy exclude, policy preview\n"
        "                 The CVE compliance quarantine policies: write or replace them,\n"
        "                 exclude a computer, preview what a policy would do now.\n"
        "\n"
        "The store: the console's (Settings > Database) unless --db FILE (SQLite) or\n"
        "--db-url postgresql://USER@HOST:PORT/DATABASE is given. The PostgreSQL password\n"
        "comes from the keychain, or from standard input's FIRST line with\n"
        "--db-password-stdin (another password a command reads comes on the next line).\n"
        "\n"
        "Run 'osmgmt-cli COMMAND --help' for the options of a command.\n"
        "Options: --help, --version\n");
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    Settings::identifyApplication();
    Logging::init(Settings::logDirectory(), QStringLiteral("osmgmt-cli.log"));

    const QStringList arguments = application.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = arguments.value(1);
    if (command == QLatin1String("query"))
        return QueryCommand().run(arguments.mid(1));
    if (command == QLatin1String("results"))
        return ResultsCommand().run(arguments.mid(1));
    if (command == QLatin1String("ca"))
        return CaCommand().run(arguments.mid(1));
    if (command == QLatin1String("audit"))
        return AuditCommand().run(arguments.mid(1));
    if (command == QLatin1String("health"))
        return HealthCommand().run(arguments.mid(1));
    if (command == QLatin1String("health-settings"))
        return HealthCommand().runSettings(arguments.mid(1));
    if (command == QLatin1String("heartbeat-settings"))
        return HeartbeatSettingsCommand().run(arguments.mid(1));
    if (command == QLatin1String("policy"))
        return PolicyCommand().run(arguments.mid(1));
    if (command == QLatin1String("watch"))
        return WatchCommand().run(arguments.mid(1));
    if (command == QLatin1String("diagnose"))
        return DiagnoseCommand().run(arguments.mid(1));
    if (command == QLatin1String("events"))
        return EventsCommand().run(arguments.mid(1));
    if (command == QLatin1String("detections"))
        return DetectionsCommand().run(arguments.mid(1));
    if (command == QLatin1String("quarantine-status"))
        return QuarantineStatusCommand().run(arguments.mid(1));
    if (command == QLatin1String("agents"))
        return AgentsCommand().run(arguments.mid(1));
    if (ActionOptions::isAction(command))
        return ActionCommand().run(arguments.mid(1));
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "osmgmt-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        out << usage();
        return command.isEmpty() ? 2 : 0;
    }
    err << QCoreApplication::translate("cli", "osmgmt-cli: unknown command \"%1\"").arg(command)
        << "\n\n"
        << usage();
    return 2;
}
