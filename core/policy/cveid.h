#pragma once

#include <QString>

// Whether `text` is a CVE identifier: CVE-YYYY-NNNN with four to nineteen digits (cve.org's
// format since 2014), any case. The policies (core/quarantine) and the agents' status
// (core/agentlink) check identifiers with it.
bool isCveId(const QString &text);
