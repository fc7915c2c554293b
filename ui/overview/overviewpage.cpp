#include "overview/overviewpage.h"

#include "overview/coveragelegend.h"
#include "overview/coveragering.h"
#include "overviewsession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

OverviewPage::OverviewPage(OverviewSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel)
    , m_empty(new QLabel)
    , m_ring(new CoverageRing(session->coverage()))
    , m_legend(new CoverageLegend(session->coverage()))
{
    setObjectName(QStringLiteral("overviewPage"));
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_heading);
    layout->addWidget(m_empty);
    layout->addLayout(coverage, 1);

    connect(m_legend, &CoverageLegend::countActivated, this, &OverviewPage::statusRequested);
    connect(m_legend, &CoverageLegend::changeActivated, this, [this] {
        if (const auto &latest = m_session->coverage()->latest())
            emit changesRequested(latest->id);
    });
    connect(session->coverage(), &QAbstractItemModel::modelReset, this,
            &OverviewPage::updateHeading);
    updateHeading();
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
        + QLatin1String(" — ")
        + tr("%1 protected (managed by this server).").arg(locale.toString(protectedCount));
    if (const std::optional<QueryRecord> &previous = coverage->previous()) {
        text += QLatin1Char(' ')
            + tr("Changes since the previous query of %1.")
                  .arg(locale.toString(previous->startedAt.toLocalTime(), QLocale::ShortFormat));
    }
    m_heading->setText(text);
}
