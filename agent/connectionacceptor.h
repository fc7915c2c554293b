#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QSocketNotifier;
class QTcpSocket;

// Accepts the connections of one listening socket (the real agent's AgentListener, every
// listener of the fleet), and survives running out of descriptors (docs/security.md, "Hostile
// peers"): accept() failing for lack of descriptors or memory (EMFILE, ENFILE, ENOBUFS, ENOMEM)
// stops accepting for a second, then tries again. The connection stays in the kernel's queue,
// so the listener stays readable: QTcpServer (Qt 6.4) takes that for a temporary error and calls
// accept() again at once, for ever, at full CPU (measured: tst_agenthostile for the agent,
// tst_fleetaccept for the fleet), which is why both accept here instead.
class ConnectionAcceptor : public QObject
{
    Q_OBJECT
public:
    static constexpr int retryMs = 1000;
    // Connections taken per wake-up, so that a flood does not hold the event loop.
    static constexpr int acceptsPerTurn = 64;

    using Take = std::function<void(QTcpSocket *)>;

    // Takes `descriptor`, a listening non-blocking socket, and closes it when destroyed. `take`
    // gets each accepted connection and owns it. `where` names the listener in the log.
    ConnectionAcceptor(qintptr descriptor, QString where, Take take, QObject *parent = nullptr);
    ~ConnectionAcceptor() override;

private:
    void acceptPending();
    void pauseAfter(int error);

    int m_descriptor;
    QString m_where;
    Take m_take;
    QSocketNotifier *m_notifier;
};
