#include "host/servicecontrol.h"

#include "host/hostcommand.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ServiceControl", text);
}
} // namespace

ServiceControl::ServiceControl(QString program, QVector<ProductService> services)
    : m_program(std::move(program))
    , m_services(std::move(services))
{ }

Result<bool> ServiceControl::isActive(const QString &unit) const
{
    const HostCommand::Outcome outcome
        = HostCommand { m_program, { QStringLiteral("is-active"), unit } }.run();
    if (!outcome.ran)
        return Result<bool>::failure(outcome.reason());
    // systemctl prints the state (active, inactive, failed, activating...) and exits 0 only
    // for active; "reloading" also means running.
    const QByteArray state = outcome.output.trimmed();
    return outcome.exitCode == 0 || state == "reloading";
}

ServiceControl::States ServiceControl::states() const
{
    States states;
    for (const ProductService &service : m_services) {
        const Result<bool> active = isActive(service.unit);
        if (!active)
            states.problems.append(
                tr("the state of %1 is unknown: %2").arg(service.name, active.error()));
        states.services.append({ service.name, service.displayName, active && *active });
    }
    return states;
}

Result<bool> ServiceControl::start(const QString &name) const
{
    const auto found = std::find_if(m_services.cbegin(), m_services.cend(),
                                    [&](const ProductService &s) { return s.name == name; });
    if (found == m_services.cend())
        return Result<bool>::failure(tr("no service named \"%1\"").arg(name));
    const Result<bool> running = isActive(found->unit);
    if (running && *running)
        return false;
    const HostCommand command { m_program, { QStringLiteral("start"), found->unit } };
    const HostCommand::Outcome outcome = command.run();
    if (!outcome.succeeded())
        return Result<bool>::failure(
            tr("%1 did not start (%2): %3").arg(name, command.commandLine(), outcome.reason()));
    const Result<bool> now = isActive(found->unit);
    if (!now)
        return Result<bool>::failure(
            tr("%1 was started, but its state is unknown: %2").arg(found->unit, now.error()));
    if (!*now)
        return Result<bool>::failure(
            tr("%1 was started but does not run (it stopped again)").arg(found->unit));
    return true;
}
