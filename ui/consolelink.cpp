#include "consolelink.h"

#include <QHostAddress>
#include <QStringList>

Result<ConsoleLink> ConsoleLink::parse(const QString &page, const QString &status,
                                       const QString &address)
{
    ConsoleLink link;
    if (!status.isEmpty()) {
        link.status = securityStatusFromKey(status.trimmed());
        if (!link.status) {
            QStringList keys;
            for (SecurityStatus each : SecurityStatuses::all)
                keys.append(toKey(each));
            return Result<ConsoleLink>::failure(
                tr("--status %1 is not a security status; use one of: %2.")
                    .arg(status, keys.join(QStringLiteral(", "))));
        }
    }
    if (!address.isEmpty()) {
        const QHostAddress parsed(address.trimmed());
        if (parsed.isNull())
            return Result<ConsoleLink>::failure(
                tr("--address %1 is not an IPv4 or IPv6 address (such as 10.0.0.5 or fd00::5).")
                    .arg(address));
        link.address = parsed.toString();
    }
    const bool narrowed = link.status || !link.address.isEmpty();
    if (page.isEmpty() || page == QLatin1String("results")) {
        link.page = page.isEmpty() && !narrowed ? Page::Summary : Page::Results;
    } else if (page == QLatin1String("summary")) {
        if (narrowed)
            return Result<ConsoleLink>::failure(
                tr("--status and --address open the results page, not the summary; leave out "
                   "--page summary or them."));
        link.page = Page::Summary;
    } else {
        return Result<ConsoleLink>::failure(
            tr("--page %1 is not a page of the console; use summary or results.").arg(page));
    }
    return link;
}
