#include "style/consoleicons.h"

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
    drawn.addFile(path + QStringLiteral(".png"), QSize(24, 24));
    drawn.addFile(path + QStringLiteral("@2x.png"), QSize(48, 48));
    return drawn;
}

QIcon ConsoleIcons::icon(Icon icon)
{
    return QIcon::fromTheme(themeName(icon), bundled(icon));
}
