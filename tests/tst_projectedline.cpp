// SPDX-License-Identifier: GPL-3.0-or-later
// Lines and rings over the antimeridian, the poles, the globe's horizon and the antipode.

#include "geo/geodesy.h"
#include "geo/projectedline.h"
#include "geo/projection.h"
#include "geo/projectionregistry.h"

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/PolygonArea.hpp>

#include <QFile>
#include <QTest>

#include <zlib.h>

#include <cmath>

using twinatlas::Geodesy;
using twinatlas::LonLat;
using twinatlas::ProjectedLine;
using twinatlas::Projection;
using twinatlas::ProjectionRegistry;

namespace {

const LonLat auckland { 174.76349, -36.84853 };
const LonLat losAngeles { -118.24368, 34.05223 };
const LonLat tokyo { 139.69171, 35.6895 };
const LonLat honolulu { -157.85833, 21.30694 };
const LonLat oslo { 10.75225, 59.91273 };
const LonLat anchorage { -149.90028, 61.21806 };
const LonLat moscow { 37.61556, 55.75222 };
const LonLat madrid { -3.70379, 40.41678 };
const LonLat wellington { 174.77557, -41.28664 };
const LonLat istanbul { 28.94966, 41.01384 };
const LonLat houston { -95.36327, 29.76328 };

LonLat antipode(LonLat p)
{
    return { p.lon > 0.0 ? p.lon - 180.0 : p.lon + 180.0, -p.lat };
}

double length(QPointF d)
{
    return std::hypot(d.x(), d.y());
}

// A ring file in the format of data/FORMATS.md (geometry).
QVector<QVector<LonLat>> readRings(const QString &path)
{
    QVector<QVector<LonLat>> rings;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rings;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line.startsWith("P ")) {
            rings.append(QVector<LonLat>());
            continue;
        }
        const QList<QByteArray> fields = line.split(' ');
        rings.last().append(LonLat { fields.value(0).toDouble(), fields.value(1).toDouble() });
    }
    return rings;
}

// The same format compressed, as the bundled base map's sources in data/geometry are.
QVector<QVector<LonLat>> readGzipRings(const QString &path)
{
    QVector<QVector<LonLat>> rings;
    gzFile file = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!file)
        return rings;
    char buffer[256];
    while (gzgets(file, buffer, sizeof buffer)) {
        const QByteArray line = QByteArray(buffer).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line.startsWith("P ")) {
            rings.append(QVector<LonLat>());
            continue;
        }
        const QList<QByteArray> fields = line.split(' ');
        rings.last().append(LonLat { fields.value(0).toDouble(), fields.value(1).toDouble() });
    }
    gzclose(file);
    return rings;
}

// Edges straight in lon/lat, as projectRing takes them, made dense enough that the great-circle
// edges GeographicLib assumes describe the same region.
QVector<LonLat> densified(const QVector<LonLat> &ring, double stepDegrees)
{
    QVector<LonLat> out;
    for (int i = 0; i + 1 < ring.size(); ++i) {
        const LonLat a = ring[i];
        LonLat b = ring[i + 1];
        if (b.lon - a.lon > 180.0)
            b.lon -= 360.0;
        else if (a.lon - b.lon > 180.0)
            b.lon += 360.0;
        const int steps = std::max(
                1,
                int(std::ceil(std::max(std::fabs(b.lon - a.lon), std::fabs(b.lat - a.lat))
                              / stepDegrees)));
        for (int s = 0; s < steps; ++s)
            out.append(LonLat { a.lon + (b.lon - a.lon) * s / steps,
                                a.lat + (b.lat - a.lat) * s / steps }
                               .normalized());
    }
    out.append(out.first());
    return out;
}

// Area of a ring on the sphere of the projections, the smaller side (land is less than half).
double sphericalArea(const QVector<LonLat> &ring)
{
    const GeographicLib::Geodesic sphere(Projection::earthRadius, 0.0);
    GeographicLib::PolygonArea polygon(sphere);
    for (int i = 0; i + 1 < ring.size(); ++i)
        polygon.AddPoint(ring[i].lat, ring[i].lon);
    double perimeter = 0.0;
    double area = 0.0;
    polygon.Compute(false, false, perimeter, area);
    const double whole = 4.0 * M_PI * Projection::earthRadius * Projection::earthRadius;
    return std::min(area, whole - area);
}

double planarArea(const QPolygonF &polygon)
{
    double twice = 0.0;
    for (int i = 0; i + 1 < polygon.size(); ++i)
        twice += polygon[i].x() * polygon[i + 1].y() - polygon[i + 1].x() * polygon[i].y();
    return twice / 2.0;
}

} // namespace

class TestProjectedLine : public QObject
{
    Q_OBJECT

private slots:
    void lines_data();
    void lines();
    void rings_data();
    void rings();
    void bundledLand_data();
    void bundledLand();

private:
    QVector<QVector<LonLat>> m_rings;
};

void TestProjectedLine::lines_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<LonLat>("center");
    QTest::addColumn<LonLat>("a");
    QTest::addColumn<LonLat>("b");
    QTest::addColumn<int>("pieces");
    QTest::addColumn<int>("horizonEnds");

    const LonLat none {};
    for (const char *id : { "equal-earth", "natural-earth", "equirectangular" }) {
        const QString projection = QString::fromLatin1(id);
        const auto row = [&](const char *name) {
            return &QTest::newRow(
                    qPrintable(projection + QStringLiteral(": ") + QLatin1String(name)));
        };
        *row("Auckland-Los Angeles") << projection << none << auckland << losAngeles << 2 << 2;
        *row("Tokyo-Honolulu") << projection << none << tokyo << honolulu << 2 << 2;
        *row("Los Angeles-Auckland") << projection << none << losAngeles << auckland << 2 << 2;
        // High over the Arctic, but on the near side of the antimeridian: one piece.
        *row("Oslo-Anchorage") << projection << none << oslo << anchorage << 1 << 0;
        // Over the Arctic and across the antimeridian by Chukotka.
        *row("Anchorage-Moscow") << projection << none << anchorage << moscow << 2 << 2;
        // Through the North Pole itself: up one meridian and down the opposite one.
        *row("over the pole") << projection << none << LonLat { 10.0, 60.0 }
                              << LonLat { -170.0, 60.0 } << 1 << 0;
        // Nearly antipodal, by way of the Indian Ocean: no crossing.
        *row("Madrid-Wellington (nearly antipodal)")
                << projection << none << madrid << wellington << 1 << 0;
        *row("Istanbul-Houston") << projection << none << istanbul << houston << 1 << 0;
    }

    // On the globe, horizonEnds counts the piece ends that lie on the horizon (cut there).
    const QString globe = QStringLiteral("orthographic");
    QTest::newRow("globe over Africa: Auckland-Los Angeles hidden")
            << globe << LonLat { 10.0, 0.0 } << auckland << losAngeles << 0 << 0;
    QTest::newRow("globe over the Pacific: Auckland-Los Angeles whole")
            << globe << LonLat { -160.0, 5.0 } << auckland << losAngeles << 1 << 0;
    QTest::newRow("globe over Indonesia: Auckland-Los Angeles cut at the horizon")
            << globe << LonLat { 100.0, -10.0 } << auckland << losAngeles << 1 << 1;
    QTest::newRow("globe over the North Pole: Oslo-Anchorage whole")
            << globe << LonLat { 0.0, 90.0 } << oslo << anchorage << 1 << 0;
    QTest::newRow("globe over the Atlantic: Oslo-Anchorage cut")
            << globe << LonLat { -30.0, 0.0 } << oslo << anchorage << 1 << 1;
    QTest::newRow("globe over the Atlantic: Madrid-Wellington cut")
            << globe << LonLat { -30.0, 0.0 } << madrid << wellington << 1 << 1;
    QTest::newRow("globe over Europe: Istanbul-Houston whole")
            << globe << LonLat { 10.0, 50.0 } << istanbul << houston << 1 << 0;

    // On the azimuthal equidistant map, horizonEnds counts piece ends run out to the rim.
    const QString aeqd = QStringLiteral("azimuthal-equidistant");
    QTest::newRow("around Madrid: to Wellington, 1.4 degrees from the antipode")
            << aeqd << madrid << madrid << wellington << 1 << 0;
    QTest::newRow("around the North Pole: Auckland-Los Angeles")
            << aeqd << LonLat { 0.0, 90.0 } << auckland << losAngeles << 1 << 0;
    // The center's antipode is the middle of the line: the line must be cut there.
    QTest::newRow("through the antipode: Auckland-Los Angeles")
            << aeqd << antipode(Geodesy::midpoint(auckland, losAngeles)) << auckland << losAngeles
            << 2 << 2;
    QTest::newRow("through the antipode: Oslo-Anchorage")
            << aeqd << antipode(Geodesy::midpoint(oslo, anchorage)) << oslo << anchorage << 2 << 2;
    QTest::newRow("through the antipode: Madrid-Wellington")
            << aeqd << antipode(Geodesy::midpoint(madrid, wellington)) << madrid << wellington << 2
            << 2;
    // 3 km beside the antipode: cut as well.
    const LonLat tokyoHonolulu = Geodesy::midpoint(tokyo, honolulu);
    QTest::newRow("3 km beside the antipode: Tokyo-Honolulu")
            << aeqd << antipode(LonLat { tokyoHonolulu.lon, tokyoHonolulu.lat + 0.03 }) << tokyo
            << honolulu << 2 << 2;
    // 3 degrees beside it: the image sweeps round just inside the rim, in one smooth piece.
    QTest::newRow("3 degrees beside the antipode: Tokyo-Honolulu")
            << aeqd << antipode(LonLat { tokyoHonolulu.lon, tokyoHonolulu.lat + 3.0 }) << tokyo
            << honolulu << 1 << 0;
}

void TestProjectedLine::lines()
{
    QFETCH(QString, id);
    QFETCH(LonLat, center);
    QFETCH(LonLat, a);
    QFETCH(LonLat, b);
    QFETCH(int, pieces);
    QFETCH(int, horizonEnds);

    std::unique_ptr<Projection> projection = ProjectionRegistry::create(id);
    QVERIFY(projection);
    projection->setCenter(center);
    // As the renderer will: about 48 points per line.
    const QVector<LonLat> path = Geodesy::path(a, b, 500'000.0, 48);

    ProjectedLine projector(*projection);
    const QVector<QPolygonF> result = projector.project(path);
    QCOMPARE(result.size(), pieces);

    const double scale = projection->worldBounds().width();
    const double onEdge = 1e-9 * scale;
    const double poleY = projection->forward(0.0, 90.0).y();
    for (const QPolygonF &piece : result) {
        QVERIFY(piece.size() >= 2);
        for (int i = 1; i < piece.size(); ++i) {
            const double step = length(piece[i] - piece[i - 1]);
            // Along the pole line of a flat-polar map is the one place a long step is right.
            const bool alongPole = projection->isCylindricalLike()
                    && std::fabs(std::fabs(piece[i].y()) - poleY) < onEdge
                    && std::fabs(std::fabs(piece[i - 1].y()) - poleY) < onEdge;
            QVERIFY2(step <= projector.maxSegmentLength() * (1.0 + 1e-9) || alongPole,
                     qPrintable(QStringLiteral("a step of %1 km at %2 %3")
                                        .arg(step / 1000.0)
                                        .arg(piece[i].x())
                                        .arg(piece[i].y())));
        }
        // Nothing outside the world.
        for (const QPointF &p : piece)
            QVERIFY2(projection->inverse(p).has_value(),
                     qPrintable(QStringLiteral("%1 %2 is off the map").arg(p.x()).arg(p.y())));
    }
    if (!result.isEmpty() && projection->isCylindricalLike()) {
        QCOMPARE(result.first().first(), projection->forward(path.first()));
        QCOMPARE(result.last().last(), projection->forward(path.last()));
    }

    if (projection->isCylindricalLike()) {
        // Each cut ends one piece on one edge and starts the next on the other, same latitude.
        for (int k = 0; k + 1 < result.size(); ++k) {
            const std::optional<LonLat> end = projection->inverse(result[k].last());
            const std::optional<LonLat> start = projection->inverse(result[k + 1].first());
            QVERIFY(end && start);
            QVERIFY2(std::fabs(std::fabs(end->lon) - 180.0) < 1e-9,
                     qPrintable(QString::number(end->lon, 'g', 17)));
            QCOMPARE(start->lon, -end->lon);
            QVERIFY(std::fabs(start->lat - end->lat) < 1e-9);
            QVERIFY(std::fabs(result[k].last().y() - result[k + 1].first().y()) < onEdge);
            QCOMPARE(std::fabs(result[k].last().x()), projection->forward(180.0, end->lat).x());
        }
        QCOMPARE(2 * (result.size() - 1), horizonEnds);
        return;
    }

    // Azimuthal: count the piece ends on the horizon (globe) or run out to the rim.
    const double horizon = projection->horizonDegrees() < 180.0 ? Projection::earthRadius
                                                                : M_PI * Projection::earthRadius;
    int ends = 0;
    for (const QPolygonF &piece : result) {
        ends += std::fabs(length(piece.first()) - horizon) < 1e-9 * horizon ? 1 : 0;
        ends += std::fabs(length(piece.last()) - horizon) < 1e-9 * horizon ? 1 : 0;
    }
    QCOMPARE(ends, horizonEnds);

    if (projection->horizonDegrees() < 180.0) {
        // The globe: the pieces are the visible runs of the line, and every point drawn is
        // on the line's visible part, not the mirror image of a hidden point. Checked on the
        // line densified to 5 km.
        const QVector<LonLat> fine = Geodesy::path(a, b, 5'000.0);
        int runs = 0;
        for (int i = 0; i < fine.size(); ++i)
            runs += projection->isVisible(fine[i])
                            && (i == 0 || !projection->isVisible(fine[i - 1]))
                    ? 1
                    : 0;
        QCOMPARE(result.size(), runs);
        for (const QPolygonF &piece : result) {
            for (const QPointF &p : piece) {
                const std::optional<LonLat> q = projection->inverse(p);
                QVERIFY(q);
                double nearest = qInf();
                for (const LonLat &f : fine)
                    nearest = std::min(nearest, Geodesy::distanceMeters(*q, f));
                QVERIFY2(nearest < 5'000.0,
                         qPrintable(QStringLiteral("%1 %2 is %3 km off the line")
                                            .arg(q->lon)
                                            .arg(q->lat)
                                            .arg(nearest / 1000.0)));
            }
        }
        // And every visible vertex is drawn.
        for (const LonLat &p : path) {
            if (!projection->isVisible(p))
                continue;
            bool drawn = false;
            for (const QPolygonF &piece : result)
                drawn = drawn || piece.contains(projection->forward(p));
            QVERIFY(drawn);
        }
    }
}

void TestProjectedLine::rings_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("ring");
    QTest::addColumn<int>("crossings");
    QTest::addColumn<int>("polygons");

    m_rings = readRings(QStringLiteral(TWINATLAS_TEST_DATA "/geo/land-110m-antimeridian.txt"));
    for (const char *id : { "equal-earth", "natural-earth", "equirectangular" }) {
        const QString projection = QString::fromLatin1(id);
        QTest::newRow(qPrintable(projection + QStringLiteral(": Antarctica")))
                << projection << 0 << 1 << 1;
        QTest::newRow(qPrintable(projection + QStringLiteral(": Fiji")))
                << projection << 1 << 2 << 2;
        QTest::newRow(qPrintable(projection + QStringLiteral(": Iceland")))
                << projection << 2 << 0 << 1;
        QTest::newRow(qPrintable(projection + QStringLiteral(": Afro-Eurasia")))
                << projection << 3 << 2 << 2;
        QTest::newRow(qPrintable(projection + QStringLiteral(": Wrangel Island")))
                << projection << 4 << 2 << 1;
    }
}

void TestProjectedLine::rings()
{
    QFETCH(QString, id);
    QFETCH(int, ring);
    QFETCH(int, crossings);
    QFETCH(int, polygons);

    QCOMPARE(m_rings.size(), 5);
    const QVector<LonLat> &source = m_rings[ring];
    const std::unique_ptr<Projection> projection = ProjectionRegistry::create(id);

    // The claim "Natural Earth rings are already split at ±180" does not hold for these:
    // edges jump across it, and forward-projecting the vertices would streak across the map.
    int jumps = 0;
    for (int i = 1; i < source.size(); ++i)
        jumps += std::fabs(source[i].lon - source[i - 1].lon) > 180.0 ? 1 : 0;
    QCOMPARE(jumps, crossings);

    ProjectedLine projector(*projection);
    const QVector<LonLat> dense = densified(source, 0.25);
    const QVector<QPolygonF> result = projector.projectRing(dense);
    QCOMPARE(result.size(), polygons);

    const double width = projection->worldBounds().width();
    const double poleY = projection->forward(0.0, 90.0).y();
    double area = 0.0;
    for (const QPolygonF &polygon : result) {
        QVERIFY(polygon.isClosed());
        area += std::fabs(planarArea(polygon));
        for (int i = 0; i < polygon.size(); ++i) {
            QVERIFY2(projection->inverse(polygon[i]).has_value(), "off the map");
            if (i == 0)
                continue;
            // No streak: long edges only along the pole line.
            const bool alongPole = std::fabs(std::fabs(polygon[i].y()) - poleY) < 1e-9 * width
                    && std::fabs(std::fabs(polygon[i - 1].y()) - poleY) < 1e-9 * width;
            QVERIFY2(alongPole || length(polygon[i] - polygon[i - 1]) < 0.02 * width,
                     qPrintable(QStringLiteral("edge %1 is %2 km")
                                        .arg(i)
                                        .arg(length(polygon[i] - polygon[i - 1]) / 1000.0)));
        }
    }

    if (id == QLatin1String("equal-earth")) {
        // Equal Earth keeps areas: the parts add up to the ring's area on the sphere, which
        // catches a part closed along the wrong side of the edge or the wrong pole.
        const double expected = sphericalArea(dense);
        qDebug("%.1f km² on the map, %.1f km² on the sphere", area / 1e6, expected / 1e6);
        QVERIFY2(std::fabs(area - expected) <= 1e-3 * expected,
                 qPrintable(QStringLiteral("%1 km² on the map, %2 km² on the sphere")
                                    .arg(area / 1e6, 0, 'f', 0)
                                    .arg(expected / 1e6, 0, 'f', 0)));
    }
}

void TestProjectedLine::bundledLand_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("scale");
    for (const char *id : { "equal-earth", "natural-earth", "equirectangular" }) {
        for (const char *scale : { "110m", "50m" })
            QTest::newRow(qPrintable(QStringLiteral("%1: land-%2").arg(id, scale)))
                    << QString::fromLatin1(id) << QString::fromLatin1(scale);
    }
}

// The bundled rings in data/geometry are already split at ±180 and closed along the pole by
// scripts/regenerate-data.mjs, unlike world-atlas's: so forward-projecting their vertices
// works on cylindrical-like maps, and projectRing leaves each of them one polygon.
void TestProjectedLine::bundledLand()
{
    QFETCH(QString, id);
    QFETCH(QString, scale);

    const QString path
            = QStringLiteral(TWINATLAS_TEST_DATA "/../../data/geometry/land-%1.txt.gz").arg(scale);
    const QVector<QVector<LonLat>> rings = readGzipRings(path);
    QVERIFY2(!rings.isEmpty(), qPrintable(path + QStringLiteral(" is missing or empty")));
    const std::unique_ptr<Projection> projection = ProjectionRegistry::create(id);
    ProjectedLine projector(*projection);
    const double width = projection->worldBounds().width();

    for (const QVector<LonLat> &ring : rings) {
        for (int i = 1; i < ring.size(); ++i) {
            // The only jumps in longitude run along the pole line.
            if (std::fabs(ring[i].lon - ring[i - 1].lon) > 180.0)
                QVERIFY(std::fabs(ring[i].lat) == 90.0 && ring[i].lat == ring[i - 1].lat);
        }
        const QVector<QPolygonF> polygons = projector.projectRing(ring);
        QCOMPARE(polygons.size(), 1);

        // Forward-projecting the vertices gives the same shape, but for edges that run along
        // ±180, which it draws as chords of Equal Earth's and Natural Earth's curved edge: up
        // to 1 % of a small piece's area (Chukotka's tip), which projectRing does not lose.
        QPolygonF naive(ring.size());
        projection->forward(ring.constData(), naive.data(), ring.size());
        const double naiveArea = std::fabs(planarArea(naive));
        const double area = std::fabs(planarArea(polygons.first()));
        QVERIFY2(std::fabs(area - naiveArea) <= 0.02 * area + 1e-9 * width * width,
                 qPrintable(QStringLiteral("%1 vs %2 km²").arg(area / 1e6).arg(naiveArea / 1e6)));
        // On Equal Earth the area is the sphere's. Small coarse rings differ by a few tenths of
        // a percent (straight edges on the map against straight edges in lon/lat); a part
        // closed on the wrong side would be off by orders of magnitude.
        if (id == QLatin1String("equal-earth") && area > 1e9) {
            const double expected = sphericalArea(densified(ring, 0.25));
            QVERIFY2(std::fabs(area - expected) <= 1e-2 * expected,
                     qPrintable(QStringLiteral("%1 km² on the map, %2 km² on the sphere")
                                        .arg(area / 1e6)
                                        .arg(expected / 1e6)));
        }
    }
}

QTEST_GUILESS_MAIN(TestProjectedLine)
#include "tst_projectedline.moc"
