#include "diagnosesession.h"

#include "consoleidentity.h"
#include "diagnose/agenthistory.h"
#include "diagnose/connectiondiagnosis.h"
#include "probe/agenttrust.h"
#include "scope/scopefile.h"
#include "settings/settings.h"
#include "store/database.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QMutex>
#include <QSslKey>
#include <QThread>

// What the GUI thread and the worker share about one diagnosis: the object to cancel, once it
// exists, and whether cancel was asked for before it did.
struct DiagnoseSession::Run
{
    QMutex mutex;
    ConnectionDiagnosis *diagnosis = nullptr;
    bool cancelled = false;
};

namespace {

// The kinds of key a console certificate may hold, as the administrator knows them.
QString algorithmName(QSsl::KeyAlgorithm algorithm)
{
    return algorithm == QSsl::Rsa ? QStringLiteral("RSA")
        : algorithm == QSsl::Ec   ? QStringLiteral("EC")
                                  : QString::number(int(algorithm));
}

// What the worker reads before it diagnoses, off the GUI thread: the saved scope (unless one was
// given), this console's CA file (when the identity had none), and the store that says whether
// the agent answered before (its connection lives on in `settings.history`).
DiagnosisRequest prepare(const Endpoint &endpoint, DiagnosisSettings &settings, bool needCa,
                         std::shared_ptr<const Scope> scope,
                         const DiagnoseSession::OpenDatabase &openDatabase)
{
    if (!scope) {
        const Result<Scope> saved = loadScopeFile(Settings::scopeFile());
        if (saved)
            scope = std::make_shared<const Scope>(saved.value());
    }
    if (needCa)
        settings.thisServerCa = AgentTrust::thisConsoleAuthority();
    // During a CA rollover, the pending CA vouches for the agents already moved to it.
    settings.pendingServerCa = AgentTrust::thisConsoleAuthorities().value(1);
    if (openDatabase) {
        if (const Result<std::shared_ptr<Database>> opened = openDatabase()) {
            std::shared_ptr<Database> database = opened.value();
            settings.history = [database](const QString &address) {
                return AgentHistory(database).lastAnswer(address);
            };
        }
    }
    const DiagnosisRequestValues values = DiagnoseSession::requestFor(endpoint, scope.get());
    return DiagnosisRequest { values.host, values.agentPort, values.gatePort, values.knownName };
}

} // namespace

DiagnoseSession::DiagnoseSession(ConsoleIdentity *identity, QString serverName,
                                 OpenDatabase openDatabase, QObject *parent)
    : QObject(parent)
    , m_identity(identity)
    , m_serverName(std::move(serverName))
    , m_openDatabase(std::move(openDatabase))
{
    qRegisterMetaType<DiagnosisStep>();
    qRegisterMetaType<Diagnosis>();
}

DiagnoseSession::~DiagnoseSession()
{
    stopRun();
    // Each worker ends soon after its cancel (the diagnosis stops at once); it signals to this
    // session, so it must not outlive it, and a QThread must not be destroyed while it runs.
    for (QThread *worker : std::as_const(m_workers)) {
        worker->wait();
        delete worker;
    }
}

Result<Done> DiagnoseSession::setCredentials(const QSslCertificate &ca,
                                             const QSslCertificate &clientCertificate,
                                             const QByteArray &clientKeyPem)
{
    QSslKey key;
    if (!clientCertificate.isNull()) {
        // The private key is of the kind of the certificate's public key.
        key = QSslKey(clientKeyPem, clientCertificate.publicKey().algorithm(), QSsl::Pem);
        if (key.isNull())
            return Result<Done>::failure(
                tr("the console's private key is not a PEM %1 key, the kind its certificate "
                   "holds")
                    .arg(algorithmName(clientCertificate.publicKey().algorithm())));
    }
    m_ca = ca;
    m_clientCertificate = clientCertificate;
    m_clientKey = key;
    return Done {};
}

void DiagnoseSession::setTimeouts(int connectMs, int answerMs)
{
    m_connectMs = connectMs;
    m_answerMs = answerMs;
}

void DiagnoseSession::setScope(const Scope &scope)
{
    m_scope = std::make_shared<const Scope>(scope);
}

QVector<DiagnosisStep> DiagnoseSession::plannedSteps()
{
    return ConnectionDiagnosis::plannedSteps();
}

DiagnosisRequestValues DiagnoseSession::requestFor(const Endpoint &endpoint, const Scope *scope)
{
    DiagnosisRequestValues request;
    request.host = endpoint.address;
    request.agentPort = endpoint.agentPort;
    if (request.agentPort == 0 && scope && !scope->ports.ports().isEmpty())
        request.agentPort = scope->ports.ports().first();
    if (request.agentPort == 0 && !endpoint.ports.isEmpty())
        request.agentPort = endpoint.ports.first().port;
    if (scope && scope->unreachableCheck.enabled)
        request.gatePort = scope->unreachableCheck.port;
    // A DNS name (the AD computer's), checked against the address; a bare host name is not.
    if (endpoint.name.contains(QLatin1Char('.')) && QHostAddress(endpoint.name).isNull())
        request.knownName = endpoint.name;
    return request;
}

void DiagnoseSession::start(const Endpoint &endpoint)
{
    stopRun();
    DiagnosisSettings settings;
    settings.thisServerName = m_serverName;
    settings.connectTimeoutMs = m_connectMs;
    settings.answerTimeoutMs = m_answerMs;
    if (m_ca) {
        settings.thisServerCa = *m_ca;
        if (!m_clientCertificate.isNull())
            settings.console = AgentTls::Credentials { m_clientCertificate, m_clientKey };
    } else if (m_identity && m_identity->isReady()) {
        settings.thisServerCa = m_identity->authority().certificate();
        settings.console = AgentTls::Credentials { m_identity->sessionCertificate().certificate,
                                                   m_identity->sessionCertificate().key };
    }
    const bool needCa = settings.thisServerCa.isNull();
    auto run = std::make_shared<Run>();
    m_run = run;
    // Everything the worker needs, by value: it never touches this session.
    QThread *worker = QThread::create(
        [this, run, endpoint, settings, needCa, scope = m_scope, openDatabase = m_openDatabase] {
            // Locals: the store opened here (held by the settings' history) is used and closed on
            // this thread, as QtSql wants, not when the thread object goes on the GUI thread.
            DiagnosisSettings local = settings;
            const DiagnosisRequest request = prepare(endpoint, local, needCa, scope, openDatabase);
            ConnectionDiagnosis diagnosis(request, local);
            QEventLoop loop;
            connect(&diagnosis, &ConnectionDiagnosis::stepFinished, this,
                    [this, run](int index, const DiagnosisStep &step) {
                        if (run == m_run)
                            emit stepFinished(index, step);
                    });
            connect(&diagnosis, &ConnectionDiagnosis::finished, this,
                    [this, run](const Diagnosis &done) {
                        if (run == m_run) {
                            m_run.reset();
                            emit finished(done);
                        }
                    });
            connect(&diagnosis, &ConnectionDiagnosis::finished, &loop, &QEventLoop::quit);
            QMetaObject::invokeMethod(this, [this, run, target = request.target()] {
                if (run == m_run)
                    emit started(target);
            });
            {
                QMutexLocker lock(&run->mutex);
                if (run->cancelled)
                    return;
                run->diagnosis = &diagnosis;
            }
            bool done = false;
            connect(&diagnosis, &ConnectionDiagnosis::finished, &loop, [&done] { done = true; });
            diagnosis.start();
            if (!done)
                loop.exec();
            QMutexLocker lock(&run->mutex);
            run->diagnosis = nullptr;
        });
    m_workers.append(worker);
    connect(worker, &QThread::finished, this, [this, worker] {
        m_workers.removeOne(worker);
        worker->deleteLater();
        if (m_released && m_workers.isEmpty())
            deleteLater();
    });
    worker->start();
}

void DiagnoseSession::cancel()
{
    stopRun();
}

void DiagnoseSession::release()
{
    stopRun();
    setParent(nullptr);
    m_released = true;
    if (m_workers.isEmpty())
        deleteLater();
}

void DiagnoseSession::stopRun()
{
    if (!m_run)
        return;
    const std::shared_ptr<Run> run = std::move(m_run);
    QMutexLocker lock(&run->mutex);
    run->cancelled = true;
    if (run->diagnosis)
        QMetaObject::invokeMethod(run->diagnosis, &ConnectionDiagnosis::cancel,
                                  Qt::QueuedConnection);
}
