#include "overview/coveragering.h"

#include "coveragemodel.h"
#include "style/statusstyle.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <climits>

CoverageRing::CoverageRing(CoverageModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("coverageRing"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMaximumSize(360, 360); // beyond, the legend beside it needs the room more
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateAccessibleText();
        update();
    });
    updateAccessibleText();
}

void CoverageRing::updateAccessibleText()
{
    setAccessibleName(tr("Coverage"));
    const std::optional<double> coverage = m_model->coverage();
    setAccessibleDescription(
        coverage ? tr("%1 protected: %2 of %Ln computer(s) managed by this server", nullptr,
                      int(std::min<qint64>(m_model->total(), INT_MAX)))
                       .arg(QLocale().toString(*coverage * 100.0, 'f', 0) + QLocale().percent())
                       .arg(m_model->count(SecurityStatus::ManagedByThisServer))
                 : tr("No completed query yet"));
}

void CoverageRing::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = std::min(width(), height()) - 8.0;
    const qreal thickness = std::max(14.0, side * 0.16);
    const QRectF outer((width() - side) / 2.0, (height() - side) / 2.0, side, side);
    const QRectF track
        = outer.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2);
    QPen pen(palette().color(QPalette::Midlight), thickness, Qt::SolidLine, Qt::FlatCap);
    painter.setPen(pen);
    painter.drawEllipse(track); // the empty ring, seen when nothing was found

    const qint64 total = m_model->total();
    if (total > 0) {
        // Qt's angles: sixteenths of a degree, counter-clockwise from three o'clock. The ring
        // reads clockwise from twelve, as a clock and every peer's gauge do.
        int start = 90 * 16;
        for (SecurityStatus status : SecurityStatuses::all) {
            const qint64 count = m_model->count(status);
            if (count == 0)
                continue;
            const int span = -int(std::llround(5760.0 * double(count) / double(total)));
            pen.setColor(StatusStyle::color(status));
            painter.setPen(pen);
            painter.drawArc(track, start, span == 0 ? -1 : span);
            start += span;
        }
    }

    const std::optional<double> coverage = m_model->coverage();
    QFont big = font();
    big.setPixelSize(int(std::max(14.0, side * 0.2)));
    big.setBold(true);
    painter.setFont(big);
    painter.setPen(palette().color(QPalette::WindowText));
    const QRectF inner = track.adjusted(thickness, thickness, -thickness, -thickness);
    const QString figure = coverage
        ? QLocale().toString(*coverage * 100.0, 'f', 0) + QLocale().percent()
        : QStringLiteral("—");
    const QRectF upper(inner.left(), inner.top(), inner.width(), inner.height() * 0.58);
    painter.drawText(upper, Qt::AlignHCenter | Qt::AlignBottom, figure);
    QFont small = font();
    small.setPixelSize(int(std::max(10.0, side * 0.065)));
    painter.setFont(small);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRectF lower(inner.left(), upper.bottom(), inner.width(),
                       inner.height() - upper.height());
    painter.drawText(lower, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, tr("protected"));
}
