#include "heartbeat/eventspage.h"

#include "common/clock.h"
#include "eventsession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>

EventsPage::EventsPage(EventSession *session, QWidget *parent)
    : LogPage(session, session->events(), QStringLiteral("events"), tr("Events"), parent)
    , m_session(session)
    , m_kind(new QComboBox)
    , m_age(new QComboBox)
{
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
    bar()->addWidget(m_kind);
    bar()->addWidget(m_age);
    bar()->addStretch(1);
    bar()->addWidget(refreshButton);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &EventsPage::refresh);
    connect(m_age, &QComboBox::currentIndexChanged, this, &EventsPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &EventsPage::refresh);
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
    setStatus(tr("Reading..."));
    m_session->search(m_kind->currentData().toString(), since);
}

QString EventsPage::searchedText(int events, bool truncated, int limit) const
{
    return truncated ? tr("The newest %1 events; narrow the filters to see older ones.").arg(limit)
                     : tr("%n events", nullptr, events);
}

QString EventsPage::failedText(const QString &error) const
{
    return tr("The events cannot be read: %1").arg(error);
}
