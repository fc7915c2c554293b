#pragma once

#include "common/result.h"

#include <QString>

// The message shown to the computer's user before a quarantine (issue 14, point 4: "warns
// their users first"; the console's policy holds the editable text). Where a graphical session
// is open it is a desktop notification in each such session; otherwise it goes to the journal
// (or to syslog where there is no journal), where the user's tools and the administrator find
// it.
//
// The text comes from the console, through the network: it is data. It is stripped of control
// characters and bidirectional overrides, its markup characters are escaped (a notification
// server reads the body as markup: no links, no formatting slipped in), it is bounded, and it
// reaches every program as one argv entry or as standard input, never through a shell.
class UserWarning
{
public:
    // Where the warning goes: the defaults are the system's; tests give their own.
    struct Places
    {
        QString runtimeDirectory = QStringLiteral("/run/user"); // /run/user/UID/bus
        QString journalSocket = QStringLiteral("/run/systemd/journal/stdout");
        QString syslogSocket = QStringLiteral("/dev/log");
    };

    static constexpr int maxCharacters = 1000;

    // The text as it will be shown: control characters and bidirectional overrides removed,
    // line breaks and tabs as spaces, runs of spaces as one, at most maxCharacters (cut at
    // the last whole word, with "…"). Empty when nothing printable is left.
    static QString cleanText(const QString &text);

    // Shows the warning; what was done in words ("shown on the desktop of alice"), or why
    // nothing could show it (then it is in the agent's log only).
    static Result<QString> show(const QString &text, const Places &places);
    static Result<QString> show(const QString &text);
};
