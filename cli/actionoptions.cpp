#include "actionoptions.h"

#include "settings/settings.h"

#include <QCommandLineParser>
#include <QHostAddress>

namespace {
struct Parser
{
    QCommandLineParser parser;
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
    QCommandLineOption timeout { QStringLiteral("timeout"),
                                 ActionOptions::tr("Milliseconds to wait for each agent, "
                                                   "100-600000. Default: 10000."),
                                 ActionOptions::tr("MS") };

    Parser()
    {
        parser.addHelpOption();
        parser.addOptions({ address, port, service, credential, fromServer, server, timeout });
        parser.addOptions(StoreOptions::commandLineOptions(
            ActionOptions::tr("The store whose audit log records the command.")));
    }
};

Result<int> number(const QString &text, const QString &option, int minimum, int maximum)
{
    bool isNumber = false;
    const int value = text.toInt(&isNumber);
    if (!isNumber || value < minimum || value > maximum)
        return Result<int>::failure(ActionOptions::tr("--%1 must be a number from %2 to %3, not "
                                                      "\"%4\"")
                                        .arg(option)
                                        .arg(minimum)
                                        .arg(maximum)
                                        .arg(text));
    return value;
}
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
    parser.parser.setApplicationDescription(
        tr("osmgmt-cli %1: sends the command to each computer's agent over mutual TLS, prints "
           "one line per computer (address, outcome, detail), records it in the audit log, and "
           "exits 1 when any computer did not do it.")
            .arg(action));
    return parser.parser.helpText();
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
        const Result<int> parsed = number(portText, QStringLiteral("address port"), 1, 65535);
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
    if (!p.parser.parse(arguments))
        return R::failure(p.parser.errorText());
    if (p.parser.isSet(QStringLiteral("help"))) {
        options.helpRequested = true;
        return options;
    }
    if (!p.parser.positionalArguments().isEmpty())
        return R::failure(
            tr("unexpected argument \"%1\"").arg(p.parser.positionalArguments().first()));
    quint16 defaultPort = 0;
    if (p.parser.isSet(p.port)) {
        const Result<int> port = number(p.parser.value(p.port), QStringLiteral("port"), 1, 65535);
        if (!port)
            return R::failure(port.error());
        defaultPort = quint16(port.value());
    }
    const QStringList addresses = p.parser.values(p.address);
    if (addresses.isEmpty())
        return R::failure(tr("name at least one computer with --address"));
    for (const QString &text : addresses) {
        const Result<CommandTarget> target = parseTarget(text, defaultPort);
        if (!target)
            return R::failure(target.error());
        options.targets.append(target.value());
    }
    if (options.action == QLatin1String("start-service")) {
        options.service = p.parser.value(p.service).trimmed();
        if (options.service.isEmpty())
            return R::failure(tr("start-service needs --service NAME"));
    } else if (p.parser.isSet(p.service)) {
        return R::failure(tr("--service applies to start-service only"));
    }
    if (options.action == QLatin1String("move")) {
        options.credentialFile = p.parser.value(p.credential);
        options.fromServer = p.parser.value(p.fromServer);
        if (options.credentialFile.isEmpty() == options.fromServer.isEmpty())
            return R::failure(tr("move needs the current server's credential: either --credential "
                                 "FILE (password on standard input) or --from-server NAME"));
    } else if (p.parser.isSet(p.credential) || p.parser.isSet(p.fromServer)) {
        return R::failure(tr("--credential and --from-server apply to move only"));
    }
    options.serverName
        = p.parser.isSet(p.server) ? p.parser.value(p.server) : Settings::serverName();
    const Result<StoreOptions> store = StoreOptions::fromParser(p.parser);
    if (!store)
        return R::failure(store.error());
    options.store = store.value();
    if (p.parser.isSet(p.timeout)) {
        const Result<int> timeout
            = number(p.parser.value(p.timeout), QStringLiteral("timeout"), 100, 600000);
        if (!timeout)
            return R::failure(timeout.error());
        options.timeoutMs = timeout.value();
    }
    return options;
}
