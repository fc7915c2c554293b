#include "scope/rangerow.h"

#include "scope/addresscount.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace {
const QString errorBorder = QStringLiteral("border: 1px solid #c0392b;");
const QString errorText = QStringLiteral("color: #c0392b;");
} // namespace

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
    m_remove->setAccessibleName(tr("Remove this range"));
    // A tool button takes no Tab focus by default; the row's − is reached by keyboard too,
    // after the fields it removes (ScopeEditorDialog sets the order).
    m_remove->setFocusPolicy(Qt::StrongFocus);
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
    // Leaving the field (or Enter) is when a refusal starts to show.
    connect(field, &QLineEdit::editingFinished, this, [this] {
        if (m_touched)
            return;
        m_touched = true;
        emit changed();
    });
    m_fields->addWidget(field, stretch);
    m_fieldList.append(field);
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

QList<QWidget *> RangeRow::tabOrder() const
{
    QList<QWidget *> order;
    for (QLineEdit *field : m_fieldList)
        order << field;
    order << m_remove;
    return order;
}

void RangeRow::touchIfFilled()
{
    if (!isBlank())
        m_touched = true;
}

void RangeRow::setOverlaps(bool overlaps)
{
    if (overlaps == m_overlaps)
        return;
    m_overlaps = overlaps;
    showValidation(m_culprit);
}

void RangeRow::showValidation(QLineEdit *culprit)
{
    m_culprit = culprit;
    const QString problem = error();
    for (QLineEdit *field : std::as_const(m_fieldList))
        field->setStyleSheet({});
    if (problem.isEmpty()) {
        m_status->setStyleSheet({});
        const quint64 count = addressCount();
        QString text
            = count == 1 ? tr("1 address") : tr("%1 addresses").arg(formatAddressCount(count));
        if (m_overlaps)
            text = tr("%1, overlaps another range").arg(text);
        m_status->setText(text);
        m_status->setToolTip({});
        return;
    }
    if (!m_touched) {
        // Not left yet: no verdict, red or otherwise.
        m_status->setStyleSheet({});
        m_status->clear();
        m_status->setToolTip({});
        return;
    }
    if (culprit)
        culprit->setStyleSheet(errorBorder);
    m_status->setStyleSheet(errorText);
    m_status->setText(problem);
    m_status->setToolTip(problem);
}
