#include "watchcommand.h"

#include "commandline.h"

#include "commands/commandrun.h"
#include "common/clock.h"
#include "common/unixsignalwatcher.h"
#include "secrets/consolecredentials.h"
#include "secrets/identityfiles.h"
#include "settings/settings.h"
#include "watch/autoresponseduty.h"
#include "watch/autoresponselink.h"
#include "watch/heartbeatduty.h"
#include "watch/policyduty.h"
#include "watch/scheduledqueryduty.h"
#include "watch/statuschangeduty.h"
#include "watch/watcher.h"

#include <QEventLoop>
#include <QTextStream>

#include <csignal>

namespace {

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
    const CommandErrors errors(QStringLiteral("watch"));
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
    CommandLine line(
        tr("Runs the periodic duties (the scheduled query, the heartbeats, the quarantine "
           "policies, the automatic response) on the store, one watcher per store."),
        { once, leaseSeconds, scopeFile, serverName }, tr("The store to watch."));
    if (const std::optional<int> exit = parseOrExit(line, arguments, errors))
        return *exit;
    const Result<int> seconds
        = line.integer(leaseSeconds, 3, 3600, int(Watcher::defaultLease.count()));
    if (!seconds)
        return errors.fail(2, seconds.error());
    const std::chrono::seconds lease(seconds.value());
    StoreConnection store;
    {
        // Opened now rather than at every cycle, a mistyped path is not an empty store to watch;
        // and closed again: the watcher opens its own.
        const Result<OpenedStore, int> opened = openExistingStore(line, errors, 2);
        if (!opened)
            return opened.error();
        store = opened->connection;
    }

    ProbeSettings probe;
    probe.thisServerName = line.valueOr(serverName, Settings::serverName());
    probe.connectRetries = Settings::connectRetries();
    probe.maxConnections = Settings::maxConnections();
    probe.threads = Settings::probeThreads();
    auto scheduledQuery = std::make_shared<ScheduledQueryDuty>(
        ScheduledQueryJob { line.valueOr(scopeFile, Settings::scopeFile()),
                            probe,
                            { Settings::keepQueries(), Settings::keepDays() },
                            store },
        Clock::instance().now());
    auto credentials = std::make_shared<ConsoleCredentials>(
        IdentityFiles::serverCertificate(Settings::dataDirectory()), probe.thisServerName);
    HeartbeatJob heartbeatJob;
    // The heartbeat settings are the store's, read again at every cycle; --once asks every agent.
    heartbeatJob.everyAgentEachRound = line.isSet(once);
    heartbeatJob.timeoutMs = probe.connectTimeoutMs + probe.handshakeTimeoutMs;
    heartbeatJob.console = [credentials] { return credentials->currentOrNone(); };
    auto heartbeat = std::make_shared<HeartbeatDuty>(heartbeatJob);
    // After the heartbeats, so that the policies judge the agents by this cycle's reports.
    PolicyJob policyJob;
    policyJob.store = store;
    policyJob.console = heartbeatJob.console;
    policyJob.timeoutMs = heartbeatJob.timeoutMs;
    auto policies = std::make_shared<PolicyDuty>(policyJob);
    // The automatic response sends its commands with the same certificate (docs/auto-response.md).
    auto autoResponse = std::make_shared<AutoResponseDuty>(std::make_shared<AgentAutoResponseLink>(
        store, heartbeatJob.console, CommandRun::Options().timeoutMs));
    Watcher watcher(
        store,
        { scheduledQuery, heartbeat, policies, std::make_shared<StatusChangeDuty>(), autoResponse },
        lease);

    int exitCode = 0;
    QTextStream out(stdout);
    QObject::connect(&watcher, &Watcher::leaseChanged,
                     [&errors](const LeaseState &state) { errors.say(describeLease(state)); });
    QObject::connect(&watcher, &Watcher::storeFailed, [&errors, &exitCode](const QString &error) {
        errors.say(error);
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
    if (line.isSet(once)) {
        QObject::connect(&watcher, &Watcher::finished, &loop, &QEventLoop::quit);
        watcher.runOnce();
        loop.exec();
        watcher.stop();
        return interrupted ? 130 : exitCode;
    }
    watcher.start();
    loop.exec();
    watcher.stop();
    errors.say(tr("stopped; the lease is released"));
    return 0;
}
