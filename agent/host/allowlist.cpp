#include "host/allowlist.h"

#include "host/hostcommand.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AllowList", text);
}

// The addresses in `getent ahosts` output ("198.18.0.5      STREAM host.example"), each once.
QList<QHostAddress> addressesIn(const QByteArray &output)
{
    QList<QHostAddress> addresses;
    for (const QByteArray &line : output.split('\n')) {
        const QHostAddress address(QString::fromLatin1(line.simplified().split(' ').value(0)));
        if (!address.isNull() && !addresses.contains(address))
            addresses.append(address);
    }
    return addresses;
}

} // namespace

namespace AllowList {

bool isValidEntry(const QString &entry)
{
    if (!QHostAddress(entry).isNull())
        return true;
    static const QRegularExpression name(
        QStringLiteral("^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?$"));
    return name.match(entry).hasMatch();
}

Result<QList<QHostAddress>> resolve(const QStringList &entries, int budgetMs)
{
    using Resolved = Result<QList<QHostAddress>>;
    const QDeadlineTimer deadline(budgetMs);
    QList<QHostAddress> addresses;
    for (const QString &entry : entries) {
        const QHostAddress address(entry);
        if (!address.isNull()) {
            if (!addresses.contains(address))
                addresses.append(address);
            continue;
        }
        if (!isValidEntry(entry))
            return Resolved::failure(tr("the allow-list entry \"%1\" is neither an IP address "
                                        "nor a host name")
                                         .arg(entry));
        if (deadline.hasExpired())
            return Resolved::failure(
                tr("the allow-list name %1 was not looked up: the %2 s for lookups are spent")
                    .arg(entry)
                    .arg(budgetMs / 1000));
        HostCommand lookup { QStringLiteral("getent"),
                             { QStringLiteral("ahosts"), QStringLiteral("--"), entry } };
        lookup.timeoutMs = int(qMax<qint64>(1, deadline.remainingTime()));
        lookup.maxOutputBytes = 64 * 1024;
        const HostCommand::Outcome outcome = lookup.run();
        // getent's status 2: the name is unknown to every source.
        if (outcome.ran && outcome.exitCode == 2)
            return Resolved::failure(
                tr("the allow-list name %1 does not resolve to any address").arg(entry));
        if (!outcome.succeeded())
            return Resolved::failure(
                tr("the allow-list name %1 cannot be looked up: %2").arg(entry, outcome.reason()));
        const QList<QHostAddress> found = addressesIn(outcome.output);
        if (found.isEmpty())
            return Resolved::failure(
                tr("the allow-list name %1 does not resolve to any address").arg(entry));
        for (const QHostAddress &one : found) {
            if (!addresses.contains(one))
                addresses.append(one);
        }
    }
    return addresses;
}

} // namespace AllowList
