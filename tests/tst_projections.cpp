// SPDX-License-Identifier: GPL-3.0-or-later
// Each projection against PROJ's command-line `proj` (Debian proj-bin), run at test time on the
// same sphere, over a grid that includes the poles and both sides of the antimeridian.

#include "geo/projection.h"
#include "geo/projectionregistry.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <optional>

using twinatlas::LonLat;
using twinatlas::Projection;
using twinatlas::ProjectionRegistry;

namespace {

constexpr double degree = 3.14159265358979323846 / 180.0;

// Angle between two positions in degrees; well defined at the poles and across ±180.
double angleBetween(LonLat a, LonLat b)
{
    const double dLat = (b.lat - a.lat) * degree;
    const double dLon = (b.lon - a.lon) * degree;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
            + std::cos(a.lat * degree) * std::cos(b.lat * degree) * std::sin(dLon / 2)
                    * std::sin(dLon / 2);
    return 2.0 * std::asin(std::min(1.0, std::sqrt(h))) / degree;
}

double cosAngleFromCenter(const Projection &projection, LonLat p)
{
    return std::cos(angleBetween(projection.center(), p) * degree);
}

QVector<LonLat> grid()
{
    QVector<LonLat> points;
    QVector<double> lats { -90.0, -89.999, -75.0, -45.0, -30.0, -0.5,   0.0,
                           0.5,   30.0,    45.0,  60.0,  75.0,  89.999, 90.0 };
    QVector<double> lons { -180.0, -179.999, -170.0, -135.0, -90.0, -45.0,   -10.0, 0.0,
                           10.0,   45.0,     90.0,   135.0,  170.0, 179.999, 180.0 };
    for (double lat : lats) {
        for (double lon : lons)
            points.append({ lon, lat });
    }
    QRandomGenerator random(20240611);
    for (int i = 0; i < 200; ++i)
        points.append(
                { random.bounded(360.0) - 180.0, std::asin(random.bounded(2.0) - 1.0) / degree });
    return points;
}

} // namespace

class TestProjections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void againstProj_data();
    void againstProj();
    void roundTrip_data();
    void roundTrip();
    void farSide_data();
    void farSide();
    void outline_data();
    void outline();
    void registry();

private:
    void addProjections();
    std::unique_ptr<Projection> makeProjection();
    // Runs proj on "a b" lines; a line of output per input, nullopt where proj printed '*'.
    QVector<std::optional<QPointF>> runProj(const QString &definition, bool inverse,
                                            const QVector<QPointF> &input);

    QString m_proj;
};

void TestProjections::initTestCase()
{
    m_proj = QStandardPaths::findExecutable(QStringLiteral("proj"));
    if (m_proj.isEmpty())
        QFAIL("proj not found: install proj-bin (it is in scripts/debian-packages.txt)");
}

QVector<std::optional<QPointF>> TestProjections::runProj(const QString &definition, bool inverse,
                                                         const QVector<QPointF> &input)
{
    QStringList arguments { QStringLiteral("-f"), QStringLiteral("%.12f") };
    if (inverse)
        arguments.prepend(QStringLiteral("-I"));
    arguments += definition.split(QLatin1Char(' '));

    QByteArray stdinData;
    for (const QPointF &p : input)
        stdinData += QByteArray::number(p.x(), 'f', 12) + ' ' + QByteArray::number(p.y(), 'f', 12)
                + '\n';

    QProcess process;
    process.start(m_proj, arguments);
    if (!process.waitForStarted())
        return {};
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000) || process.exitCode() != 0)
        return {};

    QVector<std::optional<QPointF>> output;
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (line.trimmed().isEmpty())
            continue;
        bool okX = false;
        bool okY = false;
        const double x = fields.value(0).toDouble(&okX);
        const double y = fields.value(1).toDouble(&okY);
        output.append(okX && okY ? std::optional<QPointF>(QPointF(x, y)) : std::nullopt);
    }
    return output;
}

void TestProjections::addProjections()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<LonLat>("center");
    QTest::addColumn<QString>("definition");

    const QString R = QStringLiteral(" +R=6371008.7714");
    QTest::newRow("equal-earth") << QStringLiteral("equal-earth") << LonLat {}
                                 << QStringLiteral("+proj=eqearth") + R;
    QTest::newRow("natural-earth")
            << QStringLiteral("natural-earth") << LonLat {} << QStringLiteral("+proj=natearth") + R;
    QTest::newRow("equirectangular")
            << QStringLiteral("equirectangular") << LonLat {} << QStringLiteral("+proj=eqc") + R;
    const QVector<LonLat> centers { { 10.0, 30.0 },           { 0.0, 90.0 },
                                    { -150.0, -60.0 },        { 180.0, 0.0 },
                                    { 174.76349, -36.84853 }, { 0.0, -90.0 } };
    for (const LonLat c : centers) {
        const QString where = QStringLiteral(" +lat_0=%1 +lon_0=%2")
                                      .arg(c.lat, 0, 'g', 17)
                                      .arg(c.lon, 0, 'g', 17);
        const QString tag = QStringLiteral(" at %1,%2").arg(c.lon).arg(c.lat);
        QTest::newRow(qPrintable(QStringLiteral("orthographic") + tag))
                << QStringLiteral("orthographic") << c << QStringLiteral("+proj=ortho") + where + R;
        QTest::newRow(qPrintable(QStringLiteral("azimuthal-equidistant") + tag))
                << QStringLiteral("azimuthal-equidistant") << c
                << QStringLiteral("+proj=aeqd") + where + R;
    }
}

std::unique_ptr<Projection> TestProjections::makeProjection()
{
    QFETCH(QString, id);
    QFETCH(LonLat, center);
    std::unique_ptr<Projection> projection = ProjectionRegistry::create(id);
    if (projection && projection->hasCenter())
        projection->setCenter(center);
    return projection;
}

void TestProjections::againstProj_data()
{
    addProjections();
}

void TestProjections::againstProj()
{
    QFETCH(QString, definition);
    const std::unique_ptr<Projection> projection = makeProjection();
    QVERIFY(projection);
    const double tolerance = 1e-6 * projection->worldBounds().width();

    QVector<LonLat> points = grid();
    if (!projection->isCylindricalLike()) {
        // PROJ refuses the antipode of an azimuthal equidistant map's center, where the
        // direction is undefined; and both sides disagree on points grazing the horizon.
        points.erase(std::remove_if(points.begin(), points.end(),
                                    [&](LonLat p) {
                                        const double cosC = cosAngleFromCenter(*projection, p);
                                        return cosC < -1.0 + 1e-9 || std::fabs(cosC) < 1e-9;
                                    }),
                     points.end());
    }
    QVector<QPointF> lonLats;
    for (const LonLat p : points)
        lonLats.append({ p.lon, p.lat });

    // Forward.
    const QVector<std::optional<QPointF>> expected = runProj(definition, false, lonLats);
    QCOMPARE(expected.size(), points.size());
    QVector<QPointF> actual(points.size());
    projection->forward(points.constData(), actual.data(), points.size());
    int compared = 0;
    double worst = 0.0;
    for (int i = 0; i < points.size(); ++i) {
        const QString where = QStringLiteral("at %1 %2").arg(points[i].lon).arg(points[i].lat);
        QCOMPARE(projection->isVisible(points[i]), expected[i].has_value());
        if (!expected[i])
            continue;
        const QPointF d = actual[i] - *expected[i];
        worst = std::max({ worst, std::fabs(d.x()), std::fabs(d.y()) });
        QVERIFY2(std::fabs(d.x()) <= tolerance && std::fabs(d.y()) <= tolerance,
                 qPrintable(where + QStringLiteral(": off by %1, %2 m").arg(d.x()).arg(d.y())));
        // The single-point call goes through the same code.
        QCOMPARE(projection->forward(points[i]), actual[i]);
        ++compared;
    }
    QVERIFY(compared > 100);
    qDebug("%d points, at most %.3g m from PROJ (%.2g of the map's width)", compared, worst,
           worst / projection->worldBounds().width());

    // Inverse, on PROJ's own forward results.
    QVector<QPointF> xys;
    QVector<int> source;
    for (int i = 0; i < points.size(); ++i) {
        if (expected[i]) {
            xys.append(*expected[i]);
            source.append(i);
        }
    }
    const QVector<std::optional<QPointF>> inverse = runProj(definition, true, xys);
    QCOMPARE(inverse.size(), xys.size());
    for (int k = 0; k < xys.size(); ++k) {
        QVERIFY(inverse[k].has_value());
        const std::optional<LonLat> ours = projection->inverse(xys[k]);
        QVERIFY2(ours.has_value(),
                 qPrintable(QStringLiteral("no inverse at %1 %2").arg(xys[k].x()).arg(xys[k].y())));
        const LonLat theirs { inverse[k]->x(), inverse[k]->y() };
        // Compare where the two positions land, which is what matters on the map: near the
        // globe's horizon or a pole, a tiny shift in x, y is a large one in lon or lat.
        const QPointF d = projection->forward(*ours) - projection->forward(theirs);
        QVERIFY2(std::fabs(d.x()) <= tolerance && std::fabs(d.y()) <= tolerance,
                 qPrintable(QStringLiteral("inverse of %1 %2: ours %3 %4, PROJ %5 %6")
                                    .arg(points[source[k]].lon)
                                    .arg(points[source[k]].lat)
                                    .arg(ours->lon, 0, 'g', 15)
                                    .arg(ours->lat, 0, 'g', 15)
                                    .arg(theirs.lon, 0, 'g', 15)
                                    .arg(theirs.lat, 0, 'g', 15)));
        // And in degrees, where the inverse is well conditioned. Near the poles PROJ's own
        // inverse (asin of a number close to 1) is off by up to 1e-5 degrees: ours is checked
        // there by roundTrip().
        const bool wellConditioned = std::fabs(theirs.lat) < 89.5
                && (projection->isCylindricalLike()
                    || cosAngleFromCenter(*projection, theirs) > 0.1);
        if (wellConditioned)
            QVERIFY2(
                    angleBetween(*ours, theirs) <= 1e-8,
                    qPrintable(QStringLiteral(
                                       "inverse of %1 %2: ours %3 %4, PROJ %5 %6, %7 degrees apart")
                                       .arg(points[source[k]].lon)
                                       .arg(points[source[k]].lat)
                                       .arg(ours->lon, 0, 'g', 15)
                                       .arg(ours->lat, 0, 'g', 15)
                                       .arg(theirs.lon, 0, 'g', 15)
                                       .arg(theirs.lat, 0, 'g', 15)
                                       .arg(angleBetween(*ours, theirs))));
    }
}

void TestProjections::roundTrip_data()
{
    addProjections();
}

void TestProjections::roundTrip()
{
    const std::unique_ptr<Projection> projection = makeProjection();
    QVERIFY(projection);
    double worst = 0.0;
    for (const LonLat p : grid()) {
        if (!projection->isVisible(p))
            continue;
        const double cosC = cosAngleFromCenter(*projection, p);
        // The orthographic inverse is ill-conditioned at the horizon (dr/dc = cos c → 0), the
        // azimuthal equidistant one at the antipode: skip the last degree before either.
        if (!projection->isCylindricalLike()
            && (cosC < -0.9998 || (projection->horizonDegrees() < 180.0 && cosC < 0.0175)))
            continue;
        const std::optional<LonLat> back = projection->inverse(projection->forward(p));
        QVERIFY(back.has_value());
        worst = std::max(worst, angleBetween(p, *back));
        QVERIFY2(angleBetween(p, *back) <= 1e-9,
                 qPrintable(QStringLiteral("%1 %2 came back as %3 %4")
                                    .arg(p.lon)
                                    .arg(p.lat)
                                    .arg(back->lon, 0, 'g', 17)
                                    .arg(back->lat, 0, 'g', 17)));
        if (std::fabs(p.lat) < 89.0 && projection->isCylindricalLike())
            QVERIFY(std::fabs(back->lon - p.lon) <= 1e-9); // keeps the side of ±180
    }
    qDebug("worst round trip: %.3g degrees", worst);
}

void TestProjections::farSide_data()
{
    QTest::addColumn<LonLat>("center");
    QTest::addColumn<LonLat>("point");
    QTest::addColumn<bool>("visible");

    QTest::newRow("antipode") << LonLat { 10.0, 30.0 } << LonLat { -170.0, -30.0 } << false;
    QTest::newRow("91 degrees away") << LonLat { 0.0, 0.0 } << LonLat { 91.0, 0.0 } << false;
    QTest::newRow("89 degrees away") << LonLat { 0.0, 0.0 } << LonLat { 89.0, 0.0 } << true;
    QTest::newRow("south pole from the north")
            << LonLat { 0.0, 90.0 } << LonLat { 0.0, -90.0 } << false;
    QTest::newRow("Auckland from Berlin")
            << LonLat { 13.40495, 52.52001 } << LonLat { 174.76349, -36.84853 } << false;
    // 10,480 km apart, more than a quarter of the way round: hidden.
    QTest::newRow("Auckland from Los Angeles")
            << LonLat { -118.24368, 34.05223 } << LonLat { 174.76349, -36.84853 } << false;
    QTest::newRow("Honolulu from Los Angeles")
            << LonLat { -118.24368, 34.05223 } << LonLat { -157.85833, 21.30694 } << true;
    QTest::newRow("across the antimeridian")
            << LonLat { 179.0, 0.0 } << LonLat { -179.0, 0.0 } << true;
}

void TestProjections::farSide()
{
    QFETCH(LonLat, center);
    QFETCH(LonLat, point);
    QFETCH(bool, visible);

    std::unique_ptr<Projection> globe = ProjectionRegistry::create(QStringLiteral("orthographic"));
    globe->setCenter(center);
    QCOMPARE(globe->isVisible(point), visible);
    const std::optional<LonLat> centerBack = globe->inverse(QPointF(0.0, 0.0));
    QVERIFY(centerBack && angleBetween(*centerBack, center) < 1e-12);
    // Outside the disc there is nothing.
    QVERIFY(!globe->inverse(QPointF(1.001 * Projection::earthRadius, 0.0)));

    // The azimuthal equidistant map shows everything.
    std::unique_ptr<Projection> aeqd
            = ProjectionRegistry::create(QStringLiteral("azimuthal-equidistant"));
    aeqd->setCenter(center);
    QVERIFY(aeqd->isVisible(point));
}

void TestProjections::outline_data()
{
    addProjections();
}

void TestProjections::outline()
{
    const std::unique_ptr<Projection> projection = makeProjection();
    QVERIFY(projection);
    const QRectF bounds = projection->worldBounds();
    const QRectF outlineBounds = projection->worldOutline().boundingRect();
    const double tolerance = 1e-6 * bounds.width();
    QVERIFY(std::fabs(bounds.left() - outlineBounds.left()) <= tolerance);
    QVERIFY(std::fabs(bounds.right() - outlineBounds.right()) <= tolerance);
    QVERIFY(std::fabs(bounds.top() - outlineBounds.top()) <= tolerance);
    QVERIFY(std::fabs(bounds.bottom() - outlineBounds.bottom()) <= tolerance);

    // Every visible point lands inside the bounds (a hair of slack for the edges).
    const QRectF slack = bounds.adjusted(-tolerance, -tolerance, tolerance, tolerance);
    for (const LonLat p : grid()) {
        if (projection->isVisible(p))
            QVERIFY2(slack.contains(projection->forward(p)),
                     qPrintable(QStringLiteral("%1 %2").arg(p.lon).arg(p.lat)));
    }
    if (projection->isCylindricalLike()) {
        // The antimeridian is the left and right edge, north up.
        QCOMPARE(projection->forward(180.0, 0.0).x(), bounds.right());
        QCOMPARE(projection->forward(-180.0, 0.0).x(), bounds.left());
        QVERIFY(projection->forward(0.0, 45.0).y() > 0.0);
    }
}

void TestProjections::registry()
{
    const QStringList ids = ProjectionRegistry::ids();
    QCOMPARE(ids.size(), 5);
    QVERIFY(ids.contains(ProjectionRegistry::defaultId()));
    for (const QString &id : ids) {
        const std::unique_ptr<Projection> projection = ProjectionRegistry::create(id);
        QVERIFY(projection);
        QCOMPARE(projection->id(), id);
        QVERIFY(!projection->displayName().isEmpty());
        if (projection->hasCenter()) {
            projection->setCenter({ 200.0, 45.0 }); // wraps to -160
            QCOMPARE(projection->center(), (LonLat { -160.0, 45.0 }));
            QCOMPARE(projection->clone()->center(), projection->center());
        } else {
            projection->setCenter({ 20.0, 45.0 });
            QCOMPARE(projection->center(), LonLat {});
        }
        QCOMPARE(projection->clone()->id(), id);
    }
    QVERIFY(!ProjectionRegistry::create(QStringLiteral("mercator")));
}

QTEST_GUILESS_MAIN(TestProjections)
#include "tst_projections.moc"
