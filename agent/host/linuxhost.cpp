#include "host/linuxhost.h"

#include "agentlink/agenttext.h"
#include "common/clock.h"
#include "common/logging.h"
#include "host/allowlist.h"
#include "host/clientlogreader.h"
#include "host/nftquarantine.h"
#include "host/productstatus.h"
#include "host/quarantinecheck.h"
#include "host/quarantinerecord.h"
#include "host/userwarning.h"

#include <QCoreApplication>
#include <QThread>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("LinuxHost", text);
}

QString addressText(const QList<QHostAddress> &addresses)
{
    QStringList texts;
    for (const QHostAddress &address : addresses)
        texts.append(address.toString());
    return texts.join(QStringLiteral(", "));
}
} // namespace

LinuxHost::LinuxHost(const AgentConfig &config, AgentStatus base)
    : m_config(config)
    , m_base(std::move(base))
    , m_services(config.serviceManager, config.services)
    , m_cves(config.productStatusFile)
    , m_requestThread(QThread::currentThread())
{ }

Result<std::optional<QList<QHostAddress>>>
LinuxHost::reapplyKeptQuarantine(const AgentConfig &config)
{
    using Reapplied = Result<std::optional<QList<QHostAddress>>>;
    const Result<std::optional<QuarantineRecord>> kept
        = QuarantineRecord::load(config.stateDirectory);
    if (kept && !*kept)
        return std::optional<QList<QHostAddress>>();
    const Result<bool> applied = kept
        ? NftQuarantine::apply(NftQuarantine::installScript((*kept)->reachable(), config.port))
        : Result<bool>::failure(kept.error());
    if (!applied)
        return Reapplied::failure(
            tr("the quarantine kept from before the restart is not in force: %1")
                .arg(applied.error()));
    return std::optional<QList<QHostAddress>>((*kept)->consoles);
}

Result<bool> LinuxHost::restoreQuarantine()
{
    const Result<std::optional<QList<QHostAddress>>> consoles = reapplyKeptQuarantine(m_config);
    if (!consoles) {
        m_restoreProblem = consoles.error();
        return Result<bool>::failure(m_restoreProblem);
    }
    if (!*consoles)
        return false;
    Logging::get("agent")->info("quarantine re-applied; consoles allowed: {}",
                                addressText(**consoles));
    return true;
}

void LinuxHost::startStatusRefresh(int intervalMs)
{
    m_cache = std::make_unique<StatusCache>([this] { return gatherStatus(); }, intervalMs);
    m_cache->start();
}

AgentStatus LinuxHost::status()
{
    AgentStatus status = m_cache ? m_cache->current() : gatherStatus();
    if (!m_restoreProblem.isEmpty())
        status.problems.append(m_restoreProblem);
    return status;
}

AgentStatus LinuxHost::gatherStatus() const
{
    AgentStatus status = m_base;
    const ServiceControl::States services = m_services.states();
    status.services += services.services;
    status.problems += services.problems;
    addProductStatus(status);
    addQuarantine(status);
    addMissingCves(status);
    ClientLogReader::addTo(status, m_config.virusLogFile, m_config.webLogFile);
    return status;
}

void LinuxHost::refreshAfterCommand()
{
    if (m_cache)
        m_cache->refreshNow();
}

void LinuxHost::addProductStatus(AgentStatus &status) const
{
    std::optional<FirewallState> firewall;
    if (m_config.productStatusFile.isEmpty()) {
        status.problems.append(
            tr("no product status file is configured (productStatusFile): no component, "
               "pattern or scan data"));
    } else {
        const Result<ProductStatus> product = ProductStatus::read(m_config.productStatusFile);
        if (!product) {
            status.problems.append(product.error());
        } else {
            status.components += product->components;
            status.patterns = product->patterns;
            status.patternDate = product->patternDate;
            status.lastScan = product->lastScan;
            status.antivirusOn = product->antivirusOn;
            status.noProgramUpgrade = product->noProgramUpgrade;
            status.fileVersions = product->fileVersions;
            firewall = product->firewall;
        }
    }
    if (!firewall) {
        // The product does not say: the host's own nftables rules tell. When they cannot be
        // read either, the firewall stays unreported (No data available), never guessed.
        const Result<bool> active = NftQuarantine::otherFirewallActive();
        if (!active)
            status.problems.append(tr("the firewall state is unknown: %1").arg(active.error()));
        else
            firewall = *active ? FirewallState::On : FirewallState::Off;
    }
    status.firewall = firewall;
}

void LinuxHost::addMissingCves(AgentStatus &status) const
{
    const CveSource::Report cves
        = QThread::currentThread() == m_requestThread ? m_cves.current() : m_cves.refresh();
    status.missingCves = cves.missingCves;
    status.problems += cves.problems;
}

void LinuxHost::addQuarantine(AgentStatus &status) const
{
    const Result<std::optional<QuarantineRecord>> kept
        = QuarantineRecord::load(m_config.stateDirectory);
    if (!kept) {
        status.problems.append(kept.error());
        return;
    }
    status.quarantined = kept->has_value();
    if (!status.quarantined)
        return;
    // By whom and since when (issue 14): the kept record says both. Only a console's command
    // quarantines the real agent today, so it is a manual quarantine.
    QuarantineState state;
    state.since = (*kept)->since.toUTC();
    state.why = tr("quarantined by the console at %1").arg(addressText((*kept)->consoles));
    status.quarantine = state;
    const Result<bool> installed = NftQuarantine::isInstalled();
    if (!installed)
        status.problems.append(installed.error());
    else if (!*installed)
        status.problems.append(
            tr("quarantined, but the nftables table %1 is not loaded: the host is open")
                .arg(QString::fromLatin1(NftQuarantine::tableName)));
}

// Point 5 of issue 14: nothing is cut before every allow-list name is an address, and once
// the rules are in force the agent checks it can still answer its consoles, or goes back to
// how the host was.
Result<QString> LinuxHost::quarantine(const QHostAddress &console)
{
    const Result<std::optional<QuarantineRecord>> kept
        = QuarantineRecord::load(m_config.stateDirectory);
    if (!kept)
        return Result<QString>::failure(kept.error());
    const bool already = kept->has_value();
    const Result<QList<QHostAddress>> allowed = AllowList::resolve(m_config.quarantineAllow);
    if (!allowed) {
        const QString message = already
            ? tr("the quarantine in force is unchanged: %1").arg(allowed.error())
            : tr("not quarantined, nothing was changed: %1").arg(allowed.error());
        Logging::get("agent")->error("{}", AgentText::printable(message));
        return Result<QString>::failure(message);
    }
    QuarantineRecord record
        = already ? **kept : QuarantineRecord { {}, Clock::instance().now(), {} };
    if (!record.consoles.contains(console))
        record.consoles.append(console);
    record.allowed = *allowed;
    const Result<bool> applied
        = NftQuarantine::apply(NftQuarantine::installScript(record.reachable(), m_config.port));
    if (!applied)
        return Result<QString>::failure(applied.error());
    const QString unreachable
        = QuarantineCheck::run(record.consoles, m_config.port, m_listeningSocket);
    if (!unreachable.isEmpty())
        return Result<QString>::failure(rollBack(already ? *kept : std::nullopt, unreachable));
    const Result<bool> saved = record.save(m_config.stateDirectory);
    if (!saved) {
        // Not kept, so a restart would silently release it: better not quarantined at all.
        if (!already)
            NftQuarantine::apply(NftQuarantine::removeScript());
        return Result<QString>::failure(
            tr("the quarantine cannot be kept across a restart: %1").arg(saved.error()));
    }
    m_restoreProblem.clear();
    refreshAfterCommand();
    if (already)
        return tr("already quarantined; consoles allowed: %1").arg(addressText(record.consoles));
    if (!record.allowed.isEmpty())
        return tr("quarantined; only %1, port %2 and the allow list (%3) reach this host")
            .arg(addressText(record.consoles))
            .arg(m_config.port)
            .arg(addressText(record.allowed));
    return tr("quarantined; only %1 and port %2 reach this host")
        .arg(addressText(record.consoles))
        .arg(m_config.port);
}

QString LinuxHost::rollBack(const std::optional<QuarantineRecord> &before, const QString &why)
{
    // Back to how the host was: the quarantine kept before this command, or none.
    const Result<bool> restored = NftQuarantine::apply(
        before ? NftQuarantine::installScript(before->reachable(), m_config.port)
               : NftQuarantine::removeScript());
    refreshAfterCommand();
    const QString state = !restored
        ? tr("the rollback failed too, the host may be cut off: %1").arg(restored.error())
        : before ? tr("the quarantine in force before is restored")
                 : tr("the host is not quarantined");
    const QString message
        = tr("quarantine rolled back: the agent could not have answered its console: %1; %2")
              .arg(why, state);
    Logging::get("agent")->error("{}", AgentText::printable(message));
    return message;
}

Result<QString> LinuxHost::release()
{
    const Result<std::optional<QuarantineRecord>> kept
        = QuarantineRecord::load(m_config.stateDirectory);
    const Result<bool> removed = NftQuarantine::apply(NftQuarantine::removeScript());
    if (!removed)
        return Result<QString>::failure(removed.error());
    const Result<bool> forgotten = QuarantineRecord::remove(m_config.stateDirectory);
    refreshAfterCommand();
    if (!forgotten)
        return Result<QString>::failure(
            tr("the rules are removed, but a restart would quarantine again: %1")
                .arg(forgotten.error()));
    m_restoreProblem.clear();
    return kept && !kept->has_value() ? tr("was not quarantined") : tr("released from quarantine");
}

Result<QString> LinuxHost::startService(const QString &name)
{
    const Result<bool> started = m_services.start(name);
    refreshAfterCommand();
    if (!started)
        return Result<QString>::failure(started.error());
    return *started ? tr("%1 started").arg(name) : tr("%1 was running").arg(name);
}

// The pre-quarantine warning of a CVE compliance policy (docs/policies.md): on the desktop
// where a session is open, the journal otherwise (UserWarning).
Result<QString> LinuxHost::warnUser(const QString &message)
{
    return UserWarning::show(message);
}
