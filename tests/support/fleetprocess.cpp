#include "fleetprocess.h"

#include "testenvironment.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>

FleetProcess::FleetProcess() = default;

FleetProcess::~FleetProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
}

QString FleetProcess::start(const QJsonObject &fleet)
{
    const QString fleetPath = m_directory.filePath(QStringLiteral("fleet.json"));
    const QString readyPath = m_directory.filePath(QStringLiteral("ready"));
    QFile file(fleetPath);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(QJsonDocument(fleet).toJson());
    file.close();
    m_process.start(
        TestEnvironment::agentProgram(),
        { QStringLiteral("--fleet"), fleetPath, QStringLiteral("--ready-file"), readyPath });
    if (!m_process.waitForStarted(5000))
        return m_process.errorString();
    return TestEnvironment::waitForReadyFile(m_process, readyPath, QStringLiteral("fleet"));
}

QString FleetProcess::randomLoopbackNetwork()
{
    QRandomGenerator *random = QRandomGenerator::global();
    return QStringLiteral("127.%1.%2.").arg(100 + random->bounded(150)).arg(random->bounded(250));
}

quint16 FleetProcess::randomPort()
{
    return quint16(20000 + QRandomGenerator::global()->bounded(40000));
}
