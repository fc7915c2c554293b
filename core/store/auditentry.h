#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

// What one command did to one computer.
struct AuditTarget
{
    QString computer; // address, or name when there is no address
    QString outcome; // a stable key of the command's caller: "done", "refused", "unreachable"
    QString detail; // why, in words; may be empty

    bool operator==(const AuditTarget &other) const
    {
        return computer == other.computer && outcome == other.outcome && detail == other.detail;
    }
};

// One command an administrator gave (issue 4: move, quarantine, release, start service).
struct AuditEntry
{
    qint64 id = 0; // filled in by AuditLog::append()
    QDateTime at; // UTC
    QString osUser; // who, as the operating system knows them
    QString action; // a stable key: "move", "quarantine", "release", "start-service"
    QVector<AuditTarget> targets;
    QString detail; // arguments and anything else worth keeping; never a secret
};

// What AuditLog::search() and exportRows() select. Empty fields select everything.
struct AuditFilter
{
    QString text; // in the user, action, computers, outcomes or details; case-insensitive
    QString action; // exactly this action key
    QDateTime from; // at or after (inclusive)
    QDateTime to; // before (exclusive)
    int limit = 0; // search(): at most this many, newest first; 0 for all
};
