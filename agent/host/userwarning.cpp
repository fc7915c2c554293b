#include "host/userwarning.h"

#include "host/hostcommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UserWarning", text);
}

const QString identifier = QStringLiteral("osmgmt-agent");

bool isHidden(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) // C0, DEL, C1
        || c == 0x061c || c == 0x200e || c == 0x200f // bidirectional marks
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) // overrides, isolates
        || c == 0xfeff; // byte order mark
}

// A graphical session's user: who to show the notification to, and the bus to reach them.
struct Desktop
{
    uint uid = 0;
    QString user;
    QString bus; // the session bus socket
};

// `loginctl show-session` output, KEY=value a line.
QString property(const QByteArray &output, const char *key)
{
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith(QByteArray(QByteArray(key) + '=')))
            return QString::fromUtf8(line.mid(int(qstrlen(key)) + 1)).trimmed();
    }
    return {};
}

QString busOf(const QString &runtimeDirectory, uint uid)
{
    const QString bus
        = QDir(runtimeDirectory).filePath(QString::number(uid) + QStringLiteral("/bus"));
    return QFileInfo::exists(bus) ? bus : QString();
}

QString userName(uint uid)
{
    const passwd *entry = getpwuid(uid_t(uid));
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString::number(uid);
}

// The users with a graphical session (x11, wayland, mir) and a session bus, from loginctl;
// where loginctl cannot tell (no systemd-logind), every user with a session bus under the
// runtime directory: notify-send then finds out whether a notification server listens.
QList<Desktop> desktops(const QString &runtimeDirectory)
{
    QList<Desktop> found;
    const auto add = [&](uint uid) {
        const QString bus = busOf(runtimeDirectory, uid);
        if (bus.isEmpty() || std::any_of(found.begin(), found.end(), [uid](const Desktop &one) {
                return one.uid == uid;
            }))
            return;
        found.append({ uid, userName(uid), bus });
    };
    const HostCommand::Outcome sessions = HostCommand {
        QStringLiteral("loginctl"),
        { QStringLiteral("list-sessions"), QStringLiteral("--no-legend") }
    }.run();
    if (sessions.succeeded()) {
        for (const QByteArray &line : sessions.output.split('\n')) {
            const QByteArray id = line.simplified().split(' ').value(0);
            if (id.isEmpty())
                continue;
            const HostCommand::Outcome session = HostCommand {
                QStringLiteral("loginctl"),
                { QStringLiteral("show-session"), QString::fromLatin1(id), QStringLiteral("-p"),
                  QStringLiteral("Type"), QStringLiteral("-p"), QStringLiteral("User") }
            }.run();
            const QString type = property(session.output, "Type");
            bool isNumber = false;
            const uint uid = property(session.output, "User").toUInt(&isNumber);
            if (session.succeeded() && isNumber
                && (type == QLatin1String("x11") || type == QLatin1String("wayland")
                    || type == QLatin1String("mir")))
                add(uid);
        }
        return found;
    }
    const QStringList users = QDir(runtimeDirectory).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : users) {
        bool isNumber = false;
        const uint uid = name.toUInt(&isNumber);
        if (isNumber)
            add(uid);
    }
    return found;
}

// notify-send as the session's user: directly when that is the agent's own user, through
// setpriv when the agent runs as root; otherwise the user's bus is not the agent's to reach.
Result<bool> notify(const Desktop &desktop, const QString &body)
{
    const QStringList notifySend { QStringLiteral("notify-send"),
                                   QStringLiteral("--app-name=osmgmt"),
                                   QStringLiteral("--urgency=critical"),
                                   QStringLiteral("--"),
                                   tr("Security warning from your administrator"),
                                   body };
    QStringList command;
    if (desktop.uid == uint(geteuid())) {
        command = notifySend;
    } else if (geteuid() == 0) {
        const passwd *entry = getpwuid(uid_t(desktop.uid));
        if (!entry)
            return Result<bool>::failure(tr("user %1 has no account entry").arg(desktop.uid));
        command = QStringList { QStringLiteral("setpriv"),
                                QStringLiteral("--reuid=%1").arg(desktop.uid),
                                QStringLiteral("--regid=%1").arg(entry->pw_gid),
                                QStringLiteral("--init-groups"), QStringLiteral("--") }
            + notifySend;
    } else {
        return Result<bool>::failure(
            tr("the agent runs as another user and cannot reach the desktop of %1")
                .arg(desktop.user));
    }
    HostCommand run { command.takeFirst(), command };
    run.timeoutMs = 5000;
    run.maxOutputBytes = 64 * 1024;
    run.environment
        = { QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=") + desktop.bus,
            QStringLiteral("XDG_RUNTIME_DIR=") + QFileInfo(desktop.bus).absolutePath() };
    const HostCommand::Outcome outcome = run.run();
    if (!outcome.succeeded())
        return Result<bool>::failure(outcome.reason());
    return true;
}

// The journal (systemd-cat) where journald listens, else syslog (logger); the text on
// standard input.
Result<QString> toLog(const QString &text, const UserWarning::Places &places, const QString &why)
{
    const QByteArray input = text.toUtf8() + '\n';
    if (QFileInfo::exists(places.journalSocket)) {
        HostCommand cat { QStringLiteral("systemd-cat"),
                          { QStringLiteral("--identifier=") + identifier,
                            QStringLiteral("--priority=warning") },
                          input };
        cat.timeoutMs = 5000;
        const HostCommand::Outcome outcome = cat.run();
        if (outcome.succeeded())
            return tr("written to the journal (%1)").arg(why);
        return Result<QString>::failure(
            tr("not shown: %1, and the journal refused it: %2").arg(why, outcome.reason()));
    }
    if (QFileInfo::exists(places.syslogSocket)) {
        HostCommand logger { QStringLiteral("logger"),
                             { QStringLiteral("--tag"), identifier, QStringLiteral("--priority"),
                               QStringLiteral("user.warning"), QStringLiteral("--socket"),
                               places.syslogSocket },
                             input };
        logger.timeoutMs = 5000;
        const HostCommand::Outcome outcome = logger.run();
        if (outcome.succeeded())
            return tr("written to syslog (%1)").arg(why);
        return Result<QString>::failure(
            tr("not shown: %1, and syslog refused it: %2").arg(why, outcome.reason()));
    }
    return Result<QString>::failure(
        tr("not shown: %1, and neither the journal nor syslog is running").arg(why));
}

} // namespace

QString UserWarning::cleanText(const QString &text)
{
    QString clean;
    bool space = false;
    for (const char32_t c : text.toUcs4()) {
        const bool blank = c == U' ' || c == U'\t' || c == U'\n' || c == U'\r';
        if (blank) {
            space = !clean.isEmpty();
            continue;
        }
        if (isHidden(c))
            continue;
        if (space)
            clean += QLatin1Char(' ');
        space = false;
        clean += QString::fromUcs4(&c, 1);
    }
    if (clean.size() <= maxCharacters)
        return clean;
    // Not in the middle of a word when there is a break to cut at, nor of a surrogate pair.
    const bool midWord = clean.at(maxCharacters - 1) != QLatin1Char(' ');
    clean.truncate(maxCharacters - 1);
    const int lastSpace = clean.lastIndexOf(QLatin1Char(' '));
    if (midWord && lastSpace > maxCharacters / 2)
        clean.truncate(lastSpace);
    if (clean.back().isHighSurrogate())
        clean.chop(1);
    clean = clean.trimmed();
    return clean + QChar(0x2026);
}

Result<QString> UserWarning::show(const QString &text, const Places &places)
{
    const QString clean = cleanText(text);
    if (clean.isEmpty())
        return Result<QString>::failure(tr("the warning has no printable text"));
    const QList<Desktop> sessions = desktops(places.runtimeDirectory);
    QStringList shown, problems;
    QString body = clean;
    body.replace(QLatin1Char('&'), QLatin1String("&amp;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;"));
    for (const Desktop &desktop : sessions) {
        const Result<bool> notified = notify(desktop, body);
        if (notified)
            shown.append(desktop.user);
        else
            problems.append(desktop.user + QStringLiteral(": ") + notified.error());
    }
    if (!shown.isEmpty())
        return tr("shown on the desktop of %1").arg(shown.join(QStringLiteral(", ")));
    return toLog(clean, places,
                 problems.isEmpty()
                     ? tr("no graphical session")
                     : tr("no desktop could show it: %1").arg(problems.join(QStringLiteral("; "))));
}

Result<QString> UserWarning::show(const QString &text)
{
    return show(text, Places());
}
