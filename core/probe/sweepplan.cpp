#include "probe/sweepplan.h"

#include "scope/scopelimits.h"

#include <QCoreApplication>

static_assert(ScopeLimits::maxPorts < 256, "a port's rank is kept in a byte");

SweepPlan::SweepPlan(const QueryScope &queryScope, DirectoryTargets directory,
                     const ProbeSettings &probeSettings)
    : scope(queryScope.scope())
    , settings(probeSettings)
    , targets(queryScope.scope(), std::move(directory))
    , classifier(probeSettings.thisServerName)
    , trust(probeSettings.thisServerName,
            probeSettings.thisServerCas ? *probeSettings.thisServerCas
                                        : AgentTrust::thisConsoleAuthorities())
{
    for (quint16 port : scope.ports.ports()) {
        m_portRank[port] = quint8(ports.size());
        ports.append(port);
    }
    // In the engine's translation context, where these texts have always been.
    timeoutDetail
        = QCoreApplication::translate("ConnectSweep", "no answer within %1 ms (%2 attempts)")
              .arg(settings.connectTimeoutMs)
              .arg(settings.connectRetries + 1);
    stalledDetail
        = QCoreApplication::translate("ConnectSweep", "accepted, then gave no answer within %1 ms")
              .arg(settings.handshakeTimeoutMs);
}
