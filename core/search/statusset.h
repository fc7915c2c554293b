#pragma once

#include "common/result.h"
#include "endpoint/securitystatus.h"

#include <QCoreApplication>
#include <QString>

// The security statuses an advanced search keeps: one or more of the five.
class StatusSet
{
    Q_DECLARE_TR_FUNCTIONS(StatusSet)

public:
    // Every status.
    StatusSet();
    static StatusSet of(std::initializer_list<SecurityStatus> statuses);
    // Stable keys (core/endpoint: "unreachable", "no-client-installed", ...) or the UI words in
    // the current language, separated by commas; names the first one it does not know.
    static Result<StatusSet> parse(const QString &text);

    bool contains(SecurityStatus status) const { return m_bits & bit(status); }
    void insert(SecurityStatus status) { m_bits |= bit(status); }
    bool isEverything() const;
    bool isEmpty() const { return m_bits == 0; }
    // Stable keys, comma-separated, in the order of SecurityStatuses::all.
    QString toString() const;
    bool operator==(const StatusSet &other) const { return m_bits == other.m_bits; }

private:
    static unsigned bit(SecurityStatus status) { return 1u << unsigned(status); }
    unsigned m_bits = 0;
};
