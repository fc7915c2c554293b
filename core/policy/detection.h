#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QTime>

#include <optional>

// A security risk an agent detected, from one line of a client log (reference 004, table 3):
// the virus/malware log pcent35.log or the web reputation log OfcUrlf.log.
struct Detection
{
    enum class Source { Virus, Web };

    Source source = Source::Virus;
    // The client's local time (reference 004: "Client Local Time"), with no time zone: the log
    // does not say which.
    QDate date;
    QTime time;
    // Virus: the infection name (Eicar_test_file). Web: the URL's category (group name, such as
    // "Hacking / Proxy Avoidance").
    QString threat;
    // Virus: the scan result code 0-25 and the scan type 0-4. Web: none.
    std::optional<int> result;
    std::optional<int> scanType;
    // Virus: the infected file. Web: the blocked URL.
    QString path;
    // Web only: block mode 0 (every URL through the internal filter) or 1 (every URL not in the
    // approved list), the group code (0B), the credibility score and threshold (49, 70), the
    // policy ID.
    std::optional<int> blockMode;
    QString groupCode;
    QString credibilityScore;
    QString threshold;
    QString policyId;

    // "2026-12-01T10:59": the client's local time as written, without an offset.
    QString localTimeText() const;
    bool operator==(const Detection &other) const;
};

Q_DECLARE_METATYPE(Detection)

// Stable keys: "virus", "web".
QString toKey(Detection::Source source);
std::optional<Detection::Source> detectionSourceFromKey(const QString &key);
// Reference 004's words for a scan result code ("Moved successfully"), or for a code in 0-25
// the reference does not list, that it is not listed. Empty outside 0-25.
QString scanResultText(int code);
// Reference 004's scan types: Manual Scan, Real-time Scan, Scheduled Scan, Scan Now Scan,
// DCS Scan. Empty outside 0-4.
QString scanTypeText(int type);
