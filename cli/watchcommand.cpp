#include "watchcommand.h"

#include "storeoptions.h"

#include "common/clock.h"
#include "common/unixsignalwatcher.h"
#include "settings/settings.h"
#include "watch/scheduledqueryduty.h"
#include "watch/watcher.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QTextStream>

#include <csignal>

namespace {

const QString prefix = QStringLiteral("osmgmt-cli watch: ");

QString describeLease(const LeaseState &lease)
{
    const QString until = lease.expiresAt.toUTC().toString(Qt::ISODate);
    if (!lease.held)
        return WatchCommand::tr("another watcher (holder %1) acts on this store until %2; "
                                "waiting for it")
            .arg(lease.holder, until);
    if (!lease.previousHolder.isEmpty())
        return WatchCommand::tr("took over the store from watcher %1, whose lease had expired; "
                                "acting as %2")
            .arg(lease.previousHolder, lease.holder);
    return WatchCommand::tr("acting on the store as %1").arg(lease.holder);
}

} // namespace

int WatchCommand::run(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs the periodic duties (the scheduled query) on the store, one watcher per store."));
    parser.addHelpOption();
    const QCommandLineOption once(QStringLiteral("once"),
                                  tr("Run one cycle (one round of every duty) and exit."));
    const QCommandLineOption leaseSeconds(
        QStringLiteral("lease-seconds"),
        tr("How long the lease lasts without renewal, 3-3600 (default %1): a watcher that dies "
           "is taken over after at most this long. A cycle runs every third of it, at most "
           "every 10 s.")
            .arg(Watcher::defaultLease.count()),
        tr("N"));
    const QCommandLineOption scopeFile(
        QStringLiteral("scope"),
        tr("The scope the scheduled query runs. Default: the one the console saved (%1).")
            .arg(Settings::scopeFile()),
        tr("FILE"));
    const QCommandLineOption serverName(
        QStringLiteral("server-name"),
        tr("This server's name for the scheduled query. Default: the console's setting, else the "
           "host name."),
        tr("NAME"));
    parser.addOptions({ once, leaseSeconds, scopeFile, serverName });
    parser.addOptions(StoreOptions::commandLineOptions(tr("The store to watch.")));
    if (!parser.parse(arguments)) {
        err << prefix << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << prefix << tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first())
            << '\n';
        return 2;
    }
    std::chrono::seconds lease = Watcher::defaultLease;
    if (parser.isSet(leaseSeconds)) {
        bool ok = false;
        const int seconds = parser.value(leaseSeconds).toInt(&ok);
        if (!ok || seconds < 3 || seconds > 3600) {
            err << prefix
                << tr("--lease-seconds must be a number from 3 to 3600, not \"%1\"")
                       .arg(parser.value(leaseSeconds))
                << '\n';
            return 2;
        }
        lease = std::chrono::seconds(seconds);
    }
    const Result<StoreOptions> options = StoreOptions::fromParser(parser);
    if (!options) {
        err << prefix << options.error() << '\n';
        return 2;
    }
    const Result<StoreConnection> store = options->connection();
    if (!store) {
        err << prefix << store.error() << '\n';
        return 2;
    }
    {
        // Said now rather than at every cycle: a mistyped path is not an empty store to watch.
        const Result<std::shared_ptr<Database>> opened = options->open(store.value(), true);
        if (!opened) {
            err << prefix << opened.error() << '\n';
            return QFileInfo::exists(store->location.sqlitePath)
                    || store->location.dialect == SqlDialect::PostgreSql
                ? 1
                : 3;
        }
    }

    ProbeSettings probe;
    probe.thisServerName
        = parser.isSet(serverName) ? parser.value(serverName) : Settings::serverName();
    probe.connectRetries = Settings::connectRetries();
    probe.maxConnections = Settings::maxConnections();
    auto scheduledQuery = std::make_shared<ScheduledQueryDuty>(
        ScheduledQueryJob { parser.isSet(scopeFile) ? parser.value(scopeFile)
                                                    : Settings::scopeFile(),
                            probe,
                            { Settings::keepQueries(), Settings::keepDays() },
                            store.value() },
        Clock::instance().now());
    Watcher watcher(store.value(), { scheduledQuery }, lease);

    int exitCode = 0;
    QTextStream out(stdout);
    QObject::connect(&watcher, &Watcher::leaseChanged, [&err](const LeaseState &state) {
        err << prefix << describeLease(state) << '\n';
        err.flush();
    });
    QObject::connect(&watcher, &Watcher::storeFailed, [&err, &exitCode](const QString &error) {
        err << prefix << error << '\n';
        err.flush();
        exitCode = 1;
    });
    // One line per round, for logs and scripts: time, duty, ok|failed, what it did.
    QObject::connect(&watcher, &Watcher::roundDone, [&out, &exitCode](const RoundReport &round) {
        out << round.at.toUTC().toString(Qt::ISODateWithMs) << '\t' << round.duty << '\t'
            << (round.ok ? "ok" : "failed") << '\t' << round.text << '\n';
        out.flush();
        if (!round.ok)
            exitCode = 1;
    });

    // SIGTERM or SIGINT: a running query ends, stored as cancelled, and the lease is given up.
    QEventLoop loop;
    bool interrupted = false;
    UnixSignalWatcher stopSignals({ SIGINT, SIGTERM });
    QObject::connect(&stopSignals, &UnixSignalWatcher::signalReceived, &loop, [&](int) {
        interrupted = true;
        loop.quit();
    });
    if (parser.isSet(once)) {
        QObject::connect(&watcher, &Watcher::finished, &loop, &QEventLoop::quit);
        watcher.runOnce();
        loop.exec();
        watcher.stop();
        return interrupted ? 130 : exitCode;
    }
    watcher.start();
    loop.exec();
    watcher.stop();
    err << prefix << tr("stopped; the lease is released") << '\n';
    return 0;
}
