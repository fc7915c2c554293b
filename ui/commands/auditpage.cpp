#include "commands/auditpage.h"

#include "auditsession.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

AuditPage::AuditPage(AuditSession *session, QWidget *parent)
    : LogPage(session, session->entries(), QStringLiteral("audit"), tr("Audit Log"), parent)
    , m_session(session)
    , m_search(new QLineEdit)
    , m_action(new QComboBox)
    , m_debounce(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("Search user, computer, outcome or detail"));
    m_search->setClearButtonEnabled(true);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->addItem(tr("All actions"), QString());
    for (const char *key :
         { "move", "quarantine", "release", "start-service", "health-settings-import" })
        m_action->addItem(AuditLogModel::actionName(QLatin1String(key)), QLatin1String(key));
    auto *exportButton = new QPushButton(tr("Export..."));
    exportButton->setObjectName(QStringLiteral("auditExport"));
    bar()->addWidget(m_search, 1);
    bar()->addWidget(m_action);
    bar()->addWidget(exportButton);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &AuditPage::refresh);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::refresh);
    connect(exportButton, &QPushButton::clicked, this, &AuditPage::exportWithDialog);
    connect(session, &AuditSession::exported, this, [this](const QString &path) {
        setStatus(tr("Exported to %1").arg(path));
        emit exported(path);
    });
    connect(session, &AuditSession::exportFailed, this,
            [this](const QString &path, const QString &error) {
                setStatus(tr("The export failed: %1").arg(error));
                emit exportFailed(path, error);
            });
}

AuditLogModel *AuditPage::model() const
{
    return m_session->entries();
}

AuditFilter AuditPage::filter() const
{
    AuditFilter filter;
    filter.text = m_search->text().trimmed();
    filter.action = m_action->currentData().toString();
    return filter;
}

void AuditPage::refresh()
{
    setStatus(tr("Searching..."));
    m_session->search(filter());
}

QString AuditPage::searchedText(int entries, bool truncated, int limit) const
{
    return truncated
        ? tr("The newest %1 commands; narrow the search, or export them all.").arg(limit)
        : tr("%n commands", nullptr, entries);
}

QString AuditPage::failedText(const QString &error) const
{
    return tr("The audit log cannot be read: %1").arg(error);
}

void AuditPage::exportWithDialog()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export the audit log"),
                                       QStringLiteral("osmgmt-audit.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void AuditPage::exportTo(const QString &path)
{
    setStatus(tr("Exporting to %1...").arg(path));
    m_session->exportTo(filter(), path);
}
