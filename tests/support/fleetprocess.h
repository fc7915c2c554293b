#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

// `osmgmt-agent --fleet` under test: writes the fleet file, starts the agent, waits for its
// ready file, and stops it with SIGTERM when destroyed.
class FleetProcess
{
public:
    FleetProcess();
    ~FleetProcess();

    // Empty on success; otherwise what went wrong, with the agent's stderr.
    QString start(const QJsonObject &fleet);
    QProcess &process() { return m_process; }

    // A random 127.x.y.0/24 block, so concurrent tests and runs do not meet.
    static QString randomLoopbackNetwork();
    // A random port in 20000-59999.
    static quint16 randomPort();

private:
    QTemporaryDir m_directory;
    QProcess m_process;
};
