#include "overview/sharebar.h"

#include <QLocale>
#include <QPainter>

ShareBar::ShareBar(QColor color, QWidget *parent)
    : QWidget(parent)
    , m_color(color)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Share"));
}

void ShareBar::setShare(double share)
{
    m_share = std::clamp(share, 0.0, 1.0);
    const QLocale locale;
    setAccessibleDescription(locale.toString(m_share * 100.0, 'f', 1) + locale.percent());
    update();
}

QSize ShareBar::sizeHint() const
{
    return { 200, fontMetrics().height() + 4 };
}

QSize ShareBar::minimumSizeHint() const
{
    return { fontMetrics().horizontalAdvance(QStringLiteral("100.0%")) + 8 + 80,
             fontMetrics().height() + 4 };
}

void ShareBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QLocale locale;
    const QString text = locale.toString(m_share * 100.0, 'f', 1) + locale.percent();
    const int textWidth = fontMetrics().horizontalAdvance(QStringLiteral("100.0%")) + 8;
    const QRect track(0, 3, std::max(0, width() - textWidth), height() - 6);
    painter.fillRect(track, palette().color(QPalette::Midlight));
    QRect bar = track;
    bar.setWidth(int(std::lround(track.width() * m_share)));
    painter.fillRect(bar, m_color);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(track.right() + 6, 0, textWidth, height()),
                     Qt::AlignLeft | Qt::AlignVCenter, text);
}
