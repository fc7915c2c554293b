#pragma once

#include "agentlink/agentcommand.h"
#include "commands/commandtarget.h"
#include "common/result.h"
#include "storeoptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// The options of `osmgmt-cli move|quarantine|release|start-service|register` (docs/cli.md),
// parsed and checked.
struct ActionOptions
{
    Q_DECLARE_TR_FUNCTIONS(ActionOptions)

public:
    QString action; // "move", "quarantine", "release", "start-service", "register"
    QVector<CommandTarget> targets;
    QString service; // start-service
    QString credentialFile; // move: another server's credential file...
    QString fromServer; // ...or the name of a server whose credential was imported
    QString serverName;
    StoreOptions store; // whose audit log records the command
    // The store with its password, once ActionCommand has read it (before the credential's).
    StoreConnection storeConnection;
    int timeoutMs = 10000;
    bool helpRequested = false;
    // start-service --where-stopped: the targets are every stopped service that query's health
    // snapshots show (docs/health.md); nullopt: the newest query.
    bool whereStopped = false;
    std::optional<qint64> queryId;

    static bool isAction(const QString &command);
    static QString helpText(const QString &action);
    // `arguments` starts with the action's name. A value, or what is wrong, in words.
    static Result<ActionOptions> parse(const QStringList &arguments);
    // "A", "A:PORT" or "[V6]:PORT"; `defaultPort` (0: none) when the address carries none.
    static Result<CommandTarget> parseTarget(const QString &text, quint16 defaultPort);
};
