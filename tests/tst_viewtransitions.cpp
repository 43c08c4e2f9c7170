// SPDX-License-Identifier: GPL-3.0-or-later
// How the map view changes projection, follows a place and turns the globe: switching keeps
// the place in the middle and the zoom, the azimuthal map shows a partnership as a straight
// line of its true length, and a dragged globe keeps the middle under the mouse.
#include "export/viewportsettings.h"
#include "geo/geodesy.h"
#include "geo/projection.h"
#include "geo/projectionregistry.h"
#include "render/mapnetwork.h"
#include "viewtransitions.h"

#include <QtTest>

#include <cmath>
#include <memory>

using namespace twinatlas;

namespace {

const LonLat duesseldorf { 6.7762, 51.2217 };
const LonLat haifa { 34.9896, 32.8192 };
const LonLat paris { 2.3488, 48.8534 };
const QSizeF viewSize(1000, 600);

std::shared_ptr<Projection> make(const QString &id)
{
    return std::shared_ptr<Projection>(ProjectionRegistry::create(id));
}

MapViewport zoomedOn(const QString &id, LonLat place, double zoom)
{
    MapViewport viewport(make(id), viewSize);
    viewport.setScale(viewport.scale() * zoom);
    viewport.centerOn(place);
    return viewport;
}

QPointF middle(const MapViewport &viewport)
{
    return QPointF(viewport.size().width() / 2.0, viewport.size().height() / 2.0);
}

double angleDistance(LonLat a, LonLat b)
{
    return std::hypot((a.lon - b.lon) * std::cos(a.lat * M_PI / 180.0), a.lat - b.lat);
}

} // namespace

class tst_ViewTransitions : public QObject
{
    Q_OBJECT

private slots:
    void switchingKeepsTheMiddleAndTheZoom_data();
    void switchingKeepsTheMiddleAndTheZoom();
    void kindsOfCentredProjections();
    void azimuthalIsCentredOnThePlaceGiven();
    void azimuthalShowsPartnershipsStraightAndTrue();
    void recentringKeepsTheScale();
    void flatMapsMoveWithTheMouse();
    void draggedGlobeKeepsTheMiddleUnderTheMouse_data();
    void draggedGlobeKeepsTheMiddleUnderTheMouse();
    void globeStopsAtThePoles();
};

void tst_ViewTransitions::switchingKeepsTheMiddleAndTheZoom_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<double>("zoom");
    const QStringList ids = ProjectionRegistry::ids();
    for (const QString &from : ids) {
        for (const QString &to : ids) {
            if (from == to)
                continue;
            for (const double zoom : { 1.0, 6.0, 12.0 })
                QTest::addRow("%s to %s at %g", qPrintable(from), qPrintable(to), zoom) << from << to << zoom;
        }
    }
}

void tst_ViewTransitions::switchingKeepsTheMiddleAndTheZoom()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(double, zoom);
    const MapViewport before = zoomedOn(from, duesseldorf, zoom);
    const auto shownBefore = before.toLonLat(middle(before));
    QVERIFY(shownBefore);

    const MapViewport after = ViewTransitions::switched(before, make(to));

    QCOMPARE(after.projection().id(), to);
    QCOMPARE(after.size(), before.size());
    QVERIFY(std::abs(ViewportSettings::zoomOf(after) / zoom - 1.0) < 1e-9);
    if (zoom == 1.0) {
        // The whole world, which no view moves off its middle, stays the whole world.
        QCOMPARE(after.center(), after.projection().worldBounds().center());
        return;
    }
    QVERIFY2(angleDistance(*shownBefore, duesseldorf) < 1e-6, "the test's own view is off");
    const auto shownAfter = after.toLonLat(middle(after));
    QVERIFY(shownAfter);
    QVERIFY2(angleDistance(*shownAfter, duesseldorf) < 1e-6,
             qPrintable(QStringLiteral("%1, %2").arg(shownAfter->lon).arg(shownAfter->lat)));
    if (ViewTransitions::turnsOnDrag(after.projection()))
        QVERIFY(angleDistance(after.projection().center(), duesseldorf) < 1e-9);
}

void tst_ViewTransitions::kindsOfCentredProjections()
{
    QStringList globes, followers;
    for (const QString &id : ProjectionRegistry::ids()) {
        const auto projection = make(id);
        QVERIFY(!(ViewTransitions::turnsOnDrag(*projection)
                  && ViewTransitions::followsSelection(*projection)));
        if (ViewTransitions::turnsOnDrag(*projection))
            globes << id;
        if (ViewTransitions::followsSelection(*projection))
            followers << id;
    }
    QCOMPARE(globes, QStringList { QStringLiteral("orthographic") });
    QCOMPARE(followers, QStringList { QStringLiteral("azimuthal-equidistant") });
}

void tst_ViewTransitions::azimuthalIsCentredOnThePlaceGiven()
{
    const MapViewport before = zoomedOn(QStringLiteral("equal-earth"), paris, 5.0);
    const MapViewport after = ViewTransitions::switched(before, make(QStringLiteral("azimuthal-equidistant")),
                                                        duesseldorf);
    QVERIFY(angleDistance(after.projection().center(), duesseldorf) < 1e-9);
    // The map is centred on the place, but the view does not jump: Paris stays in the middle.
    const auto shown = after.toLonLat(middle(after));
    QVERIFY(shown);
    QVERIFY(angleDistance(*shown, paris) < 1e-6);

    // Without a place the map is centred on what was in the middle.
    const MapViewport unplaced = ViewTransitions::switched(before, make(QStringLiteral("azimuthal-equidistant")));
    QVERIFY(angleDistance(unplaced.projection().center(), paris) < 1e-9);
}

void tst_ViewTransitions::azimuthalShowsPartnershipsStraightAndTrue()
{
    const MapViewport flat = zoomedOn(QStringLiteral("equal-earth"), duesseldorf, 1.0);
    const MapViewport view = ViewTransitions::switched(flat, make(QStringLiteral("azimuthal-equidistant")),
                                                       duesseldorf);
    const Projection &projection = view.projection();
    const QPointF end = projection.forward(haifa);
    QCOMPARE(projection.forward(duesseldorf), QPointF(0, 0));
    // Every point of the drawn geodesic lies on the straight line from the center to Haifa.
    for (const LonLat &p : MapNetwork::geodesicPath(duesseldorf, haifa)) {
        const QPointF xy = projection.forward(p);
        const double offLine = std::abs(xy.x() * end.y() - xy.y() * end.x()) / std::hypot(end.x(), end.y());
        QVERIFY2(offLine < 2000.0, qPrintable(QStringLiteral("%1 m off the line").arg(offLine)));
    }
    // And its length on the map is the distance (the sphere against the ellipsoid: 0.5 %).
    const double mapped = std::hypot(end.x(), end.y());
    const double true_ = Geodesy::distanceMeters(duesseldorf, haifa);
    QVERIFY2(std::abs(mapped / true_ - 1.0) < 0.005, qPrintable(QStringLiteral("%1 m, %2 m").arg(mapped).arg(true_)));
}

void tst_ViewTransitions::recentringKeepsTheScale()
{
    MapViewport view = ViewTransitions::switched(zoomedOn(QStringLiteral("equal-earth"), paris, 2.0),
                                                 make(QStringLiteral("azimuthal-equidistant")), paris);
    const MapViewport moved = ViewTransitions::recentred(view, haifa);
    QVERIFY(angleDistance(moved.projection().center(), haifa) < 1e-9);
    QCOMPARE(moved.scale(), view.scale());
    const auto shown = moved.toLonLat(middle(moved));
    QVERIFY(shown);
    QVERIFY(angleDistance(*shown, haifa) < 1e-6);

    // A projection without a center has nothing to recentre.
    const MapViewport flat = zoomedOn(QStringLiteral("natural-earth"), paris, 2.0);
    QVERIFY(ViewTransitions::recentred(flat, haifa) == flat);
}

void tst_ViewTransitions::flatMapsMoveWithTheMouse()
{
    for (const QString &id : { QStringLiteral("equal-earth"), QStringLiteral("azimuthal-equidistant") }) {
        const MapViewport view = zoomedOn(id, paris, 3.0);
        MapViewport panned = view;
        panned.panBy(QPointF(40, -25));
        const MapViewport dragged = ViewTransitions::dragged(view, QPointF(40, -25));
        QCOMPARE(&dragged.projection(), &view.projection());
        QCOMPARE(dragged.center(), panned.center());
    }
}

void tst_ViewTransitions::draggedGlobeKeepsTheMiddleUnderTheMouse_data()
{
    QTest::addColumn<LonLat>("center");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QPointF>("delta");
    QTest::newRow("right over Europe") << duesseldorf << 1.0 << QPointF(12, 0);
    QTest::newRow("down over Europe") << duesseldorf << 1.0 << QPointF(0, 12);
    QTest::newRow("diagonal, zoomed in") << haifa << 8.0 << QPointF(-10, 7);
    QTest::newRow("left at the equator") << LonLat { -60.0, 0.0 } << 2.0 << QPointF(-15, 0);
}

void tst_ViewTransitions::draggedGlobeKeepsTheMiddleUnderTheMouse()
{
    QFETCH(LonLat, center);
    QFETCH(double, zoom);
    QFETCH(QPointF, delta);
    const MapViewport globe = ViewTransitions::switched(zoomedOn(QStringLiteral("equal-earth"), center, zoom),
                                                        make(QStringLiteral("orthographic")));
    const auto grabbed = globe.toLonLat(middle(globe));
    QVERIFY(grabbed);

    const MapViewport turned = ViewTransitions::dragged(globe, delta);

    QVERIFY(&turned.projection() != &globe.projection());
    QCOMPARE(turned.scale(), globe.scale());
    const auto now = turned.toScreen(*grabbed);
    QVERIFY(now);
    // To first order: within a tenth of the way the mouse went.
    const QPointF error = *now - (middle(globe) + delta);
    QVERIFY2(std::hypot(error.x(), error.y()) < 0.1 * std::hypot(delta.x(), delta.y()),
             qPrintable(QStringLiteral("off by %1, %2 px").arg(error.x()).arg(error.y())));
}

void tst_ViewTransitions::globeStopsAtThePoles()
{
    MapViewport globe = ViewTransitions::switched(zoomedOn(QStringLiteral("equal-earth"), duesseldorf, 1.0),
                                                  make(QStringLiteral("orthographic")));
    for (int i = 0; i < 50; ++i)
        globe = ViewTransitions::dragged(globe, QPointF(0, 200));
    QCOMPARE(globe.projection().center().lat, 90.0);
    for (int i = 0; i < 100; ++i)
        globe = ViewTransitions::dragged(globe, QPointF(0, -200));
    QCOMPARE(globe.projection().center().lat, -90.0);
}

QTEST_GUILESS_MAIN(tst_ViewTransitions)
#include "tst_viewtransitions.moc"
