#include "style/statusstyle.h"

#include <QImage>
#include <QSet>
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
};

QTEST_MAIN(TestStatusStyle)
#include "tst_statusstyle.moc"
