#include "health/healthsummarypage.h"

#include "health/healthhistorychart.h"
#include "health/healthstyle.h"
#include "healthcomputersmodel.h"
#include "healthcountsmodel.h"
#include "results/resultstable.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

HealthSummaryPage::HealthSummaryPage(HealthSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel)
    , m_subtitle(new QLabel)
    , m_note(new QLabel)
    , m_settings(new QToolButton)
    , m_startService(new QToolButton)
    , m_counts(new HealthCountsModel(this))
    , m_countsView(new QTableView)
    , m_attention(new HealthComputersModel(this))
    , m_attentionView(new QTableView)
    , m_chart(new HealthHistoryChart)
{
    setObjectName(QStringLiteral("healthSummaryPage"));
    setAccessibleName(tr("Health summary"));
    m_heading->setObjectName(QStringLiteral("healthSummaryHeading"));
    m_heading->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold"));
    m_subtitle->setObjectName(QStringLiteral("healthSummarySubtitle"));
    m_note->setObjectName(QStringLiteral("healthSummaryNote"));
    m_note->setWordWrap(true);
    m_settings->setObjectName(QStringLiteral("healthSettingsButton"));
    m_settings->setIconSize(QSize(24, 24));
    m_settings->setAutoRaise(true);
    connect(m_settings, &QToolButton::clicked, this, &HealthSummaryPage::showSettings);
    m_startService->setObjectName(QStringLiteral("startServiceWhereStopped"));
    m_startService->setIcon(HealthStyle::startServiceIcon());
    m_startService->setIconSize(QSize(24, 24));
    m_startService->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_startService->setAutoRaise(true);
    connect(m_startService, &QToolButton::clicked, this,
            [this] { emit startWhereStoppedRequested(m_summary.stopped); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_startService);
    top->addWidget(m_settings);
    auto *states = new QHBoxLayout;
    for (HealthState state : HealthCountsModel::columnStates)
        states->addWidget(stateButton(state));
    states->addStretch(1);

    m_countsView->setObjectName(QStringLiteral("healthCounts"));
    m_countsView->setModel(m_counts);
    m_countsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_countsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_countsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_countsView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_countsView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_countsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_attentionView->setObjectName(QStringLiteral("healthAttention"));
    m_attentionView->setModel(m_attention);
    m_attentionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attentionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attentionView->horizontalHeader()->setStretchLastSection(true);
    m_attentionView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Sized from the first rows only: measuring thousands of rows stalled the GUI thread.
    m_attentionView->horizontalHeader()->setResizeContentsPrecision(50);
    m_attentionView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_attentionView->verticalHeader()->hide();
    m_attentionView->setWordWrap(false);
    connect(m_attentionView, &QTableView::activated, this, [this](const QModelIndex &index) {
        QSet<QString> addresses;
        for (const HealthRow &row : std::as_const(m_summary.needsAttention))
            addresses.insert(row.snapshot.address);
        const ComputerBook book = ComputerBook::ofAddresses(addresses, m_book.table);
        emit computersRequested(
            book, book.pageOf(index.data(HealthComputersModel::AddressRole).toString()));
    });

    auto *attentionTitle = new QLabel(tr("Computers that need attention"));
    attentionTitle->setStyleSheet(QStringLiteral("font-weight: bold"));
    auto *historyTitle = new QLabel(tr("Health across past queries"));
    historyTitle->setStyleSheet(QStringLiteral("font-weight: bold"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_note);
    layout->addLayout(states);
    layout->addWidget(m_countsView);
    layout->addWidget(attentionTitle);
    layout->addWidget(m_attentionView, 1);
    layout->addWidget(historyTitle);
    layout->addWidget(m_chart, 1);

    connect(session, &HealthSession::loaded, this, &HealthSummaryPage::rebuild);
    connect(session, &HealthSession::refreshed, this, &HealthSummaryPage::rebuild);
    connect(session, &HealthSession::loadFailed, this,
            [this](const QString &error) { m_note->setText(error); });
}

QToolButton *HealthSummaryPage::stateButton(HealthState state)
{
    auto *button = new QToolButton;
    button->setObjectName(QStringLiteral("healthState_%1").arg(HealthKeys::of(state)));
    button->setIcon(HealthStyle::icon(state));
    button->setIconSize(QSize(28, 28));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    button->setToolTip(tr("Open the computers in this state"));
    connect(button, &QToolButton::clicked, this, [this, state] { openState(state); });
    m_stateButtons.insert(int(state), button);
    return button;
}

void HealthSummaryPage::setGroup(const QString &title, ComputerBook book)
{
    m_title = title;
    m_book = std::move(book);
    m_addresses.clear();
    m_addresses.reserve(m_book.size());
    for (qsizetype row : std::as_const(m_book.rows))
        m_addresses.append(m_book.table->address(row).toString());
    rebuild();
    if (!m_session->hasLoaded() && !m_session->isLoading())
        m_session->load();
}

void HealthSummaryPage::rebuild()
{
    m_heading->setText(tr("Agent Health: %1").arg(m_title));
    m_session->summarize(m_addresses, this,
                         [this](const HealthSummary &summary) { showSummary(summary); });
}

void HealthSummaryPage::showSummary(const HealthSummary &summary)
{
    const HealthData &health = m_session->data();
    QVector<HealthHistoryPoint> shownHistory = std::move(m_summary.history);
    m_summary = summary;
    if (!m_summary.historyRead)
        m_summary.history = std::move(shownHistory); // what the chart still shows
    m_subtitle->setText(
        health.queryId == 0
            ? tr("No query has gathered agent health yet.")
            : tr("Query %1 (%2): %3 of %n computers have an agent of this server.", nullptr,
                 m_summary.computers)
                  .arg(health.queryId)
                  .arg(QLocale().toString(health.queryAt.toLocalTime(), QLocale::ShortFormat))
                  .arg(m_summary.withAgent));
    m_note->setVisible(m_summary.withAgent == 0);
    m_note->setText(tr("Health is gathered by each query from the agents of this server only; "
                       "no computer of this group has one that reported."));
    m_counts->setCounts(m_summary.counts);
    for (auto it = m_stateButtons.cbegin(); it != m_stateButtons.cend(); ++it) {
        const HealthState state = HealthState(it.key());
        it.value()->setText(tr("%1 %2").arg(QLocale().toString(m_summary.counts[0][int(state)]),
                                            HealthKeys::displayName(state)));
    }
    // The second answer (with the history) carries the same rows: the list is not reset again.
    if (!m_attention->rows().isSharedWith(m_summary.needsAttention))
        m_attention->setRows(m_summary.needsAttention);
    // The history comes with the second answer (the store counts it): until then the chart
    // keeps what it showed.
    if (m_summary.historyRead) {
        m_chart->setPoints(m_summary.history);
        if (!m_summary.historyError.isEmpty()) {
            m_note->setVisible(true);
            m_note->setText(
                tr("The health history cannot be read: %1").arg(m_summary.historyError));
        }
    }
    const bool overlap = !m_summary.overlapping.isEmpty();
    m_settings->setIcon(HealthStyle::settingsIcon(overlap));
    m_settings->setToolTip(
        overlap ? tr("Health evaluation settings. Several settings target the same computers "
                     "here; each is evaluated by the oldest: %1")
                      .arg(m_summary.overlapping.join(tr(", ")))
                : tr("Health evaluation settings"));
    m_startService->setText(tr("Start service where it is not running (%n computers)", nullptr,
                               int(m_summary.stopped.size())));
    m_startService->setEnabled(!m_summary.stopped.isEmpty());
    emit summaryShown();
    if (m_summary.historyRead)
        emit historyShown();
}

void HealthSummaryPage::openState(HealthState state)
{
    QSet<QString> addresses;
    for (const QString &address : std::as_const(m_addresses)) {
        const HealthRow *row = m_session->healthOf(address);
        if (row && row->verdict.overall == state)
            addresses.insert(address);
    }
    if (!addresses.isEmpty())
        emit computersRequested(ComputerBook::ofAddresses(addresses, m_book.table), 0);
}

void HealthSummaryPage::showSettings()
{
    // The settings as they evaluate this group; they are changed by import (docs/health.md).
    QStringList lines;
    for (const HealthSettings &settings : m_session->data().settings.all()) {
        lines << tr("%1 (%2): antivirus scan within %3 days, virus definitions within %4 days")
                     .arg(settings.name, settings.enabled ? tr("on") : tr("off"))
                     .arg(settings.antivirusScanWithinDays)
                     .arg(settings.virusDefinitionsWithinDays);
    }
    QMessageBox box(QMessageBox::Information, tr("Health evaluation settings"),
                    lines.join(QLatin1Char('\n')), QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("healthSettingsBox"));
    if (!m_summary.overlapping.isEmpty())
        box.setInformativeText(tr("Settings that target the same computers of this group: %1. "
                                  "Each computer is evaluated by the oldest of them.")
                                   .arg(m_summary.overlapping.join(tr(", "))));
    box.setDetailedText(tr("Change them with: osmgmt-cli health-settings export FILE, edit "
                           "FILE, osmgmt-cli health-settings import FILE (recorded in the audit "
                           "log)."));
    box.exec();
}
