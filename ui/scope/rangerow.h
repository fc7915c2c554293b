#pragma once

#include "common/result.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QToolButton;

// One row of the IP Address Scope: its fields, the number of addresses it holds (or why it is
// refused), and a − button. Subclasses add the fields and say what they hold.
class RangeRow : public QWidget
{
    Q_OBJECT
public:
    explicit RangeRow(QWidget *parent = nullptr);

    // Empty when the row is valid.
    QString error() const;
    // 0 while the row is not valid.
    quint64 addressCount() const;

signals:
    void changed();
    void removeRequested();

protected:
    // How many addresses the row holds, or why it is refused.
    virtual Result<quint64> count() const = 0;
    template<typename Block> static Result<quint64> countOf(const Result<Block> &block)
    {
        return block ? Result<quint64>(block->count()) : Result<quint64>::failure(block.error());
    }
    QLineEdit *addField(const QString &objectName, const QString &placeholder, int stretch);
    void addText(const QString &text);
    // Shows the count, or the error at the field that caused it.
    void showValidation(QLineEdit *culprit);

private:
    QHBoxLayout *m_fields;
    QLabel *m_status;
    QToolButton *m_remove;
};
