#pragma once

#include <QIcon>
#include <QString>

// The console's action icons (issue 17, point 4): the desktop's icon theme first, by the
// freedesktop.org icon names, so the console looks like the rest of the desktop; where the
// theme has no such icon (or there is no theme: a bare X server, Windows), the bundled PNG of
// resources/icons/actions/ (24 px and @2x). Status icons are StatusStyle's, drawn, never themed:
// their colours mean something.
namespace ConsoleIcons {
enum class Icon {
    Overview, // go-home
    ZoomOut, // zoom-out
    Coverage, // security-high
    SubnetMap, // network-workgroup
};

// The freedesktop.org name the theme is asked for.
QString themeName(Icon icon);
// The bundled icon alone (its resource path is ":/icons/actions/<themeName>.png"), in the
// palette's text colour when the palette is dark.
QIcon bundled(Icon icon);
QIcon icon(Icon icon);
} // namespace ConsoleIcons
