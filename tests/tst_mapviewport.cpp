// SPDX-License-Identifier: GPL-3.0-or-later
// The map viewport's arithmetic: where places land on screen, zooming about the cursor,
// panning, fitting, the zoom limits, moving an old image onto a new viewport, and keeping the
// view on the world.
#include "geo/projection.h"
#include "geo/projectionregistry.h"
#include "render/mapviewport.h"

#include <QtTest>

#include <cmath>

using namespace twinatlas;

namespace {

constexpr double pi = 3.14159265358979323846;

std::shared_ptr<const Projection> projection(const QString &id)
{
    return std::shared_ptr<const Projection>(ProjectionRegistry::create(id));
}

/** The projections whose every point in the tests below is visible. */
QStringList worldProjections()
{
    return { QStringLiteral("equal-earth"), QStringLiteral("natural-earth"),
             QStringLiteral("equirectangular"), QStringLiteral("azimuthal-equidistant") };
}

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

class tst_MapViewport : public QObject
{
    Q_OBJECT

private slots:
    void plateCarreeScreenPositions_data();
    void plateCarreeScreenPositions();
    void zoomAroundKeepsPointUnderCursor_data();
    void zoomAroundKeepsPointUnderCursor();
    void zoomAroundKnownValues();
    void panByMovesTheMapWithTheMouse();
    void roundTrip_data();
    void roundTrip();
    void farSideOfTheGlobeIsHidden();
    void offTheWorldHasNoLonLat();
    void centerOnPutsPlaceInTheMiddle();
    void fitLonLatBounds();
    void zoomLimits_data();
    void zoomLimits();
    void transformFromMapsOldImage_data();
    void transformFromMapsOldImage();
    void transformFromPanIsATranslation();
    void viewKeepsToTheWorld_data();
    void viewKeepsToTheWorld();
};

void tst_MapViewport::plateCarreeScreenPositions_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<QPointF>("screen");
    // 1000 × 500 device, world fitted: 1000 px for 360°, y down from the north pole.
    QTest::newRow("origin") << 0.0 << 0.0 << QPointF(500, 250);
    QTest::newRow("north-east") << 90.0 << 45.0 << QPointF(750, 125);
    QTest::newRow("south-west") << -90.0 << -45.0 << QPointF(250, 375);
    QTest::newRow("antimeridian east") << 180.0 << 0.0 << QPointF(1000, 250);
    QTest::newRow("south pole") << 0.0 << -90.0 << QPointF(500, 500);
}

void tst_MapViewport::plateCarreeScreenPositions()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(QPointF, screen);
    MapViewport viewport(projection(QStringLiteral("equirectangular")), QSizeF(1000, 500));
    viewport.fitWorld(0);
    const auto at = viewport.toScreen({ lon, lat });
    QVERIFY(at);
    QVERIFY2(distance(*at, screen) < 1e-6,
             qPrintable(QStringLiteral("(%1, %2)").arg(at->x()).arg(at->y())));
    QVERIFY(std::fabs(viewport.metresPerPixel() - 2.0 * pi * Projection::earthRadius / 1000.0) < 1e-6);
}

void tst_MapViewport::zoomAroundKeepsPointUnderCursor_data()
{
    QTest::addColumn<QString>("projectionId");
    QTest::addColumn<QPointF>("cursor");
    QTest::addColumn<double>("factor");
    for (const QString &id : worldProjections()) {
        QTest::addRow("%s in, right", qPrintable(id)) << id << QPointF(900, 300) << 2.0;
        QTest::addRow("%s in, corner", qPrintable(id)) << id << QPointF(610, 100) << 8.0;
        QTest::addRow("%s out", qPrintable(id)) << id << QPointF(500, 320) << 0.8;
        QTest::addRow("%s tiny step", qPrintable(id)) << id << QPointF(450, 250) << 1.1;
    }
    QTest::newRow("globe in") << QStringLiteral("orthographic") << QPointF(520, 280) << 3.0;
}

void tst_MapViewport::zoomAroundKeepsPointUnderCursor()
{
    QFETCH(QString, projectionId);
    QFETCH(QPointF, cursor);
    QFETCH(double, factor);
    MapViewport viewport(projection(projectionId), QSizeF(1200, 600));
    viewport.fitWorld(10);
    // Start from an arbitrary view, zoomed in far enough that the zooms below stay on the world
    // (where they would show beyond its edge, the view keeps to it instead).
    viewport.zoomAround(QPointF(700, 250), 4.0);
    const auto before = viewport.toLonLat(cursor);
    QVERIFY(before);
    const double scale = viewport.scale();
    viewport.zoomAround(cursor, factor);
    QVERIFY(std::fabs(viewport.scale() / scale - factor) < 1e-9);
    const auto after = viewport.toScreen(*before);
    QVERIFY(after);
    QVERIFY2(distance(*after, cursor) < 1e-6,
             qPrintable(QStringLiteral("moved to (%1, %2)").arg(after->x()).arg(after->y())));
}

void tst_MapViewport::zoomAroundKnownValues()
{
    // Plate carrée, 1000 × 500, zoom ×2 about the point (90°E, 45°N) at (750, 125): that point
    // stays, and everything else moves away from it twice as far.
    MapViewport viewport(projection(QStringLiteral("equirectangular")), QSizeF(1000, 500));
    viewport.fitWorld(0);
    viewport.zoomAround(QPointF(750, 125), 2.0);
    const auto origin = viewport.toScreen({ 0.0, 0.0 });
    const auto fixed = viewport.toScreen({ 90.0, 45.0 });
    QVERIFY(origin && fixed);
    QVERIFY(distance(*fixed, QPointF(750, 125)) < 1e-6);
    QVERIFY(distance(*origin, QPointF(250, 375)) < 1e-6);
}

void tst_MapViewport::panByMovesTheMapWithTheMouse()
{
    MapViewport viewport(projection(QStringLiteral("equal-earth")), QSizeF(800, 400));
    viewport.fitWorld(0);
    viewport.zoomAround(QPointF(400, 200), 4.0);
    const LonLat berlin { 13.405, 52.52 };
    const auto before = viewport.toScreen(berlin);
    QVERIFY(before);
    viewport.panBy(QPointF(-37.5, 12.25));
    const auto after = viewport.toScreen(berlin);
    QVERIFY(after);
    QVERIFY(distance(*after, *before + QPointF(-37.5, 12.25)) < 1e-6);
}

void tst_MapViewport::roundTrip_data()
{
    QTest::addColumn<QString>("projectionId");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    const QList<QPair<const char *, LonLat>> places = {
        { "Düsseldorf", { 6.77616, 51.22172 } }, { "Auckland", { 174.76349, -36.84853 } },
        { "Los Angeles", { -118.24368, 34.05223 } }, { "Houston", { -95.36327, 29.76328 } },
        { "Ushuaia", { -68.3, -54.8 } },          { "Longyearbyen", { 15.63, 78.22 } },
    };
    for (const QString &id : worldProjections())
        for (const auto &place : places)
            QTest::addRow("%s %s", qPrintable(id), place.first)
                    << id << place.second.lon << place.second.lat;
    QTest::newRow("globe Düsseldorf") << QStringLiteral("orthographic") << 6.77616 << 51.22172;
    QTest::newRow("globe Haifa") << QStringLiteral("orthographic") << 34.9885 << 32.81841;
}

void tst_MapViewport::roundTrip()
{
    QFETCH(QString, projectionId);
    QFETCH(double, lon);
    QFETCH(double, lat);
    MapViewport viewport(projection(projectionId), QSizeF(1400, 700));
    viewport.fitWorld(20);
    viewport.zoomAround(QPointF(300, 500), 1.7);
    const auto screen = viewport.toScreen({ lon, lat });
    QVERIFY(screen);
    const auto back = viewport.toLonLat(*screen);
    QVERIFY(back);
    QVERIFY2(std::fabs(back->lon - lon) < 1e-6 && std::fabs(back->lat - lat) < 1e-6,
             qPrintable(QStringLiteral("(%1, %2)").arg(back->lon, 0, 'f', 9).arg(back->lat, 0, 'f', 9)));
}

void tst_MapViewport::farSideOfTheGlobeIsHidden()
{
    // The default globe is centred on (10°E, 30°N): Auckland is on the far side.
    MapViewport viewport(projection(QStringLiteral("orthographic")), QSizeF(800, 800));
    QVERIFY(!viewport.toScreen({ 174.76349, -36.84853 }));
    QVERIFY(viewport.toScreen({ 6.77616, 51.22172 }));
}

void tst_MapViewport::offTheWorldHasNoLonLat()
{
    // A 2:1 device shows a circular globe: its corners are space.
    MapViewport viewport(projection(QStringLiteral("orthographic")), QSizeF(1000, 500));
    viewport.fitWorld(0);
    QVERIFY(!viewport.toLonLat(QPointF(2, 2)));
    QVERIFY(viewport.toLonLat(QPointF(500, 250)));
}

void tst_MapViewport::centerOnPutsPlaceInTheMiddle()
{
    MapViewport viewport(projection(QStringLiteral("natural-earth")), QSizeF(640, 480));
    viewport.fitWorld(0);
    viewport.zoomAround(QPointF(0, 0), 16.0);
    viewport.centerOn({ 34.9885, 32.81841 });
    const auto haifa = viewport.toScreen({ 34.9885, 32.81841 });
    QVERIFY(haifa);
    QVERIFY(distance(*haifa, QPointF(320, 240)) < 1e-6);
}

void tst_MapViewport::fitLonLatBounds()
{
    // Europe from 10°W 35°N to 30°E 60°N with a 20 px margin: the box's corners and edge
    // midpoints are inside the margin, and the box touches it on at least one side.
    MapViewport viewport(projection(QStringLiteral("equal-earth")), QSizeF(900, 600));
    viewport.fitLonLatBounds(-10, 35, 30, 60, 20);
    double left = 1e9, right = -1e9, top = 1e9, bottom = -1e9;
    for (double t = 0; t <= 1.0; t += 0.125) {
        for (const LonLat p : { LonLat { -10 + 40 * t, 35 }, LonLat { -10 + 40 * t, 60 },
                                LonLat { -10, 35 + 25 * t }, LonLat { 30, 35 + 25 * t } }) {
            const auto s = viewport.toScreen(p);
            QVERIFY(s);
            left = std::min(left, s->x());
            right = std::max(right, s->x());
            top = std::min(top, s->y());
            bottom = std::max(bottom, s->y());
        }
    }
    QVERIFY(left >= 20 - 1e-6 && right <= 880 + 1e-6 && top >= 20 - 1e-6 && bottom <= 580 + 1e-6);
    QVERIFY(std::fabs(left - 20) < 1.0 || std::fabs(top - 20) < 1.0);
}

void tst_MapViewport::zoomLimits_data()
{
    QTest::addColumn<QString>("projectionId");
    for (const QString &id : ProjectionRegistry::ids())
        QTest::newRow(qPrintable(id)) << id;
}

void tst_MapViewport::zoomLimits()
{
    QFETCH(QString, projectionId);
    MapViewport viewport(projection(projectionId), QSizeF(1000, 600));
    viewport.fitWorld(0);
    const QRectF world = viewport.projection().worldBounds();

    // Zoomed out as far as it goes, the world still spans most of the device.
    viewport.zoomAround(QPointF(500, 300), 1e-6);
    const double shown = std::max(world.width() * viewport.scale() / 1000.0,
                                  world.height() * viewport.scale() / 600.0);
    QVERIFY2(shown >= MapViewport::minWorldFraction - 1e-9, qPrintable(QString::number(shown)));
    // and the world does not drift off the device when panned far away.
    viewport.panBy(QPointF(1e7, -1e7));
    const QPointF worldCenter = viewport.mapToScreen(world.center());
    QVERIFY(QRectF(0, 0, 1000, 600).adjusted(-500, -300, 500, 300).contains(worldCenter));

    // Zoomed in as far as it goes: a city, not a street corner (a pixel is a few metres).
    viewport.zoomAround(QPointF(500, 300), 1e12);
    QVERIFY(viewport.metresPerPixel() >= MapViewport::minMetresPerPixel - 1e-9);
    QVERIFY(viewport.metresPerPixel() <= 10.0);
}

void tst_MapViewport::transformFromMapsOldImage_data()
{
    QTest::addColumn<QString>("projectionId");
    QTest::addColumn<QPointF>("pan");
    QTest::addColumn<QPointF>("zoomAt");
    QTest::addColumn<double>("factor");
    for (const QString &id : worldProjections()) {
        QTest::addRow("%s pan", qPrintable(id)) << id << QPointF(55, -20) << QPointF() << 1.0;
        QTest::addRow("%s zoom in", qPrintable(id)) << id << QPointF() << QPointF(800, 200) << 2.5;
        QTest::addRow("%s pan and zoom out", qPrintable(id))
                << id << QPointF(-120, 40) << QPointF(100, 500) << 0.6;
    }
}

void tst_MapViewport::transformFromMapsOldImage()
{
    QFETCH(QString, projectionId);
    QFETCH(QPointF, pan);
    QFETCH(QPointF, zoomAt);
    QFETCH(double, factor);
    MapViewport older(projection(projectionId), QSizeF(1200, 600));
    older.fitWorld(0);
    older.zoomAround(QPointF(600, 300), 2.0);
    MapViewport newer = older;
    newer.panBy(pan);
    if (factor != 1.0)
        newer.zoomAround(zoomAt, factor);
    const QTransform transform = newer.transformFrom(older);
    // A pixel of the old image showing a place must land where the new viewport draws it.
    for (const LonLat p : { LonLat { 6.77616, 51.22172 }, LonLat { 34.9885, 32.81841 },
                            LonLat { -0.97113, 51.45625 }, LonLat { 28.94966, 41.01384 } }) {
        const auto inOld = older.toScreen(p);
        const auto inNew = newer.toScreen(p);
        QVERIFY(inOld && inNew);
        QVERIFY2(distance(transform.map(*inOld), *inNew) < 1e-6,
                 qPrintable(QStringLiteral("(%1, %2) vs (%3, %4)")
                                    .arg(transform.map(*inOld).x())
                                    .arg(transform.map(*inOld).y())
                                    .arg(inNew->x())
                                    .arg(inNew->y())));
    }
}

void tst_MapViewport::transformFromPanIsATranslation()
{
    MapViewport older(projection(QStringLiteral("equal-earth")), QSizeF(800, 500));
    older.fitWorld(0);
    older.zoomAround(QPointF(400, 250), 3.0);
    MapViewport newer = older;
    newer.panBy(QPointF(10, -5));
    const QTransform t = newer.transformFrom(older);
    QVERIFY(std::fabs(t.m11() - 1) < 1e-12 && std::fabs(t.m22() - 1) < 1e-12);
    QVERIFY(std::fabs(t.m12()) < 1e-12 && std::fabs(t.m21()) < 1e-12);
    QVERIFY(std::fabs(t.dx() - 10) < 1e-6 && std::fabs(t.dy() + 5) < 1e-6);
}

void tst_MapViewport::viewKeepsToTheWorld_data()
{
    QTest::addColumn<QString>("projectionId");
    QTest::addColumn<QString>("move");
    for (const QString &id : ProjectionRegistry::ids()) {
        for (const char *move : { "pan left", "pan right", "pan up", "pan down", "zoom at a corner",
                                  "zoom out", "centre on Auckland", "centre on Longyearbyen",
                                  "centre on Ushuaia", "resize narrow", "fit a box at the pole" })
            QTest::addRow("%s %s", qPrintable(id), move) << id << QString::fromLatin1(move);
    }
}

void tst_MapViewport::viewKeepsToTheWorld()
{
    // Whatever the user does, no empty background where the world could be: along each axis
    // the view stays on the world's box, or, where it is larger, has the world in its middle.
    QFETCH(QString, projectionId);
    QFETCH(QString, move);
    MapViewport viewport(projection(projectionId), QSizeF(1000, 600));
    viewport.fitWorld(0);
    viewport.zoomAround(QPointF(500, 300), 3.0);
    if (move == QLatin1String("pan left"))
        viewport.panBy(QPointF(5000, 0));
    else if (move == QLatin1String("pan right"))
        viewport.panBy(QPointF(-5000, 0));
    else if (move == QLatin1String("pan up"))
        viewport.panBy(QPointF(0, 5000));
    else if (move == QLatin1String("pan down"))
        viewport.panBy(QPointF(0, -5000));
    else if (move == QLatin1String("zoom at a corner"))
        viewport.zoomAround(QPointF(990, 10), 0.5);
    else if (move == QLatin1String("zoom out"))
        viewport.zoomAround(QPointF(100, 500), 0.25);
    else if (move == QLatin1String("centre on Auckland"))
        viewport.centerOn({ 174.76349, -36.84853 });
    else if (move == QLatin1String("centre on Longyearbyen"))
        viewport.centerOn({ 15.63, 78.22 });
    else if (move == QLatin1String("centre on Ushuaia"))
        viewport.centerOn({ -68.3, -54.8 });
    else if (move == QLatin1String("resize narrow")) {
        viewport.panBy(QPointF(3000, 0));
        viewport.setSize(QSizeF(300, 900));
    } else if (move == QLatin1String("fit a box at the pole")) {
        viewport.fitLonLatBounds(-20, 70, 40, 85, 80);
    }

    const QRectF world = viewport.projection().worldBounds();
    const QRectF visible = viewport.visibleProjectedRect();
    const double slack = 1e-6 * world.width();
    const QString where = QStringLiteral("view x %1..%2 y %3..%4, world x %5..%6 y %7..%8")
                                  .arg(visible.left()).arg(visible.right()).arg(visible.top())
                                  .arg(visible.bottom()).arg(world.left()).arg(world.right())
                                  .arg(world.top()).arg(world.bottom());
    if (visible.width() < world.width())
        QVERIFY2(visible.left() >= world.left() - slack && visible.right() <= world.right() + slack,
                 qPrintable(where));
    else
        QVERIFY2(std::abs(visible.center().x() - world.center().x()) < slack, qPrintable(where));
    if (visible.height() < world.height())
        QVERIFY2(visible.top() >= world.top() - slack && visible.bottom() <= world.bottom() + slack,
                 qPrintable(where));
    else
        QVERIFY2(std::abs(visible.center().y() - world.center().y()) < slack, qPrintable(where));
}

QTEST_GUILESS_MAIN(tst_MapViewport)
#include "tst_mapviewport.moc"
