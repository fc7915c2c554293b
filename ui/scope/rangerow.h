#pragma once

#include "common/result.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QToolButton;

// One row of the IP Address Scope: its fields, the number of addresses it holds (or why it is
// refused), and a − button. Subclasses add the fields and say what they hold. A refusal is shown
// once the row was left (or was loaded with text): a new, empty row is not red before anything
// was typed, and a shown refusal lifts as soon as the text is right.
class RangeRow : public QWidget
{
    Q_OBJECT
public:
    explicit RangeRow(QWidget *parent = nullptr);

    // Empty when the row is valid.
    QString error() const;
    // 0 while the row is not valid.
    quint64 addressCount() const;
    // Whether the administrator left one of its fields (or it was loaded with text): from then on
    // its refusal shows.
    bool isTouched() const { return m_touched; }
    // Nothing typed in any field but those that have a default (the IPv6 length).
    virtual bool isBlank() const = 0;
    // Says next to the count that another row holds some of the same addresses.
    void setOverlaps(bool overlaps);
    // The row's fields then its − button, in the order Tab visits them.
    QList<QWidget *> tabOrder() const;

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
    // Marks the row touched when it holds text already (a row loaded from the scope).
    void touchIfFilled();

private:
    QHBoxLayout *m_fields;
    QLabel *m_status;
    QToolButton *m_remove;
    QList<QLineEdit *> m_fieldList;
    QLineEdit *m_culprit = nullptr;
    bool m_touched = false;
    bool m_overlaps = false;
};
