#include "diagnosecommand.h"

#include "commandline.h"

#include "agentlink/agenttext.h"
#include "common/unixsignalwatcher.h"
#include "diagnose/agenthistory.h"
#include "probe/agenttrust.h"
#include "scope/scopefile.h"
#include "secrets/consolecredentials.h"
#include "secrets/identityfiles.h"
#include "settings/settings.h"
#include "store/database.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>

#include <csignal>

namespace {
struct Parser
{
    QCommandLineOption address { QStringLiteral("address"),
                                 DiagnoseCommand::tr("The computer: NAME, ADDRESS, NAME:PORT, "
                                                     "ADDRESS:PORT or [IPv6]:PORT, the port "
                                                     "being its agent port."),
                                 DiagnoseCommand::tr("ADDRESS") };
    QCommandLineOption port { QStringLiteral("port"),
                              DiagnoseCommand::tr("The agent port when the address has none. "
                                                  "Default: the first port of the console's "
                                                  "scope."),
                              DiagnoseCommand::tr("PORT") };
    QCommandLineOption gatePort {
        QStringLiteral("gate-port"),
        DiagnoseCommand::tr("The gate port to check, 0 for none. Default: the console's scope's "
                            "\"Declare a computer unreachable by checking port\", when on."),
        DiagnoseCommand::tr("PORT")
    };
    QCommandLineOption format { QStringLiteral("format"),
                                DiagnoseCommand::tr("text (default) or json."),
                                DiagnoseCommand::tr("FORMAT") };
    QCommandLineOption server { QStringLiteral("server-name"),
                                DiagnoseCommand::tr("This server's name. Default: the console's "
                                                    "setting, else the host name."),
                                DiagnoseCommand::tr("NAME") };
    QCommandLineOption timeout { QStringLiteral("timeout"),
                                 DiagnoseCommand::tr("Milliseconds to wait for each connection "
                                                     "and for the agent's answer, 100-600000. "
                                                     "Default: 5000."),
                                 DiagnoseCommand::tr("MS") };

    CommandLine line { DiagnoseCommand::tr(
                           "Diagnoses the connection to one computer's agent step by step "
                           "(name, agent port, TLS, certificate, clock, agent and services, "
                           "quarantine, gate port), names the likely cause and what to do, and "
                           "exits 1 when a step failed."),
                       { address, port, gatePort, format, server, timeout },
                       DiagnoseCommand::tr("The store whose stored queries tell whether the "
                                           "agent answered before (optional).") };
};

std::optional<Scope> consoleScope()
{
    const Result<Scope> scope = loadScopeFile(Settings::scopeFile());
    return scope ? std::optional<Scope>(scope.value()) : std::nullopt;
}
} // namespace

Result<QPair<QString, quint16>> DiagnoseCommand::parseAddress(const QString &given)
{
    using R = Result<QPair<QString, quint16>>;
    QString host = given.trimmed();
    QString portText;
    if (host.startsWith(QLatin1Char('['))) {
        const int end = host.indexOf(QLatin1Char(']'));
        if (end < 0 || (end + 1 < host.size() && host.at(end + 1) != QLatin1Char(':')))
            return R::failure(tr("--address \"%1\": expected [IPv6]:PORT").arg(given));
        portText = host.mid(end + 2);
        host = host.mid(1, end - 1);
    } else if (host.count(QLatin1Char(':')) == 1) {
        portText = host.section(QLatin1Char(':'), 1);
        host = host.section(QLatin1Char(':'), 0, 0);
    }
    if (host.isEmpty())
        return R::failure(tr("--address \"%1\": no computer named").arg(given));
    quint16 port = 0;
    if (!portText.isEmpty()) {
        const Result<int> parsed
            = CommandLine::number(portText, QStringLiteral("address port"), 1, 65535);
        if (!parsed)
            return R::failure(tr("--address \"%1\": %2").arg(given, parsed.error()));
        port = quint16(parsed.value());
    }
    return qMakePair(host, port);
}

QString DiagnoseCommand::text(const Diagnosis &diagnosis)
{
    QStringList lines { tr("Diagnose connection: %1").arg(diagnosis.address) };
    for (const DiagnosisStep &step : diagnosis.steps) {
        lines << QStringLiteral("%1 %2 %3")
                     .arg(DiagnosisStep::key(step.kind), -12)
                     .arg(DiagnosisStep::key(step.outcome), -8)
                     .arg(step.seen);
        if (step.outcome != DiagnosisStep::Outcome::Failed)
            continue;
        lines << QStringLiteral("%1 %2").arg(QString(), -21).arg(tr("cause: %1").arg(step.cause));
        lines << QStringLiteral("%1 %2").arg(QString(), -21).arg(tr("remedy: %1").arg(step.remedy));
    }
    lines << (diagnosis.likelyCause.isEmpty()
                  ? tr("Likely cause: none found; every step that ran passed.")
                  : tr("Likely cause: %1").arg(diagnosis.likelyCause));
    if (diagnosis.cancelled)
        lines << tr("Cancelled before every step ran.");
    // Every line, not only the agent's fields: a seen text quotes what an agent said.
    for (QString &line : lines)
        line = AgentText::printable(line);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void DiagnoseCommand::loadIdentity(const QString &serverName, DiagnosisSettings &settings)
{
    const QString caFile = IdentityFiles::serverCertificate(Settings::dataDirectory());
    if (!QFile::exists(caFile)) {
        m_err << tr("osmgmt-cli diagnose: this console has no certificate authority yet (%1): "
                    "agents' certificates are not checked")
                     .arg(caFile)
              << '\n';
        return;
    }
    // The console's certificate as heartbeats and health gathering have it (ConsoleCredentials).
    ConsoleCredentials credentials(caFile, serverName);
    const Result<AgentTls::Credentials> console = credentials.current();
    if (!console) {
        settings.thisServerCa = AgentTrust::thisConsoleAuthority();
        m_err << tr("osmgmt-cli diagnose: diagnosing without this console's certificate (agents "
                    "give their report only to it): %1")
                     .arg(console.error())
              << '\n';
        return;
    }
    const QList<QSslCertificate> trusted = credentials.trustedAuthorities();
    settings.thisServerCa = trusted.value(0);
    settings.pendingServerCa = trusted.value(1); // during a CA rollover
    settings.console = *console;
}

int DiagnoseCommand::run(const QStringList &arguments)
{
    const CommandErrors errors(QStringLiteral("diagnose"));
    Parser p;
    if (const std::optional<int> exit = parseOrExit(p.line, arguments, errors))
        return *exit;
    const QString format = p.line.valueOr(p.format, QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return errors.fail(2, tr("--format must be text or json, not \"%1\"").arg(format));
    if (!p.line.isSet(p.address))
        return errors.fail(2, tr("name the computer with --address"));
    const Result<QPair<QString, quint16>> address = parseAddress(p.line.value(p.address));
    if (!address)
        return errors.fail(2, address.error());
    const std::optional<Scope> scope = consoleScope();
    DiagnosisRequest request;
    request.host = address->first;
    const int scopePort
        = scope && !scope->ports.ports().isEmpty() ? scope->ports.ports().first() : 0;
    const Result<int> port = p.line.integer(p.port, 1, 65535, scopePort);
    if (!port)
        return errors.fail(2, port.error());
    request.agentPort = address->second != 0 ? address->second : quint16(port.value());
    if (request.agentPort == 0)
        return errors.fail(2, tr("no agent port: add :PORT to --address, or --port"));
    const int scopeGate
        = scope && scope->unreachableCheck.enabled ? scope->unreachableCheck.port : 0;
    const Result<int> gate = p.line.integer(p.gatePort, 0, 65535, scopeGate);
    if (!gate)
        return errors.fail(2, gate.error());
    request.gatePort = quint16(gate.value());
    const Result<int> timeout = p.line.integer(p.timeout, 100, 600000, 5000);
    if (!timeout)
        return errors.fail(2, timeout.error());

    DiagnosisSettings settings;
    settings.thisServerName = p.line.valueOr(p.server, Settings::serverName());
    settings.connectTimeoutMs = settings.answerTimeoutMs = timeout.value();
    loadIdentity(settings.thisServerName, settings);
    // The store only tells whether the agent answered before: without one the diagnosis runs.
    std::shared_ptr<Database> database;
    const Result<StoreOptions> store = p.line.store();
    if (!store)
        return errors.fail(2, store.error());
    const Result<StoreConnection> connection = store->connection();
    const Result<std::shared_ptr<Database>> opened = connection
        ? store->open(connection.value(), true)
        : Result<std::shared_ptr<Database>>::failure(connection.error());
    if (opened) {
        database = opened.value();
        settings.history
            = [database](const QString &at) { return AgentHistory(database).lastAnswer(at); };
    } else {
        errors.say(tr("no stored queries to say whether the agent answered before: %1")
                       .arg(opened.error()));
    }

    ConnectionDiagnosis diagnosis(request, settings);
    UnixSignalWatcher watcher({ SIGINT, SIGTERM });
    bool interrupted = false;
    QObject::connect(&watcher, &UnixSignalWatcher::signalReceived, &diagnosis,
                     [&diagnosis, &interrupted] {
                         interrupted = true;
                         diagnosis.cancel();
                     });
    Diagnosis result;
    QObject::connect(&diagnosis, &ConnectionDiagnosis::finished, &diagnosis,
                     [&result](const Diagnosis &done) {
                         result = done;
                         QCoreApplication::exit(0);
                     });
    diagnosis.start();
    if (result.steps.isEmpty())
        QCoreApplication::exec();
    QTextStream out(stdout);
    if (format == QLatin1String("json"))
        out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
    else
        out << text(result);
    out.flush();
    if (interrupted)
        return 130;
    return result.likelyCause.isEmpty() ? 0 : 1;
}
