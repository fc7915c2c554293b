#pragma once

#include <cstddef>
#include <memory>

// Asks the kernel, on a pool thread, to fault in every page of `bytes` at `block` now
// (MADV_POPULATE_WRITE: the pages' contents are not touched, so the owner may already be writing
// them). Nothing happens where the kernel cannot (before Linux 5.14, or another system).
void prefaultInBackground(void *block, std::size_t bytes);

// An allocator whose large blocks are faulted in ahead of use. A results table is reserved for
// all its rows on the reader's worker and then filled on the GUI thread, chunk by chunk: with a
// plain allocator the GUI thread took the page faults of the fresh memory, which made copying a
// 50,000-row chunk cost 25-115 ms instead of a few (measured in this VM, where a fault is
// expensive). Touching the pages on the worker instead delayed the first rows by 0.6 s.
template<typename T> class PrefaultedAllocator : public std::allocator<T>
{
public:
    using value_type = T;
    template<typename U> struct rebind
    {
        using other = PrefaultedAllocator<U>;
    };

    PrefaultedAllocator() noexcept = default;
    template<typename U> PrefaultedAllocator(const PrefaultedAllocator<U> &) noexcept { }

    T *allocate(std::size_t n)
    {
        T *block = std::allocator<T>::allocate(n);
        if (n * sizeof(T) >= largeBlock)
            prefaultInBackground(block, n * sizeof(T));
        return block;
    }

private:
    static constexpr std::size_t largeBlock = 1
        << 20; // small blocks come from the heap's own pages
};

template<typename T, typename U>
bool operator==(const PrefaultedAllocator<T> &, const PrefaultedAllocator<U> &) noexcept
{
    return true;
}
template<typename T, typename U>
bool operator!=(const PrefaultedAllocator<T> &, const PrefaultedAllocator<U> &) noexcept
{
    return false;
}
