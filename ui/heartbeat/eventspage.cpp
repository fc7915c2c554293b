#include "heartbeat/eventspage.h"

#include "common/clock.h"
#include "eventsession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

EventsPage::EventsPage(EventSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(new QComboBox)
    , m_age(new QComboBox)
    , m_table(new QTableView)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("eventsPage"));
    auto *title = new QLabel(tr("Events"));
    title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold"));
    m_kind->setObjectName(QStringLiteral("eventsKind"));
    m_kind->addItem(tr("All events"), QString());
    for (const QString &kind : EventsModel::kinds())
        m_kind->addItem(EventsModel::kindName(kind), kind);
    m_age->setObjectName(QStringLiteral("eventsAge"));
    // How far back, in seconds; 0: all.
    m_age->addItem(tr("Last 24 hours"), 24 * 3600);
    m_age->addItem(tr("Last 7 days"), 7 * 24 * 3600);
    m_age->addItem(tr("Last 30 days"), 30 * 24 * 3600);
    m_age->addItem(tr("All time"), 0);
    m_age->setCurrentIndex(1);
    auto *refreshButton = new QPushButton(tr("Refresh"));
    refreshButton->setObjectName(QStringLiteral("eventsRefresh"));
    m_table->setObjectName(QStringLiteral("eventsTable"));
    m_table->setModel(session->events());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_status->setObjectName(QStringLiteral("eventsStatus"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_kind);
    bar->addWidget(m_age);
    bar->addStretch(1);
    bar->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &EventsPage::refresh);
    connect(m_age, &QComboBox::currentIndexChanged, this, &EventsPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &EventsPage::refresh);
    connect(session, &EventSession::searched, this, &EventsPage::showSearched);
    connect(session, &EventSession::searchFailed, this, [this](const QString &error) {
        m_status->setText(tr("The events cannot be read: %1").arg(error));
    });
}

EventsModel *EventsPage::model() const
{
    return m_session->events();
}

void EventsPage::refresh()
{
    const int seconds = m_age->currentData().toInt();
    const QDateTime since
        = seconds > 0 ? Clock::instance().now().toUTC().addSecs(-seconds) : QDateTime();
    m_status->setText(tr("Reading..."));
    m_session->search(m_kind->currentData().toString(), since);
}

void EventsPage::showSearched(int events, bool truncated)
{
    m_status->setText(truncated ? tr("The newest %1 events; narrow the filters to see older "
                                     "ones.")
                                      .arg(EventSession::searchLimit)
                                : tr("%n events", nullptr, events));
    emit refreshed(events);
}
