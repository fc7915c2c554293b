#include "query/directoryassessment.h"

#include "common/logging.h"
#include "directory/computerenumerator.h"
#include "directory/computerresolver.h"
#include "directory/directoryclient.h"
#include "secrets/keychainworker.h"
#include "secrets/savedpassword.h"

#include <QCoreApplication>
#include <QPointer>

namespace {

// The bind password: the caller's, else the keychain's. Blocks on the keychain (KeychainWorker).
Result<QString> bindPassword(const ActiveDirectoryScope &scope, const std::optional<QString> &given)
{
    if (given)
        return *given;
    const Result<std::optional<QString>> saved
        = SavedPassword::forDirectory(scope.connection).read();
    if (!saved) {
        return Result<QString>::failure(
            QCoreApplication::translate(
                "DirectoryAssessment",
                "The Active Directory password cannot be read from the keychain: %1")
                .arg(saved.error()));
    }
    if (!saved.value()) {
        return Result<QString>::failure(
            QCoreApplication::translate(
                "DirectoryAssessment",
                "No password is saved for the Active Directory connection %1 as %2: save it in "
                "the scope editor (Active Directory, connection settings), or give it to "
                "osmgmt-cli with --password-stdin")
                .arg(scope.connection.url, scope.connection.bindUser));
    }
    return *saved.value();
}

} // namespace

DirectoryAssessment::DirectoryAssessment(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ResolvedComputer>();
}

DirectoryAssessment::~DirectoryAssessment()
{
    cancel();
    stopWorker();
}

void DirectoryAssessment::start(const ActiveDirectoryScope &scope, std::optional<QString> password)
{
    Q_ASSERT(!m_running);
    stopWorker();
    m_running = true;
    m_elapsed.start();
    m_enumerated = false;
    m_found = 0;
    m_computers.clear();
    m_missing.clear();
    m_client = std::make_shared<DirectoryClient>();
    m_cancelRequested = std::make_shared<std::atomic<bool>>(false);
    delete m_resolver;
    m_resolver = new ComputerResolver(this);
    connect(m_resolver, &ComputerResolver::computerResolved, this,
            &DirectoryAssessment::onResolved);

    if (password) {
        startWorker(scope, *password);
        return;
    }
    // The keychain is read on its own long-lived thread (KeychainWorker), never on this one.
    QPointer<DirectoryAssessment> guard(this);
    QMetaObject::invokeMethod(KeychainWorker::instance(), [guard, scope] {
        const Result<QString> secret = bindPassword(scope, std::nullopt);
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, scope, secret] {
                if (guard)
                    guard->onPasswordRead(scope, secret);
            },
            Qt::QueuedConnection);
    });
}

void DirectoryAssessment::onPasswordRead(const ActiveDirectoryScope &scope,
                                         const Result<QString> &secret)
{
    if (!m_running)
        return;
    if (m_cancelRequested->load()) {
        m_running = false;
        emit cancelled();
        return;
    }
    if (!secret) {
        onWorkerFailed(secret.error(), false);
        return;
    }
    startWorker(scope, secret.value());
}

void DirectoryAssessment::startWorker(const ActiveDirectoryScope &scope, const QString &password)
{
    DirectoryAssessment *self = this; // outlives the worker: the destructor waits for it
    m_worker = QThread::create([self, scope, password, client = m_client,
                                cancelled = m_cancelRequested] {
        // Everything the worker reports is posted to this object's thread.
        auto post = [self](auto function) {
            QMetaObject::invokeMethod(self, std::move(function), Qt::QueuedConnection);
        };
        if (cancelled->load()) {
            post([self] { self->onWorkerFailed({}, true); });
            return;
        }
        const DirectoryError opened = client->open(scope.connection, password);
        if (!opened.ok()) {
            post([self, error = opened.text(), kind = opened.kind(), cancelled] {
                self->onWorkerFailed(error,
                                     kind == DirectoryError::Kind::Cancelled || cancelled->load());
            });
            return;
        }
        if (cancelled->load()) {
            client->close();
            post([self] { self->onWorkerFailed({}, true); });
            return;
        }
        const DirectoryResult<ComputerEnumerator::Outcome> outcome = ComputerEnumerator::enumerate(
            *client, scope.objects, [&](const QVector<AdComputer> &batch) {
                post([self, batch] { self->onComputersFound(batch); });
                return !cancelled->load();
            });
        client->close();
        if (!outcome.ok() || cancelled->load()) {
            const DirectoryError error = outcome.error();
            post([self, text = error.text(), kind = error.kind(), cancelled] {
                self->onWorkerFailed(text,
                                     kind == DirectoryError::Kind::Cancelled || cancelled->load());
            });
            return;
        }
        post([self, missing = outcome->missing] { self->onEnumerated(missing); });
    });
    m_worker->setObjectName(QStringLiteral("directory"));
    m_worker->start();
}

void DirectoryAssessment::cancel()
{
    if (!m_running)
        return;
    m_cancelRequested->store(true);
    m_client->cancel();
    if (m_resolver)
        m_resolver->cancel();
    // The worker notices within about 100 ms and posts its end, which says cancelled().
    if (m_enumerated) {
        m_running = false;
        emit cancelled();
    }
}

void DirectoryAssessment::stopWorker()
{
    if (!m_worker)
        return;
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
}

void DirectoryAssessment::onComputersFound(const QVector<AdComputer> &batch)
{
    if (!m_running || m_cancelRequested->load())
        return;
    m_found += int(batch.size());
    m_resolver->resolve(batch);
    emit progressed(m_found, int(m_computers.size()));
}

void DirectoryAssessment::onEnumerated(const QStringList &missing)
{
    if (!m_running)
        return;
    m_enumerated = true;
    m_missing = missing;
    stopWorker(); // it has returned, or is about to
    if (m_cancelRequested->load()) {
        m_running = false;
        emit cancelled();
        return;
    }
    if (!missing.isEmpty()) {
        Logging::get("ldap")->warn("{} selected objects no longer exist: {}", missing.size(),
                                   missing.join(QStringLiteral("; ")));
    }
    finishIfDone();
}

void DirectoryAssessment::onWorkerFailed(const QString &error, bool wasCancelled)
{
    if (!m_running)
        return;
    m_running = false;
    m_resolver->cancel();
    stopWorker();
    if (wasCancelled || m_cancelRequested->load()) {
        emit cancelled();
        return;
    }
    Logging::get("ldap")->error("the Active Directory stage of the query failed: {}", error);
    emit failed(error);
}

void DirectoryAssessment::onResolved(const ResolvedComputer &computer)
{
    if (!m_running)
        return;
    m_computers.append(computer);
    if (m_computers.size() % 256 == 0)
        emit progressed(m_found, int(m_computers.size()));
    finishIfDone();
}

void DirectoryAssessment::finishIfDone()
{
    if (!m_running || !m_enumerated || m_computers.size() < m_found)
        return;
    m_running = false;
    Logging::get("ldap")->info("{} Active Directory computers read and looked up in {} ms", m_found,
                               m_elapsed.elapsed());
    emit finished(m_computers, m_missing);
}
