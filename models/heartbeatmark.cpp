#include "heartbeatmark.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("HeartbeatMark", text);
}

std::chrono::seconds boundOf(OfflineAge age, const HeartbeatSettings &settings)
{
    switch (age) {
    case OfflineAge::UnderFirstBand:
        return settings.firstBand;
    case OfflineAge::UnderSecondBand:
        return settings.secondBand;
    case OfflineAge::UnderThirdBand:
    case OfflineAge::Longer:
        return settings.thirdBand;
    }
    Q_UNREACHABLE();
}

// "1 hour", "36 hours", "7 days": whole days when the bound is a number of days.
QString durationText(std::chrono::seconds bound)
{
    const qint64 hours = bound.count() / 3600;
    // Counted before the call: lupdate (Qt 6.4) never ends on a division inside translate().
    const int days = int(hours / 24);
    if (hours >= 24 && hours % 24 == 0)
        return QCoreApplication::translate("HeartbeatMark", "%n days", nullptr, days);
    const int shownHours = int(std::max<qint64>(hours, 1));
    return QCoreApplication::translate("HeartbeatMark", "%n hours", nullptr, shownHours);
}

} // namespace

QHash<QString, HeartbeatMark> HeartbeatMark::of(const QVector<AgentHeartbeat> &agents,
                                                const QDateTime &now,
                                                const HeartbeatSettings &settings)
{
    QHash<QString, HeartbeatMark> marks;
    for (const AgentHeartbeat &agent : agents) {
        HeartbeatMark mark;
        mark.state = agent.state;
        mark.age = HeartbeatStateMachine::offlineAge(agent, now, settings);
        mark.lastContact = agent.lastContact;
        if (mark.age)
            mark.bandBound = boundOf(*mark.age, settings);
        marks.insert(agent.address, mark);
    }
    return marks;
}

QColor HeartbeatMark::colour() const
{
    switch (state) {
    case HeartbeatState::Online:
        return QColor(0x2e, 0x9e, 0x44);
    case HeartbeatState::Missing:
        return QColor(0x80, 0x80, 0x80);
    case HeartbeatState::Offline:
        break;
    }
    switch (age.value_or(OfflineAge::UnderFirstBand)) {
    case OfflineAge::UnderFirstBand:
        return QColor(0xf0, 0xb4, 0x29);
    case OfflineAge::UnderSecondBand:
        return QColor(0xe8, 0x7d, 0x1e);
    case OfflineAge::UnderThirdBand:
        return QColor(0xd9, 0x48, 0x1c);
    case OfflineAge::Longer:
        return QColor(0xb0, 0x1c, 0x1c);
    }
    Q_UNREACHABLE();
}

QDateTime HeartbeatMark::shownContact() const
{
    if (!lastContact.isValid())
        return {};
    const QDateTime utc = lastContact.toUTC();
    return QDateTime(utc.date(), QTime(utc.time().hour(), utc.time().minute()), Qt::UTC);
}

QString HeartbeatMark::text() const
{
    // QLocale's short format shows hours and minutes: shownContact() is what it shows.
    const QString contact = lastContact.isValid()
        ? tr("last contact %1")
              .arg(QLocale().toString(shownContact().toLocalTime(), QLocale::ShortFormat))
        : tr("no contact yet");
    switch (state) {
    case HeartbeatState::Online:
        return tr("Heartbeat: online (%1)").arg(contact);
    case HeartbeatState::Missing:
        return tr("Heartbeat: missing (%1)").arg(contact);
    case HeartbeatState::Offline:
        break;
    }
    const QString bound = durationText(bandBound);
    if (age.value_or(OfflineAge::UnderFirstBand) == OfflineAge::Longer)
        return tr("Heartbeat: offline for %1 or more (%2)").arg(bound, contact);
    return tr("Heartbeat: offline, less than %1 (%2)").arg(bound, contact);
}
