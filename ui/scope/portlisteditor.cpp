#include "scope/portlisteditor.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

PortListEditor::PortListEditor(const PortList &ports, QWidget *parent)
    : QWidget(parent)
    , m_ports(ports)
    , m_list(new QListWidget)
    , m_input(new QLineEdit)
    , m_error(new QLabel)
{
    m_list->setObjectName(QStringLiteral("portList"));
    m_input->setObjectName(QStringLiteral("portInput"));
    m_input->setPlaceholderText(tr("Port number"));
    m_error->setObjectName(QStringLiteral("portError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    auto *add = new QPushButton(tr("Add"));
    add->setObjectName(QStringLiteral("addPort"));
    auto *remove = new QPushButton(tr("Remove"));
    remove->setObjectName(QStringLiteral("removePort"));
    connect(add, &QPushButton::clicked, this, &PortListEditor::addTypedPort);
    connect(m_input, &QLineEdit::returnPressed, this, &PortListEditor::addTypedPort);
    connect(m_input, &QLineEdit::textChanged, m_error, &QLabel::clear);
    connect(remove, &QPushButton::clicked, this, &PortListEditor::removeSelected);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_input, 0, 0);
    layout->addWidget(add, 0, 1);
    layout->addWidget(m_error, 1, 0, 1, 2);
    layout->addWidget(m_list, 2, 0);
    layout->addWidget(remove, 2, 1, Qt::AlignTop);
    m_list->setMaximumHeight(90);
    // Tab as on screen: the field, its Add, then the list and its Remove.
    setTabOrder(m_input, add);
    setTabOrder(add, m_list);
    setTabOrder(m_list, remove);
    refresh();
}

QString PortListEditor::addTypedPort()
{
    const Result<quint16> port = PortList::parsePort(m_input->text().trimmed());
    Result<PortList> added
        = port ? m_ports.added(port.value()) : Result<PortList>::failure(port.error());
    if (!added) {
        m_error->setText(added.error());
        m_input->setStyleSheet(QStringLiteral("border: 1px solid #c0392b;"));
        return added.error();
    }
    m_ports = std::move(added).value();
    m_input->clear();
    m_input->setStyleSheet({});
    refresh();
    emit changed();
    return {};
}

void PortListEditor::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    for (QListWidgetItem *item : selected)
        m_ports = m_ports.removed(quint16(item->data(Qt::UserRole).toUInt()));
    refresh();
    emit changed();
}

void PortListEditor::refresh()
{
    m_list->clear();
    for (quint16 port : m_ports.ports()) {
        auto *item = new QListWidgetItem(QString::number(port), m_list);
        item->setData(Qt::UserRole, port);
    }
}
