#include "actionoptions.h"

#include "commandline.h"
#include "healthcommand.h"

#include "settings/settings.h"

#include <QHostAddress>

namespace {
struct Parser
{
    QCommandLineOption address { QStringLiteral("address"),
                                 ActionOptions::tr("A computer to act on: ADDRESS or ADDRESS:PORT "
                                                   "([IPv6]:PORT). Repeat for several."),
                                 ActionOptions::tr("ADDRESS") };
    QCommandLineOption port { QStringLiteral("port"),
                              ActionOptions::tr("The agent port of addresses given without one."),
                              ActionOptions::tr("PORT") };
    QCommandLineOption service { QStringLiteral("service"),
                                 ActionOptions::tr("start-service: the service to start."),
                                 ActionOptions::tr("NAME") };
    QCommandLineOption credential {
        QStringLiteral("credential"),
        ActionOptions::tr("move: the credential file the computers' current server exported; "
                          "its password is read from standard input. Used for this command "
                          "only, kept nowhere."),
        ActionOptions::tr("FILE")
    };
    QCommandLineOption fromServer {
        QStringLiteral("from-server"),
        ActionOptions::tr("move: the server whose credential was imported into the keychain "
                          "before (in the console)."),
        ActionOptions::tr("NAME")
    };
    QCommandLineOption server {
        QStringLiteral("server-name"),
        ActionOptions::tr("This server's name. Default: the console's setting, else the host "
                          "name."),
        ActionOptions::tr("NAME")
    };
    QCommandLineOption whereStopped {
        QStringLiteral("where-stopped"),
        ActionOptions::tr("start-service: instead of --address and --service, start every "
                          "product service that the query's health snapshots show stopped, on "
                          "the computers where it is stopped.")
    };
    QCommandLineOption queryId { QStringLiteral("query-id"),
                                 ActionOptions::tr("--where-stopped: the stored query, or "
                                                   "\"last\" (default)."),
                                 ActionOptions::tr("N"), QStringLiteral("last") };
    QCommandLineOption timeout { QStringLiteral("timeout"),
                                 ActionOptions::tr("Milliseconds to wait for each agent, "
                                                   "100-600000. Default: 10000."),
                                 ActionOptions::tr("MS") };

    CommandLine line { QString(),
                       { address, port, service, credential, fromServer, server, whereStopped,
                         queryId, timeout },
                       ActionOptions::tr("The store whose audit log records the command.") };
};
} // namespace

bool ActionOptions::isAction(const QString &command)
{
    return command == QLatin1String("move") || command == QLatin1String("quarantine")
        || command == QLatin1String("release") || command == QLatin1String("start-service")
        || command == QLatin1String("register");
}

QString ActionOptions::helpText(const QString &action)
{
    Parser parser;
    parser.line.setDescription(
        tr("osmgmt-cli %1: sends the command to each computer's agent over mutual TLS, prints "
           "one line per computer (address, outcome, detail), records it in the audit log, and "
           "exits 1 when any computer did not do it.")
            .arg(action));
    return parser.line.helpText();
}

Result<CommandTarget> ActionOptions::parseTarget(const QString &text, quint16 defaultPort)
{
    using R = Result<CommandTarget>;
    QString host = text.trimmed();
    QString portText;
    if (host.startsWith(QLatin1Char('['))) {
        const int end = host.indexOf(QLatin1Char(']'));
        if (end < 0)
            return R::failure(tr("--address \"%1\": the IPv6 address has no closing ]").arg(text));
        portText = host.mid(end + 1);
        if (!portText.isEmpty() && !portText.startsWith(QLatin1Char(':')))
            return R::failure(tr("--address \"%1\": expected :PORT after ]").arg(text));
        portText = portText.mid(1);
        host = host.mid(1, end - 1);
    } else if (host.count(QLatin1Char(':')) == 1) {
        portText = host.section(QLatin1Char(':'), 1);
        host = host.section(QLatin1Char(':'), 0, 0);
    }
    const QHostAddress address(host);
    if (address.isNull())
        return R::failure(tr("--address \"%1\": \"%2\" is not an IP address").arg(text, host));
    quint16 port = defaultPort;
    if (!portText.isEmpty()) {
        const Result<int> parsed
            = CommandLine::number(portText, QStringLiteral("address port"), 1, 65535);
        if (!parsed)
            return R::failure(tr("--address \"%1\": %2").arg(text, parsed.error()));
        port = quint16(parsed.value());
    }
    if (port == 0)
        return R::failure(tr("--address \"%1\": no agent port; add :PORT or --port").arg(text));
    return CommandTarget { address.toString(), port, QString(), QString() };
}

Result<ActionOptions> ActionOptions::parse(const QStringList &arguments)
{
    using R = Result<ActionOptions>;
    Parser p;
    ActionOptions options;
    options.action = arguments.value(0);
    if (std::optional<R> answer = parseOptionsLine(p.line, arguments, options))
        return *answer;
    const Result<int> port = p.line.integer(p.port, 1, 65535, 0);
    if (!port)
        return R::failure(port.error());
    const quint16 defaultPort = quint16(port.value());
    const QStringList addresses = p.line.values(p.address);
    options.whereStopped = p.line.isSet(p.whereStopped);
    if (options.whereStopped) {
        // The computers and services come from the store: naming some as well is a mistake.
        if (options.action != QLatin1String("start-service"))
            return R::failure(tr("--where-stopped applies to start-service only"));
        if (!addresses.isEmpty() || p.line.isSet(p.service))
            return R::failure(tr("--where-stopped takes its computers and services from the "
                                 "query: leave out --address and --service"));
    } else if (p.line.isSet(p.queryId)) {
        return R::failure(tr("--query-id applies to start-service --where-stopped only"));
    } else if (addresses.isEmpty()) {
        return R::failure(tr("name at least one computer with --address"));
    }
    for (const QString &text : addresses) {
        const Result<CommandTarget> target = parseTarget(text, defaultPort);
        if (!target)
            return R::failure(target.error());
        options.targets.append(target.value());
    }
    if (options.whereStopped) {
        const Result<std::optional<qint64>> id
            = HealthCommand::parseQueryId(p.line.value(p.queryId));
        if (!id)
            return R::failure(id.error());
        options.queryId = *id;
    } else if (options.action == QLatin1String("start-service")) {
        options.service = p.line.value(p.service).trimmed();
        if (options.service.isEmpty())
            return R::failure(tr("start-service needs --service NAME"));
    } else if (p.line.isSet(p.service)) {
        return R::failure(tr("--service applies to start-service only"));
    }
    if (options.action == QLatin1String("move")) {
        options.credentialFile = p.line.value(p.credential);
        options.fromServer = p.line.value(p.fromServer);
        if (options.credentialFile.isEmpty() == options.fromServer.isEmpty())
            return R::failure(tr("move needs the current server's credential: either --credential "
                                 "FILE (password on standard input) or --from-server NAME"));
    } else if (p.line.isSet(p.credential) || p.line.isSet(p.fromServer)) {
        return R::failure(tr("--credential and --from-server apply to move only"));
    }
    options.serverName = p.line.valueOr(p.server, Settings::serverName());
    const Result<StoreOptions> store = p.line.store();
    if (!store)
        return R::failure(store.error());
    options.store = store.value();
    const Result<int> timeout = p.line.integer(p.timeout, 100, 600000, options.timeoutMs);
    if (!timeout)
        return R::failure(timeout.error());
    options.timeoutMs = timeout.value();
    return options;
}
