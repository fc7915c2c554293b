#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

// Runs `work` on a short-lived worker thread and hands its result to `done` on `context`'s
// thread; nothing happens if `context` is gone by then. For the store and keychain reads a
// page makes, which must never run on the GUI thread.
template<typename T>
void inBackground(QObject *context, std::function<T()> work, std::function<void(const T &)> done)
{
    auto result = std::make_shared<std::optional<T>>();
    QThread *worker
        = QThread::create([result, work = std::move(work)] { result->emplace(work()); });
    QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    QObject::connect(worker, &QThread::finished, context,
                     [result, done = std::move(done)] { done(**result); });
    worker->start();
}
