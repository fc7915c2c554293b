#include "results/populatedallocator.h"

#include <cstdint>

#if __has_include(<sys/mman.h>)
#include <sys/mman.h>
#include <unistd.h>
#endif

void populatePages(void *block, std::size_t bytes)
{
#ifdef MADV_POPULATE_WRITE
    static const std::uintptr_t page = std::uintptr_t(sysconf(_SC_PAGESIZE));
    // Whole pages inside the block only: madvise() wants an aligned start, and the pages at the
    // ends may hold the heap's own bookkeeping.
    const std::uintptr_t begin = (std::uintptr_t(block) + page - 1) & ~(page - 1);
    const std::uintptr_t end = (std::uintptr_t(block) + bytes) & ~(page - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_POPULATE_WRITE);
#else
    (void)block;
    (void)bytes;
#endif
}
