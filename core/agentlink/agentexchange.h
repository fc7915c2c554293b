#pragma once

#include "agentlink/agenttls.h"
#include "agentlink/framedecoder.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class QSslSocket;

// One request and its reply with one agent, over TLS (docs/agent-protocol.md): connect,
// handshake (presenting the console's client certificate when given), send, read one message,
// close. Asynchronous: it lives in the thread that starts it, which needs an event loop, and
// never blocks it. AgentCommandClient and AgentStatusReader build on it.
class AgentExchange : public QObject
{
    Q_OBJECT
public:
    enum class Ending {
        Replied, // `reply` holds the agent's message
        Unreachable, // no connection: refused, timed out, no route
        ProtocolError, // connected, but TLS failed, the answer was malformed, or none came
    };
    struct Outcome
    {
        Ending ending = Ending::Unreachable;
        QJsonObject reply;
        QString reason; // for Unreachable and ProtocolError, in words
    };

    static constexpr int defaultTimeoutMs = 10000;

    AgentExchange(std::optional<AgentTls::Credentials> client, int timeoutMs,
                  QObject *parent = nullptr);
    ~AgentExchange() override;

    // Starts the exchange; finished() follows exactly once. One exchange per object.
    void start(const QHostAddress &address, quint16 port, const QJsonObject &request);
    // The same with a request made once TLS is up, from the certificate the agent presented
    // (a registration issues the agent's certificate for that key). A failure ends the exchange
    // as a protocol error with its words, before anything is sent.
    using RequestBuilder = std::function<Result<QJsonObject>(const QSslCertificate &presented)>;
    void start(const QHostAddress &address, quint16 port, RequestBuilder request);

signals:
    void finished(const AgentExchange::Outcome &result);

private:
    void onEncrypted();
    void onReadyRead();
    void onError();
    void finish(Ending ending, const QString &reason, const QJsonObject &reply = {});

    std::optional<AgentTls::Credentials> m_client;
    QSslSocket *m_socket = nullptr;
    QTimer m_timer;
    RequestBuilder m_request;
    FrameDecoder m_decoder;
    QString m_target;
    int m_timeoutMs;
    bool m_finished = false;
};

Q_DECLARE_METATYPE(AgentExchange::Outcome)
