#include "host/userwarning.h"
#include "ownnamespaces.h"

#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/un.h>

// The pre-quarantine warning (issue 14, point 4) on the real agent. In a user, network and
// mount namespace of the test's own (entered in main()), with an empty /run of its own: there
// the test plays journald's stream socket (/run/systemd/journal/stdout, where the real
// systemd-cat writes), a user's session bus, and syslog's socket; loginctl and notify-send are
// scripts of the test's, real processes found on PATH, that record the argv they receive. A
// real notification server on a real graphical session is the one path not run here: this
// machine has no display, no logind and no notification daemon.
class TestUserWarning : public QObject
{
    Q_OBJECT
public:
    QString namespaceFailure;

private slots:
    void initTestCase()
    {
        QVERIFY2(namespaceFailure.isEmpty(), qPrintable(namespaceFailure));
        QVERIFY(m_dir.isValid());
        QCOMPARE(mount("tmpfs", "/run", "tmpfs", 0, "mode=0755"), 0);
        QVERIFY(QDir().mkpath(QStringLiteral("/run/systemd/journal")));
        QVERIFY(QDir().mkpath(QStringLiteral("/run/user/0")));
        QVERIFY(m_journal.listen(QStringLiteral("/run/systemd/journal/stdout")));
        m_bin = m_dir.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(m_bin));
        m_path = qgetenv("PATH");
    }

    void init()
    {
        qputenv("PATH", m_path);
        for (const char *name : { "loginctl", "notify-send" })
            QFile::remove(m_bin + QLatin1Char('/') + QLatin1String(name));
        QFile::remove(QStringLiteral("/run/user/0/bus"));
        QFile::remove(m_dir.filePath(QStringLiteral("notified")));
    }

    void theTextIsCleanedAndBounded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("clean");
        QTest::newRow("plain") << QStringLiteral("Install the updates.")
                               << QStringLiteral("Install the updates.");
        QTest::newRow("escape sequence") << QStringLiteral("Install\x1b[2J the\x07 updates\x7f.")
                                         << QStringLiteral("Install[2J the updates.");
        QTest::newRow("lines and tabs as one space")
            << QStringLiteral("  Install\r\n\n\tthe updates  ")
            << QStringLiteral("Install the updates");
        QTest::newRow("bidirectional override")
            << QStringLiteral("open \u202etxt.exe") << QStringLiteral("open txt.exe");
        QTest::newRow("C1") << QStringLiteral("a\u009bb") << QStringLiteral("ab");
        QTest::newRow("Japanese") << QStringLiteral("更新をインストールしてください")
                                  << QStringLiteral("更新をインストールしてください");
        QTest::newRow("nothing printable") << QStringLiteral("\x01\x02\n ") << QString();
        const QString words = QStringLiteral("word ").repeated(300);
        QTest::newRow("bounded at a word")
            << words << QStringLiteral("word ").repeated(199) + QStringLiteral("word\u2026");
        QTest::newRow("a word across the bound is left out")
            << QStringLiteral("a").repeated(996) + QStringLiteral(" wordy tail")
            << QStringLiteral("a").repeated(996) + QStringLiteral("\u2026");
    }
    void theTextIsCleanedAndBounded()
    {
        QFETCH(QString, text);
        QFETCH(QString, clean);
        const QString cleaned = UserWarning::cleanText(text);
        QCOMPARE(cleaned, clean);
        QVERIFY(cleaned.size() <= UserWarning::maxCharacters);
    }

    void aLongWordIsCutToo()
    {
        const QString cleaned = UserWarning::cleanText(QString(5000, QLatin1Char('x')));
        QCOMPARE(cleaned.size(), UserWarning::maxCharacters);
        QVERIFY(cleaned.endsWith(QChar(0x2026)));
    }

    // No graphical session (no logind here: the real loginctl fails, and /run/user holds no
    // session bus): the real systemd-cat writes it to the journal.
    void withoutASessionTheJournalGetsIt()
    {
        const Result<QString> shown
            = UserWarning::show(QStringLiteral("Install the updates\x1b[31m or be quarantined."));
        QVERIFY2(shown.ok(), qPrintable(shown.error()));
        QCOMPARE(*shown, QStringLiteral("written to the journal (no graphical session)"));
        const QByteArray entry = journalEntry();
        // journald's stream header names the program and the priority (4: warning).
        QVERIFY2(entry.startsWith("osmgmt-agent\n\n4\n"), entry.constData());
        QVERIFY2(entry.endsWith("\nInstall the updates[31m or be quarantined.\n"),
                 entry.constData());
    }

    // A graphical session (loginctl says x11): notify-send, as that user, on that user's
    // session bus; the text is one argv entry, its markup escaped.
    void aGraphicalSessionGetsANotification()
    {
        writeLoginctl();
        writeNotifySend("exit 0");
        QVERIFY(QFile(QStringLiteral("/run/user/0/bus")).open(QIODevice::WriteOnly));
        const QString text = QStringLiteral("Install <a href=\"x\">now</a> & reboot; $(id) `id` '");
        const Result<QString> shown = UserWarning::show(text);
        QVERIFY2(shown.ok(), qPrintable(shown.error()));
        QCOMPARE(*shown, QStringLiteral("shown on the desktop of root"));
        const QList<QByteArray> lines = notified();
        QCOMPARE(lines.value(0), QByteArray("unix:path=/run/user/0/bus"));
        QCOMPARE(lines.mid(1),
                 QList<QByteArray>({ "--app-name=osmgmt", "--urgency=critical", "--",
                                     "Security warning from your administrator",
                                     "Install &lt;a href=\"x\"&gt;now&lt;/a&gt; &amp; reboot; "
                                     "$(id) `id` '" }));
        // Once: the tty session is not graphical.
        QCOMPARE(QFile(m_dir.filePath(QStringLiteral("notified"))).size(),
                 qint64(lines.join('\0').size() + 1));
        QVERIFY(!m_journal.hasPendingConnections());
    }

    void aDesktopThatCannotShowItFallsBackToTheJournal()
    {
        writeLoginctl();
        writeNotifySend("echo 'GDBus.Error: no notification server' >&2; exit 1");
        QVERIFY(QFile(QStringLiteral("/run/user/0/bus")).open(QIODevice::WriteOnly));
        const Result<QString> shown = UserWarning::show(QStringLiteral("Update now."));
        QVERIFY2(shown.ok(), qPrintable(shown.error()));
        QCOMPARE(*shown,
                 QStringLiteral("written to the journal (no desktop could show it: root: "
                                "GDBus.Error: no notification server)"));
        QVERIFY(journalEntry().endsWith("\nUpdate now.\n"));
    }

    // No journal: syslog's socket, through the real logger.
    void withoutAJournalSyslogGetsIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("log.sock"));
        const int syslog = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        qstrncpy(address.sun_path, qPrintable(path), sizeof address.sun_path);
        QCOMPARE(bind(syslog, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        UserWarning::Places places;
        places.journalSocket = m_dir.filePath(QStringLiteral("no-journal"));
        places.syslogSocket = path;
        const Result<QString> shown = UserWarning::show(QStringLiteral("Update\nnow."), places);
        QVERIFY2(shown.ok(), qPrintable(shown.error()));
        QCOMPARE(*shown, QStringLiteral("written to syslog (no graphical session)"));
        char datagram[2048] = {};
        const ssize_t length = recv(syslog, datagram, sizeof datagram - 1, MSG_DONTWAIT);
        close(syslog);
        QVERIFY(length > 0);
        const QByteArray message(datagram, int(length));
        QVERIFY2(message.contains("osmgmt-agent"), message.constData());
        QVERIFY2(message.endsWith("Update now.") || message.endsWith("Update now.\n"),
                 message.constData());
    }

    void whenNothingCanShowItTheReplySaysSo()
    {
        UserWarning::Places places;
        places.journalSocket = m_dir.filePath(QStringLiteral("no-journal"));
        places.syslogSocket = m_dir.filePath(QStringLiteral("no-syslog"));
        QCOMPARE(UserWarning::show(QStringLiteral("Update now."), places).error(),
                 QStringLiteral("not shown: no graphical session, and neither the journal nor "
                                "syslog is running"));
        QCOMPARE(UserWarning::show(QStringLiteral("\x1b\x07")).error(),
                 QStringLiteral("the warning has no printable text"));
    }

private:
    void writeScript(const char *name, const QByteArray &body)
    {
        QFile script(m_bin + QLatin1Char('/') + QLatin1String(name));
        QVERIFY(script.open(QIODevice::WriteOnly | QIODevice::Truncate));
        script.write("#!/bin/sh\n" + body + '\n');
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("PATH", m_bin.toLocal8Bit() + ':' + m_path);
    }

    // Session 3 is graphical (x11), session 4 a terminal; both root's (uid 0 in this test).
    void writeLoginctl()
    {
        writeScript("loginctl",
                    "case \"$1\" in\n"
                    "list-sessions) printf '      3    0 root seat0 tty2\\n      4    0 root - "
                    "pts/1\\n' ;;\n"
                    "show-session) if [ \"$2\" = 3 ]; then printf 'Type=x11\\nUser=0\\n'; else "
                    "printf 'Type=tty\\nUser=0\\n'; fi ;;\n"
                    "*) exit 1 ;;\nesac");
    }

    // Records the bus it was given and its argv, NUL-separated, then does `tail`.
    void writeNotifySend(const QByteArray &tail)
    {
        const QByteArray file = m_dir.filePath(QStringLiteral("notified")).toLocal8Bit();
        writeScript("notify-send",
                    "printf '%s\\0' \"$DBUS_SESSION_BUS_ADDRESS\" \"$@\" >> " + file + '\n' + tail);
    }

    QList<QByteArray> notified() const
    {
        QFile file(m_dir.filePath(QStringLiteral("notified")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> lines = file.readAll().split('\0');
        lines.removeLast();
        return lines;
    }

    // What the last systemd-cat wrote to the journal's socket.
    QByteArray journalEntry()
    {
        if (!m_journal.hasPendingConnections() && !m_journal.waitForNewConnection(5000))
            return {};
        QLocalSocket *stream = m_journal.nextPendingConnection();
        QByteArray entry;
        while (stream->state() == QLocalSocket::ConnectedState && stream->waitForReadyRead(2000))
            entry += stream->readAll();
        entry += stream->readAll();
        delete stream;
        return entry;
    }

    QTemporaryDir m_dir;
    QLocalServer m_journal;
    QString m_bin;
    QByteArray m_path;
};

int main(int argc, char *argv[])
{
    const QString failure = enterOwnNamespaces(CLONE_NEWNET | CLONE_NEWNS);
    QCoreApplication app(argc, argv);
    TestUserWarning test;
    test.namespaceFailure = failure;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_userwarning.moc"
