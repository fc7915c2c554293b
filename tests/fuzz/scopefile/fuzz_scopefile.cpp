#include "scope/scopefile.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// libFuzzer target over the scope file (docs/scope-format.md), which the CLI reads from any path
// it is given: besides crashes, leaks and undefined behaviour, a scope that parses must be
// written again and parse to the same scope.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Scope> scope = scopeFromJson(json);
    if (!scope) {
        if (scope.error().isEmpty()) {
            std::fprintf(stderr, "fuzz_scopefile: a refusal without a reason\n");
            std::abort();
        }
        return 0;
    }
    const Result<Scope> again = scopeFromJson(scopeToJson(*scope));
    if (!again || !(*again == *scope)) {
        std::fprintf(stderr,
                     "fuzz_scopefile: a scope does not survive being written and parsed "
                     "again: %s\n",
                     qPrintable(again ? QStringLiteral("different") : again.error()));
        std::abort();
    }
    return 0;
}
