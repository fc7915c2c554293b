#pragma once

#include <QJsonObject>
#include <QTcpServer>

// A fake agent for tests of what the console believes (issue 15): a plain TLS listener with a
// self-signed certificate that answers every request it receives with one fixed message (an
// identity claiming any server, a bare `done`), as anyone on the network could.
class FakeAgent : public QTcpServer
{
public:
    explicit FakeAgent(QJsonObject answer, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QJsonObject m_answer;
};
