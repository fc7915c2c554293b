#include "commands/auditpage.h"

#include "auditlogmodel.h"
#include "common/inbackground.h"
#include "export/csvwriter.h"
#include "store/auditlog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int searchLimit = 5000; // the page shows the newest; export writes them all

} // namespace

AuditPage::AuditPage(OpenDatabase openDatabase, QWidget *parent)
    : QWidget(parent)
    , m_openDatabase(std::move(openDatabase))
    , m_model(new AuditLogModel(this))
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
    for (const char *key : { "move", "quarantine", "release", "start-service" })
        m_action->addItem(AuditLogModel::actionName(QLatin1String(key)), QLatin1String(key));
    auto *exportButton = new QPushButton(tr("Export..."));
    exportButton->setObjectName(QStringLiteral("auditExport"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
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
    const int generation = ++m_generation;
    AuditFilter query = filter();
    query.limit = searchLimit;
    m_status->setText(tr("Searching..."));
    using Found = Result<QVector<AuditEntry>>;
    inBackground<Found>(
        this,
        [open = m_openDatabase, query]() -> Found {
            const Result<std::shared_ptr<Database>> database = open();
            if (!database)
                return Found::failure(database.error());
            return AuditLog(database.value()).search(query);
        },
        [this, generation](const Found &found) {
            if (generation != m_generation)
                return; // a newer search is on its way
            if (!found) {
                m_status->setText(tr("The audit log cannot be read: %1").arg(found.error()));
                return;
            }
            m_model->setEntries(found.value());
            m_status->setText(found->size() >= searchLimit
                                  ? tr("The newest %1 commands; narrow the search, or export "
                                       "them all.")
                                        .arg(searchLimit)
                                  : tr("%n commands", nullptr, int(found->size())));
            emit refreshed(int(found->size()));
        });
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
    inBackground<QString>(
        this,
        [open = m_openDatabase, query = filter(), path]() -> QString {
            const Result<std::shared_ptr<Database>> database = open();
            if (!database)
                return database.error();
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return tr("Cannot write %1: %2").arg(path, file.errorString());
            CsvWriter writer(&file);
            writer.writeRow(AuditLog::exportHeaders());
            const QString error
                = AuditLog(database.value()).exportRows(query, [&writer](const QStringList &row) {
                      writer.writeRow(row);
                      return writer.error().isEmpty();
                  });
            if (!error.isEmpty())
                return error;
            if (!writer.error().isEmpty())
                return writer.error();
            if (!file.commit())
                return tr("Cannot write %1: %2").arg(path, file.errorString());
            return QString();
        },
        [this, path](const QString &error) {
            m_status->setText(error.isEmpty() ? tr("Exported to %1").arg(path)
                                              : tr("The export failed: %1").arg(error));
            emit exportFinished(path, error);
        });
}
