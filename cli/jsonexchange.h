#pragma once

#include "commandline.h"

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// The "export FILE | import FILE" verbs of the commands whose settings travel as one JSON file
// (health-settings, heartbeat-settings): one parsing of the verbs, one way to write the file and
// to read it back, and the same exit codes for all (docs/cli.md): 2 for a wrong command line or a
// refused file, 1 for a file or store that cannot be read or written.
class JsonExchange
{
    Q_DECLARE_TR_FUNCTIONS(JsonExchange)

public:
    bool importing = false;
    QString path;
    OpenedStore store;

    // The two positional arguments, for the command's line.
    static void addArguments(CommandLine &line);
    // The verb and the file of the parsed line, with its store opened; or the exit code.
    static Result<JsonExchange, int> open(CommandLine &line, const QStringList &arguments,
                                          const CommandErrors &errors);

    // Writes `settings` to the file; the exit code.
    int write(const QJsonObject &settings, const CommandErrors &errors) const;
    // The file's JSON object, or the exit code.
    Result<QJsonObject, int> read(const CommandErrors &errors) const;
    // Exit code 2: the file, as a whole, was refused for `why`.
    int refuse(const QString &why, const CommandErrors &errors) const;
};
