#include "style/consoleicons.h"

#include "style/colourscheme.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

// Outside any namespace, as Q_INIT_RESOURCE requires: a static library's resources are linked
// only when something refers to them.
static void initBundledIcons()
{
    Q_INIT_RESOURCE(actions);
}

QString ConsoleIcons::themeName(Icon icon)
{
    switch (icon) {
    case Icon::Overview:
        return QStringLiteral("go-home");
    case Icon::ZoomOut:
        return QStringLiteral("zoom-out");
    case Icon::Coverage:
        return QStringLiteral("security-high");
    case Icon::SubnetMap:
        return QStringLiteral("network-workgroup");
    }
    return {};
}

QIcon ConsoleIcons::bundled(Icon icon)
{
    static const bool initialised = (initBundledIcons(), true);
    Q_UNUSED(initialised)
    // Both sizes named: QIcon looks for the @2x file by itself only when the application's own
    // pixel ratio is above 1, not for a window on a second, high-DPI screen.
    const QString path = QStringLiteral(":/icons/actions/") + themeName(icon);
    QIcon drawn;
    const QPalette palette = QGuiApplication::palette();
    const QString files[] = { path + QStringLiteral(".png"), path + QStringLiteral("@2x.png") };
    for (const QString &file : files) {
        QImage image(file);
        if (ColourScheme::isDark(palette)) {
            // Drawn in dark grey for light windows: on a dark one, in the window's text colour.
            image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&image);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(image.rect(), palette.color(QPalette::WindowText));
        }
        drawn.addPixmap(QPixmap::fromImage(image));
    }
    return drawn;
}

QIcon ConsoleIcons::icon(Icon icon)
{
    return QIcon::fromTheme(themeName(icon), bundled(icon));
}
