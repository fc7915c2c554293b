#include "diagnose/connectiondiagnosis.h"

#include "agentlink/agentcommand.h"
#include "agentlink/agentframe.h"
#include "agentlink/agenttext.h"
#include "common/clock.h"
#include "diagnose/diagnosisrules.h"

#include <QHostAddress>
#include <QSslCipher>
#include <QSslSocket>

namespace {
using Kind = DiagnosisStep::Kind;
using Reach = DiagnosisFacts::Reach;

} // namespace

QString DiagnosisRequest::target() const
{
    const bool v6 = QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol;
    return (v6 ? QStringLiteral("[%1]").arg(host) : host) + QLatin1Char(':')
        + QString::number(agentPort);
}

ConnectionDiagnosis::ConnectionDiagnosis(DiagnosisRequest request, DiagnosisSettings settings,
                                         QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_settings(std::move(settings))
    , m_sessionTimer(this)
{
    qRegisterMetaType<DiagnosisStep>();
    qRegisterMetaType<Diagnosis>();
    m_sessionTimer.setSingleShot(true);
    connect(&m_sessionTimer, &QTimer::timeout, this, [this] {
        if (m_facts.handshake == DiagnosisFacts::Handshake::NotTried) {
            m_facts.handshake = DiagnosisFacts::Handshake::Stalled;
            endSession(DiagnosisFacts::Answer::NotTried, {});
        } else {
            endSession(DiagnosisFacts::Answer::Silent, {});
        }
    });
}

ConnectionDiagnosis::~ConnectionDiagnosis()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

QVector<DiagnosisStep> ConnectionDiagnosis::plannedSteps()
{
    QVector<DiagnosisStep> steps;
    for (int kind = 0; kind < DiagnosisStep::kindCount; ++kind)
        steps.append(DiagnosisStep { Kind(kind), DiagnosisStep::Outcome::Pending, {}, {}, {} });
    return steps;
}

void ConnectionDiagnosis::start()
{
    Q_ASSERT(!m_started);
    m_started = true;
    m_diagnosis.address = m_request.target();
    m_diagnosis.steps = plannedSteps();
    m_facts.host = m_request.host.trimmed();
    m_facts.knownName = m_request.knownName.trimmed();
    m_facts.agentPort = m_request.agentPort;
    m_facts.gatePort = m_request.gatePort;
    m_facts.connectTimeoutMs = m_settings.connectTimeoutMs;
    m_facts.answerTimeoutMs = m_settings.answerTimeoutMs;
    m_facts.thisServerName = m_settings.thisServerName;
    m_facts.thisServerCa = m_settings.thisServerCa;
    m_facts.pendingServerCa = m_settings.pendingServerCa;
    m_facts.consolePresented = m_settings.console.has_value();
    const QHostAddress literal(m_facts.host);
    m_facts.hostIsAddress = !literal.isNull();
    if (!m_facts.hostIsAddress) {
        lookUp(m_facts.host, &ConnectionDiagnosis::onHostLookedUp);
        return;
    }
    m_facts.address = literal.toString();
    if (!m_facts.knownName.isEmpty()) {
        lookUp(m_facts.knownName, &ConnectionDiagnosis::onKnownNameLookedUp);
        return;
    }
    m_nameDone = true;
    addressKnown();
}

void ConnectionDiagnosis::lookUp(const QString &name,
                                 void (ConnectionDiagnosis::*handler)(const QHostInfo &))
{
    m_lookupId = QHostInfo::lookupHost(name, this, [this, handler](const QHostInfo &info) {
        m_lookupId = -1;
        (this->*handler)(info);
    });
}

void ConnectionDiagnosis::onHostLookedUp(const QHostInfo &info)
{
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        m_facts.lookupError
            = info.error() != QHostInfo::NoError ? info.errorString() : tr("DNS gave no address");
        // Nothing can be tried without an address.
        m_nameDone = m_portDone = m_gateDone = m_sessionDone = true;
        settle();
        return;
    }
    // The address the console would reach: IPv4 first, as the probe does.
    QHostAddress chosen = info.addresses().first();
    for (const QHostAddress &address : info.addresses()) {
        m_facts.resolved << address.toString();
        if (address.protocol() == QAbstractSocket::IPv4Protocol
            && chosen.protocol() != QAbstractSocket::IPv4Protocol)
            chosen = address;
    }
    m_facts.address = chosen.toString();
    lookUp(m_facts.address, &ConnectionDiagnosis::onReverseLookedUp);
}

void ConnectionDiagnosis::onKnownNameLookedUp(const QHostInfo &info)
{
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
        m_facts.knownNameError
            = info.error() != QHostInfo::NoError ? info.errorString() : tr("DNS gave no address");
    for (const QHostAddress &address : info.addresses())
        m_facts.knownNameAddresses << address.toString();
    // The address was given: DNS is checked where the name is used, forward; a reverse query
    // of the address would add nothing the forward one does not show.
    m_nameDone = true;
    addressKnown();
}

void ConnectionDiagnosis::onReverseLookedUp(const QHostInfo &info)
{
    // Without a name, Qt answers the address itself.
    if (info.error() == QHostInfo::NoError && info.hostName() != m_facts.address)
        m_facts.reverseName = AgentText::printable(info.hostName());
    m_nameDone = true;
    addressKnown();
}

void ConnectionDiagnosis::addressKnown()
{
    if (m_settings.history) {
        const Result<std::optional<PreviousAnswer>> previous = m_settings.history(m_facts.address);
        if (previous)
            m_facts.previous = previous.value();
        else
            m_facts.historyError = previous.error();
    }
    settle();
    connectTo(m_facts.agentPort, [this](Reach reach, const QString &detail) {
        m_facts.port = reach;
        m_facts.portDetail = detail;
        m_portDone = true;
        if (reach == Reach::Connected)
            startTls();
        else
            m_sessionDone = true;
        settle();
    });
    if (m_facts.gatePort == 0) {
        m_gateDone = true;
        return;
    }
    connectTo(m_facts.gatePort, [this](Reach reach, const QString &detail) {
        m_facts.gate = reach;
        m_facts.gateDetail = detail;
        m_gateDone = true;
        settle();
    });
}

// One TCP connect, as the gate check and the probe make it: connected, refused, timed out...
void ConnectionDiagnosis::connectTo(quint16 port,
                                    const std::function<void(Reach, const QString &)> &done)
{
    auto *socket = new QTcpSocket(this);
    auto *timer = new QTimer(socket);
    m_sockets.append(socket);
    auto end = [socket, timer, done](Reach reach, const QString &detail) {
        timer->stop();
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
        done(reach, detail);
    };
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, socket, [end] { end(Reach::TimedOut, {}); });
    connect(socket, &QTcpSocket::connected, socket, [end] { end(Reach::Connected, {}); });
    connect(socket, &QTcpSocket::errorOccurred, socket,
            [socket, end] { end(tcpReachOf(socket->error()), socket->errorString()); });
    timer->start(m_settings.connectTimeoutMs);
    socket->connectToHost(QHostAddress(m_facts.address), port);
}

void ConnectionDiagnosis::startTls()
{
    m_session = new QSslSocket(this);
    m_sockets.append(m_session.data());
    m_session->setSslConfiguration(AgentTls::clientConfiguration(m_settings.console));
    connect(m_session, &QSslSocket::encrypted, this, &ConnectionDiagnosis::onEncrypted);
    connect(m_session, &QSslSocket::readyRead, this, &ConnectionDiagnosis::onReadyRead);
    connect(m_session, &QSslSocket::errorOccurred, this, [this] {
        const QString error = AgentText::printable(m_session->errorString());
        if (m_facts.handshake == DiagnosisFacts::Handshake::NotTried) {
            m_facts.handshake = DiagnosisFacts::Handshake::Failed;
            m_facts.tlsDetail = tr("the TLS handshake failed: %1").arg(error);
            endSession(DiagnosisFacts::Answer::NotTried, {});
        } else {
            endSession(DiagnosisFacts::Answer::Broken,
                       tr("the connection broke before the answer: %1").arg(error));
        }
    });
    m_sessionTimer.start(m_settings.answerTimeoutMs);
    m_session->connectToHostEncrypted(m_facts.address, m_facts.agentPort);
}

void ConnectionDiagnosis::onEncrypted()
{
    const QSslCipher cipher = m_session->sessionCipher();
    m_facts.handshake = DiagnosisFacts::Handshake::Done;
    m_facts.tlsDetail = QStringLiteral("%1, %2").arg(cipher.protocolString(), cipher.name());
    m_facts.chain = m_session->peerCertificateChain();
    m_sessionTimer.start(m_settings.answerTimeoutMs); // now for the answer
    m_requestSentAt = Clock::instance().now();
    m_session->write(AgentFrame::encode(statusRequest()));
    settle();
}

void ConnectionDiagnosis::onReadyRead()
{
    m_decoder.append(m_session->readAll());
    const FrameDecoder::Step step = m_decoder.next();
    if (step.status == FrameDecoder::Status::Malformed)
        endSession(DiagnosisFacts::Answer::Broken,
                   tr("it answered something that is not the agent protocol: %1")
                       .arg(AgentText::printable(step.error)));
    else if (step.status == FrameDecoder::Status::Complete)
        readAnswer(step.message);
}

void ConnectionDiagnosis::readAnswer(const QJsonObject &received)
{
    // Agent text is data: printable before it goes anywhere.
    const QJsonObject message = AgentText::printable(received);
    // The agent read its clock between the request and the answer: compare it with the middle
    // of that span, as NTP does, so the network's delay does not count as skew.
    const QDateTime answeredAt = Clock::instance().now();
    m_facts.consoleTime = m_requestSentAt.addMSecs(m_requestSentAt.msecsTo(answeredAt) / 2);
    const QJsonValue agent = message.value(QStringLiteral("agent"));
    if (agent.isObject())
        m_facts.identity = AgentIdentity::fromJson(agent.toObject());
    const Result<AgentReport> report = reportFromMessage(message);
    if (report) {
        m_facts.status = report->status;
        m_facts.agentTime = report->status.time;
        endSession(DiagnosisFacts::Answer::Report, {});
        return;
    }
    if (message.value(QStringLiteral("restricted")).toBool()) {
        // The reduced answer still carries the agent's clock (docs/agent-protocol.md).
        m_facts.agentTime
            = QDateTime::fromString(message.value(QStringLiteral("time")).toString(), Qt::ISODate);
        endSession(DiagnosisFacts::Answer::Restricted, report.error());
        return;
    }
    endSession(DiagnosisFacts::Answer::Broken, report.error());
}

void ConnectionDiagnosis::endSession(DiagnosisFacts::Answer answer, const QString &detail)
{
    if (m_sessionDone)
        return;
    m_sessionDone = true;
    m_facts.answer = answer;
    m_facts.answerDetail = detail;
    m_sessionTimer.stop();
    if (m_session) {
        m_session->disconnect(this);
        m_session->abort();
        m_session->deleteLater();
    }
    settle();
}

bool ConnectionDiagnosis::ready(Kind kind) const
{
    switch (kind) {
    case Kind::Name:
        return m_nameDone;
    case Kind::Port:
        return m_portDone;
    case Kind::Tls:
        return m_sessionDone || m_facts.handshake != DiagnosisFacts::Handshake::NotTried;
    case Kind::Certificate:
    case Kind::Clock:
    case Kind::Quarantine:
        return m_sessionDone;
    case Kind::Agent:
        // Whether the agent's process runs needs the gate port's answer too.
        return m_sessionDone && m_gateDone;
    case Kind::Gate:
        break;
    }
    return m_gateDone;
}

void ConnectionDiagnosis::settle()
{
    while (m_reported < DiagnosisStep::kindCount) {
        const Kind kind = Kind(m_reported);
        if (!ready(kind))
            return;
        const DiagnosisStep step = DiagnosisRules::of(kind, m_facts);
        m_diagnosis.steps[m_reported] = step;
        emit stepFinished(m_reported++, step);
    }
    if (m_reported == DiagnosisStep::kindCount) {
        ++m_reported; // finished once
        m_diagnosis.likelyCause = DiagnosisRules::likelyCause(m_diagnosis.steps, m_facts);
        stopAll();
        emit finished(m_diagnosis);
    }
}

void ConnectionDiagnosis::cancel()
{
    if (!m_started || m_reported > DiagnosisStep::kindCount)
        return;
    stopAll();
    m_diagnosis.cancelled = true;
    while (m_reported < DiagnosisStep::kindCount) {
        DiagnosisStep &step = m_diagnosis.steps[m_reported];
        step.outcome = DiagnosisStep::Outcome::Skipped;
        step.seen = tr("cancelled");
        emit stepFinished(m_reported++, step);
    }
    ++m_reported;
    emit finished(m_diagnosis);
}

void ConnectionDiagnosis::stopAll()
{
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    m_sessionTimer.stop();
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
        if (!socket)
            continue;
        for (QTimer *timer : socket->findChildren<QTimer *>())
            timer->stop();
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
    }
    m_sockets.clear();
}
