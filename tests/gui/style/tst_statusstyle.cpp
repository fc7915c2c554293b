#include "style/colourscheme.h"
#include "style/consoleicons.h"
#include "style/statusstyle.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

// Every page draws a status with StatusStyle, so these are the promises they rely on: five
// colours an administrator can tell apart, and icons that carry the colour plus a white glyph
// (colour is never the only cue) at any size.
class TestStatusStyle : public QObject
{
    Q_OBJECT

private slots:
    void coloursAreDistinct()
    {
        QSet<QRgb> seen;
        for (SecurityStatus status : SecurityStatuses::all)
            seen.insert(StatusStyle::color(status).rgb());
        QCOMPARE(seen.size(), int(SecurityStatuses::all.size()));
    }

    void iconCarriesColourAndGlyph_data()
    {
        QTest::addColumn<int>("side");
        QTest::newRow("16") << 16;
        QTest::newRow("64") << 64;
    }

    void iconCarriesColourAndGlyph()
    {
        QFETCH(int, side);
        QSet<QString> glyphShapes;
        for (SecurityStatus status : SecurityStatuses::all) {
            const QImage image = StatusStyle::icon(status)
                                     .pixmap(side, side)
                                     .toImage()
                                     .convertToFormat(QImage::Format_ARGB32);
            QCOMPARE(image.width(), side);
            int colourPixels = 0;
            QString whitePixels;
            for (int y = 0; y < side; ++y) {
                for (int x = 0; x < side; ++x) {
                    const QColor pixel = image.pixelColor(x, y);
                    if (pixel == StatusStyle::color(status))
                        ++colourPixels;
                    whitePixels.append(pixel == QColor(Qt::white) ? QLatin1Char('1')
                                                                  : QLatin1Char('0'));
                }
            }
            QVERIFY2(colourPixels > side * side / 4, qPrintable(toKey(status)));
            QVERIFY2(whitePixels.contains(QLatin1Char('1')), qPrintable(toKey(status)));
            glyphShapes.insert(whitePixels);
            QCOMPARE(image.pixelColor(0, 0).alpha(), 0); // a disc, transparent corners
        }
        QCOMPARE(glyphShapes.size(), int(SecurityStatuses::all.size()));
    }

    // The padlock: its own colour per state, a white body, closed and open shackles apart, and
    // no icon for a released computer.
    void quarantineIconsAreApartAndReleasedHasNone()
    {
        using State = QuarantineState::State;
        QVERIFY(StatusStyle::quarantineIcon(State::Released).isNull());
        QVERIFY(StatusStyle::quarantineColor(State::Quarantined)
                != StatusStyle::quarantineColor(State::Pending));
        const QImage closed
            = StatusStyle::quarantineIcon(State::Quarantined).pixmap(32, 32).toImage();
        const QImage open = StatusStyle::quarantineIcon(State::Pending).pixmap(32, 32).toImage();
        QCOMPARE(closed.pixelColor(3, 16), StatusStyle::quarantineColor(State::Quarantined));
        QCOMPARE(open.pixelColor(3, 16), StatusStyle::quarantineColor(State::Pending));
        QCOMPARE(closed.pixelColor(16, 20), QColor(Qt::white)); // the padlock's body
        QVERIFY(closed.pixelColor(20, 14) != open.pixelColor(20, 14)); // the shackle's right leg
        QCOMPARE(closed.pixelColor(0, 0).alpha(), 0); // rounded corners
    }

    void disabledIconIsFainter()
    {
        const SecurityStatus status = SecurityStatus::NoClientInstalled;
        const QImage normal = StatusStyle::icon(status).pixmap(32, 32).toImage();
        const QImage disabled = StatusStyle::icon(status).pixmap(32, 32, QIcon::Disabled).toImage();
        QVERIFY(disabled.pixelColor(4, 16).alpha() < normal.pixelColor(4, 16).alpha());
    }

    // A desktop that prefers dark gets a dark palette; one that prefers light, or says nothing,
    // keeps the platform's; a palette already dark is the desktop's own and stays.
    void followsTheDesktopsColourScheme()
    {
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        const QPalette light = QApplication::palette();
        QVERIFY(!ColourScheme::isDark(light)); // offscreen paints light
        QVERIFY(!ColourScheme::follow(*app, ColourScheme::Scheme::Light));
        QVERIFY(!ColourScheme::follow(*app, ColourScheme::Scheme::Unknown));
        QCOMPARE(QApplication::palette().color(QPalette::Window), light.color(QPalette::Window));
        QVERIFY(ColourScheme::follow(*app, ColourScheme::Scheme::Dark));
        QVERIFY(ColourScheme::isDark(QApplication::palette()));
        QVERIFY(ColourScheme::follow(*app, ColourScheme::Scheme::Light)); // already dark: kept
        QVERIFY(ColourScheme::isDark(QApplication::palette()));
        // Text stays readable on the dark palette (4.5:1, WCAG's body-text level).
        const QPalette dark = QApplication::palette();
        QVERIFY(
            ColourScheme::contrast(dark.color(QPalette::WindowText), dark.color(QPalette::Window))
            >= 4.5);
        QVERIFY(ColourScheme::contrast(dark.color(QPalette::Text), dark.color(QPalette::Base))
                >= 4.5);
        QApplication::setPalette(light);
    }

    // Each status colour keeps 3:1 (WCAG's level for graphics) against the window and the base
    // of the dark palette, and the five stay apart; on the light palette they are Okabe-Ito's.
    void statusColoursStayLegibleOnDark()
    {
        const QPalette light = QApplication::palette();
        for (SecurityStatus status : SecurityStatuses::all)
            QCOMPARE(StatusStyle::color(status), StatusStyle::baseColor(status));
        QApplication::setPalette(ColourScheme::darkPalette());
        QSet<QRgb> seen;
        for (SecurityStatus status : SecurityStatuses::all) {
            const QColor color = StatusStyle::color(status);
            const QPalette dark = QApplication::palette();
            for (QPalette::ColorRole role : { QPalette::Window, QPalette::Base }) {
                const double ratio = ColourScheme::contrast(color, dark.color(role));
                QVERIFY2(ratio >= 3.0,
                         qPrintable(QStringLiteral("%1 on %2: %3:1")
                                        .arg(toKey(status), dark.color(role).name())
                                        .arg(ratio, 0, 'f', 2)));
            }
            seen.insert(color.rgb());
        }
        QCOMPARE(seen.size(), int(SecurityStatuses::all.size()));
        // The blue is the one Okabe-Ito colour too dark for the dark window: it is lightened.
        QVERIFY(StatusStyle::color(SecurityStatus::ManagedByAnotherServer)
                != StatusStyle::baseColor(SecurityStatus::ManagedByAnotherServer));
        QApplication::setPalette(light);
    }

    // Action icons: the theme's where it has one, else the bundled PNG at 24 and 48 pixels.
    void actionIconsComeFromTheThemeElseTheBundle()
    {
        using ConsoleIcons::Icon;
        for (Icon icon : { Icon::Overview, Icon::ZoomOut, Icon::Coverage, Icon::SubnetMap }) {
            const QIcon bundled = ConsoleIcons::bundled(icon);
            QVERIFY2(!bundled.isNull(), qPrintable(ConsoleIcons::themeName(icon)));
            QCOMPARE(bundled.pixmap(QSize(24, 24), 2.0).size(), QSize(48, 48)); // the @2x file
        }
        QTemporaryDir themes;
        QVERIFY(themes.isValid());
        const QDir theme(themes.filePath(QStringLiteral("osmgmt-test")));
        QVERIFY(theme.mkpath(QStringLiteral("24x24/actions")));
        QFile index(theme.filePath(QStringLiteral("index.theme")));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=osmgmt-test\nDirectories=24x24/actions\n\n"
                    "[24x24/actions]\nSize=24\nType=Fixed\n");
        index.close();
        QImage red(24, 24, QImage::Format_ARGB32);
        red.fill(Qt::red);
        QVERIFY(red.save(theme.filePath(QStringLiteral("24x24/actions/zoom-out.png"))));
        const QStringList searchPaths = QIcon::themeSearchPaths();
        const QString themeName = QIcon::themeName();
        QIcon::setThemeSearchPaths({ themes.path() });
        QIcon::setThemeName(QStringLiteral("osmgmt-test"));
        const QImage themed = ConsoleIcons::icon(Icon::ZoomOut).pixmap(24, 24).toImage();
        const QImage fallback = ConsoleIcons::icon(Icon::Overview).pixmap(24, 24).toImage();
        QIcon::setThemeSearchPaths(searchPaths);
        QIcon::setThemeName(themeName);
        QCOMPARE(themed.pixelColor(12, 12), QColor(Qt::red));
        QCOMPARE(fallback, ConsoleIcons::bundled(Icon::Overview).pixmap(24, 24).toImage());

        // On a dark palette the bundled strokes take its light text colour.
        const QPalette light = QApplication::palette();
        QApplication::setPalette(ColourScheme::darkPalette());
        const QImage onDark = ConsoleIcons::bundled(Icon::ZoomOut).pixmap(48, 48).toImage();
        QApplication::setPalette(light);
        int strokes = 0;
        for (int y = 0; y < onDark.height(); ++y)
            for (int x = 0; x < onDark.width(); ++x)
                if (onDark.pixelColor(x, y).alpha() > 200) {
                    ++strokes;
                    QVERIFY(onDark.pixelColor(x, y).lightness() > 200);
                }
        QVERIFY2(strokes > 50, qPrintable(QString::number(strokes)));
    }

    void contrastIsWcags()
    {
        QCOMPARE(ColourScheme::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(ColourScheme::contrast(Qt::white, Qt::white), 1.0);
        QVERIFY(qAbs(ColourScheme::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }
};

QTEST_MAIN(TestStatusStyle)
#include "tst_statusstyle.moc"
