#include "secrets/keychainworker.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace {

// Owned by the application: its destructor ends the thread before the application goes.
class KeychainThread : public QObject
{
public:
    explicit KeychainThread(QObject *parent)
        : QObject(parent)
    {
        m_thread.setObjectName(QStringLiteral("keychain"));
        m_worker->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.start();
    }
    ~KeychainThread() override
    {
        m_thread.quit();
        m_thread.wait();
    }
    QObject *worker() { return m_worker; }

private:
    QThread m_thread;
    QObject *m_worker = new QObject;
};

} // namespace

QObject *KeychainWorker::instance()
{
    static QPointer<KeychainThread> thread;
    if (!thread)
        thread = new KeychainThread(QCoreApplication::instance());
    return thread->worker();
}
