// osmgmt-guistall SCOPE.json [--server-name NAME] [--show results|outside]
//
// A benchmark, not a test: runs one query through the real console window (QuerySession,
// MainWindow) and measures, with a 5 ms timer on the GUI thread, the longest time the GUI
// thread could not run it, and the longest gap between two progress updates. Prints them and
// exits. tests/bench/ runs it inside the scan lab on a /16.
#include "mainwindow.h"
#include "querysession.h"
#include "results/resultspage.h"
#include "scope/scopefile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace {
struct Measurements
{
    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 worstStall = 0;
    qint64 lastProgress = 0;
    qint64 worstProgressGap = 0;
    int progressUpdates = 0;
    int ticks = 0;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("scope"), QStringLiteral("The scope file."));
    const QCommandLineOption server(QStringLiteral("server-name"), QStringLiteral("Server name."),
                                    QStringLiteral("NAME"), QStringLiteral("osm-hq"));
    const QCommandLineOption show(QStringLiteral("show"),
                                  QStringLiteral("The page shown during the query: results "
                                                 "(default) or outside."),
                                  QStringLiteral("PAGE"), QStringLiteral("results"));
    parser.addOptions({ server, show });
    parser.addHelpOption();
    parser.process(application);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const Result<QueryScope> scope = loadQueryScope(parser.positionalArguments().first());
    QTextStream out(stdout);
    if (!scope) {
        out << "osmgmt-guistall: " << scope.error() << '\n';
        return 2;
    }

    QTemporaryDir directory;
    QuerySession session(directory.filePath(QStringLiteral("bench.sqlite")), parser.value(server));
    MainWindow window(&session, directory.filePath(QStringLiteral("scope.json")));
    window.show();
    if (parser.value(show) == QLatin1String("results"))
        window.showResults(std::nullopt);

    Measurements m;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&m] {
        const qint64 now = m.clock.elapsed();
        m.worstStall = std::max(m.worstStall, now - m.lastTick - 5);
        m.lastTick = now;
        ++m.ticks;
    });
    QObject::connect(&session, &QuerySession::progressed, [&m] {
        const qint64 now = m.clock.elapsed();
        m.worstProgressGap = std::max(m.worstProgressGap, now - m.lastProgress);
        m.lastProgress = now;
        ++m.progressUpdates;
    });
    int exitCode = 0;
    QObject::connect(&session, &QuerySession::queryFinished, [&](const QueryOutcome &outcome) {
        const qint64 elapsed = m.clock.elapsed();
        out << "addresses            " << session.results()->rowCount() << '\n'
            << "wall seconds         " << QString::number(elapsed / 1000.0, 'f', 2) << '\n'
            << "worst GUI stall ms   " << m.worstStall << '\n'
            << "worst progress gap ms " << m.worstProgressGap << '\n'
            << "progress updates     " << m.progressUpdates << '\n'
            << "timer ticks          " << m.ticks << '\n';
        exitCode = outcome.outcome == ProbeEngine::Outcome::Completed ? 0 : 1;
        QTimer::singleShot(0, &application, &QApplication::quit);
    });

    // Measure from inside the event loop, once the window has been laid out and painted.
    QTimer::singleShot(200, &application, [&] {
        m.clock.start();
        ticker.start();
        session.startQuery(scope.value());
    });
    application.exec();
    return exitCode;
}
