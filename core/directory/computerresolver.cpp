#include "directory/computerresolver.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QTimer>

ComputerResolver::ComputerResolver(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ResolvedComputer>();
}

ComputerResolver::~ComputerResolver()
{
    cancel();
}

void ComputerResolver::resolve(const QVector<AdComputer> &computers)
{
    for (const AdComputer &computer : computers)
        m_queue.enqueue(computer);
    startMore();
    // Nothing queued at all still gets its answer, after the caller connected to finished().
    if (isIdle())
        QTimer::singleShot(0, this, [this] {
            if (isIdle())
                emit finished();
        });
}

void ComputerResolver::cancel()
{
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        QHostInfo::abortHostLookup(it.key());
    m_inFlight.clear();
    m_queue.clear();
}

void ComputerResolver::startMore()
{
    while (m_inFlight.size() < m_maxInFlight && !m_queue.isEmpty()) {
        const AdComputer computer = m_queue.dequeue();
        if (computer.dnsHostName.isEmpty()) {
            ResolvedComputer unresolved { computer,
                                          {},
                                          QCoreApplication::translate(
                                              "ComputerResolver",
                                              "Active Directory holds no dNSHostName for it") };
            emit computerResolved(unresolved);
            continue;
        }
        const int id
            = QHostInfo::lookupHost(computer.dnsHostName, this, &ComputerResolver::lookedUp);
        m_inFlight.insert(id, computer);
    }
}

void ComputerResolver::lookedUp(const QHostInfo &info)
{
    const auto found = m_inFlight.find(info.lookupId());
    if (found == m_inFlight.end())
        return; // cancelled
    ResolvedComputer result { found.value(), {}, QString() };
    m_inFlight.erase(found);
    for (const QHostAddress &address : info.addresses())
        result.addresses.append(address);
    if (result.addresses.isEmpty()) {
        result.unresolvedReason = info.error() == QHostInfo::NoError
            ? QCoreApplication::translate("ComputerResolver", "%1 has no address")
                  .arg(result.computer.dnsHostName)
            : QCoreApplication::translate("ComputerResolver", "%1: %2")
                  .arg(result.computer.dnsHostName, info.errorString());
    }
    emit computerResolved(result);
    startMore();
    if (isIdle())
        emit finished();
}
