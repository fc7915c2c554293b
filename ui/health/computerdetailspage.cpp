#include "health/computerdetailspage.h"

#include "health/computerdetectionssection.h"
#include "health/computerquarantinesection.h"
#include "health/healthstyle.h"
#include "health/quarantinebanner.h"
#include "healthcomputersmodel.h"
#include "results/resultstable.h"
#include "style/statusstyle.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QTableWidget *makeTable(const QString &objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells, const QIcon &icon = {})
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (column == 1 && !icon.isNull())
            item->setIcon(icon);
        table->setItem(row, column, item);
    }
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : HealthKeys::displayName(HealthState::NoData);
}

} // namespace

ComputerDetailsPage::ComputerDetailsPage(HealthSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel)
    , m_indicator(new QLabel)
    , m_previous(new QPushButton(tr("&Previous")))
    , m_next(new QPushButton(tr("&Next")))
    , m_noHealth(new QLabel)
    , m_tabs(new QTabWidget)
    , m_general(new QWidget)
    , m_generalForm(new QFormLayout(m_general))
    , m_health(new QWidget)
    , m_indicators(makeTable(QStringLiteral("healthIndicators"),
                             { tr("Indicator"), tr("State"), tr("What the agent reported") }))
    , m_startService(new QToolButton)
    , m_services(
          makeTable(QStringLiteral("healthServices"), { tr("Service"), tr("State"), tr("Name") }))
    , m_components(makeTable(QStringLiteral("healthComponents"),
                             { tr("Kind"), tr("Name"), tr("Version"), tr("Stored as") }))
    , m_banner(new QuarantineBanner)
    , m_quarantine(new ComputerQuarantineSection)
    , m_detections(new ComputerDetectionsSection)
    , m_history(makeTable(QStringLiteral("healthHistory"), { tr("Query"), tr("Agent health") }))
{
    setObjectName(QStringLiteral("computerDetailsPage"));
    setAccessibleName(tr("Computer details"));
    m_title->setObjectName(QStringLiteral("computerTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold"));
    m_indicator->setObjectName(QStringLiteral("pageIndicator"));
    m_previous->setObjectName(QStringLiteral("previousComputer"));
    m_next->setObjectName(QStringLiteral("nextComputer"));
    m_previous->setToolTip(tr("Previous computer (PgUp; Home: the first)"));
    m_next->setToolTip(tr("Next computer (PgDn; End: the last)"));
    m_noHealth->setObjectName(QStringLiteral("noHealthReason"));
    m_noHealth->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("computerTabs"));
    connect(m_previous, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    // Paged like a book from anywhere on the page, tables included.
    const QList<QPair<QKeySequence, std::function<int()>>> keys {
        { QKeySequence(Qt::Key_PageUp), [this] { return m_page - 1; } },
        { QKeySequence(Qt::Key_PageDown), [this] { return m_page + 1; } },
        { QKeySequence(Qt::Key_Home), [] { return 0; } },
        { QKeySequence(Qt::Key_End), [this] { return pageCount() - 1; } },
    };
    for (const auto &key : keys) {
        auto *shortcut = new QShortcut(key.first, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, go = key.second] { showPage(go()); });
    }

    m_startService->setObjectName(QStringLiteral("startServiceHere"));
    m_startService->setIcon(HealthStyle::startServiceIcon());
    m_startService->setIconSize(QSize(24, 24));
    m_startService->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_startService->setAutoRaise(true);
    connect(m_startService, &QToolButton::clicked, this, [this] {
        if (m_row)
            emit startServiceRequested(*m_row);
    });
    auto *healthLayout = new QVBoxLayout(m_health);
    healthLayout->addWidget(m_indicators);
    healthLayout->addWidget(m_startService, 0, Qt::AlignLeft);
    m_tabs->addTab(m_general, tr("General"));
    m_tabs->addTab(m_health, tr("Agent Health"));
    m_tabs->addTab(m_services, tr("Services"));
    m_tabs->addTab(m_components, tr("Components and patterns"));
    m_tabs->addTab(m_quarantine, tr("Quarantine"));
    m_tabs->addTab(m_detections, tr("Detections"));
    m_tabs->addTab(m_history, tr("History"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_indicator);
    bar->addWidget(m_next);
    bar->addSpacing(12);
    bar->addWidget(m_title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_noHealth);
    layout->addWidget(m_tabs, 1);

    connect(session, &HealthSession::loaded, this, &ComputerDetailsPage::showComputer);
    connect(session, &HealthSession::refreshed, this, &ComputerDetailsPage::showComputer);
    // The whole page: why it has no health can depend on the quarantine.
    connect(session->quarantine(), &ComputerQuarantineSession::loaded, this,
            &ComputerDetailsPage::showComputer);
    connect(session->quarantine(), &ComputerQuarantineSession::loadFailed, this,
            &ComputerDetailsPage::showComputer);
}

void ComputerDetailsPage::setBook(ComputerBook book, int page)
{
    m_book = std::move(book);
    m_page = -1;
    showPage(std::max(page, 0));
    // Opened to read a computer's health (reference 001: "navigate to the Agent Health page").
    if (m_tabs->isTabVisible(m_tabs->indexOf(m_health)))
        m_tabs->setCurrentWidget(m_health);
    if (!m_session->hasLoaded() && !m_session->isLoading())
        m_session->load();
    else
        m_session->quarantine()->load(); // commands may have quarantined or released since
}

void ComputerDetailsPage::showPage(int page)
{
    if (m_book.size() == 0)
        page = 0;
    else
        page = std::clamp(page, 0, m_book.size() - 1);
    if (page == m_page)
        return;
    m_page = page;
    showComputer();
}

void ComputerDetailsPage::showComputer()
{
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < m_book.size());
    m_indicator->setText(tr("%1 of %n", nullptr, m_book.size()).arg(m_page + 1));
    if (m_book.size() == 0) {
        m_title->setText(tr("No computer"));
        return;
    }
    showQuarantine();
    const Endpoint endpoint = m_book.endpoint(m_page);
    m_title->setText(endpoint.name.isEmpty() ? endpoint.address
                                             : tr("%1 (%2)").arg(endpoint.name, endpoint.address));
    showGeneral(endpoint);
    const HealthRow *row = m_session->healthOf(endpoint.address);
    const bool hasHealth = row && row->snapshot.status.has_value();
    m_row = hasHealth ? std::optional<HealthRow>(*row) : std::nullopt;
    setHealthTabsVisible(hasHealth);
    m_noHealth->setVisible(!hasHealth);
    if (hasHealth)
        showHealth(*row);
    else
        m_noHealth->setText(tr("No Agent Health page: %1").arg(whyNoHealth(endpoint)));
    showHistory(endpoint.address);
}

void ComputerDetailsPage::setHealthTabsVisible(bool visible)
{
    for (QWidget *page : { static_cast<QWidget *>(m_health), static_cast<QWidget *>(m_services),
                           static_cast<QWidget *>(m_components) })
        m_tabs->setTabVisible(m_tabs->indexOf(page), visible);
}

QString ComputerDetailsPage::whyNoHealth(const Endpoint &endpoint) const
{
    // Reference 001, "The SEP Agent Health page ... is not visible": no agent, or no data.
    switch (endpoint.status) {
    case SecurityStatus::NoClientInstalled:
        return tr("no agent is installed on this computer.");
    case SecurityStatus::ManagedByAnotherServer:
        return tr("its agent is managed by another server (%1); only this server's agents "
                  "report their health here.")
            .arg(endpoint.server);
    case SecurityStatus::Unreachable: {
        // Issue 14, point 1: a quarantine closes the computer's ports on purpose.
        const auto quarantine = m_session->quarantine()->of(endpoint.address).state;
        if (quarantine && quarantine->state == QuarantineState::State::Quarantined)
            return tr("the computer is quarantined, so the query could not reach it: it is cut "
                      "off on purpose, not down.");
        return tr("the computer could not be reached.");
    }
    case SecurityStatus::UnresolvedAd:
        return tr("the computer's status could not be determined.");
    case SecurityStatus::ManagedByThisServer:
        break;
    }
    if (!m_session->hasLoaded())
        return tr("the agent health is still being read.");
    const HealthRow *row = m_session->healthOf(endpoint.address);
    if (!row)
        return tr("its agent was not asked for its health in the newest query.");
    if (row->snapshot.outcome == HealthSnapshot::Outcome::Reported)
        return tr("the agent health is still being read.");
    return tr("its agent gave no health report in the newest query: %1").arg(row->snapshot.detail);
}

void ComputerDetailsPage::showGeneral(const Endpoint &endpoint)
{
    while (m_generalForm->rowCount() > 0)
        m_generalForm->removeRow(0);
    auto add = [this](const QString &label, const QString &value) {
        auto *field = new QLabel(value.isEmpty() ? tr("(none)") : value);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_generalForm->addRow(label, field);
        return field;
    };
    add(tr("Name:"), endpoint.name);
    add(tr("Address:"), endpoint.address);
    // The status with its one icon (StatusStyle), as the tree and the results show it.
    auto *icon = new QLabel;
    icon->setPixmap(StatusStyle::icon(endpoint.status).pixmap(16, 16));
    auto *status = new QLabel(displayName(endpoint.status));
    status->setObjectName(QStringLiteral("generalStatus"));
    auto *statusRow = new QWidget;
    auto *statusLayout = new QHBoxLayout(statusRow);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->addWidget(icon);
    statusLayout->addWidget(status, 1);
    m_generalForm->addRow(tr("Security status:"), statusRow);
    add(tr("Server:"), endpoint.server);
    add(tr("Domain:"), endpoint.domain);
    add(tr("AD path:"), endpoint.adPath);
    add(tr("Agent port:"), endpoint.agentPort ? QString::number(endpoint.agentPort) : QString());
    add(tr("Agent version:"), endpoint.agentVersion);
    add(tr("Why this status:"), endpoint.detail);
}

void ComputerDetailsPage::showHealth(const HealthRow &row)
{
    const AgentStatus &status = *row.snapshot.status;
    const QString noData = HealthKeys::displayName(HealthState::NoData);
    auto onOff = [&](std::optional<bool> on) { return on ? (*on ? tr("on") : tr("off")) : noData; };
    QString firewall = noData;
    if (status.firewall)
        firewall = *status.firewall == FirewallState::Absent ? tr("no firewall component")
            : *status.firewall == FirewallState::On          ? tr("on")
                                                             : tr("off");
    const QStringList reported {
        tr("real-time protection %1").arg(onOff(status.antivirusOn)),
        tr("last scan %1").arg(timeText(status.lastScan)),
        firewall,
        status.patternDate.isEmpty() ? noData : tr("dated %1").arg(status.patternDate),
        row.verdict.stoppedServices.isEmpty()
            ? (status.services.isEmpty() ? noData : tr("all running"))
            : tr("stopped: %1").arg(row.verdict.stoppedServices.join(tr(", "))),
    };
    m_indicators->setRowCount(healthIndicatorCount + 1);
    setRow(m_indicators, 0,
           { tr("Overall (settings: %1)").arg(row.verdict.settings),
             HealthKeys::displayName(row.verdict.overall),
             row.verdict.conflicts.isEmpty()
                 ? QString()
                 : tr("Several settings target it: %1").arg(row.verdict.conflicts.join(tr(", "))) },
           HealthStyle::icon(row.verdict.overall));
    for (int i = 0; i < healthIndicatorCount; ++i) {
        const HealthState state = row.verdict.indicators[size_t(i)];
        setRow(m_indicators, i + 1,
               { HealthKeys::displayName(HealthIndicator(i)), HealthKeys::displayName(state),
                 reported.at(i) },
               HealthStyle::icon(state));
    }
    m_startService->setVisible(!row.verdict.stoppedServices.isEmpty());
    m_startService->setText(
        tr("Start service: %1").arg(row.verdict.stoppedServices.join(tr(", "))));

    m_services->setRowCount(int(status.services.size()));
    for (int i = 0; i < status.services.size(); ++i) {
        const ServiceState &service = status.services.at(i);
        setRow(
            m_services, i,
            { service.name, service.running ? tr("Running") : tr("Stopped"), service.displayName },
            HealthStyle::icon(service.running ? HealthState::Healthy
                                              : HealthState::NeedsAttention));
    }
    m_components->setRowCount(
        int(status.components.size() + status.patterns.size() + status.fileVersions.size()));
    int line = 0;
    for (const ComponentVersion &component : status.components)
        setRow(m_components, line++, { tr("Component"), component.name, component.version });
    for (const PatternVersion &pattern : status.patterns)
        setRow(m_components, line++,
               { tr("Pattern"), pattern.name, pattern.decoded(), hexDword(pattern.raw) });
    for (const FileVersion &file : status.fileVersions)
        setRow(m_components, line++, { tr("File"), file.name, file.version });
}

void ComputerDetailsPage::showQuarantine()
{
    if (m_book.size() == 0)
        return;
    const ComputerQuarantineSession *read = m_session->quarantine();
    if (!read->hasLoaded() || !read->error().isEmpty()) {
        m_banner->hide();
        m_quarantine->setUnknown(read->error());
        m_detections->setUnknown(read->error());
        m_tabs->setTabText(m_tabs->indexOf(m_detections), tr("Detections"));
        return;
    }
    const ComputerQuarantine computer = read->of(m_book.endpoint(m_page).address);
    m_banner->setQuarantine(computer.state);
    m_quarantine->setQuarantine(computer.state);
    m_detections->setDetections(computer);
    // Seen from every tab: whether there is anything to read there.
    m_tabs->setTabText(m_tabs->indexOf(m_detections),
                       computer.detections > 0 ? tr("Detections (%1)").arg(computer.detections)
                                               : tr("Detections"));
}

void ComputerDetailsPage::showHistory(const QString &address)
{
    // Read by the store, for this computer only; a page turned meanwhile drops the answer.
    m_session->historyOf(address, this, [this, address](const HealthSession::HistoryRead &read) {
        if (m_book.size() == 0 || m_book.endpoint(m_page).address != address)
            return;
        const QVector<HealthHistoryEntry> states = read ? *read : QVector<HealthHistoryEntry>();
        m_history->setRowCount(read ? int(states.size()) : 1);
        if (!read) {
            setRow(m_history, 0, { tr("The history cannot be read: %1").arg(read.error()) });
            return;
        }
        // Newest first, as a history is read.
        for (int i = 0; i < states.size(); ++i) {
            const HealthHistoryEntry &entry = states.at(states.size() - 1 - i);
            setRow(m_history, i,
                   { tr("%1 (%2)").arg(entry.queryId).arg(timeText(entry.at)),
                     HealthKeys::displayName(entry.overall) },
                   HealthStyle::icon(entry.overall));
        }
        emit historyShown();
    });
}
