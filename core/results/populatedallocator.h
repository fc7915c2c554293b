#pragma once

#include <cstddef>
#include <memory>

// Asks the kernel to fault in every whole page of `bytes` at `block` now, in one call
// (MADV_POPULATE_WRITE), instead of one trap per page as the block is first written. Nothing
// happens where the kernel cannot (before Linux 5.14, or another system).
void populatePages(void *block, std::size_t bytes);

// An allocator whose large blocks are faulted in as they are allocated. A million results are
// about 150 MB of fresh memory, written once, page by page: in this VM a trap per page cost
// about a fifth of reading them (docs/performance.md).
template<typename T> class PopulatedAllocator : public std::allocator<T>
{
public:
    using value_type = T;
    template<typename U> struct rebind
    {
        using other = PopulatedAllocator<U>;
    };

    PopulatedAllocator() noexcept = default;
    template<typename U> PopulatedAllocator(const PopulatedAllocator<U> &) noexcept { }

    T *allocate(std::size_t n)
    {
        T *block = std::allocator<T>::allocate(n);
        if (n * sizeof(T) >= largeBlock)
            populatePages(block, n * sizeof(T));
        return block;
    }

private:
    // Smaller blocks come from pages the heap already holds.
    static constexpr std::size_t largeBlock = std::size_t(64) << 10;
};

template<typename T, typename U>
bool operator==(const PopulatedAllocator<T> &, const PopulatedAllocator<U> &) noexcept
{
    return true;
}
template<typename T, typename U>
bool operator!=(const PopulatedAllocator<T> &, const PopulatedAllocator<U> &) noexcept
{
    return false;
}
