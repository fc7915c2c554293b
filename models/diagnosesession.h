#pragma once

#include "common/result.h"
#include "diagnose/diagnosisstep.h"
#include "endpoint/endpoint.h"

#include <QObject>
#include <QSslCertificate>
#include <QSslKey>

#include <functional>
#include <memory>
#include <optional>

class ConsoleIdentity;
class Database;
class QThread;
struct Scope;

// DiagnosisRequest's values, without the engine's header (views include this one).
struct DiagnosisRequestValues
{
    QString host;
    quint16 agentPort = 0;
    quint16 gatePort = 0;
    QString knownName;
};

// Diagnose connection in the console (issue 13, point 5): the one way the view reaches the
// diagnosis. It runs a ConnectionDiagnosis on a worker thread of its own (DNS, connects, TLS
// and the store never touch the GUI thread) and hands each step over as it is judged, as the
// Active Directory connection check does. One diagnosis at a time; a new start() cancels the
// one running.
class DiagnoseSession : public QObject
{
    Q_OBJECT

public:
    using OpenDatabase = std::function<Result<std::shared_ptr<Database>>()>;

    // `identity` (may be null, not owned) gives this console's CA and the certificate agents want
    // before they report; `openDatabase` the store that says whether an agent answered before.
    DiagnoseSession(ConsoleIdentity *identity, QString serverName, OpenDatabase openDatabase,
                    QObject *parent = nullptr);
    ~DiagnoseSession() override;

    // Instead of the console identity's: for tests, and a console whose CA is given. The key is
    // read as the kind the certificate holds (EC, RSA): refused, and nothing changed, when it is
    // not a PEM private key of that kind.
    Result<Done> setCredentials(const QSslCertificate &ca, const QSslCertificate &clientCertificate,
                                const QByteArray &clientKeyPem);
    void setTimeouts(int connectMs, int answerMs);
    // The console's scope (its agent ports and gate port) instead of its saved scope file.
    void setScope(const Scope &scope);

    // Starts diagnosing `endpoint`: its address, the port its agent answered on (else the
    // scope's first agent port), the scope's gate port when the check is on.
    void start(const Endpoint &endpoint);
    void cancel();
    bool isRunning() const { return m_run != nullptr; }
    // Whether a worker is still alive: the running diagnosis's, or a cancelled one still ending.
    // Once none is, nothing more of a cancelled diagnosis can arrive.
    bool hasWorkers() const { return !m_workers.isEmpty(); }

    // Every step, before any ran.
    static QVector<DiagnosisStep> plannedSteps();
    // What a diagnosis of `endpoint` asks: its address, the port its agent answered on, else
    // the first port of `scope` (or of the endpoint's probed ports), the scope's gate port when
    // the check is on, and its name when it is a DNS name (to check DNS against the address).
    static DiagnosisRequestValues requestFor(const Endpoint &endpoint, const Scope *scope);

    // Cancels, then deletes this session once its workers have ended, so that whoever lets go of
    // it (a dialog closing on the GUI thread) never waits for a keychain, a store or a socket.
    void release();

signals:
    void started(const QString &target);
    void stepFinished(int index, const DiagnosisStep &step);
    void finished(const Diagnosis &diagnosis);

private:
    struct Run;
    void stopRun();

    ConsoleIdentity *m_identity;
    QString m_serverName;
    OpenDatabase m_openDatabase;
    std::optional<QSslCertificate> m_ca;
    QSslCertificate m_clientCertificate;
    QSslKey m_clientKey;
    int m_connectMs = 3000;
    int m_answerMs = 5000;
    std::shared_ptr<const Scope> m_scope;
    QList<QThread *> m_workers; // the running diagnosis's, and any cancelled one still ending
    std::shared_ptr<Run> m_run;
    bool m_released = false;
};
