#include "fleet/fleetclock.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QFile>

FleetClockFile::FleetClockFile(QString path, QDateTime first)
    : m_path(std::move(path))
    , m_last(std::move(first))
{ }

Result<QDateTime> FleetClockFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QDateTime>::failure(
            QCoreApplication::translate("FleetClock", "cannot read the fleet clock %1: %2")
                .arg(path, file.errorString()));
    const QString text = QString::fromUtf8(file.read(64)).trimmed();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return Result<QDateTime>::failure(
            QCoreApplication::translate("FleetClock", "the fleet clock %1 holds no ISO-8601 time")
                .arg(path));
    return time.toUTC();
}

Result<std::shared_ptr<FleetClockFile>> FleetClockFile::open(const QString &path)
{
    const Result<QDateTime> first = read(path);
    if (!first)
        return Result<std::shared_ptr<FleetClockFile>>::failure(first.error());
    return std::shared_ptr<FleetClockFile>(new FleetClockFile(path, first.value()));
}

QDateTime FleetClockFile::now() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    const Result<QDateTime> time = read(m_path);
    if (time) {
        m_last = time.value();
        m_lastError.clear();
    } else if (time.error() != m_lastError) {
        m_lastError = time.error();
        Logging::get("agent")->warn("{}; the fleet's time stays {}", m_lastError,
                                    m_last.toString(Qt::ISODate));
    }
    return m_last;
}
