// Speed of core/directory against the Samba lab (issue 5, point 6): a benchmark, not a test.
// Run through tests/bench/directory/enumerate, which builds the lab with 10,000 computers and
// runs this inside its namespace. Prints one line per figure.

#include "directory/computerenumerator.h"
#include "directory/computerresolver.h"
#include "directory/directorysession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

ActiveDirectoryConnection labConnection()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    ActiveDirectoryConnection connection;
    connection.url = QStringLiteral("ldaps://") + env.value(QStringLiteral("OSMGMT_SAMBA_HOST"));
    connection.bindUser = env.value(QStringLiteral("OSMGMT_SAMBA_USER")) + QLatin1Char('@')
        + env.value(QStringLiteral("OSMGMT_SAMBA_REALM"));
    connection.caFile = env.value(QStringLiteral("OSMGMT_SAMBA_CA"));
    return connection;
}

QString password()
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("OSMGMT_SAMBA_PASSWORD"));
}

void print(const char *what, double value, const char *unit)
{
    std::printf("%-48s %10.3f %s\n", what, value, unit);
    std::fflush(stdout);
}

// Blocking, on this thread: the floor of what the worker can do.
int enumerateBlocking(const QString &base)
{
    DirectoryClient client;
    QElapsedTimer timer;
    timer.start();
    const DirectoryError error = client.open(labConnection(), password());
    if (!error.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.text()));
        return -1;
    }
    print("bind over ldaps (connect, TLS, bind)", timer.nsecsElapsed() / 1e9, "s");
    QVector<double> runs;
    int count = 0;
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        const auto outcome = ComputerEnumerator::enumerate(
            client, { base }, [](const QVector<AdComputer> &) { return true; });
        if (!outcome) {
            std::fprintf(stderr, "%s\n", qPrintable(outcome.error().text()));
            return -1;
        }
        runs.append(timer.nsecsElapsed() / 1e9);
        count = outcome->count;
    }
    print("enumerate, blocking client, first run (cold)", runs.at(0), "s");
    std::sort(runs.begin(), runs.end());
    print("computers enumerated", count, "");
    print("enumerate, blocking client (median of 3)", runs.at(1), "s");
    return count;
}

// Through the worker thread and queued batches, as the console does; meanwhile a timer on
// this (the "GUI") thread measures how long its event loop ever waited.
void enumerateOnWorker(const QString &base)
{
    DirectorySession session;
    QElapsedTimer timer;
    QElapsedTimer sinceTick;
    qint64 worstGapMs = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout,
                     [&] { worstGapMs = std::max(worstGapMs, sinceTick.restart()); });
    int received = 0;
    QEventLoop loop;
    QObject::connect(session.reader(), &DirectoryReader::opened, [&] {
        timer.start();
        session.enumerateComputers({ base });
    });
    QObject::connect(
        session.reader(), &DirectoryReader::computersFound,
        [&](quint64, const QVector<AdComputer> &batch) { received += int(batch.size()); });
    QObject::connect(session.reader(), &DirectoryReader::enumerationFinished, &loop,
                     &QEventLoop::quit);
    QObject::connect(session.reader(), &DirectoryReader::failed,
                     [&](quint64, const DirectoryError &e) {
                         std::fprintf(stderr, "%s\n", qPrintable(e.text()));
                         loop.quit();
                     });
    session.open(labConnection(), password());
    sinceTick.start();
    tick.start();
    loop.exec();
    print("enumerate on the worker, batches queued", timer.nsecsElapsed() / 1e9, "s");
    print("computers received in the caller's thread", received, "");
    print("longest wait of the caller's event loop", double(worstGapMs), "ms");
}

void resolveAll(const QString &base)
{
    DirectoryClient client;
    client.open(labConnection(), password());
    QVector<AdComputer> computers;
    ComputerEnumerator::enumerate(client, { base }, [&](const QVector<AdComputer> &batch) {
        computers += batch;
        return true;
    });
    ComputerResolver resolver;
    int resolved = 0;
    QObject::connect(&resolver, &ComputerResolver::computerResolved,
                     [&](const ResolvedComputer &c) { resolved += c.isResolved() ? 1 : 0; });
    QEventLoop loop;
    QObject::connect(&resolver, &ComputerResolver::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    resolver.resolve(computers);
    loop.exec();
    print("resolve every dNSHostName (32 in flight)", timer.nsecsElapsed() / 1e9, "s");
    print("computers resolved to an address", resolved, "");
}

// The server's share: the same subtree search with other filters, attributes and page sizes,
// pages thrown away (median and best of 5 interleaved rounds). Says which request the enumerator
// should make.
void compareRequests(const QString &base)
{
    DirectoryClient client;
    if (!client.open(labConnection(), password()).ok())
        return;
    struct Variant
    {
        const char *label;
        QString filter;
        QStringList attributes;
        int pageSize;
    };
    const QString both = QStringLiteral("(&(objectCategory=computer)(objectClass=computer))");
    const QString category = QStringLiteral("(objectCategory=computer)");
    const QStringList three { QStringLiteral("cn"), QStringLiteral("dNSHostName"),
                              QStringLiteral("operatingSystem") };
    const QStringList two { QStringLiteral("dNSHostName"), QStringLiteral("operatingSystem") };
    const QVector<Variant> variants {
        { "category+class, cn dNSHostName OS, page 1000", both, three, 1000 },
        { "category+class, dNSHostName OS, page 1000", both, two, 1000 },
        { "category, dNSHostName OS, page 1000", category, two, 1000 },
        { "category+class, dNSHostName OS, page 5000", both, two, 5000 },
        { "category+class, no attributes (1.1), page 1000", both, { QStringLiteral("1.1") }, 1000 },
    };
    // Interleaved rounds, so that a busy moment of the machine does not fall on one variant.
    constexpr int rounds = 5;
    QVector<QVector<double>> runs(variants.size());
    QVector<int> counts(variants.size());
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype v = 0; v < variants.size(); ++v) {
            const Variant &variant = variants.at(v);
            QElapsedTimer timer;
            timer.start();
            int count = 0;
            client.searchPaged(
                base, DirectoryClient::Scope::Subtree, variant.filter, variant.attributes,
                [&count](const QVector<DirectoryEntry> &page) {
                    count += int(page.size());
                    return true;
                },
                variant.pageSize);
            runs[v].append(timer.nsecsElapsed() / 1e9);
            counts[v] = count;
        }
    }
    for (qsizetype v = 0; v < variants.size(); ++v) {
        std::sort(runs[v].begin(), runs[v].end());
        std::printf("%-52s %6d entries  median %6.3f s  best %6.3f s\n", variants.at(v).label,
                    counts.at(v), runs.at(v).at(rounds / 2), runs.at(v).first());
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString base = app.arguments().value(1, QStringLiteral("DC=corp,DC=example,DC=test"));
    if (app.arguments().contains(QStringLiteral("--compare-requests"))) {
        compareRequests(base);
        return 0;
    }
    if (enumerateBlocking(base) < 0)
        return 1;
    // Twice: the first search of a new connection is slower on Samba (see docs/performance.md).
    enumerateOnWorker(base);
    enumerateOnWorker(base);
    resolveAll(base);
    return 0;
}
