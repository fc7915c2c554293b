#pragma once

#include <QWidget>

class CoverageModel;

// Coverage as a ring: one arc per security status, its length the status's share of every
// computer found, in the status's colour (StatusStyle), starting at twelve o'clock with Managed
// by this server; the coverage figure in the middle. Painted with QPainter from the model, so it
// follows each reset (docs/decisions.md says why not Qt Charts).
class CoverageRing : public QWidget
{
    Q_OBJECT
public:
    explicit CoverageRing(CoverageModel *model, QWidget *parent = nullptr);

    QSize sizeHint() const override { return { 240, 240 }; }
    QSize minimumSizeHint() const override { return { 160, 160 }; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return std::min(width, 320); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateAccessibleText();

    CoverageModel *m_model;
};
