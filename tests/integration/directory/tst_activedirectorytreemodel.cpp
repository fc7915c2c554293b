#include "activedirectorytreemodel.h"
#include "directory/distinguishedname.h"
#include "samba.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The scope editor's AD tree against the lab's DC: lazy loading through the worker,
// tri-state check boxes, the selection as DNs and the count of computers it holds.
class TestActiveDirectoryTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsLazily();
    void checksAndCounts();
    void splitsACheckedOu();
    void readsASavedSelection();

private:
    QModelIndex child(const QModelIndex &parent, const QString &name);
    QModelIndex expand(const QModelIndex &index);
    int computersBelow(const QString &dn) const;
    int waitForCount();

    SambaLab m_lab;
    std::unique_ptr<DirectorySession> m_session;
    std::unique_ptr<ActiveDirectoryTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestActiveDirectoryTreeModel::initTestCase()
{
    const QString error = SambaLab::load(m_lab);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_session = std::make_unique<DirectorySession>();
    QSignalSpy opened(m_session->reader(), &DirectoryReader::opened);
    m_session->open(m_lab.connection(), m_lab.password);
    QVERIFY(opened.wait(20000));
    m_model = std::make_unique<ActiveDirectoryTreeModel>(m_session.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setRoot(m_lab.domainDn);
}

QModelIndex TestActiveDirectoryTreeModel::expand(const QModelIndex &index)
{
    // QAbstractItemModelTester may have asked for the children already: wait for them anyway.
    if (m_model->canFetchMore(index))
        m_model->fetchMore(index);
    (void)QTest::qWaitFor(
        [&] { return !index.data(ActiveDirectoryTreeModel::IsLoadingRole).toBool(); }, 20000);
    return index;
}

QModelIndex TestActiveDirectoryTreeModel::child(const QModelIndex &parent, const QString &name)
{
    expand(parent);
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex at = m_model->index(row, 0, parent);
        if (at.data().toString() == name)
            return at;
    }
    return {};
}

int TestActiveDirectoryTreeModel::computersBelow(const QString &dn) const
{
    const QString key = QLatin1Char(',') + *DistinguishedName::normalized(dn);
    int count = 0;
    for (const SambaLab::Computer &computer : m_lab.computers)
        count += DistinguishedName::normalized(computer.dn)->endsWith(key) ? 1 : 0;
    return count;
}

int TestActiveDirectoryTreeModel::waitForCount()
{
    QSignalSpy counted(m_model.get(), &ActiveDirectoryTreeModel::selectedComputersCounted);
    if (!counted.wait(30000))
        return -2;
    return counted.constLast().at(0).toInt();
}

void TestActiveDirectoryTreeModel::loadsLazily()
{
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex domain = m_model->index(0, 0);
    QCOMPARE(domain.data().toString(), m_lab.realm);
    QVERIFY(m_model->hasChildren(domain));
    QCOMPARE(m_model->rowCount(domain), 0); // nothing read before it is expanded
    QVERIFY(child(domain, QStringLiteral("osmgmt lab")).isValid());
    QVERIFY(child(domain, QStringLiteral("Computers")).isValid());
    QVERIFY(child(domain, QStringLiteral("Domain Controllers")).isValid());
    QVERIFY(!child(domain, QStringLiteral("System")).isValid()); // AD's advanced view only

    const QModelIndex lab = child(domain, QStringLiteral("osmgmt lab"));
    const QModelIndex sales = child(lab, QStringLiteral("Sales, EMEA"));
    QVERIFY(sales.isValid());
    QCOMPARE(m_model->rowCount(lab), 4);
    const QModelIndex site = child(sales, QStringLiteral("Site 1"));
    expand(site);
    QCOMPARE(m_model->rowCount(site),
             computersBelow(site.data(ActiveDirectoryTreeModel::DnRole).toString()));
    const QModelIndex computer = m_model->index(0, 0, site);
    QCOMPARE(computer.data(ActiveDirectoryTreeModel::KindRole).toInt(),
             int(DirectoryNode::Kind::Computer));
    QVERIFY(!m_model->hasChildren(computer));
    QVERIFY(!m_model->canFetchMore(computer));
}

void TestActiveDirectoryTreeModel::checksAndCounts()
{
    const QModelIndex domain = m_model->index(0, 0);
    const QModelIndex lab = child(domain, QStringLiteral("osmgmt lab"));
    QVERIFY(m_model->setData(lab, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_model->selectedDns(), QStringList { m_lab.labOu });
    QCOMPARE(lab.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(domain.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    const QModelIndex sales = child(lab, QStringLiteral("Sales, EMEA"));
    QCOMPARE(sales.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(waitForCount(), computersBelow(m_lab.labOu));

    // Checking the domain takes the lab in: one DN stands for all.
    QVERIFY(m_model->setData(domain, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_model->selectedDns(), QStringList { m_lab.domainDn });
    QCOMPARE(waitForCount(), m_lab.computers.size() + 1); // and the DC itself
    QVERIFY(m_model->setData(domain, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(m_model->selectedDns().isEmpty());
    QCOMPARE(waitForCount(), 0);
}

void TestActiveDirectoryTreeModel::splitsACheckedOu()
{
    const QModelIndex lab = child(m_model->index(0, 0), QStringLiteral("osmgmt lab"));
    const QModelIndex sales = child(lab, QStringLiteral("Sales, EMEA"));
    const QModelIndex site = child(sales, QStringLiteral("Site 1"));
    const QString siteDn = site.data(ActiveDirectoryTreeModel::DnRole).toString();
    m_model->setSelectedDns({ m_lab.labOu });
    QVERIFY(m_model->setData(site, Qt::Unchecked, Qt::CheckStateRole));
    // Three other regions and the two other sites of Sales, EMEA.
    QCOMPARE(m_model->selectedDns().size(), 5);
    QVERIFY(!m_model->selectedDns().contains(m_lab.labOu));
    QCOMPARE(site.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(sales.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    QCOMPARE(lab.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    QCOMPARE(waitForCount(), computersBelow(m_lab.labOu) - computersBelow(siteDn));

    // One computer of the site: the site is partly checked, the count grows by one.
    const QModelIndex computer = m_model->index(0, 0, expand(site));
    QVERIFY(m_model->setData(computer, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(site.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    QCOMPARE(waitForCount(), computersBelow(m_lab.labOu) - computersBelow(siteDn) + 1);
}

void TestActiveDirectoryTreeModel::readsASavedSelection()
{
    // A DN as another tool spells it (hex escapes, lower-case types) checks the same node.
    const QModelIndex lab = child(m_model->index(0, 0), QStringLiteral("osmgmt lab"));
    const QModelIndex sales = child(lab, QStringLiteral("Sales, EMEA"));
    m_model->setSelectedDns({ QStringLiteral("ou=Sales\\2C EMEA,") + m_lab.labOu });
    QCOMPARE(sales.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(lab.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    QCOMPARE(waitForCount(),
             computersBelow(sales.data(ActiveDirectoryTreeModel::DnRole).toString()));
}

QTEST_GUILESS_MAIN(TestActiveDirectoryTreeModel)
#include "tst_activedirectorytreemodel.moc"
