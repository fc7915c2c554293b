#include "scope/rangerow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

RangeRow::RangeRow(QWidget *parent)
    : QWidget(parent)
    , m_fields(new QHBoxLayout)
    , m_status(new QLabel)
    , m_remove(new QToolButton)
{
    m_status->setObjectName(QStringLiteral("rowStatus"));
    m_status->setWordWrap(true);
    m_status->setMinimumWidth(220);
    m_remove->setObjectName(QStringLiteral("removeRow"));
    m_remove->setText(QStringLiteral("−"));
    m_remove->setToolTip(tr("Remove this range"));
    connect(m_remove, &QToolButton::clicked, this, &RangeRow::removeRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_fields, 3);
    layout->addWidget(m_status, 2);
    layout->addWidget(m_remove);
}

QLineEdit *RangeRow::addField(const QString &objectName, const QString &placeholder, int stretch)
{
    auto *field = new QLineEdit;
    field->setObjectName(objectName);
    field->setPlaceholderText(placeholder);
    connect(field, &QLineEdit::textChanged, this, &RangeRow::changed);
    m_fields->addWidget(field, stretch);
    return field;
}

void RangeRow::addText(const QString &text)
{
    m_fields->addWidget(new QLabel(text));
}

QString RangeRow::error() const
{
    return count().error();
}

quint64 RangeRow::addressCount() const
{
    const Result<quint64> counted = count();
    return counted ? counted.value() : 0;
}

void RangeRow::showValidation(QLineEdit *culprit)
{
    const QString problem = error();
    const QList<QLineEdit *> fields = findChildren<QLineEdit *>();
    for (QLineEdit *field : fields)
        field->setStyleSheet({});
    if (problem.isEmpty()) {
        m_status->setStyleSheet({});
        const quint64 count = addressCount();
        m_status->setText(count == 1 ? tr("1 address")
                                     : tr("%1 addresses").arg(QLocale().toString(count)));
        m_status->setToolTip({});
        return;
    }
    if (culprit)
        culprit->setStyleSheet(QStringLiteral("border: 1px solid #c0392b;"));
    m_status->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_status->setText(problem);
    m_status->setToolTip(problem);
}
