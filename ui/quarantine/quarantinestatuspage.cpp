#include "quarantine/quarantinestatuspage.h"

#include "quarantinesession.h"
#include "style/statusstyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// The state column with the state's icon (StatusStyle): the icon is the view's, the words the
// model's.
class StateIcons : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == QuarantineStatusModel::StateColumn) {
            const auto state = quarantineStateFromKey(
                QIdentityProxyModel::data(index, QuarantineStatusModel::StateKeyRole).toString());
            return state ? QVariant(StatusStyle::quarantineIcon(*state)) : QVariant();
        }
        return QIdentityProxyModel::data(index, role);
    }
};
} // namespace

QuarantineStatusPage::QuarantineStatusPage(QuarantineSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new QTableView)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("quarantineStatusPage"));
    auto *title = new QLabel(tr("Computer Quarantine Status"));
    title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold"));
    auto *refreshButton = new QPushButton(tr("Refresh"));
    refreshButton->setObjectName(QStringLiteral("quarantineRefresh"));
    auto *icons = new StateIcons(this);
    icons->setSourceModel(session->model());
    m_table->setObjectName(QStringLiteral("quarantineTable"));
    m_table->setModel(icons);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_status->setObjectName(QStringLiteral("quarantineSummary"));
    m_status->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(refreshButton, &QPushButton::clicked, this, &QuarantineStatusPage::refresh);
    connect(session, &QuarantineSession::refreshed, this, &QuarantineStatusPage::showRefreshed);
    connect(session, &QuarantineSession::refreshFailed, this, [this](const QString &error) {
        m_status->setText(tr("The quarantines cannot be read: %1").arg(error));
    });
}

QuarantineStatusModel *QuarantineStatusPage::model() const
{
    return m_session->model();
}

void QuarantineStatusPage::refresh()
{
    m_status->setText(tr("Reading..."));
    m_session->refresh();
}

void QuarantineStatusPage::showRefreshed()
{
    const QuarantineStatusModel *model = m_session->model();
    if (model->rowCount() == 0) {
        m_status->setText(tr("No computer is quarantined or pending."));
        return;
    }
    m_status->setText(
        tr("Quarantined: %1. Pending: %2. Released: %3. A quarantined computer keeps only its "
           "agent port and the consoles that quarantined it; the query does not call it "
           "Unreachable for that.")
            .arg(model->count(QuarantineState::State::Quarantined))
            .arg(model->count(QuarantineState::State::Pending))
            .arg(model->count(QuarantineState::State::Released)));
}
