#include "agentlink/agentcommand.h"
#include "agentlink/agentframe.h"
#include "agentlink/agentstatus.h"
#include "agentlink/framedecoder.h"
#include "agentlink/handshake.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// libFuzzer target over everything that reads bytes from a peer of the agent protocol
// (docs/agent-protocol.md): the frame decoder, fed in pieces as a network would, and every
// message parser on what it decodes. Besides crashes, leaks and undefined behaviour (the
// sanitizers), it checks that what parses round-trips: a decoded message framed again decodes
// to itself, and a parsed command or status written again parses to the same value.
namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_agentframe: %s\n", what);
    std::abort();
}

void checkFrameRoundTrip(const QJsonObject &message)
{
    const QByteArray frame = AgentFrame::encode(message);
    if (frame.isEmpty())
        return; // over the payload limit once compacted: encode() refuses, as documented
    FrameDecoder again;
    again.append(frame);
    const FrameDecoder::Step step = again.next();
    if (step.status != FrameDecoder::Status::Complete || step.message != message)
        fail("a decoded message, framed again, does not decode to itself");
}

void exerciseParsers(const QJsonObject &message)
{
    const AgentIdentity identity { QStringLiteral("ws1"), QStringLiteral("osm-hq"),
                                   QStringLiteral("1.2.0"), QStringLiteral("Finance") };
    (void)identityFromMessage(message);
    (void)replyTo(message, identity);
    if (const Result<AgentCommand> command = AgentCommand::fromMessage(message)) {
        const Result<AgentCommand> again = AgentCommand::fromMessage(command->toMessage());
        if (!again || again->kind != command->kind || again->server != command->server
            || again->caPem != command->caPem || again->service != command->service)
            fail("a command does not survive being written and parsed again");
    }
    if (const Result<AgentReport> report = reportFromMessage(message)) {
        const Result<AgentReport> again
            = reportFromMessage(statusMessage(report->identity, report->status));
        if (!again || !(again->status == report->status) || !(again->identity == report->identity))
            fail("a status does not survive being written and parsed again");
    }
    checkFrameRoundTrip(message);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte decides how the rest arrives: in pieces of 1 to 64 bytes.
    const size_t piece = 1 + data[0] % 64;
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    size_t left = size - 1;
    FrameDecoder decoder;
    bool malformed = false;
    while (left > 0 && !malformed) {
        const size_t take = left < piece ? left : piece;
        decoder.append(bytes, qsizetype(take));
        bytes += take;
        left -= take;
        if (decoder.buffered() > AgentFrame::headerSize + qsizetype(AgentFrame::maxPayload))
            fail("the decoder holds more than one frame's worth of bytes");
        for (FrameDecoder::Step step = decoder.next();
             step.status != FrameDecoder::Status::Incomplete; step = decoder.next()) {
            if (step.status == FrameDecoder::Status::Malformed) {
                if (step.error.isEmpty())
                    fail("a malformed frame without a reason");
                malformed = true;
                break;
            }
            exerciseParsers(step.message);
        }
    }
    if (malformed && decoder.next().status != FrameDecoder::Status::Malformed)
        fail("malformed is not final");
    return 0;
}
