#include "fleet/fleetmode.h"

#include "agentstate.h"
#include "common/logging.h"
#include "common/unixsignalwatcher.h"
#include "fleet/fleet.h"
#include "fleet/fleetclock.h"
#include "fleet/fleetplayer.h"
#include "fleet/fleetstatefile.h"
#include "listeningsocket.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <csignal>
#include <cstdio>

namespace {

int failStartup(const QString &message)
{
    std::fprintf(stderr, "osmgmt-agent: %s\n", qUtf8Printable(message));
    return 1;
}

Result<Fleet> readFleet(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Fleet>::failure(QCoreApplication::translate("FleetMode", "cannot read %1: %2")
                                          .arg(path, file.errorString()));
    const Result<Fleet> fleet = parseFleet(file.readAll(), QFileInfo(path).absolutePath());
    if (!fleet)
        return Result<Fleet>::failure(path + QStringLiteral(": ") + fleet.error());
    return fleet;
}

// Written in one piece (QSaveFile renames into place), so whoever waits for the file never
// reads half of it.
Result<int> writeReadyFile(const QString &path, const Fleet &fleet, int listeners)
{
    const QJsonObject ready { { QStringLiteral("pid"), qint64(QCoreApplication::applicationPid()) },
                              { QStringLiteral("endpoints"), int(fleet.endpoints.size()) },
                              { QStringLiteral("listeners"), listeners } };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(ready).toJson()) < 0
        || !file.commit())
        return Result<int>::failure(QCoreApplication::translate("FleetMode", "cannot write %1: %2")
                                        .arg(path, file.errorString()));
    return listeners;
}

} // namespace

int runFleetMode(const FleetModeOptions &options)
{
    Result<Fleet> fleet = readFleet(options.fleetFile);
    if (!fleet)
        return failStartup(fleet.error());
    Logging::init(options.logDirectory, QStringLiteral("osmgmt-agent.log"), true);
    const auto log = Logging::get("agent");
    if (!options.clockFile.isEmpty()) {
        // Before the player starts: silent agents count from the fleet's start by this clock.
        const Result<std::shared_ptr<FleetClockFile>> clock
            = FleetClockFile::open(options.clockFile);
        if (!clock)
            return failStartup(clock.error());
        Clock::setInstance(clock.value());
    }
    const FleetStateFile stateFile(options.stateFile);
    Fleet played = std::move(fleet).value();
    if (!options.stateFile.isEmpty()) {
        const Result<int> restored = stateFile.applyTo(played);
        if (!restored)
            return failStartup(restored.error());
        log->info("{} agent(s) restored from {}", *restored, options.stateFile);
    }
    const Result<quint64> limit = ListeningSocket::raiseDescriptorLimit();
    if (!limit)
        log->warn("{}", limit.error());
    else if (*limit < quint64(played.listenerCount()) + 64)
        log->warn("{} listeners with a limit of {} open files: connections will be refused",
                  played.listenerCount(), *limit);

    FleetPlayer player(played);
    if (!options.stateFile.isEmpty()) {
        const Result<std::optional<AgentTls::Credentials>> saved = stateFile.savedCredentials();
        if (!saved)
            return failStartup(saved.error());
        if (*saved)
            player.setCredentials(**saved);
    }
    const Result<int> listeners = player.start();
    if (!listeners)
        return failStartup(listeners.error());
    if (!options.stateFile.isEmpty()) {
        const auto save = [&] {
            const Result<bool> saved = stateFile.save(played, player);
            if (!saved)
                log->error("the fleet state is not saved: {}", saved.error());
        };
        for (const FleetEndpoint &endpoint : played.endpoints) {
            AgentState *state = player.agentAt(endpoint.address);
            if (!state)
                continue;
            QObject::connect(state, &AgentState::registrationChanged, &player, save);
            QObject::connect(state, &AgentState::certificateChanged, &player, save);
            QObject::connect(state, &AgentState::trustChanged, &player, save);
            QObject::connect(state, &AgentState::quarantineChanged, &player, save);
            QObject::connect(state, &AgentState::serviceStarted, &player, save);
        }
    }

    UnixSignalWatcher signalWatcher({ SIGTERM, SIGINT });
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, [&log](int signalNumber) {
        log->info("stopped by signal {}", signalNumber);
        QCoreApplication::quit();
    });
    if (!options.readyFile.isEmpty()) {
        const Result<int> ready = writeReadyFile(options.readyFile, played, *listeners);
        if (!ready)
            return failStartup(ready.error());
    }
    const int code = QCoreApplication::exec();
    log->info("stopped");
    return code;
}
