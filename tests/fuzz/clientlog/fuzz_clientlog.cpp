#include "policy/clientlog.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// libFuzzer target over the two client logs of reference 004 (docs/quarantine.md,
// "Detections"). The first byte picks the log. Besides crashes, leaks and undefined behaviour:
// every complete line is either a detection or a malformed line, an unfinished tail is never
// longer than the input, and a detection always has what its log requires.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray log(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const Detection::Source source
        = data[0] % 2 == 0 ? Detection::Source::Virus : Detection::Source::Web;
    const ClientLog::Parsed parsed = ClientLog::parse(source, log);
    const qsizetype lines = log.count('\n');
    if (parsed.detections.size() + parsed.malformedLines > lines
        || parsed.unfinishedBytes > log.size()
        || parsed.problems.size() > qMin(parsed.malformedLines, ClientLog::maxProblems)) {
        std::fprintf(stderr, "fuzz_clientlog: counts that do not add up\n");
        std::abort();
    }
    for (const Detection &detection : parsed.detections) {
        const bool virus = detection.source == Detection::Source::Virus;
        if (!detection.date.isValid() || !detection.time.isValid() || detection.threat.isEmpty()
            || detection.path.isEmpty() || virus != detection.result.has_value()
            || (virus
                && (scanResultText(*detection.result).isEmpty()
                    || scanTypeText(*detection.scanType).isEmpty()))) {
            std::fprintf(stderr, "fuzz_clientlog: a detection without what its log requires\n");
            std::abort();
        }
    }
    return 0;
}
