#include "heartbeatmark.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("HeartbeatMark", text);
}
} // namespace

QHash<QString, HeartbeatMark> HeartbeatMark::of(const QVector<AgentHeartbeat> &agents,
                                                const QDateTime &now,
                                                const HeartbeatSettings &settings)
{
    QHash<QString, HeartbeatMark> marks;
    for (const AgentHeartbeat &agent : agents)
        marks.insert(agent.address,
                     HeartbeatMark { agent.state,
                                     HeartbeatStateMachine::offlineAge(agent, now, settings),
                                     agent.lastContact });
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
    switch (age.value_or(OfflineAge::UnderFirstBand)) {
    case OfflineAge::UnderFirstBand:
        return tr("Heartbeat: offline, less than an hour (%1)").arg(contact);
    case OfflineAge::UnderSecondBand:
        return tr("Heartbeat: offline, less than a day (%1)").arg(contact);
    case OfflineAge::UnderThirdBand:
        return tr("Heartbeat: offline, less than 7 days (%1)").arg(contact);
    case OfflineAge::Longer:
        return tr("Heartbeat: offline for 7 days or more (%1)").arg(contact);
    }
    Q_UNREACHABLE();
}
