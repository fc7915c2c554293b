#pragma once

#include <QColor>
#include <QPalette>

class QApplication;

// A dark palette that follows the desktop (issue 17, point 4). Qt 6.4 has no public colour scheme
// (QStyleHints::colorScheme() came in 6.5), so the desktop's preference is read where a desktop
// publishes it (the XDG desktop portal's org.freedesktop.appearance color-scheme, which GNOME,
// KDE and others set), else taken from the palette's window colour. A desktop that prefers dark
// while Qt's style still paints light (Fusion on GNOME) gets a dark Fusion palette.
namespace ColourScheme {
enum class Scheme { Unknown, Light, Dark };

// What the desktop prefers: OSMGMT_COLOUR_SCHEME=dark or light if set, else the portal's
// answer; Unknown where nothing says (no session bus, no portal).
Scheme desktopScheme();
// Whether `palette` paints dark: its window colour is darker than mid-grey.
bool isDark(const QPalette &palette);
// Fusion's colours turned dark, with links and highlights that stay readable on them.
QPalette darkPalette();
// Sets the dark palette on `app` when `scheme` is Dark and the palette is light; returns whether
// the application now paints dark.
bool follow(QApplication &app, Scheme scheme);

// WCAG 2 contrast ratio of two colours, 1 to 21: 3 is the least for graphics and large text.
double contrast(const QColor &a, const QColor &b);
// `color`, lightened (on a dark `background`) or darkened (on a light one) until it has at
// least `ratio` of contrast with `background`.
QColor legibleOn(const QColor &color, const QColor &background, double ratio = 3.0);
} // namespace ColourScheme
