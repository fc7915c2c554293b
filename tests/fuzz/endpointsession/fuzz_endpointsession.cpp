#include "agentlink/agentframe.h"
#include "agentlink/agenttls.h"
#include "agentlink/framedecoder.h"
#include "agentstate.h"
#include "endpointsession.h"
#include "identity/certificateauthority.h"
#include "tlsserverchannel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSslSocket>
#include <QTcpServer>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

// libFuzzer target over the agent's session (agent/endpointsession.h) with pipelined requests:
// the input is what a console sends once TLS is up, any number of frames back to back
// (docs/agent-protocol.md, "Framing"). Each input is one real TLS connection on 127.0.0.1 to a
// fresh agent whose pinned CA issued the client's certificate, so commands run too. Besides
// crashes, leaks and undefined behaviour: every complete request is answered, in order, with
// one frame; a malformed stream gets one error frame more and the connection is closed; the
// session answers nothing it was not asked.
namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_endpointsession: %s\n", what);
    std::abort();
}

struct Fixture
{
    std::unique_ptr<QCoreApplication> application;
    std::optional<CertificateAuthority> authority;
    AgentTls::Credentials agent;
    AgentTls::Credentials console;
    std::shared_ptr<TlsServerContext> tls;
    std::unique_ptr<QTcpServer> server;
};

Fixture &fixture()
{
    static Fixture made = [] {
        Fixture f;
        static int argc = 1;
        static char name[] = "fuzz_endpointsession";
        static char *argv[] = { name, nullptr };
        f.application = std::make_unique<QCoreApplication>(argc, argv);
        f.authority = CertificateAuthority::create(QStringLiteral("osm-fuzz"), 3650).value();
        f.agent = AgentTls::makeSelfSigned(QStringLiteral("ws-fuzz")).value();
        const IssuedCertificate client
            = f.authority->issue(QStringLiteral("console"), CertificateUse::Client, 3650).value();
        f.console = { client.certificate, client.key };
        f.tls = TlsServerContext::create(f.agent).value();
        f.server = std::make_unique<QTcpServer>();
        if (!f.server->listen(QHostAddress::LocalHost))
            fail("cannot listen on 127.0.0.1");
        return f;
    }();
    return made;
}

// What the session must answer: one frame per complete request, one more if the stream turns
// malformed (after which it closes).
struct Expected
{
    int answers = 0;
    bool closes = false;
};

Expected expectedFor(const QByteArray &input)
{
    FrameDecoder decoder;
    decoder.append(input);
    Expected expected;
    for (;;) {
        const FrameDecoder::Step step = decoder.next();
        if (step.status == FrameDecoder::Status::Incomplete)
            return expected;
        ++expected.answers;
        if (step.status == FrameDecoder::Status::Malformed) {
            expected.closes = true;
            return expected;
        }
    }
}

template<typename Done> bool pumpUntil(Done done, int limitMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > limitMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fixture &f = fixture();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Expected expected = expectedFor(input);

    AgentIdentity identity;
    identity.name = QStringLiteral("ws-fuzz");
    identity.server = QStringLiteral("osm-fuzz");
    AgentState state(identity, f.authority->certificate(), AgentStatus::healthyDefault());
    if (!state.setTls(f.agent, std::nullopt, f.tls))
        fail("the agent's TLS cannot be set");
    QObject sessions;
    bool ended = false;
    QObject::connect(f.server.get(), &QTcpServer::newConnection, &sessions, [&] {
        while (QTcpSocket *socket = f.server->nextPendingConnection()) {
            auto *session = new EndpointSession(socket, AgentBehaviour::Answer, &state,
                                                state.tlsContext(), 5000, &sessions);
            QObject::connect(session, &EndpointSession::ended, &sessions,
                             [&ended] { ended = true; });
        }
    });

    QSslSocket client;
    client.setSslConfiguration(AgentTls::clientConfiguration(f.console));
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), f.server->serverPort());
    if (!pumpUntil([&] { return client.isEncrypted(); }, 5000))
        fail("no TLS session with the agent");
    client.write(input);

    FrameDecoder answers;
    int answered = 0;
    const bool finished = pumpUntil(
        [&] {
            answers.append(client.readAll());
            for (FrameDecoder::Step step = answers.next();
                 step.status == FrameDecoder::Status::Complete; step = answers.next())
                ++answered;
            if (answered > expected.answers)
                fail("the session answered more than it was asked");
            return answered == expected.answers
                && (!expected.closes || client.state() == QAbstractSocket::UnconnectedState);
        },
        5000);
    if (!finished)
        fail(answered < expected.answers ? "a request the session did not answer"
                                         : "a malformed stream the session kept open");
    client.abort();
    pumpUntil([&] { return ended; }, 5000);
    QCoreApplication::processEvents();
    return 0;
}
