#pragma once

#include <QJsonObject>
#include <QString>

// Text that came from an agent (its identity, its status, a command's detail or reason) is data
// (STYLE.md): before it reaches a terminal, a log line or the audit log, every control
// character (C0, DEL, C1: an escape sequence could recolour or rewrite a terminal, a newline
// could forge a log line) and every bidirectional override (which could make "exe.txt" read as
// "txt.exe") is replaced by U+FFFD, so what was there stays visible. The console applies it
// where agent text enters: identityFromMessage(), reportFromMessage() and command replies.
namespace AgentText {
QString printable(const QString &text);
// printable() applied to every string (keys and values) of a message, at any depth.
QJsonObject printable(const QJsonObject &message);
} // namespace AgentText
