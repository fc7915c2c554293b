#include "testenvironment.h"

#include <QtTest>

namespace {
QString programFromEnvironment(const char *variable)
{
    const QString path = qEnvironmentVariable(variable);
    if (path.isEmpty())
        qFatal("%s is not set: run the test through ctest", variable);
    return path;
}
} // namespace

namespace TestEnvironment {
QString agentProgram()
{
    return programFromEnvironment("OSMGMT_AGENT");
}
QString cliProgram()
{
    return programFromEnvironment("OSMGMT_CLI");
}
QString consoleProgram()
{
    return programFromEnvironment("OSMGMT_CONSOLE");
}
} // namespace TestEnvironment
