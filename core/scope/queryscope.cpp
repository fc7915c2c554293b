#include "scope/queryscope.h"

#include "scope/addresscount.h"

#include <QCoreApplication>

namespace {

QString problemOf(const Scope &scope, const ScopeLimits &limits)
{
    if (!scope.coversIpAddresses() && scope.activeDirectory.objects.isEmpty()) {
        return QCoreApplication::translate(
            "Scope", "The scope holds no IP address range and no Active Directory object");
    }
    // Without an agent port no client can be found: every computer would come out as "No
    // client installed" or "Unreachable", which is a wrong answer, not a slow one.
    if (scope.ports.isEmpty())
        return QCoreApplication::translate("Scope", "Specify at least one agent port");
    if (scope.unreachableCheck.enabled && scope.unreachableCheck.port == 0) {
        return QCoreApplication::translate(
            "Scope", "Specify the port that declares a computer unreachable (1-65535)");
    }
    // AD objects are read from the directory before anything is probed: without a usable
    // connection they would silently vanish from the query.
    const ActiveDirectoryScope &directory = scope.activeDirectory;
    if (const Result<Done> usable = directory.connection.check();
        !directory.objects.isEmpty() && !usable) {
        return QCoreApplication::translate("Scope", "Active Directory: %1").arg(usable.error());
    }
    if (scope.timeoutMs < Scope::minTimeoutMs || scope.timeoutMs > Scope::maxTimeoutMs) {
        return QCoreApplication::translate("Scope",
                                           "The connection timeout of %1 ms is outside %2-%3 ms")
            .arg(scope.timeoutMs)
            .arg(Scope::minTimeoutMs)
            .arg(Scope::maxTimeoutMs);
    }
    // Counted as the scope editor adds up its rows: cheap, and the number the administrator
    // sees. 256 /16s typed by mistake are refused here rather than swept for an hour.
    const quint64 addresses = scope.addressCount();
    if (addresses > limits.maxAddresses) {
        return QCoreApplication::translate(
                   "Scope",
                   "The scope has %1 addresses; at most %2 (the setting probe/maxAddresses "
                   "raises the limit)")
            .arg(formatAddressCount(addresses), formatAddressCount(limits.maxAddresses));
    }
    return QString();
}

} // namespace

Result<QueryScope> QueryScope::from(Scope scope)
{
    return from(std::move(scope), ScopeLimits::configured());
}

Result<QueryScope> QueryScope::from(Scope scope, const ScopeLimits &limits)
{
    const QString problem = problemOf(scope, limits);
    if (!problem.isEmpty())
        return Result<QueryScope>::failure(problem);
    return QueryScope(std::move(scope));
}
