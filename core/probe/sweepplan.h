#pragma once

#include "probe/agenttrust.h"
#include "probe/classifier.h"
#include "probe/probesettings.h"
#include "probe/targetlist.h"
#include "probe/tlsclientcontext.h"
#include "scope/queryscope.h"

#include <array>
#include <memory>

// What every engine thread of one sweep shares, made once and only read while they run: the
// targets, the ports and their order, the classifier, the trust check, the TLS settings and
// the fixed detail texts.
struct SweepPlan
{
    SweepPlan(const QueryScope &scope, DirectoryTargets directory, const ProbeSettings &settings);

    // The rank of `port` in the scope's list: results report ports in that order, whatever
    // order they answered in. A table, not a search (issue 18: indexOf made it quadratic).
    int rankOf(quint16 port) const { return m_portRank[port]; }

    Scope scope;
    ProbeSettings settings;
    TargetList targets;
    Classifier classifier;
    AgentTrust trust;
    QVector<quint16> ports;
    std::shared_ptr<TlsClientContext> tls; // made when the sweep runs
    // Made once: every timed-out or stalled port of a sweep shares the same text.
    QString timeoutDetail;
    QString stalledDetail;

private:
    std::array<quint8, 65536> m_portRank {}; // ScopeLimits::maxPorts fits in a byte
};
