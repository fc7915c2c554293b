#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QMutex>
#include <QStringList>

#include <optional>

// The CVEs this host misses (issue 14, point 4), for the compliance policies: where Debian's
// `debsecan` is installed, the vulnerabilities it finds in the installed packages; otherwise
// the list the security product writes in its status file (`missingCves`, docs/agent-protocol.md,
// "The product status file"); otherwise unknown, which is not the same as none.
//
// debsecan reads the Debian security tracker's data from the network and takes its time, so
// it runs at most once per `refreshSecs` (the agent's Clock) and is bounded: 120 s, 4 MiB of
// output. What it prints is not the agent's to trust: only lines that are a CVE identifier
// are kept, others are counted and reported.
class CveSource
{
public:
    struct Report
    {
        std::optional<QStringList> missingCves; // sorted, each once; none: nobody could say
        QString source; // "debsecan" or "product status file"; empty when none answered
        QStringList problems; // in words, for the status's problems
    };

    // `productStatusFile` may be empty (none configured). `debsecan` is the program's name
    // (looked up in PATH) or path.
    explicit CveSource(QString productStatusFile, int refreshSecs = 3600,
                       QString debsecan = QStringLiteral("debsecan"));

    // Thread-safe. Runs debsecan when its last run is older than the refresh interval, else
    // answers what it found then; while another thread runs it, answers the last report at
    // once rather than waiting. Without debsecan, reads the product status file each time.
    // It may take debsecan's 120 s: call it off the thread that serves requests (the status
    // cache's worker).
    Report refresh();
    // Never runs debsecan: its last report (none yet: unknown), or the product status file's
    // list where debsecan is not installed. For the thread that serves requests.
    Report current();

    // debsecan's `--format bugs` output: one identifier a line. TEMP- identifiers (the
    // tracker's names for issues without a CVE yet) are left out quietly; anything else that
    // is not a CVE identifier is counted in `malformed`.
    static QStringList parseDebsecan(const QByteArray &output, int &malformed);

private:
    QString debsecanProgram() const; // empty: not installed
    Report fromDebsecan(const QString &program) const;
    Report fromProductStatus() const;

    const QString m_productStatusFile;
    const int m_refreshSecs;
    const QString m_debsecan;
    QMutex m_running;
    QMutex m_keptMutex;
    std::optional<Report> m_kept; // debsecan's last report
    QDateTime m_keptAt;
};
