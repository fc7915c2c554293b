#include "commands/auditpage.h"

#include "auditsession.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

AuditPage::AuditPage(AuditSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_search(new QLineEdit)
    , m_action(new QComboBox)
    , m_table(new QTableView)
    , m_status(new QLabel)
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("auditPage"));
    auto *title = new QLabel(tr("Audit Log"));
    title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold"));
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
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(session->entries());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_status->setObjectName(QStringLiteral("auditStatus"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_action);
    bar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &AuditPage::refresh);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::refresh);
    connect(exportButton, &QPushButton::clicked, this, &AuditPage::exportWithDialog);
    connect(session, &AuditSession::searched, this, &AuditPage::showSearched);
    connect(session, &AuditSession::searchFailed, this, [this](const QString &error) {
        m_status->setText(tr("The audit log cannot be read: %1").arg(error));
    });
    connect(session, &AuditSession::exportFinished, this,
            [this](const QString &path, const QString &error) {
                m_status->setText(error.isEmpty() ? tr("Exported to %1").arg(path)
                                                  : tr("The export failed: %1").arg(error));
                emit exportFinished(path, error);
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
    m_status->setText(tr("Searching..."));
    m_session->search(filter());
}

void AuditPage::showSearched(int entries, bool truncated)
{
    m_status->setText(truncated ? tr("The newest %1 commands; narrow the search, or export "
                                     "them all.")
                                      .arg(AuditSession::searchLimit)
                                : tr("%n commands", nullptr, entries));
    emit refreshed(entries);
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
    m_status->setText(tr("Exporting to %1...").arg(path));
    m_session->exportTo(filter(), path);
}
