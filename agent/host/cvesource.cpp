#include "host/cvesource.h"

#include "agentlink/agenttext.h"
#include "common/clock.h"
#include "host/hostcommand.h"
#include "host/productstatus.h"
#include "policy/cveid.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CveSource", text);
}

constexpr int debsecanTimeoutMs = 120 * 1000;
constexpr qint64 debsecanMaxOutput = 4 * 1024 * 1024;

} // namespace

CveSource::CveSource(QString productStatusFile, int refreshSecs, QString debsecan)
    : m_productStatusFile(std::move(productStatusFile))
    , m_refreshSecs(refreshSecs)
    , m_debsecan(std::move(debsecan))
{ }

QStringList CveSource::parseDebsecan(const QByteArray &output, int &malformed)
{
    malformed = 0;
    QStringList cves;
    for (const QByteArray &line : output.split('\n')) {
        const QString id = QString::fromLatin1(line.trimmed());
        if (id.isEmpty() || id.startsWith(QLatin1String("TEMP-")))
            continue;
        if (!isCveId(id)) {
            ++malformed;
            continue;
        }
        cves.append(id.toUpper()); // as the policies keep them
    }
    cves.sort();
    cves.removeDuplicates();
    return cves;
}

QString CveSource::debsecanProgram() const
{
    if (m_debsecan.contains(QLatin1Char('/')))
        return QFileInfo(m_debsecan).isExecutable() ? m_debsecan : QString();
    return QStandardPaths::findExecutable(m_debsecan);
}

CveSource::Report CveSource::current()
{
    if (debsecanProgram().isEmpty())
        return fromProductStatus();
    QMutexLocker locker(&m_keptMutex);
    return m_kept.value_or(Report { std::nullopt, {}, {} });
}

CveSource::Report CveSource::refresh()
{
    const QString program = debsecanProgram();
    if (program.isEmpty())
        return fromProductStatus();
    const auto kept = [this]() -> std::optional<Report> {
        QMutexLocker locker(&m_keptMutex);
        if (m_kept && m_keptAt.secsTo(Clock::instance().now()) < m_refreshSecs)
            return m_kept;
        return std::nullopt;
    };
    if (const std::optional<Report> fresh = kept())
        return *fresh;
    if (!m_running.tryLock()) {
        // Another thread is running debsecan: the last report (or none yet) rather than a wait.
        QMutexLocker locker(&m_keptMutex);
        return m_kept.value_or(Report { std::nullopt, {}, {} });
    }
    Report found = fromDebsecan(program);
    {
        QMutexLocker locker(&m_keptMutex);
        m_kept = found;
        m_keptAt = Clock::instance().now();
    }
    m_running.unlock();
    return found;
}

CveSource::Report CveSource::fromDebsecan(const QString &program) const
{
    HostCommand debsecan { program, { QStringLiteral("--format"), QStringLiteral("bugs") } };
    debsecan.timeoutMs = debsecanTimeoutMs;
    debsecan.maxOutputBytes = debsecanMaxOutput;
    const HostCommand::Outcome outcome = debsecan.run();
    if (!outcome.succeeded())
        return { std::nullopt,
                 {},
                 { tr("the missing CVEs are unknown: debsecan failed: %1")
                       .arg(AgentText::printable(outcome.reason())) } };
    Report report;
    int malformed = 0;
    report.missingCves = parseDebsecan(outcome.output, malformed);
    report.source = QStringLiteral("debsecan");
    if (malformed > 0)
        report.problems.append(
            tr("debsecan printed lines that are not CVE identifiers (%1): left out")
                .arg(malformed));
    return report;
}

CveSource::Report CveSource::fromProductStatus() const
{
    if (m_productStatusFile.isEmpty())
        return {}; // LinuxHost already says no product status file is configured
    const Result<ProductStatus> product = ProductStatus::read(m_productStatusFile);
    if (!product)
        return { std::nullopt,
                 {},
                 { tr("the missing CVEs are unknown: %1").arg(product.error()) } };
    if (!product->missingCves)
        return {};
    return { product->missingCves, QStringLiteral("product status file"), {} };
}
