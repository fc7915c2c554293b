#include "passwordinput.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>

#include <termios.h>
#include <unistd.h>

namespace {

termios savedTerminal;

// A signal while echo is off would leave the administrator's terminal silent: put it back, then
// let the signal do what it does.
void restoreAndReraise(int signalNumber)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

std::optional<QString> readLine()
{
    char *buffer = nullptr;
    size_t capacity = 0;
    const ssize_t length = getline(&buffer, &capacity, stdin);
    if (length < 0) {
        std::free(buffer);
        return std::nullopt;
    }
    QByteArray line(buffer, length);
    std::free(buffer);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

class EchoOff
{
public:
    EchoOff()
    {
        if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
            return;
        struct sigaction restore = {};
        restore.sa_handler = restoreAndReraise;
        sigemptyset(&restore.sa_mask);
        sigaction(SIGINT, &restore, &m_previousInt);
        sigaction(SIGTERM, &restore, &m_previousTerm);
        termios quiet = savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL; // the Enter key still moves to the next line
        m_active = tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
        if (!m_active)
            restoreHandlers();
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
        tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
        restoreHandlers();
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

    bool isActive() const { return m_active; }

private:
    void restoreHandlers()
    {
        sigaction(SIGINT, &m_previousInt, nullptr);
        sigaction(SIGTERM, &m_previousTerm, nullptr);
    }

    bool m_active = false;
    struct sigaction m_previousInt = {};
    struct sigaction m_previousTerm = {};
};

} // namespace

std::optional<QString> readPassword(const QString &prompt)
{
    const EchoOff echoOff;
    // The prompt only where someone types, and only once echo is off, so nothing typed after it
    // shows.
    if (echoOff.isActive()) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
    }
    return readLine();
}
