#pragma once

#include "agentlink/quarantinestate.h"
#include "common/result.h"
#include "policy/detection.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// What an agent reports in its `status` answer (docs/agent-protocol.md, "status"): the fields
// reference 004 lists for a client, plus whether it is quarantined.

struct ServiceState
{
    QString name; // the service name, e.g. "ntrtscan"
    QString displayName; // e.g. "OfficeScanNT Real-time Scan"
    bool running = true;
    bool operator==(const ServiceState &other) const;
};

struct ComponentVersion
{
    QString name; // e.g. "Virus Scan Engine"
    QString version; // as the component reports it, e.g. "6.810-1005"
    bool operator==(const ComponentVersion &other) const;
};

// How a pattern's DWORD, read in decimal, is shown: reference 004's table gives the format per
// pattern. Most are X.XXX.XX; the Virus Cleanup Template is XXX and the Common Firewall Pattern
// XXXXX.
enum class PatternFormat { Dotted, ThreeDigits, FiveDigits };
PatternFormat patternFormatOf(const QString &patternName);

// A pattern file's version as the client stores it: a DWORD that, read in decimal, is the
// version in its pattern's format (reference 004: InternalPatternVer 0x00083C34 is 539700,
// "5.397.00"; TSCPatternVer 0x3C6 is "966").
struct PatternVersion
{
    QString name; // e.g. "Virus Pattern File"
    quint32 raw = 0;

    QString decoded() const; // in the format of the pattern `name` names
    bool operator==(const PatternVersion &other) const;
};

// The decimal value of `dword` in `format`: X.XXX.XX, or the plain number padded to 3 or 5
// digits.
QString decodePatternVersion(quint32 dword, PatternFormat format = PatternFormat::Dotted);
// "0x00083C34": how the status message carries a pattern's DWORD.
QString hexDword(quint32 dword);
// A DWORD written in hexadecimal ("0x00083C34", "83C34"), as a registry export shows it.
Result<quint32> parseHexDword(const QString &text);

// A program file's version (reference 004, table 4): R.R.H.BBBB, e.g. TmListen.exe 8.0.0.1257.
struct FileVersion
{
    QString name; // the file, e.g. "TmListen.exe"
    QString version; // R.R.H.BBBB
    bool operator==(const FileVersion &other) const;
};
// Whether `version` has the R.R.H.BBBB shape: four dot-separated decimal numbers.
bool isFileVersion(const QString &version);

// The personal firewall (reference 004: PFWStatus), or none: a client installed without the
// firewall component.
enum class FirewallState { On, Off, Absent };

// The most CVE identifiers a status may carry: agent text, so bounded (debsecan lists a few
// hundred on an old Debian).
inline constexpr int maxMissingCves = 10000;

// `status.missingCves` read from agent text: absent stays absent; an array of at most
// maxMissingCves CVE identifiers, upper-cased and without repeats; anything else fails naming
// the entry.
Result<std::optional<QStringList>> missingCvesFromJson(const QJsonValue &value);

// The longest warning a console sends to a computer's user and an agent accepts (characters).
inline constexpr int maxWarningLength = 2000;

// The last message a console had shown to the computer's user (the `warn` command; issue 14,
// point 4: a CVE compliance policy's pre-quarantine message): when, and what.
struct LastWarning
{
    QDateTime at; // UTC, the agent's clock
    QString message;
    bool operator==(const LastWarning &other) const;
};

struct AgentStatus
{
    QString operatingSystem; // "Debian GNU/Linux 12 (bookworm)"; empty when not reported
    QStringList addresses; // the host's own addresses, as the agent sees them
    QDateTime installed;
    QVector<ServiceState> services;
    QVector<ComponentVersion> components;
    QVector<PatternVersion> patterns;
    QString patternDate; // YYYYMMDD, as reference 004 gives it; empty when not reported
    QDateTime lastScan; // invalid when not reported
    bool quarantined = false;
    // By whom, since when and why (issue 14): absent from agents older than this key, and from
    // a computer that was never quarantined. `quarantined` is true exactly when its state is
    // Quarantined.
    std::optional<QuarantineState> quarantine;
    // Security risks from the client logs (issue 14, point 2; reference 004: pcent35.log,
    // OfcUrlf.log), oldest first, and the log lines that could not be read: counted, the first
    // few said why. Empty from agents older than these keys and from clean logs.
    QVector<Detection> detections;
    int malformedLogLines = 0;
    QStringList logProblems;
    // The CVE identifiers of the fixes this computer lacks (issue 14, point 4; docs/policies.md),
    // upper case: the CVE compliance policies judge it by them. Absent when the agent does not
    // say (agents older than the key, or one that cannot find out); empty when it lacks none.
    std::optional<QStringList> missingCves;
    // Absent until a console warned its user (and from agents older than the key).
    std::optional<LastWarning> lastWarning;
    // Agent health (docs/health.md). What the agent did not report stays absent (std::nullopt,
    // or an empty list), never a default: the evaluation shows No data available for it.
    std::optional<bool> antivirusOn; // real-time protection
    std::optional<FirewallState> firewall;
    std::optional<bool> noProgramUpgrade; // reference 004: NoProgramUpgrade, true = disabled
    QVector<FileVersion> fileVersions;
    // What the agent could not find out, in words ("the product status file ... is missing"):
    // the fields it concerns are then left empty rather than guessed. Empty when all is known.
    QStringList problems;
    // The agent's clock when it answered (docs/agent-protocol.md, "time"): a clock far from the
    // console's breaks TLS (reference 003). Invalid when not sent: agents older than this key.
    QDateTime time;

    // A healthy OfficeScan-like client: the four services of reference 004 running, its
    // component, pattern and file versions, real-time protection and firewall on.
    static AgentStatus healthyDefault();

    QJsonObject toJson() const;
    // Fails naming the key that is missing or of the wrong type.
    static Result<AgentStatus> fromJson(const QJsonObject &object);
    bool operator==(const AgentStatus &other) const;
};
