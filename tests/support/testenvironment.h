#pragma once

#include <QString>

class QProcess;

// Paths of the programs under test, handed over by CTest (tests/CMakeLists.txt).
namespace TestEnvironment {
QString agentProgram();
QString cliProgram();
QString consoleProgram();
// Waits up to 10 s for a started agent to write its ready file (--ready-file). Empty when it
// did; otherwise "<what> not ready: " and the agent's standard error (it ended or took too long).
QString waitForReadyFile(QProcess &agent, const QString &readyPath, const QString &what);
} // namespace TestEnvironment
