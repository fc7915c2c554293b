#pragma once

#include <QColor>
#include <QWidget>

// A status's share of the computers found: a bar of that length in the status's colour on a
// faint track, with the percentage written after it.
class ShareBar : public QWidget
{
    Q_OBJECT
public:
    explicit ShareBar(QColor color, QWidget *parent = nullptr);

    // `share` in [0, 1].
    void setShare(double share);
    double share() const { return m_share; }

    QSize sizeHint() const override;
    // Room for the widest percentage and a bar that can still be read.
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_color;
    double m_share = 0.0;
};
