#include "overview/overviewpage.h"

#include "overview/coveragelegend.h"
#include "overview/coveragering.h"
#include "overview/subnetpage.h"
#include "overview/trendchart.h"
#include "overviewsession.h"
#include "style/consoleicons.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>
#include <climits>

OverviewPage::OverviewPage(OverviewSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel)
    , m_empty(new QLabel)
    , m_running(new QLabel)
    , m_ring(new CoverageRing(session->coverage()))
    , m_legend(new CoverageLegend(session->coverage()))
    , m_trendChart(new TrendChart(session->trends()))
    , m_subnetPage(new SubnetPage(session->subnets()))
    , m_tabs(new QTabWidget)
{
    setObjectName(QStringLiteral("overviewPage"));
    setAccessibleName(tr("Overview"));
    auto *title = new QLabel(tr("Overview"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_heading->setObjectName(QStringLiteral("overviewHeading"));
    m_heading->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("overviewEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No query has completed yet. Define the scope and run a query (F5): the "
                        "coverage of your network appears here."));

    auto *coverage = new QHBoxLayout;
    coverage->addWidget(m_ring, 2);
    coverage->addSpacing(24);
    coverage->addWidget(m_legend, 3);
    auto *coverageTab = new QWidget;
    auto *coverageLayout = new QVBoxLayout(coverageTab);
    coverageLayout->addWidget(m_heading);
    coverageLayout->addWidget(m_empty);
    coverageLayout->addLayout(coverage, 2);
    coverageLayout->addWidget(makeTrends(), 3);
    m_tabs->setObjectName(QStringLiteral("overviewTabs"));
    m_tabs->addTab(coverageTab, ConsoleIcons::icon(ConsoleIcons::Icon::Coverage),
                   tr("&Coverage and trends"));
    m_tabs->addTab(m_subnetPage, ConsoleIcons::icon(ConsoleIcons::Icon::SubnetMap),
                   tr("Subnet &map"));
    m_running->setObjectName(QStringLiteral("overviewRunning"));
    m_running->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_running);
    layout->addWidget(m_tabs, 1);
    connect(m_subnetPage, &SubnetPage::addressesRequested, this, &OverviewPage::addressesRequested);
    connect(m_subnetPage, &SubnetPage::containerRequested, this, &OverviewPage::containerRequested);

    connect(m_legend, &CoverageLegend::countActivated, this, &OverviewPage::statusRequested);
    connect(m_legend, &CoverageLegend::changeActivated, this, [this] {
        if (const auto &latest = m_session->coverage()->latest())
            emit changesRequested(latest->id);
    });
    connect(session->coverage(), &QAbstractItemModel::modelReset, this,
            &OverviewPage::updateHeading);
    // The figures are those of the latest completed query; a query running meanwhile says so.
    connect(session, &OverviewSession::queryProgressed, this,
            [this](quint64 finished, quint64 total) {
                const QLocale locale;
                m_running->setText(tr("A query is running: %1 of %Ln address(es) done. The "
                                      "figures below change when it completes.",
                                      nullptr, int(std::min<quint64>(total, INT_MAX)))
                                       .arg(locale.toString(finished)));
                m_running->setVisible(true);
            });
    connect(session, &OverviewSession::queryEnded, this, [this] { m_running->setVisible(false); });
    updateHeading();
}

void OverviewPage::showSubnetMap()
{
    m_tabs->setCurrentWidget(m_subnetPage);
}

QWidget *OverviewPage::makeTrends()
{
    auto *box = new QGroupBox(tr("Trends"));
    m_trendScope = new QComboBox;
    m_trendScope->setObjectName(QStringLiteral("trendScope"));
    m_trendScope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *days = new QComboBox;
    days->setObjectName(QStringLiteral("trendDays"));
    for (int count : { 7, 30, 90, 365 })
        days->addItem(tr("Last %n day(s)", nullptr, count), count);
    days->addItem(tr("Every stored query"), 0);
    days->setCurrentIndex(days->findData(TrendModel::defaultDays));
    auto *scopeLabel = new QLabel(tr("&Scope:"));
    scopeLabel->setBuddy(m_trendScope);
    m_trendContainer = new QComboBox;
    m_trendContainer->setObjectName(QStringLiteral("trendContainer"));
    m_trendContainer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_trendContainerLabel = new QLabel(tr("AD c&ontainer:"));
    m_trendContainerLabel->setBuddy(m_trendContainer);
    auto *controls = new QHBoxLayout;
    controls->addWidget(scopeLabel);
    controls->addWidget(m_trendScope, 1);
    controls->addWidget(m_trendContainerLabel);
    controls->addWidget(m_trendContainer, 1);
    controls->addWidget(days);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(controls);
    layout->addWidget(m_trendChart, 1);

    TrendModel *trends = m_session->trends();
    connect(m_trendScope, &QComboBox::activated, this,
            [this, trends] { trends->setScope(m_trendScope->currentData().toByteArray()); });
    connect(m_trendContainer, &QComboBox::activated, this,
            [this, trends] { trends->setContainer(m_trendContainer->currentData().toString()); });
    connect(days, &QComboBox::activated, this,
            [days, trends] { trends->setDays(days->currentData().toInt()); });
    connect(trends, &QAbstractItemModel::modelReset, this, &OverviewPage::updateTrendScopes);
    connect(m_trendChart, &TrendChart::queryActivated, this, &OverviewPage::queryRequested);
    updateTrendScopes();
    return box;
}

void OverviewPage::updateTrendScopes()
{
    const TrendModel *trends = m_session->trends();
    QStringList shown;
    for (int row = 0; row < m_trendScope->count(); ++row)
        shown << QString::fromUtf8(m_trendScope->itemData(row).toByteArray());
    QStringList stored;
    for (const QByteArray &scope : trends->scopes())
        stored << QString::fromUtf8(scope);
    if (shown != stored) {
        const QSignalBlocker blocker(m_trendScope);
        m_trendScope->clear();
        for (const QByteArray &scope : trends->scopes())
            m_trendScope->addItem(TrendModel::describeScope(scope), scope);
    }
    m_trendScope->setCurrentIndex(m_trendScope->findData(trends->scope()));
    m_trendScope->setEnabled(m_trendScope->count() > 1);
    updateTrendContainers();
}

void OverviewPage::updateTrendContainers()
{
    const TrendModel *trends = m_session->trends();
    m_trendContainer->setVisible(trends->scopeHasDirectory());
    m_trendContainerLabel->setVisible(trends->scopeHasDirectory());
    const QStringList containers = trends->containers();
    QStringList shown;
    for (int row = 1; row < m_trendContainer->count(); ++row)
        shown << m_trendContainer->itemData(row).toString();
    if (m_trendContainer->count() == 0 || shown != containers) {
        const QSignalBlocker blocker(m_trendContainer);
        m_trendContainer->clear();
        m_trendContainer->addItem(tr("Every computer of the scope"), QString());
        for (const QString &dn : containers) {
            m_trendContainer->addItem(TrendModel::containerName(dn), dn);
            m_trendContainer->setItemData(m_trendContainer->count() - 1, dn, Qt::ToolTipRole);
        }
    }
    m_trendContainer->setCurrentIndex(std::max(0, m_trendContainer->findData(trends->container())));
}

void OverviewPage::updateHeading()
{
    const CoverageModel *coverage = m_session->coverage();
    const std::optional<QueryRecord> &latest = coverage->latest();
    m_empty->setVisible(!latest);
    m_ring->setVisible(latest.has_value());
    m_legend->setVisible(latest.has_value());
    if (!latest) {
        m_heading->clear();
        return;
    }
    const QLocale locale;
    const QString when = locale.toString(latest->startedAt.toLocalTime(), QLocale::ShortFormat);
    const qint64 found = coverage->total();
    const qint64 protectedCount = coverage->count(SecurityStatus::ManagedByThisServer);
    QString text = tr("%n computer(s) found by the query of %1", nullptr, int(found)).arg(when)
        + QStringLiteral(" \u2014 ")
        + tr("%1 protected (managed by this server).").arg(locale.toString(protectedCount));
    if (const std::optional<QueryRecord> &previous = coverage->previous()) {
        text += QLatin1Char(' ')
            + tr("Changes since the previous query of %1.")
                  .arg(locale.toString(previous->startedAt.toLocalTime(), QLocale::ShortFormat));
    }
    m_heading->setText(text);
}
