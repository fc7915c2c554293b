#pragma once

#include "agentlink/agenttls.h"
#include "agentlink/framedecoder.h"
#include "common/result.h"
#include "diagnose/diagnosisfacts.h"
#include "diagnose/diagnosisstep.h"

#include <QHostInfo>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class Clock;
class QSslSocket;
class QTcpSocket;

// What to diagnose: one computer, by name or address, and its ports.
struct DiagnosisRequest
{
    QString host; // a DNS name or an IP address
    quint16 agentPort = 0;
    quint16 gatePort = 0; // the scope's "Declare a computer unreachable by checking port"; 0: none
    // The DNS name the computer should have (an AD computer's dNSHostName), checked when `host`
    // is an address; empty when none is known.
    QString knownName;

    // "host:port", "[v6]:port": how the diagnosis names its target.
    QString target() const;
};

struct DiagnosisSettings
{
    QString thisServerName;
    QSslCertificate thisServerCa; // what an agent of this server's certificate must chain to
    QSslCertificate pendingServerCa; // or, during a CA rollover, to this one; null otherwise
    // Presented when the status is read: an agent gives its whole report (services, quarantine)
    // only to a console of its server (docs/security.md, "Status").
    std::optional<AgentTls::Credentials> console;
    int connectTimeoutMs = 3000;
    int answerTimeoutMs = 5000; // the TLS handshake, then the status answer
    // The last answer the store remembers at an address (AgentHistory); called on the
    // diagnosis's thread once the address is known. None: the store is not asked.
    std::function<Result<std::optional<PreviousAnswer>>(const QString &address)> history;
};

// *Diagnose connection* (issue 13, point 5): runs the steps of reference 003's checks against
// one computer, in order — name resolution, the agent port, the TLS handshake, the agent's
// certificate and clock, its process and services, quarantine, the gate port — and reports each
// as soon as it is judged (stepFinished), then the whole (finished). Asynchronous: it lives on
// the thread that starts it, which needs an event loop and never waits (the console runs it on
// a worker, through DiagnoseSession). Cancellable. One diagnosis per object.
class ConnectionDiagnosis : public QObject
{
    Q_OBJECT

public:
    ConnectionDiagnosis(DiagnosisRequest request, DiagnosisSettings settings,
                        QObject *parent = nullptr);
    ~ConnectionDiagnosis() override;

    // Every step, Pending: what a view shows before the first is judged.
    static QVector<DiagnosisStep> plannedSteps();

    void start();
    // Stops what runs; the steps not judged yet are Skipped, then finished() follows.
    void cancel();
    const Diagnosis &diagnosis() const { return m_diagnosis; }

signals:
    void stepFinished(int index, const DiagnosisStep &step);
    void finished(const Diagnosis &diagnosis);

private:
    using Reach = DiagnosisFacts::Reach;

    void onHostLookedUp(const QHostInfo &info);
    void onReverseLookedUp(const QHostInfo &info);
    void onKnownNameLookedUp(const QHostInfo &info);
    void addressKnown();
    void connectTo(quint16 port, const std::function<void(Reach, const QString &)> &done);
    void startTls();
    void onEncrypted();
    void onReadyRead();
    void endSession(DiagnosisFacts::Answer answer, const QString &detail);
    void readAnswer(const QJsonObject &message);
    void lookUp(const QString &name, void (ConnectionDiagnosis::*handler)(const QHostInfo &));
    bool ready(DiagnosisStep::Kind kind) const;
    // Judges and reports, in order, every step whose facts are in.
    void settle();
    void stopAll();

    DiagnosisRequest m_request;
    DiagnosisSettings m_settings;
    DiagnosisFacts m_facts;
    Diagnosis m_diagnosis;
    int m_reported = 0;
    int m_lookupId = -1;
    bool m_started = false;
    bool m_nameDone = false;
    bool m_portDone = false;
    bool m_gateDone = false;
    bool m_sessionDone = false;
    QList<QPointer<QTcpSocket>> m_sockets; // every socket open now: the port probes and TLS
    QPointer<QSslSocket> m_session;
    QTimer m_sessionTimer;
    QDateTime m_requestSentAt; // this console's clock when the status request went out
    FrameDecoder m_decoder;
};
