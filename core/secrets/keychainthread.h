#pragma once

#include "common/inbackground.h"
#include "secrets/keychainworker.h"

#include <functional>

// Runs `work` on the process's one keychain thread (KeychainWorker says why there is only one)
// and `done` with its result on `context`'s thread, unless `context` is gone by then: the
// general helper's onThreadOf() (common/inbackground.h) on that thread.
template<typename T>
void onKeychainThread(QObject *context, std::function<T()> work,
                      std::function<void(const T &)> done)
{
    onThreadOf<T>(KeychainWorker::instance(), context, std::move(work), std::move(done));
}
