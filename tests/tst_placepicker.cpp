// SPDX-License-Identifier: GPL-3.0-or-later
// Picking under the mouse: the nearest place among 135,000 and the nearest line, each checked
// against a brute-force scan.
#include "render/linkpicker.h"
#include "render/placepicker.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace twinatlas;

namespace {

/** Places as a world map holds them: most in a few dense clusters, some spread thin. */
QVector<QPointF> clusteredPoints(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QVector<QPointF> points;
    points.reserve(count);
    const QVector<QPointF> clusters = { { 1.0e6, 5.5e6 }, { -8.0e6, 4.5e6 }, { 10.0e6, 3.0e6 },
                                        { 2.0e6, -1.0e6 } };
    for (int i = 0; i < count; ++i) {
        if (random.bounded(4) == 0) {
            points.append({ random.bounded(34.0e6) - 17.0e6, random.bounded(17.0e6) - 8.5e6 });
        } else {
            const QPointF c = clusters[random.bounded(int(clusters.size()))];
            // Box–Muller: a normal spread of about 800 km.
            const double u = 1.0 - random.generateDouble(), v = random.generateDouble();
            const double r = 8.0e5 * std::sqrt(-2.0 * std::log(u));
            points.append(c + QPointF(r * std::cos(2 * M_PI * v), r * std::sin(2 * M_PI * v)));
        }
    }
    return points;
}

int bruteNearest(const QVector<QPointF> &points, QPointF q, double maxDistance)
{
    int best = -1;
    double bestD = maxDistance * maxDistance;
    for (int i = 0; i < points.size(); ++i) {
        const double dx = points[i].x() - q.x(), dy = points[i].y() - q.y();
        const double d = dx * dx + dy * dy;
        if (d < bestD || (d == bestD && best < 0)) {
            bestD = d;
            best = i;
        }
    }
    return best;
}

double segmentDistance(QPointF p, QPointF a, QPointF b)
{
    const QPointF v = b - a, w = p - a;
    const double l2 = QPointF::dotProduct(v, v);
    const double t = l2 > 0 ? std::clamp(QPointF::dotProduct(w, v) / l2, 0.0, 1.0) : 0.0;
    return std::hypot(w.x() - t * v.x(), w.y() - t * v.y());
}

} // namespace

class tst_PlacePicker : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithBruteForce_data();
    void agreesWithBruteForce();
    void nothingBeyondTheRadius_data();
    void nothingBeyondTheRadius();
    void hiddenPointsAreNeverPicked();
    void emptyPicker();
    void linkPickerAgreesWithBruteForce_data();
    void linkPickerAgreesWithBruteForce();
    void linkPickerRadius();
};

void tst_PlacePicker::agreesWithBruteForce_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<double>("maxDistance");
    // Radii from a few pixels at city scale to a few pixels at world scale, and unlimited.
    QTest::newRow("135k, 50 m") << 135000 << 1u << 50.0;
    QTest::newRow("135k, 5 km") << 135000 << 2u << 5000.0;
    QTest::newRow("135k, 150 km") << 135000 << 3u << 150000.0;
    QTest::newRow("135k, any distance") << 135000 << 4u << 1e12;
    QTest::newRow("500, any distance") << 500 << 5u << 1e12;
    QTest::newRow("3 points") << 3 << 6u << 1e12;
}

void tst_PlacePicker::agreesWithBruteForce()
{
    QFETCH(int, count);
    QFETCH(quint32, seed);
    QFETCH(double, maxDistance);
    const QVector<QPointF> points = clusteredPoints(count, seed);
    const PlacePicker picker(points);
    QRandomGenerator random(seed * 7919u);
    int found = 0;
    for (int i = 0; i < 400; ++i) {
        // Queries on the points' own positions (plus a little), anywhere, and far outside.
        QPointF q;
        switch (i % 3) {
        case 0:
            q = points[random.bounded(int(points.size()))]
                    + QPointF(random.bounded(2.0 * maxDistance < 1e7 ? maxDistance : 1e5),
                              random.bounded(2.0 * maxDistance < 1e7 ? maxDistance : 1e5));
            break;
        case 1:
            q = { random.bounded(40.0e6) - 20.0e6, random.bounded(20.0e6) - 10.0e6 };
            break;
        default:
            q = { random.bounded(200.0e6) - 100.0e6, random.bounded(200.0e6) - 100.0e6 };
            break;
        }
        const int expected = bruteNearest(points, q, maxDistance);
        const int actual = picker.nearest(q, maxDistance);
        if (expected >= 0)
            ++found;
        QVERIFY2(actual == expected,
                 qPrintable(QStringLiteral("query %1 at (%2, %3): %4, expected %5")
                                    .arg(i)
                                    .arg(q.x(), 0, 'f', 1)
                                    .arg(q.y(), 0, 'f', 1)
                                    .arg(actual)
                                    .arg(expected)));
    }
    QVERIFY(found > 0); // the queries did test something
}

void tst_PlacePicker::nothingBeyondTheRadius_data()
{
    QTest::addColumn<QPointF>("query");
    QTest::addColumn<double>("maxDistance");
    QTest::addColumn<int>("expected");
    // Points at (0, 0), (1000, 0) and (0, 3000).
    QTest::newRow("on a point") << QPointF(0, 0) << 1.0 << 0;
    QTest::newRow("just inside") << QPointF(1000, 9.99) << 10.0 << 1;
    QTest::newRow("just outside") << QPointF(1000, 10.01) << 10.0 << -1;
    QTest::newRow("between, nearer the second") << QPointF(600, 0) << 500.0 << 1;
    QTest::newRow("between, out of reach") << QPointF(500, 1500) << 1000.0 << -1;
    QTest::newRow("far away") << QPointF(-1e9, 1e9) << 1e6 << -1;
    QTest::newRow("negative radius") << QPointF(0, 0) << -1.0 << -1;
}

void tst_PlacePicker::nothingBeyondTheRadius()
{
    QFETCH(QPointF, query);
    QFETCH(double, maxDistance);
    QFETCH(int, expected);
    const PlacePicker picker({ { 0, 0 }, { 1000, 0 }, { 0, 3000 } });
    QCOMPARE(picker.nearest(query, maxDistance), expected);
}

void tst_PlacePicker::hiddenPointsAreNeverPicked()
{
    // The globe hides places on its far side: the renderer gives them NaN coordinates.
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const PlacePicker picker({ { nan, nan }, { 5, 5 }, { nan, 0 }, { 100, 100 } });
    QCOMPARE(picker.nearest(QPointF(0, 0), 1e9), 1);
    QCOMPARE(picker.nearest(QPointF(90, 90), 1e9), 3);
}

void tst_PlacePicker::emptyPicker()
{
    QCOMPARE(PlacePicker().nearest(QPointF(0, 0), 1e9), -1);
    QCOMPARE(PlacePicker(QVector<QPointF>()).nearest(QPointF(0, 0), 1e9), -1);
    QCOMPARE(LinkPicker().nearest(QPointF(0, 0), 1e9), -1);
}

void tst_PlacePicker::linkPickerAgreesWithBruteForce_data()
{
    QTest::addColumn<int>("lines");
    QTest::addColumn<double>("maxDistance");
    QTest::newRow("2000 lines, 20 km") << 2000 << 20000.0;
    QTest::newRow("2000 lines, 200 km") << 2000 << 200000.0;
    QTest::newRow("50 lines, anywhere") << 50 << 1e8;
}

void tst_PlacePicker::linkPickerAgreesWithBruteForce()
{
    QFETCH(int, lines);
    QFETCH(double, maxDistance);
    // Lines as the map has them: polylines of 200 km steps, some in two pieces.
    QRandomGenerator random(42);
    QVector<QVector<QPolygonF>> pieces(lines);
    for (int i = 0; i < lines; ++i) {
        const int pieceCount = random.bounded(10) == 0 ? 2 : 1;
        for (int p = 0; p < pieceCount; ++p) {
            QPointF at(random.bounded(34.0e6) - 17.0e6, random.bounded(17.0e6) - 8.5e6);
            const double heading = random.bounded(2 * M_PI);
            QPolygonF piece { at };
            const int steps = 2 + random.bounded(40);
            for (int s = 0; s < steps; ++s) {
                const double turn = heading + 0.02 * s;
                at += QPointF(2.0e5 * std::cos(turn), 2.0e5 * std::sin(turn));
                piece.append(at);
            }
            pieces[i].append(piece);
        }
    }
    const LinkPicker picker(pieces);
    for (int q = 0; q < 500; ++q) {
        const QPointF query(random.bounded(36.0e6) - 18.0e6, random.bounded(18.0e6) - 9.0e6);
        double best = maxDistance;
        int expected = -1;
        for (int i = 0; i < lines; ++i)
            for (const QPolygonF &piece : pieces[i])
                for (int k = 1; k < piece.size(); ++k) {
                    const double d = segmentDistance(query, piece[k - 1], piece[k]);
                    if (d < best || (d == best && expected < 0)) {
                        best = d;
                        expected = i;
                    }
                }
        double distance = -1;
        const int actual = picker.nearest(query, maxDistance, &distance);
        QCOMPARE(actual, expected);
        if (expected >= 0)
            QVERIFY(std::fabs(distance - best) < 1e-3);
    }
}

void tst_PlacePicker::linkPickerRadius()
{
    // A horizontal line from (0, 0) to (1000, 0) and a vertical one at x = 2000.
    const LinkPicker picker({ { QPolygonF({ { 0, 0 }, { 1000, 0 } }) },
                              { QPolygonF({ { 2000, -500 }, { 2000, 500 } }) } });
    QCOMPARE(picker.nearest(QPointF(500, 4), 5), 0);
    QCOMPARE(picker.nearest(QPointF(500, 6), 5), -1);
    QCOMPARE(picker.nearest(QPointF(1004, 0), 5), 0); // past the end, within the radius
    QCOMPARE(picker.nearest(QPointF(1600, 0), 500), 1);
    QCOMPARE(picker.nearest(QPointF(1400, 0), 500), 0);
}

QTEST_GUILESS_MAIN(tst_PlacePicker)
#include "tst_placepicker.moc"
