#include "common/inbackground.h"

#include <QAtomicInt>
#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// The helper that runs work off the GUI thread: the work runs elsewhere, the answer comes back to
// the context's thread, never to a context that is gone, and a session's workers are waited for.
class TestInBackground : public QObject
{
    Q_OBJECT

private slots:
    void runsTheWorkOnAWorkerAndAnswersOnTheContextsThread();
    void answersNoContextThatIsGone();
    void theWorkersAreWaitedFor();
    void runsOnTheThreadOfAnObject();
};

void TestInBackground::runsTheWorkOnAWorkerAndAnswersOnTheContextsThread()
{
    QObject context;
    QThread *workedOn = nullptr;
    QThread *answeredOn = nullptr;
    int answer = 0;
    inBackground<int>(
        &context,
        [&workedOn] {
            workedOn = QThread::currentThread();
            return 42;
        },
        [&](const int &result) {
            answeredOn = QThread::currentThread();
            answer = result;
        });
    QTRY_COMPARE_WITH_TIMEOUT(answer, 42, 10000);
    QVERIFY(workedOn != QThread::currentThread());
    QCOMPARE(answeredOn, QThread::currentThread());
}

void TestInBackground::answersNoContextThatIsGone()
{
    auto context = std::make_unique<QObject>();
    QSemaphore go;
    bool answered = false;
    const QPointer<QThread> worker = inBackground<int>(
        context.get(),
        [&go] {
            go.acquire();
            return 1;
        },
        [&answered](const int &) { answered = true; });
    context.reset(); // before the work ends
    go.release();
    worker->wait();
    QTRY_VERIFY_WITH_TIMEOUT(worker.isNull(), 10000); // it deleted itself
    QCoreApplication::processEvents();
    QVERIFY(!answered);
}

void TestInBackground::theWorkersAreWaitedFor()
{
    QObject context;
    QSemaphore go;
    QAtomicInt done = 0;
    auto workers = std::make_unique<BackgroundWorkers>();
    workers->run<int>(
        &context,
        [&go, &done] {
            go.acquire();
            done.storeRelease(1);
            return 0;
        },
        [](const int &) {});
    QVERIFY(workers->isBusy());
    // Released from elsewhere, before or while the destructor waits: either way the work has
    // ended when the destructor returns.
    QThread *releaser = QThread::create([&go] { go.release(); });
    releaser->start();
    workers.reset();
    QCOMPARE(done.loadAcquire(), 1);
    releaser->wait();
    delete releaser;
}

void TestInBackground::runsOnTheThreadOfAnObject()
{
    QThread thread;
    auto *resident = new QObject; // lives and ends on `thread`, as the keychain's worker does
    resident->moveToThread(&thread);
    connect(&thread, &QThread::finished, resident, &QObject::deleteLater);
    thread.start();
    QObject context;
    QThread *workedOn = nullptr;
    QThread *answeredOn = nullptr;
    onThreadOf<int>(
        resident, &context,
        [&workedOn] {
            workedOn = QThread::currentThread();
            return 7;
        },
        [&answeredOn](const int &) { answeredOn = QThread::currentThread(); });
    QTRY_VERIFY_WITH_TIMEOUT(answeredOn != nullptr, 10000);
    QCOMPARE(workedOn, &thread);
    QCOMPARE(answeredOn, QThread::currentThread());
    thread.quit();
    thread.wait();
}

QTEST_GUILESS_MAIN(TestInBackground)
#include "tst_inbackground.moc"
