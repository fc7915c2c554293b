#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

// A computer a command goes to: where its agent listens, and what the query learned of it.
struct CommandTarget
{
    QString address; // canonical text form
    quint16 port = 0; // the agent port
    QString name; // for reports; may be empty
    QString server; // the server the agent reported; a move needs that server's credential
};

// What became of a command on one computer, as the administrator reads it and the audit log
// keeps it.
struct TargetOutcome
{
    enum class Kind {
        Done,
        Refused, // the agent refused this console's certificate
        Failed, // the agent understood and could not do it
        Unreachable,
        ProtocolError,
        Skipped, // never sent: cancelled, or no credential to send it with
    };
    CommandTarget target;
    Kind kind = Kind::Skipped;
    QString detail;

    // Stable keys for the audit log and the CLI: done, refused, failed, unreachable,
    // protocol-error, skipped.
    static QString key(Kind kind);
    static QString displayName(Kind kind);
    // The words for a key as the audit log keeps it, "pending" (an intent) included; a key of
    // no known kind (a later version's) is shown as it is.
    static QString displayNameOfKey(const QString &key);
};

Q_DECLARE_METATYPE(TargetOutcome)
Q_DECLARE_METATYPE(QVector<TargetOutcome>)
