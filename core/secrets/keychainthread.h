#pragma once

#include "secrets/keychainworker.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

// Runs `work` on the process's one keychain thread (KeychainWorker says why there is only one)
// and `done` with its result on `context`'s thread, unless `context` is gone by then.
template<typename T>
void onKeychainThread(QObject *context, std::function<T()> work,
                      std::function<void(const T &)> done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        KeychainWorker::instance(),
        [guard, work = std::move(work), done = std::move(done)] {
            auto result = std::make_shared<T>(work());
            if (guard) {
                QMetaObject::invokeMethod(
                    guard.data(), [result, done] { done(*result); }, Qt::QueuedConnection);
            }
        },
        Qt::QueuedConnection);
}
