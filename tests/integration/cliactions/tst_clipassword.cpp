#include "testenvironment.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

// A password typed on a terminal is not echoed (docs/cli.md, "Passwords"): the CLI runs on a
// real pseudo-terminal, as under an administrator's shell, and what the terminal shows is read
// back from its master side.
class TestCliPassword : public QObject
{
    Q_OBJECT

private slots:
    void aTypedPasswordIsNotEchoed();
};

namespace {

struct Session
{
    QByteArray screen; // everything the terminal showed
    int exitCode = -1;
    bool prompted = false;
};

// Runs the CLI with `arguments` on a new pseudo-terminal; types `typed` and Enter once the
// CLI's prompt has appeared. Waits at most 60 s in all.
Session runOnTerminal(const QStringList &arguments, const QByteArray &prompt,
                      const QByteArray &typed, const QString &home)
{
    QList<QByteArray> storage { TestEnvironment::cliProgram().toLocal8Bit() };
    for (const QString &argument : arguments)
        storage << argument.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    const QByteArray homeBytes = home.toLocal8Bit();

    Session session;
    int master = -1;
    const pid_t child = forkpty(&master, nullptr, nullptr, nullptr);
    if (child < 0)
        qFatal("forkpty failed: %s", strerror(errno));
    if (child == 0) {
        setenv("HOME", homeBytes.constData(), 1);
        setenv("XDG_CONFIG_HOME", homeBytes.constData(), 1);
        setenv("XDG_DATA_HOME", homeBytes.constData(), 1);
        execv(argv[0], argv.data());
        _exit(127);
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        pollfd fd { master, POLLIN, 0 };
        if (poll(&fd, 1, 1000) <= 0)
            continue;
        char buffer[512];
        const ssize_t got = read(master, buffer, sizeof buffer);
        if (got <= 0)
            break; // EIO: the CLI ended and closed the terminal
        session.screen.append(buffer, got);
        if (!session.prompted && session.screen.contains(prompt)) {
            session.prompted = true;
            const QByteArray line = typed + '\n';
            if (write(master, line.constData(), size_t(line.size())) != line.size())
                qFatal("cannot type on the terminal");
        }
    }
    close(master);
    int status = 0;
    if (waitpid(child, &status, 0) == child && WIFEXITED(status))
        session.exitCode = WEXITSTATUS(status);
    return session;
}

} // namespace

void TestCliPassword::aTypedPasswordIsNotEchoed()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    // Nothing listens on port 9 of loopback: the password is read, then the connection fails.
    const QByteArray secret = "typed-secret-4711";
    const Session session = runOnTerminal(
        { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db-url"),
          QStringLiteral("postgresql://osmgmt@127.0.0.1:9/osmgmt"),
          QStringLiteral("--db-password-stdin") },
        "Password of", secret, home.path());
    QVERIFY2(session.prompted, session.screen.constData());
    QVERIFY2(!session.screen.contains(secret), session.screen.constData());
    QCOMPARE(session.exitCode, 1); // the store could not be opened; the password was taken
}

QTEST_GUILESS_MAIN(TestCliPassword)
#include "tst_clipassword.moc"
