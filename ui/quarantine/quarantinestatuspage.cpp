#include "quarantine/quarantinestatuspage.h"

#include "quarantinesession.h"
#include "style/statusstyle.h"

#include <QIdentityProxyModel>

namespace {
// The state column with the state's icon (StatusStyle): the icon is the view's, the words the
// model's.
class StateIcons : public QIdentityProxyModel
{
public:
    StateIcons(QAbstractItemModel *states, QObject *parent)
        : QIdentityProxyModel(parent)
    {
        setSourceModel(states);
    }

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
    : ReportPage(QStringLiteral("quarantine"), tr("Computer Quarantine Status"),
                 new StateIcons(session->model(), session), parent)
    , m_session(session)
{
    connect(session, &QuarantineSession::refreshed, this, &QuarantineStatusPage::showRefreshed);
    connect(session, &QuarantineSession::refreshFailed, this, [this](const QString &error) {
        setStatus(tr("The quarantines cannot be read: %1").arg(error));
    });
}

QuarantineStatusModel *QuarantineStatusPage::model() const
{
    return m_session->model();
}

void QuarantineStatusPage::readAgain()
{
    m_session->refresh();
}

void QuarantineStatusPage::showRefreshed()
{
    const QuarantineStatusModel *model = m_session->model();
    if (model->rowCount() == 0) {
        setStatus(tr("No computer is quarantined or pending."));
        return;
    }
    setStatus(
        tr("Quarantined: %1. Pending: %2. Released: %3. A quarantined computer keeps only its "
           "agent port and the consoles that quarantined it; the query does not call it "
           "Unreachable for that.")
            .arg(model->count(QuarantineState::State::Quarantined))
            .arg(model->count(QuarantineState::State::Pending))
            .arg(model->count(QuarantineState::State::Released)));
}
