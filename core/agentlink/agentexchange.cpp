#include "agentlink/agentexchange.h"

#include "agentlink/agentframe.h"
#include "common/tcpreach.h"

#include <QCoreApplication>
#include <QSslSocket>

AgentExchange::AgentExchange(std::optional<AgentTls::Credentials> client, int timeoutMs,
                             QObject *parent)
    : QObject(parent)
    , m_client(std::move(client))
    , m_timer(this) // a child, so that moveToThread() takes it along
    , m_timeoutMs(timeoutMs)
{
    qRegisterMetaType<AgentExchange::Outcome>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const bool connected = m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
        finish(
            connected ? Ending::ProtocolError : Ending::Unreachable,
            connected
                ? tr("%1 accepted, then gave no answer within %2 ms").arg(m_target).arg(m_timeoutMs)
                : tr("%1 did not connect within %2 ms").arg(m_target).arg(m_timeoutMs));
    });
}

AgentExchange::~AgentExchange() = default;

void AgentExchange::start(const QHostAddress &address, quint16 port, const QJsonObject &request)
{
    start(address, port,
          [request](const QSslCertificate &) { return Result<QJsonObject>(request); });
}

void AgentExchange::start(const QHostAddress &address, quint16 port, RequestBuilder request)
{
    m_request = std::move(request);
    m_target = (address.protocol() == QAbstractSocket::IPv6Protocol
                    ? QStringLiteral("[%1]").arg(address.toString())
                    : address.toString())
        + QLatin1Char(':') + QString::number(port);
    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(AgentTls::clientConfiguration(m_client));
    connect(m_socket, &QSslSocket::encrypted, this, &AgentExchange::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &AgentExchange::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &AgentExchange::onError);
    m_timer.start(m_timeoutMs);
    m_socket->connectToHostEncrypted(address.toString(), port);
}

void AgentExchange::onEncrypted()
{
    const Result<QJsonObject> request = m_request(m_socket->peerCertificate());
    if (!request) {
        finish(Ending::ProtocolError, request.error());
        return;
    }
    const QByteArray frame = AgentFrame::encode(*request);
    if (frame.isEmpty()) {
        finish(Ending::ProtocolError, tr("the request is too large to send"));
        return;
    }
    m_socket->write(frame);
}

void AgentExchange::onReadyRead()
{
    m_decoder.append(m_socket->readAll());
    const FrameDecoder::Step step = m_decoder.next();
    if (step.status == FrameDecoder::Status::Malformed)
        finish(Ending::ProtocolError,
               tr("%1 answered something that is not the agent protocol: %2")
                   .arg(m_target, step.error));
    else if (step.status == FrameDecoder::Status::Complete)
        finish(Ending::Replied, {}, step.message);
}

void AgentExchange::onError()
{
    // A peer that closes after a complete reply has already finished the exchange.
    const bool unreachable
        = !m_socket->isEncrypted() && neverConnected(tcpReachOf(m_socket->error()));
    finish(unreachable ? Ending::Unreachable : Ending::ProtocolError,
           QStringLiteral("%1: %2").arg(m_target, m_socket->errorString()));
}

void AgentExchange::finish(Ending ending, const QString &reason, const QJsonObject &reply)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    emit finished(Outcome { ending, reply, reason });
}
