#include "fakeagent.h"

#include "agentlink/agentframe.h"
#include "agentlink/agenttls.h"
#include "agentlink/framedecoder.h"

#include <QSslSocket>

#include <memory>

FakeAgent::FakeAgent(QJsonObject answer, QObject *parent)
    : QTcpServer(parent)
    , m_answer(std::move(answer))
{ }

void FakeAgent::incomingConnection(qintptr descriptor)
{
    static const AgentTls::Credentials credentials
        = AgentTls::makeSelfSigned(QStringLiteral("fake agent")).value();
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(credentials.certificate);
    configuration.setPrivateKey(credentials.key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->setSslConfiguration(configuration);
    auto decoder = std::make_shared<FrameDecoder>();
    connect(socket, &QSslSocket::readyRead, socket, [this, socket, decoder] {
        decoder->append(socket->readAll());
        while (decoder->next().status == FrameDecoder::Status::Complete)
            socket->write(AgentFrame::encode(m_answer));
    });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    socket->startServerEncryption();
}
