#include "quarantine/quarantinestatuspage.h"

#include "quarantinesession.h"
#include "style/statusstyle.h"

#include <QBoxLayout>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLocale>

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
    , m_failures(new QLabel)
{
    // Loud, between the status line and the table: a failed automatic response leaves a computer
    // with a security risk on the network. Plain text: the reasons carry agent text.
    m_failures->setObjectName(QStringLiteral("quarantineAutoResponseFailures"));
    m_failures->setTextFormat(Qt::PlainText);
    m_failures->setWordWrap(true);
    m_failures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failures->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #611a15; border: 1px solid #f44336; padding: 6px }"));
    m_failures->hide();
    if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->insertWidget(box->count() - 1, m_failures);
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

QString QuarantineStatusPage::failureText(const QVector<AutoResponseRecord> &failures)
{
    if (failures.isEmpty())
        return {};
    QStringList lines { tr("Automatic response failed on %n computers:", nullptr,
                           int(failures.size())) };
    for (const AutoResponseRecord &failure : failures)
        lines << tr("%1 (%2), %3 at %4, rule %5: %6")
                     .arg(
                         failure.name.isEmpty() ? failure.address : failure.name, failure.address,
                         failure.threat,
                         QLocale().toString(failure.finishedAt.toLocalTime(), QLocale::ShortFormat),
                         failure.ruleName, failure.reason);
    return lines.join(QLatin1Char('\n'));
}

void QuarantineStatusPage::showRefreshed()
{
    const QString failures = failureText(m_session->autoResponseFailures());
    m_failures->setText(failures);
    m_failures->setVisible(!failures.isEmpty());
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
