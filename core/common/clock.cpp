#include "common/clock.h"

#include <mutex>

namespace {
std::mutex s_mutex;
std::shared_ptr<Clock> s_clock = std::make_shared<SystemClock>();
} // namespace

const Clock &Clock::instance()
{
    std::lock_guard<std::mutex> lock(s_mutex);
    return *s_clock;
}

void Clock::setInstance(std::shared_ptr<Clock> clock)
{
    std::lock_guard<std::mutex> lock(s_mutex);
    s_clock = clock ? std::move(clock) : std::make_shared<SystemClock>();
}
