#include "host/agentconfig.h"
#include "host/productstatus.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// libFuzzer target over the two files the real agent reads (docs/agent-protocol.md, "The real
// agent"): its configuration file and the product status file the scan engine writes, which a
// local user with write access to it controls. The first byte picks the file. Besides crashes,
// leaks and undefined behaviour, a refusal must say why.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray json(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QString error;
    if (data[0] % 2 == 0) {
        const Result<AgentConfig> config
            = parseAgentConfig(json, QStringLiteral("/nonexistent/osmgmt-fuzz"));
        error = config ? QStringLiteral("-") : config.error();
    } else {
        const Result<ProductStatus> status = ProductStatus::parse(json);
        error = status ? QStringLiteral("-") : status.error();
    }
    if (error.isEmpty()) {
        std::fprintf(stderr, "fuzz_agentfiles: a refusal without a reason\n");
        std::abort();
    }
    return 0;
}
