#pragma once

#include <QString>

// Paths of the programs under test, handed over by CTest (tests/CMakeLists.txt).
namespace TestEnvironment {
QString agentProgram();
QString cliProgram();
QString consoleProgram();
} // namespace TestEnvironment
