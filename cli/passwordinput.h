#pragma once

#include <QString>

#include <optional>

// Every password the CLI reads (docs/cli.md, "Passwords"): one line of standard input, its line
// ending removed. On a terminal the characters typed are not echoed (termios ECHO off while the
// line is read, restored afterwards, also when SIGINT or SIGTERM arrives meanwhile), after
// `prompt` on standard error. From a pipe, the next line as is, read without reading ahead of
// it: a second password comes on the following line. No value when input ended first.
std::optional<QString> readPassword(const QString &prompt);
