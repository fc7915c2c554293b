#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>

// The embedded demo: writes a fleet of about 250 simulated endpoints on 127.77.0.0/24 and the
// scope that covers them, and plays the fleet with `osmgmt-agent --fleet` for as long as the
// console runs. Unprivileged ports, so an ordinary user can run it.
class DemoEnvironment : public QObject
{
    Q_OBJECT
public:
    static constexpr quint16 gatePort = 10135;
    static constexpr quint16 agentPort = 21112;

    DemoEnvironment(QString directory, QString serverName, QObject *parent = nullptr);
    ~DemoEnvironment() override;

    // Writes the files and starts the fleet; ready() or failed() follows.
    void start();
    QString scopeFile() const;
    QString serverName() const { return m_serverName; }

signals:
    void ready();
    void failed(const QString &error);

private:
    QString agentProgram() const;
    void checkReady();

    QString m_directory;
    QString m_serverName;
    QString m_readyFile; // the fleet writes it once every listener is bound
    QProcess m_agent;
    QTimer m_readyPoll;
    int m_polls = 0;
};
