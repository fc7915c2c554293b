// LatestSearch (models/storeread.h): of two searches, only the newer one's answer is shown, even
// when the older one answers last. The older one is held on a semaphore until the newer one has
// answered, so the order is forced, not left to the scheduler.
#include "storeread.h"

#include <QSemaphore>
#include <QtTest>

class TestStoreRead : public QObject
{
    Q_OBJECT

private slots:
    void theNewestSearchWinsWhateverOrderTheyEnd()
    {
        QSemaphore olderMayEnd;
        QStringList shown;
        bool olderEnded = false;
        LatestSearch search;
        search.run<QString>(
            this,
            [&olderMayEnd, &olderEnded] {
                olderMayEnd.acquire();
                olderEnded = true;
                return QStringLiteral("older");
            },
            [&shown](const QString &found) { shown << found; });
        search.run<QString>(
            this, [] { return QStringLiteral("newer"); },
            [&shown, &olderMayEnd](const QString &found) {
                shown << found;
                olderMayEnd.release(); // only now may the older search answer
            });
        QTRY_COMPARE(shown, QStringList { QStringLiteral("newer") });
        search.waitForAll(); // the older answer is now posted...
        QCoreApplication::sendPostedEvents(); // ...and delivered: dropped, not shown
        QVERIFY(olderEnded);
        QCOMPARE(shown, QStringList { QStringLiteral("newer") });
    }

    void aStoreThatCannotOpenIsTheReadsFailure()
    {
        const OpenStore broken = [] {
            return Result<std::shared_ptr<Database>>::failure(QStringLiteral("no such store"));
        };
        bool read = false;
        const Result<int> result = readStore<int>(broken, [&read](const auto &) {
            read = true;
            return Result<int>(1);
        });
        QVERIFY(!result);
        QCOMPARE(result.error(), QStringLiteral("no such store"));
        QVERIFY(!read);
    }
};

QTEST_GUILESS_MAIN(TestStoreRead)
#include "tst_storeread.moc"
