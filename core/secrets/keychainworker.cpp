#include "secrets/keychainworker.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>

namespace {

class KeychainThread
{
public:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("keychain"));
        m_worker->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.start();
    }
    ~KeychainThread()
    {
        m_thread.quit();
        m_thread.wait();
    }
    QObject *worker() { return m_worker; }

private:
    QThread m_thread;
    QObject *m_worker = new QObject;
};

// The first caller may be any thread (a worker reading a credential), so the thread is not a
// child of the application (a parent must live in the same thread); the application's
// destructor ends it instead (qAddPostRoutine).
QMutex threadMutex;
KeychainThread *keychainThread = nullptr;

void endKeychainThread()
{
    QMutexLocker locker(&threadMutex);
    delete keychainThread;
    keychainThread = nullptr;
}

} // namespace

QObject *KeychainWorker::instance()
{
    QMutexLocker locker(&threadMutex);
    if (!keychainThread) {
        keychainThread = new KeychainThread;
        qAddPostRoutine(endKeychainThread);
    }
    return keychainThread->worker();
}
