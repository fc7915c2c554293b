#include "querycommand.h"

#include "common/unixsignalwatcher.h"
#include "export/csvwriter.h"
#include "export/endpointcsv.h"
#include "export/endpointjson.h"
#include "query/queryrunner.h"
#include "scope/scopefile.h"
#include "settings/settings.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <csignal>

namespace {
bool addressLess(const Endpoint &a, const Endpoint &b)
{
    const QHostAddress left(a.address);
    const QHostAddress right(b.address);
    if (left.protocol() != right.protocol())
        return left.protocol() == QAbstractSocket::IPv4Protocol;
    if (left.protocol() == QAbstractSocket::IPv4Protocol)
        return left.toIPv4Address() < right.toIPv4Address();
    const Q_IPV6ADDR l = left.toIPv6Address();
    const Q_IPV6ADDR r = right.toIPv6Address();
    return std::lexicographical_compare(l.c, l.c + 16, r.c, r.c + 16);
}
} // namespace

int QueryCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs a query over the computers of a scope file, stores it, and writes each "
           "computer with its security status."));
    parser.addHelpOption();
    const QCommandLineOption scopeOption(
        QStringLiteral("scope"), tr("The scope file to query (docs/scope-format.md)."), tr("FILE"));
    const QCommandLineOption serverOption(
        QStringLiteral("server-name"),
        tr("This server's name: agents registered to it are \"Managed by this server\". "
           "Default: the console's setting, else the host name."),
        tr("NAME"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      tr("The SQLite database to store the query in. Default: "
                                         "the console's database (%1).")
                                          .arg(Settings::databaseFile()),
                                      tr("PATH"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("json (default) or csv."),
                                          tr("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("Write the results to FILE instead of standard output."),
                                       tr("FILE"));
    parser.addOptions({ scopeOption, serverOption, dbOption, formatOption, outOption });
    parser.parse(arguments);

    QTextStream err(stderr);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.errorText().isEmpty() || !parser.positionalArguments().isEmpty()) {
        err << "osmgmt-cli query: "
            << (parser.errorText().isEmpty()
                    ? tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first())
                    : parser.errorText())
            << '\n';
        return 2;
    }
    if (!parser.isSet(scopeOption)) {
        err << "osmgmt-cli query: " << tr("--scope FILE is required") << '\n';
        return 2;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("json") && format != QLatin1String("csv")) {
        err << "osmgmt-cli query: " << tr("unknown format \"%1\" (json or csv)").arg(format)
            << '\n';
        return 2;
    }
    const Result<Scope> scope = loadScopeFile(parser.value(scopeOption));
    if (!scope) {
        err << "osmgmt-cli query: " << scope.error() << '\n';
        return 2;
    }

    ProbeSettings settings;
    settings.thisServerName
        = parser.isSet(serverOption) ? parser.value(serverOption) : Settings::serverName();
    QueryRunner runner(parser.isSet(dbOption) ? parser.value(dbOption) : Settings::databaseFile());
    QVector<Endpoint> endpoints;
    QueryOutcome outcome;
    bool interrupted = false;
    QEventLoop loop;
    UnixSignalWatcher signalWatcher({ SIGINT, SIGTERM });
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &runner, [&](int) {
        interrupted = true;
        runner.cancel();
    });
    QObject::connect(&runner, &QueryRunner::endpointsClassified,
                     [&endpoints](const QVector<Endpoint> &batch) { endpoints += batch; });
    QObject::connect(&runner, &QueryRunner::finished, &loop, [&](const QueryOutcome &result) {
        outcome = result;
        loop.quit();
    });
    const QString startError = runner.start(scope.value(), settings);
    if (!startError.isEmpty()) {
        err << "osmgmt-cli query: " << startError << '\n';
        return 2;
    }
    loop.exec();

    const QString writeError = writeResults(std::move(endpoints), format, parser.value(outOption));
    if (!writeError.isEmpty()) {
        err << "osmgmt-cli query: " << writeError << '\n';
        return 1;
    }
    if (outcome.outcome == ProbeEngine::Outcome::Failed) {
        err << "osmgmt-cli query: " << outcome.error << '\n';
        return 1;
    }
    if (interrupted) {
        err << "osmgmt-cli query: "
            << tr("stopped; the finished part is stored as query %1, marked cancelled")
                   .arg(outcome.queryId)
            << '\n';
        return 130;
    }
    return 0;
}

QString QueryCommand::writeResults(QVector<Endpoint> endpoints, const QString &format,
                                   const QString &outPath) const
{
    std::sort(endpoints.begin(), endpoints.end(), addressLess);
    if (format == QLatin1String("csv") && !outPath.isEmpty())
        return writeEndpointsCsv(outPath, endpoints, HeaderLanguage::English);

    QFile standardOutput;
    QSaveFile file(outPath);
    QIODevice *device = &standardOutput;
    if (outPath.isEmpty()) {
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return tr("cannot write to standard output: %1").arg(standardOutput.errorString());
    } else {
        if (!file.open(QIODevice::WriteOnly))
            return tr("cannot write %1: %2").arg(outPath, file.errorString());
        device = &file;
    }
    if (format == QLatin1String("csv")) {
        CsvWriter writer(device);
        writer.writeRow(endpointCsvHeaders(HeaderLanguage::English));
        for (const Endpoint &endpoint : std::as_const(endpoints))
            writer.writeRow(endpointCsvRow(endpoint, HeaderLanguage::English));
        if (!writer.error().isEmpty())
            return writer.error();
    } else {
        const QByteArray bytes = endpointsToJson(endpoints);
        if (device->write(bytes) != bytes.size())
            return tr("cannot write the results: %1").arg(device->errorString());
    }
    if (device == &file && !file.commit())
        return tr("cannot write %1: %2").arg(outPath, file.errorString());
    return {};
}
