#include "style/colourscheme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#ifdef OSMGMT_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDBusVariant>
#endif

#include <cmath>

namespace {
double relativeLuminance(const QColor &color)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}
} // namespace

ColourScheme::Scheme ColourScheme::desktopScheme()
{
    // The administrator's word first (and the screenshots' and a desktop without a portal).
    const QByteArray asked = qgetenv("OSMGMT_COLOUR_SCHEME");
    if (asked == "dark")
        return Scheme::Dark;
    if (asked == "light")
        return Scheme::Light;
#ifdef OSMGMT_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return Scheme::Unknown;
    QDBusMessage read = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.portal.Desktop"),
        QStringLiteral("/org/freedesktop/portal/desktop"),
        QStringLiteral("org.freedesktop.portal.Settings"), QStringLiteral("Read"));
    read << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme");
    // Asked once at start, on the GUI thread: a portal that does not answer soon is taken as
    // none, rather than holding the window back.
    const QDBusMessage reply = bus.call(read, QDBus::Block, 300);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return Scheme::Unknown;
    // The value is a variant in a variant: 0 no preference, 1 prefer dark, 2 prefer light.
    QVariant value = reply.arguments().constFirst();
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    switch (value.toUInt()) {
    case 1:
        return Scheme::Dark;
    case 2:
        return Scheme::Light;
    default:
        return Scheme::Unknown;
    }
#else
    return Scheme::Unknown;
#endif
}

bool ColourScheme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette ColourScheme::darkPalette()
{
    QPalette dark;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor faint(0x9a, 0x9a, 0x9a);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, faint);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    dark.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    dark.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x3c));
    dark.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x5a));
    dark.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::Shadow, Qt::black);
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb0));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xf0));
    dark.setColor(QPalette::LinkVisited, QColor(0xb4, 0x8c, 0xf0));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return dark;
}

bool ColourScheme::follow(QApplication &app, Scheme scheme)
{
    if (isDark(QApplication::palette()))
        return true; // the platform already paints dark: its palette is the desktop's
    if (scheme != Scheme::Dark)
        return false;
    // Fusion draws every control from the palette; another style may keep light parts.
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app.setStyle(fusion);
    app.setPalette(darkPalette());
    return true;
}

double ColourScheme::contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ColourScheme::legibleOn(const QColor &color, const QColor &background, double ratio)
{
    const bool darkBackground = background.lightness() < 128;
    QColor adjusted = color;
    for (int step = 0; step < 20 && contrast(adjusted, background) < ratio; ++step)
        adjusted = darkBackground ? adjusted.lighter(110) : adjusted.darker(110);
    return adjusted;
}
