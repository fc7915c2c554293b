#include "querysession.h"
#include "results/resultspage.h"
#include "resultsfiltermodel.h"
#include "sampleendpoints.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

// The results page driven through its real widgets on the offscreen platform: the search box,
// the advanced search with its refusals, the number of matches, and Export of what is shown and
// of the selection.
class TestResultsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void searchBoxMatchesWholeNamesAfterAPause();
    void searchBoxFindsAddresses();
    void advancedSearchRefusesAtTheField();
    void advancedSearchCombinesCriteria();
    void exportsShownAsJsonAndSelectionAsCsv();
    void largeResultsSearchOnAWorker();

private:
    template<typename T> T *child(const char *name)
    {
        T *found = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    QString countText() { return child<QLabel>("shownCount")->text(); }

    QTemporaryDir m_dir;
    QuerySession *m_session = nullptr;
    ResultsPage *m_page = nullptr;
    QVector<Endpoint> m_endpoints;
};

void TestResultsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_endpoints = SampleEndpoints::mixed(50); // ws000-ws049 on 127.90.0.1-50
    m_endpoints[3].name = QStringLiteral("経理部-端末,\"01\"");
    m_endpoints[4].name = QStringLiteral("=SUM(A1:A2)");
    m_endpoints[5].adPath = QStringLiteral("CN=ws005,OU=Finance,DC=corp,DC=example");
    m_endpoints[6].adPath = QStringLiteral("CN=ws006,OU=Sales,DC=corp,DC=example");
}

void TestResultsPage::init()
{
    m_session
        = new QuerySession(m_dir.filePath(QStringLiteral("page.sqlite")), QStringLiteral("osm-hq"));
    m_page = new ResultsPage(m_session);
    m_page->resize(1000, 700);
    m_page->show();
    m_session->results()->appendEndpoints(m_endpoints);
}

void TestResultsPage::cleanup()
{
    delete m_page;
    delete m_session;
}

void TestResultsPage::searchBoxMatchesWholeNamesAfterAPause()
{
    auto *box = child<QLineEdit>("searchBox");
    QCOMPARE(m_page->shownCount(), 50);
    QTest::keyClicks(box, QStringLiteral("WS01"));
    QCOMPARE(m_page->shownCount(), 50); // debounced: nothing searched per key
    // No whole name is WS01 (the manual's rule): the names that contain it, and the page says so.
    QTRY_COMPARE(m_page->shownCount(), 10);
    // (The test runs without the English translation, which gives "10 names contain it".)
    QVERIFY2(countText().startsWith(QStringLiteral("No computer is named WS01; 10 name(s)")),
             qPrintable(countText()));
    QTest::keyClicks(box, QStringLiteral("*"));
    QTRY_VERIFY(countText().startsWith(QStringLiteral("10 of 50 computers match")));
    QCOMPARE(m_page->shownCount(), 10);
    QTest::keyClicks(box, QStringLiteral("9"));
    QTest::keyClick(box, Qt::Key_Return); // Return searches at once
    QCOMPARE(m_page->shownCount(), 1);
    QCOMPARE(m_page->table()->model()->index(0, 0).data().toString(), QStringLiteral("ws019"));
    box->clear();
    QTRY_COMPARE(m_page->shownCount(), 50);
    QVERIFY(m_page->criteria().isEmpty());
}

void TestResultsPage::searchBoxFindsAddresses()
{
    auto *box = child<QLineEdit>("searchBox");
    QTest::keyClicks(box, QStringLiteral("127.90.0.7"));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(m_page->shownCount(), 1); // a whole address: that computer only
    QCOMPARE(m_page->table()->model()->index(0, 1).data().toString(), QStringLiteral("127.90.0.7"));
    QVERIFY(!countText().contains(QStringLiteral("No computer is named")));
    box->clear();
    QTest::keyClicks(box, QStringLiteral("127.90.0.1*"));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(m_page->shownCount(), 11); // .1 and .10-.19
    box->clear();
    QTest::keyClicks(box, QStringLiteral("nothing-like-it"));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(m_page->shownCount(), 0);
    QVERIFY2(countText().contains(QStringLiteral("; 0 name(s) contain it")),
             qPrintable(countText()));
}

void TestResultsPage::advancedSearchRefusesAtTheField()
{
    child<QToolButton>("advancedSearchButton")->click();
    QVERIFY(child<QWidget>("advancedSearch")->isVisible());
    auto *ipv4 = child<QLineEdit>("searchIpv4");
    auto *reason = child<QLabel>("searchIpv4Reason");
    QTest::keyClicks(ipv4, QStringLiteral("127.90.0.9-127.90.0.1"));
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(QStringLiteral("ends before it starts")),
             qPrintable(reason->text()));
    child<QPushButton>("searchButton")->click();
    QCOMPARE(m_page->shownCount(), 50); // refused: nothing applied

    ipv4->clear();
    QTest::keyClicks(ipv4, QStringLiteral("127.90.0.1-127.90.0.9"));
    QVERIFY(!reason->isVisible());
    auto *ad = child<QLineEdit>("searchAdTree");
    QTest::keyClicks(ad, QStringLiteral("Finance"));
    QVERIFY(child<QLabel>("searchAdTreeReason")->text().contains(QStringLiteral("type=value")));
    ad->clear();

    auto *length = child<QSpinBox>("searchIpv6Length");
    length->setValue(64); // the manual: between 112 and 128
    QCOMPARE(length->value(), 112);
    auto *prefix = child<QLineEdit>("searchIpv6");
    QTest::keyClicks(prefix, QStringLiteral("fd00::zz"));
    QVERIFY(child<QLabel>("searchIpv6Reason")->isVisible());
    prefix->clear();
    QVERIFY(!child<QLabel>("searchIpv6Reason")->isVisible());

    for (SecurityStatus status : SecurityStatuses::all)
        child<QCheckBox>(qPrintable(QStringLiteral("searchStatus-") + toKey(status)))
            ->setChecked(false);
    QVERIFY(child<QLabel>("searchStatusReason")->isVisible());
    child<QPushButton>("searchButton")->click();
    QCOMPARE(m_page->shownCount(), 50);
    child<QCheckBox>("searchStatus-unreachable")->setChecked(true);
    child<QPushButton>("searchButton")->click();
    QCOMPARE(m_page->shownCount(), 2); // 127.90.0.4 and .9 are unreachable
}

void TestResultsPage::advancedSearchCombinesCriteria()
{
    child<QToolButton>("advancedSearchButton")->click();
    QTest::keyClicks(child<QLineEdit>("searchAdTree"), QStringLiteral("dc=CORP,dc=example"));
    child<QPushButton>("searchButton")->click();
    QCOMPARE(m_page->shownCount(), 2);
    QTest::keyClicks(child<QLineEdit>("searchName"), QStringLiteral("ws00*"));
    QTest::keyClicks(child<QLineEdit>("searchServer"), QStringLiteral("osm-b*"));
    QTest::keyClick(child<QLineEdit>("searchServer"), Qt::Key_Return);
    QCOMPARE(m_page->shownCount(), 1); // ws006: managed by another server (osm-branch)
    QCOMPARE(child<QLineEdit>("searchBox")->text(), QStringLiteral("ws00*"));
    m_page->showStatus(SecurityStatus::Unreachable); // a number link narrows further
    QCOMPARE(m_page->shownCount(), 0);
    m_page->showStatus(std::nullopt);
    child<QPushButton>("clearSearchButton")->click();
    QCOMPARE(m_page->shownCount(), 50);
    QVERIFY(child<QLineEdit>("searchBox")->text().isEmpty());
}

void TestResultsPage::exportsShownAsJsonAndSelectionAsCsv()
{
    QTest::keyClicks(child<QLineEdit>("searchBox"), QStringLiteral("ws0*1"));
    QTest::keyClick(child<QLineEdit>("searchBox"), Qt::Key_Return);
    const int shown = m_page->shownCount();
    QVERIFY(shown > 0 && shown < 50);
    QSignalSpy exported(m_page, &ResultsPage::exported);
    const QString json = m_dir.filePath(QStringLiteral("shown.json"));
    m_page->exportTo(json, ResultsFormat::Json);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.last().at(1).toInt(), shown);
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(jsonFile.readAll()).array();
    QCOMPARE(array.size(), shown);
    QCOMPARE(array.first()[QLatin1String("address")].toString(),
             m_page->table()->model()->index(0, 1).data().toString());

    m_page->table()->clearSelection();
    m_page->table()->selectRow(2);
    QTest::keyClick(m_page->table()->viewport(), Qt::Key_Down, Qt::ShiftModifier);
    const QStringList expected { m_page->table()->model()->index(2, 0).data().toString(),
                                 m_page->table()->model()->index(3, 0).data().toString() };
    const QString csv = m_dir.filePath(QStringLiteral("selection.csv"));
    m_page->exportTo(csv, ResultsFormat::Csv, ResultsPage::ExportRows::Selected,
                     HeaderLanguage::English);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.last().at(1).toInt(), 2);
    QProcess python;
    python.start(QStringLiteral("python3"),
                 { QStringLiteral("-c"),
                   QStringLiteral("import csv, json, sys\n"
                                  "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                                  "    print(json.dumps(list(csv.reader(f, strict=True))))\n"),
                   csv });
    QVERIFY(python.waitForFinished(30000));
    QCOMPARE(python.exitCode(), 0);
    const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).toArray().at(0).toString(), QStringLiteral("Name"));
    QCOMPARE(rows.at(0).toArray().at(2).toString(), QStringLiteral("Security status"));
    QCOMPARE(rows.at(1).toArray().at(0).toString(), expected.at(0));
    QCOMPARE(rows.at(2).toArray().at(0).toString(), expected.at(1));
}

void TestResultsPage::largeResultsSearchOnAWorker()
{
    QVector<Endpoint> many;
    const int count = int(ResultsFilterModel::synchronousRows) * 3;
    many.reserve(count);
    for (int i = 0; i < count; ++i)
        many.append(SampleEndpoints::make(
            QStringLiteral("10.%1.%2.%3").arg(i >> 16).arg((i >> 8) & 255).arg(i & 255),
            SecurityStatus::NoClientInstalled, QStringLiteral("host-%1").arg(i)));
    m_session->results()->setEndpoints(many);
    QTRY_COMPARE(m_page->shownCount(), count);
    auto *box = child<QLineEdit>("searchBox");
    QTest::keyClicks(box, QStringLiteral("host-4242*"));
    QTest::keyClick(box, Qt::Key_Return);
    // Returned before the search finished: the worker has it, the page says so.
    QVERIFY(m_page->view()->isUpdating());
    QVERIFY2(countText().contains(QStringLiteral("searching")), qPrintable(countText()));
    QTRY_COMPARE(m_page->shownCount(), 11); // host-4242 and host-42420 - host-42429
    QVERIFY(!countText().contains(QStringLiteral("searching")));
}

QTEST_MAIN(TestResultsPage)
#include "tst_resultspage.moc"
