#include "testenvironment.h"

#include <QProcess>
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
QString waitForReadyFile(QProcess &agent, const QString &readyPath, const QString &what)
{
    const QDeadlineTimer deadline(10000);
    while (!QFile::exists(readyPath)) {
        if (agent.waitForFinished(20) || deadline.hasExpired())
            return what + QStringLiteral(" not ready: ")
                + QString::fromLocal8Bit(agent.readAllStandardError());
    }
    return {};
}
} // namespace TestEnvironment
