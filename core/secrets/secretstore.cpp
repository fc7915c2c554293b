#include "secrets/secretstore.h"

#include "common/logging.h"
#include "secrets/keychainworker.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>

#include <functional>

#include <qt6keychain/keychain.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SecretStore", text);
}

// The keychain's error in words, with what to do about it (LAB.md: a missing Secret Service
// answers OtherError, a locked collection AccessDenied).
QString explain(const QKeychain::Job &job, const QString &action)
{
    QString advice;
    switch (job.error()) {
    case QKeychain::AccessDenied:
        advice = tr("The keychain refused access; it is probably locked. Unlock your login "
                    "keyring (or the keychain of your desktop) and try again.");
        break;
    case QKeychain::AccessDeniedByUser:
        advice = tr("Access was denied at the keychain's prompt. Allow osmgmt to use the "
                    "keychain and try again.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        advice = tr("No keychain service answered. Start the keyring of your desktop session "
                    "(GNOME Keyring, KWallet or another Secret Service); on a machine without a "
                    "desktop, run osmgmt inside dbus-run-session with gnome-keyring-daemon "
                    "unlocked.");
        break;
    default:
        advice = tr("The keychain failed.");
        break;
    }
    return tr("%1 failed: %2 (%3)").arg(action, advice, job.errorString());
}

// Runs a job to its end on this thread. The flag guards against a job that finishes inside
// start(), before the loop would begin to wait.
void runToEnd(QKeychain::Job &job)
{
    bool finished = false;
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.start();
    if (!finished)
        loop.exec();
}

// Runs `call` on the keychain thread and waits for it there (KeychainWorker says why). A call
// made on the keychain thread itself runs at once: waiting for its own thread would never end.
template<typename T> T waitOnKeychainThread(const std::function<T()> &call)
{
    QObject *worker = KeychainWorker::instance();
    if (QThread::currentThread() == worker->thread())
        return call();
    std::optional<T> result;
    QMetaObject::invokeMethod(
        worker, [&result, &call] { result.emplace(call()); }, Qt::BlockingQueuedConnection);
    return std::move(*result);
}

} // namespace

SecretStore::SecretStore(QString service)
    : m_service(std::move(service))
{ }

Result<std::optional<QByteArray>> SecretStore::read(const QString &key) const
{
    return waitOnKeychainThread<Result<std::optional<QByteArray>>>(
        [&]() -> Result<std::optional<QByteArray>> {
            using R = Result<std::optional<QByteArray>>;
            QKeychain::ReadPasswordJob job(m_service);
            job.setKey(key);
            runToEnd(job);
            if (job.error() == QKeychain::EntryNotFound)
                return std::optional<QByteArray>();
            if (job.error() != QKeychain::NoError) {
                const QString message
                    = explain(job, tr("Reading \"%1\" from the keychain").arg(key));
                Logging::get("secrets")->error("{}", message);
                return R::failure(message);
            }
            return std::optional<QByteArray>(job.binaryData());
        });
}

Result<Done> SecretStore::write(const QString &key, const QByteArray &secret) const
{
    return waitOnKeychainThread<Result<Done>>([&]() -> Result<Done> {
        QKeychain::WritePasswordJob job(m_service);
        job.setKey(key);
        job.setBinaryData(secret);
        runToEnd(job);
        if (job.error() != QKeychain::NoError) {
            const QString message = explain(job, tr("Saving \"%1\" in the keychain").arg(key));
            Logging::get("secrets")->error("{}", message);
            return Result<Done>::failure(message);
        }
        Logging::get("secrets")->info("saved \"{}\" in the keychain", key);
        return Done();
    });
}

Result<Done> SecretStore::remove(const QString &key) const
{
    return waitOnKeychainThread<Result<Done>>([&]() -> Result<Done> {
        QKeychain::DeletePasswordJob job(m_service);
        job.setKey(key);
        runToEnd(job);
        if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
            const QString message = explain(job, tr("Removing \"%1\" from the keychain").arg(key));
            Logging::get("secrets")->error("{}", message);
            return Result<Done>::failure(message);
        }
        return Done();
    });
}
