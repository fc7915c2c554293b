#include "results/outsidemanagementpage.h"

#include "querysession.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

OutsideManagementPage::OutsideManagementPage(QuerySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Outside Server Management")));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(createStatusSection());
    layout->addWidget(createScopeSection());
    layout->addWidget(createQuerySection());
    layout->addStretch();

    connect(session->results(), &ResultsModel::countsChanged, this,
            &OutsideManagementPage::updateCounts);
    connect(session, &QuerySession::queryStarted, this, &OutsideManagementPage::onStarted);
    connect(session, &QuerySession::progressed, this, &OutsideManagementPage::onProgress);
    connect(session, &QuerySession::queryFinished, this, &OutsideManagementPage::onFinished);
    connect(session, &QuerySession::lastQueryChanged, this,
            &OutsideManagementPage::updateLastQuery);
    connect(session, &QuerySession::queueChanged, this, &OutsideManagementPage::updateQueue);
    updateCounts();
    updateLastQuery();
}

QWidget *OutsideManagementPage::createStatusSection()
{
    auto *box = new QGroupBox(tr("Security Status"));
    auto *form = new QFormLayout(box);
    auto addRow = [this, form](SecurityStatus status) {
        auto *link = new QLabel;
        link->setObjectName(QStringLiteral("countLink-") + toKey(status));
        link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        connect(link, &QLabel::linkActivated, this,
                [this, status] { emit statusLinkActivated(status); });
        form->addRow(displayName(status) + QLatin1Char(':'), link);
        m_countLinks[status] = link;
    };
    for (SecurityStatus status : SecurityStatuses::outside)
        addRow(status);
    addRow(SecurityStatus::ManagedByThisServer);
    return box;
}

QWidget *OutsideManagementPage::createScopeSection()
{
    auto *box = new QGroupBox(tr("Active Directory/IP Address Scope"));
    auto *row = new QHBoxLayout(box);
    m_scopeSummary = new QLabel;
    m_scopeSummary->setObjectName(QStringLiteral("scopeSummary"));
    m_scopeSummary->setWordWrap(true);
    auto *define = new QPushButton(tr("Define"));
    define->setObjectName(QStringLiteral("defineButton"));
    connect(define, &QPushButton::clicked, this, &OutsideManagementPage::defineRequested);
    row->addWidget(m_scopeSummary, 1);
    row->addWidget(define);
    return box;
}

QWidget *OutsideManagementPage::createQuerySection()
{
    auto *box = new QGroupBox(tr("Query"));
    auto *layout = new QVBoxLayout(box);
    m_lastQuery = new QLabel;
    m_lastQuery->setObjectName(QStringLiteral("lastQuery"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("queryProgress"));
    m_progressText = new QLabel;
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelQuery"));
    m_queryNow = new QPushButton(tr("Query now"));
    m_queryNow->setObjectName(QStringLiteral("queryNow"));
    connect(m_cancel, &QPushButton::clicked, m_session, &QuerySession::cancel);
    connect(m_queryNow, &QPushButton::clicked, this, &OutsideManagementPage::queryRequested);
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    row->addWidget(m_queryNow);
    layout->addWidget(m_lastQuery);
    layout->addLayout(row);
    layout->addWidget(m_progressText);
    m_schedule = new QLabel;
    m_schedule->setObjectName(QStringLiteral("scheduleSummary"));
    m_schedule->setVisible(false);
    layout->addWidget(m_schedule);
    m_queued = new QLabel;
    m_queued->setObjectName(QStringLiteral("queuedQueries"));
    m_queued->setVisible(false);
    layout->addWidget(m_queued);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    return box;
}

void OutsideManagementPage::setScope(const Scope &scope)
{
    // Each count in its own %n phrase, so that one range reads "1 IPv4 range" (issue 17).
    const int addresses = int(std::min<quint64>(scope.addressCount(), INT_MAX));
    m_scopeSummary->setText(
        tr("%1 and %2 (%3), %4; unreachable check: %5.")
            .arg(tr("%n IPv4 range(s)", nullptr, int(scope.ipv4Ranges.size())),
                 tr("%n IPv6 prefix(es)", nullptr, int(scope.ipv6Prefixes.size())),
                 tr("%Ln address(es)", nullptr, addresses),
                 tr("%n agent port(s)", nullptr, int(scope.ports.size())),
                 scope.unreachableCheck.enabled ? tr("port %1").arg(scope.unreachableCheck.port)
                                                : tr("off")));
}

void OutsideManagementPage::updateCounts()
{
    const QLocale locale;
    for (const auto &[status, link] : m_countLinks) {
        const qint64 count = m_session->results()->count(status);
        link->setText(QStringLiteral("<a href=\"status:%1\">%2</a>")
                          .arg(toKey(status), locale.toString(count)));
    }
}

void OutsideManagementPage::updateLastQuery()
{
    const std::optional<QueryRecord> record = m_session->lastQuery();
    if (!record) {
        m_lastQuery->setText(tr("No query has run yet."));
        return;
    }
    const QLocale locale;
    const QString when = locale.toString(record->startedAt.toLocalTime(), QLocale::ShortFormat);
    if (record->state == QueryState::Cancelled) {
        // What a stopped query finished is kept: say how much of the scope it covers.
        m_lastQuery->setText(tr("Last query: %1 (stopped; partial result: %2 of %Ln address(es))",
                                nullptr, int(std::min<quint64>(record->totalAddresses, INT_MAX)))
                                 .arg(when, locale.toString(record->endpointCount)));
        return;
    }
    m_lastQuery->setText(tr("Last query: %1 (%2, %Ln computer(s))", nullptr,
                            int(std::min<qint64>(record->endpointCount, INT_MAX)))
                             .arg(when, displayName(record->state)));
}

void OutsideManagementPage::setScheduleSummary(const QString &summary)
{
    m_schedule->setText(summary);
    m_schedule->setVisible(!summary.isEmpty());
}

void OutsideManagementPage::updateQueue(int queued)
{
    m_queued->setVisible(queued > 0);
    m_queued->setText(tr("Queries waiting to run: %n", nullptr, queued));
}

void OutsideManagementPage::onStarted(quint64 total)
{
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_queryNow->setEnabled(false);
    m_progressText->setText(
        tr("Querying %Ln address(es)...", nullptr, int(std::min<quint64>(total, INT_MAX))));
}

void OutsideManagementPage::onProgress(quint64 finished, quint64 total)
{
    m_progress->setValue(total == 0 ? 1000 : int(finished * 1000 / total));
    m_progressText->setText(
        tr("%1 of %Ln address(es) assessed", nullptr, int(std::min<quint64>(total, INT_MAX)))
            .arg(QLocale().toString(finished)));
}

void OutsideManagementPage::onFinished()
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_queryNow->setEnabled(true);
    m_progressText->clear();
}
