#pragma once

#include "common/result.h"
#include "endpoint/securitystatus.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Where the console opens when a notification, a script or a colleague points at a place in it
// (issue 19, point 3): `osmgmt --page results --status no-client-installed`, `--page summary`,
// `--address 127.0.0.5`. Parsed once, before the window is made, so that a wrong value stops the
// start with a message naming it rather than opening somewhere else.
struct ConsoleLink
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleLink)

public:
    enum class Page { Summary, Results };

    Page page = Page::Summary;
    std::optional<SecurityStatus> status; // results of this status only
    QString address; // results of this computer only (an IPv4 or IPv6 address)

    // The values of --page, --status and --address (empty: not given). --status and --address
    // imply the results page; --page summary with either is refused as contradictory.
    static Result<ConsoleLink> parse(const QString &page, const QString &status,
                                     const QString &address);
};
