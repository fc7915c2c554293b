// The console's bundled action icons, drawn once into the PNGs beside this file (24 px and the
// @2x 48 px that QIcon picks on a high-DPI screen). They are the fallbacks of ConsoleIcons
// (ui/style/consoleicons.h) where the desktop's icon theme has no icon of that name; a theme's
// own icon always wins. Not part of the build: after changing a drawing, run from this folder
//   g++ -std=c++17 -fPIC drawicons.cpp $(pkg-config --cflags --libs Qt6Gui) -o /tmp/drawicons
//   QT_QPA_PLATFORM=offscreen /tmp/drawicons
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <functional>

namespace {
// Each drawing in a 24×24 box, strokes in one dark grey that reads on light and mid palettes.
const QColor ink(0x3d, 0x3d, 0x3d);

void home(QPainter &p)
{
    QPainterPath roof;
    roof.moveTo(3, 12);
    roof.lineTo(12, 4);
    roof.lineTo(21, 12);
    p.drawPath(roof);
    p.drawPolyline(QPolygonF({ { 6, 10 }, { 6, 20 }, { 18, 20 }, { 18, 10 } }));
    p.drawRect(QRectF(10, 14, 4, 6));
}

void zoomOut(QPainter &p)
{
    p.drawEllipse(QPointF(10, 10), 6.5, 6.5);
    p.drawLine(QPointF(15, 15), QPointF(21, 21));
    p.drawLine(QPointF(6.5, 10), QPointF(13.5, 10));
}

void shield(QPainter &p)
{
    QPainterPath outline;
    outline.moveTo(12, 3);
    outline.lineTo(20, 6);
    outline.cubicTo(20, 13, 17, 18, 12, 21);
    outline.cubicTo(7, 18, 4, 13, 4, 6);
    outline.closeSubpath();
    p.drawPath(outline);
    p.drawPolyline(QPolygonF({ { 8.5, 12 }, { 11, 14.5 }, { 15.5, 9.5 } }));
}

void grid(QPainter &p)
{
    p.setBrush(ink);
    p.setPen(Qt::NoPen);
    for (int row = 0; row < 3; ++row)
        for (int column = 0; column < 3; ++column)
            p.drawRoundedRect(QRectF(3.5 + column * 6, 3.5 + row * 6, 5, 5), 1, 1);
}

void draw(const QString &name, const std::function<void(QPainter &)> &drawing)
{
    for (int scale : { 1, 2 }) {
        QImage image(24 * scale, 24 * scale, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(scale, scale);
        painter.setPen(QPen(ink, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        drawing(painter);
        painter.end();
        image.save(name + (scale == 1 ? QStringLiteral(".png") : QStringLiteral("@2x.png")));
    }
}
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    draw(QStringLiteral("go-home"), home);
    draw(QStringLiteral("zoom-out"), zoomOut);
    draw(QStringLiteral("security-high"), shield);
    draw(QStringLiteral("network-workgroup"), grid);
    return 0;
}
