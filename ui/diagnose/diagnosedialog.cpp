#include "diagnose/diagnosedialog.h"

#include "diagnose/diagnosisstepsview.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

DiagnoseDialog::DiagnoseDialog(DiagnoseSession *session, Endpoint endpoint, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_endpoint(std::move(endpoint))
    , m_steps(new DiagnosisStepsView(this))
    , m_target(new QLabel(this))
    , m_likelyCause(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_again(new QPushButton(tr("Diagnose again"), this))
{
    setObjectName(QStringLiteral("diagnoseDialog"));
    const QString who = m_endpoint.name.isEmpty()
        ? m_endpoint.address
        : tr("%1 (%2)").arg(m_endpoint.name, m_endpoint.address);
    setWindowTitle(tr("Diagnose connection: %1").arg(who));
    m_target->setObjectName(QStringLiteral("diagnosisTarget"));
    m_likelyCause->setObjectName(QStringLiteral("likelyCause"));
    m_likelyCause->setWordWrap(true);
    m_likelyCause->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setObjectName(QStringLiteral("cancelDiagnosis"));
    m_again->setObjectName(QStringLiteral("diagnoseAgain"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_again, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_likelyCause);
    layout->addWidget(buttons);
    resize(760, 460);

    connect(buttons, &QDialogButtonBox::rejected, this, &DiagnoseDialog::reject);
    connect(m_cancel, &QPushButton::clicked, m_session, &DiagnoseSession::cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_again->setEnabled(true);
        m_likelyCause->setText(tr("Cancelled."));
    });
    connect(m_again, &QPushButton::clicked, this, &DiagnoseDialog::start);
    connect(m_session, &DiagnoseSession::started, this,
            [this](const QString &target) { m_target->setText(tr("Diagnosing %1…").arg(target)); });
    connect(m_session, &DiagnoseSession::stepFinished, m_steps, &DiagnosisStepsView::showStep);
    connect(m_session, &DiagnoseSession::finished, this, &DiagnoseDialog::showFinished);
}

DiagnoseDialog::~DiagnoseDialog()
{
    m_session->release(); // ends on its own: a closing dialog never waits for its workers
}

DiagnoseDialog *DiagnoseDialog::open(DiagnoseSession *session, const Endpoint &endpoint,
                                     QWidget *parent)
{
    auto *dialog = new DiagnoseDialog(session, endpoint, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->start();
    return dialog;
}

void DiagnoseDialog::start()
{
    m_steps->showPlanned(DiagnoseSession::plannedSteps());
    m_likelyCause->setText(tr("Running the checks of \"Agent is offline\" one after another…"));
    m_target->setText(tr("Diagnosing %1…").arg(m_endpoint.address));
    m_cancel->setEnabled(true);
    m_again->setEnabled(false);
    m_session->start(m_endpoint);
}

void DiagnoseDialog::showFinished(const Diagnosis &diagnosis)
{
    m_target->setText(tr("Diagnosed %1").arg(diagnosis.address));
    m_likelyCause->setText(diagnosis.likelyCause.isEmpty()
                               ? tr("Likely cause: none found. Every check that ran passed.")
                               : tr("Likely cause: %1").arg(diagnosis.likelyCause));
    m_cancel->setEnabled(false);
    m_again->setEnabled(true);
}

void DiagnoseDialog::reject()
{
    m_session->cancel(); // a closed dialog leaves nothing running
    QDialog::reject();
}
