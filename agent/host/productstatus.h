#pragma once

#include "agentlink/agentstatus.h"
#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

// What the security product's scan engine tells the agent about itself, through the product
// status file it writes (docs/agent-protocol.md, "The product status file"): the fields of
// reference 004 that only the product knows. Pattern versions come as 004's registry DWORDs in
// hexadecimal ("0x00083C34") and are reported decoded (5.397.00).
struct ProductStatus
{
    QVector<ComponentVersion> components;
    QVector<PatternVersion> patterns;
    QString patternDate; // YYYYMMDD
    QDateTime lastScan; // invalid: never scanned
    std::optional<FirewallState> firewall; // none: the product does not say
    std::optional<bool> antivirusOn; // real-time protection; none: the product does not say
    std::optional<bool> noProgramUpgrade; // reference 004: NoProgramUpgrade
    QVector<FileVersion> fileVersions; // R.R.H.BBBB
    // The CVEs the product finds this host missing (issue 14); none: the product does not
    // say. Where debsecan is installed, its view wins (CveSource).
    std::optional<QStringList> missingCves;

    // The whole file or nothing: any fault fails it, naming the key
    // (`patterns[1].raw: "5.397.00" is not a hexadecimal DWORD (such as 0x00083C34)`), so a
    // broken file never shows half-right values.
    static Result<ProductStatus> parse(const QByteArray &json);
    // The file at `path`; a missing or unreadable file fails in words that say which file.
    static Result<ProductStatus> read(const QString &path);
};
