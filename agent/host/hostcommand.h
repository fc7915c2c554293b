#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// One program the real agent runs on its host (nft, systemctl, getent, debsecan, notify-send)
// and waits for: it serves one command at a time, and the console's own limit is 10 s
// (docs/agent-protocol.md), so every run is bounded in time, and in output, since what some
// of them print is not the agent's to trust (debsecan reads data from the network). Always
// argv, never a shell.
struct HostCommand
{
    HostCommand(QString program_, QStringList arguments_, QByteArray input_ = {})
        : program(std::move(program_))
        , arguments(std::move(arguments_))
        , input(std::move(input_))
    { }

    QString program;
    QStringList arguments;
    QByteArray input; // written to its standard input, which is then closed
    int timeoutMs = 8000;
    // Standard output and error together; past it the program is stopped and the run fails.
    qint64 maxOutputBytes = 16 * 1024 * 1024;
    // "NAME=value" added to the agent's own environment for this program.
    QStringList environment;

    struct Outcome
    {
        bool started = false; // the program could be run at all
        bool ran = false; // it started and exited by itself within the time limit
        int exitCode = -1;
        QByteArray output;
        QByteArray errorOutput;
        QString failure; // why it did not run or finish, in words; empty when it ran

        bool succeeded() const { return ran && exitCode == 0; }
        // The failure, or the program's own words (its last line on stderr, else stdout).
        QString reason() const;
    };

    Outcome run() const;
    // "nft -f -", for messages.
    QString commandLine() const;
};
