// SPDX-License-Identifier: GPL-3.0-or-later
// Geodesy against GeographicLib's command-line GeodSolve, run at test time.

#include "geo/geodesy.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using twinatlas::Geodesy;
using twinatlas::LonLat;

class TestGeodesy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void distance_data();
    void distance();
    void path_data();
    void path();
    void midpoint_data();
    void midpoint();

private:
    double geodSolveDistance(LonLat a, LonLat b);
    void addPairs();

    QString m_geodSolve;
};

void TestGeodesy::initTestCase()
{
    m_geodSolve = QStandardPaths::findExecutable(QStringLiteral("GeodSolve"));
    if (m_geodSolve.isEmpty())
        QFAIL("GeodSolve not found: install geographiclib-tools (scripts/debian-packages.txt)");
}

// Asks GeodSolve for the inverse problem; it reads and writes latitude first.
double TestGeodesy::geodSolveDistance(LonLat a, LonLat b)
{
    QProcess process;
    process.start(m_geodSolve, { QStringLiteral("-i"), QStringLiteral("-p"), QStringLiteral("6") });
    if (!process.waitForStarted())
        return qQNaN();
    process.write(QStringLiteral("%1 %2 %3 %4\n")
                          .arg(a.lat, 0, 'g', 17)
                          .arg(a.lon, 0, 'g', 17)
                          .arg(b.lat, 0, 'g', 17)
                          .arg(b.lon, 0, 'g', 17)
                          .toLatin1());
    process.closeWriteChannel();
    if (!process.waitForFinished() || process.exitCode() != 0)
        return qQNaN();
    const QList<QByteArray> fields = process.readAllStandardOutput().simplified().split(' ');
    if (fields.size() != 3)
        return qQNaN();
    bool ok = false;
    const double s12 = fields[2].toDouble(&ok);
    return ok ? s12 : qQNaN();
}

void TestGeodesy::addPairs()
{
    QTest::addColumn<LonLat>("a");
    QTest::addColumn<LonLat>("b");
    QTest::addColumn<bool>("crossesAntimeridian");

    QTest::newRow("Istanbul-Houston")
            << LonLat { 28.94966, 41.01384 } << LonLat { -95.36327, 29.76328 } << false;
    QTest::newRow("Duesseldorf-Reading")
            << LonLat { 6.77616, 51.22172 } << LonLat { -0.97113, 51.45625 } << false;
    QTest::newRow("Auckland-Los Angeles")
            << LonLat { 174.76349, -36.84853 } << LonLat { -118.24368, 34.05223 } << true;
    // Wellington's antipode lies about 150 km from Madrid: a nearly antipodal pair, for which
    // simple iterative methods (Vincenty) fail to converge.
    QTest::newRow("Madrid-Wellington (nearly antipodal)")
            << LonLat { -3.70379, 40.41678 } << LonLat { 174.77557, -41.28664 } << false;
    QTest::newRow("exactly antipodal on the equator")
            << LonLat { 0.0, 0.0 } << LonLat { 180.0, 0.0 } << false;
    QTest::newRow("same point") << LonLat { 13.40495, 52.52001 } << LonLat { 13.40495, 52.52001 }
                                << false;
}

void TestGeodesy::distance_data()
{
    addPairs();
}

void TestGeodesy::distance()
{
    QFETCH(LonLat, a);
    QFETCH(LonLat, b);

    const double expected = geodSolveDistance(a, b);
    QVERIFY2(std::isfinite(expected), "GeodSolve gave no distance");
    const double actual = Geodesy::distanceMeters(a, b);
    QVERIFY2(std::fabs(actual - expected) <= 1.0,
             qPrintable(QStringLiteral("Geodesy %1 m, GeodSolve %2 m")
                                .arg(actual, 0, 'f', 3)
                                .arg(expected, 0, 'f', 3)));
    QVERIFY(std::fabs(Geodesy::distanceMeters(b, a) - actual) <= 1e-6);
}

void TestGeodesy::path_data()
{
    addPairs();
}

void TestGeodesy::path()
{
    QFETCH(LonLat, a);
    QFETCH(LonLat, b);
    QFETCH(bool, crossesAntimeridian);

    for (const double maxSegment : { 50'000.0, 400'000.0 }) {
        for (const int minPoints : { 2, 48 }) {
            const QVector<LonLat> path = Geodesy::path(a, b, maxSegment, minPoints);
            QVERIFY(path.size() >= minPoints);
            QCOMPARE(path.first(), a.normalized());
            QCOMPARE(path.last(), b.normalized());

            double sum = 0.0;
            bool jumps = false;
            for (int i = 0; i < path.size(); ++i) {
                QVERIFY2(path[i].lon >= -180.0 && path[i].lon <= 180.0, "longitude not normalised");
                QVERIFY(path[i].lat >= -90.0 && path[i].lat <= 90.0);
                if (i == 0)
                    continue;
                const double step = Geodesy::distanceMeters(path[i - 1], path[i]);
                QVERIFY2(step <= maxSegment * (1.0 + 1e-9),
                         qPrintable(QStringLiteral("step %1 is %2 m").arg(i).arg(step)));
                sum += step;
                jumps = jumps || std::fabs(path[i].lon - path[i - 1].lon) > 180.0;
            }
            // The points lie on the geodesic: the steps add up to its length.
            QVERIFY2(std::fabs(sum - Geodesy::distanceMeters(a, b)) <= 1e-3 * path.size(),
                     qPrintable(QString::number(sum - Geodesy::distanceMeters(a, b))));
            QCOMPARE(jumps, crossesAntimeridian);
        }
    }
}

void TestGeodesy::midpoint_data()
{
    addPairs();
}

void TestGeodesy::midpoint()
{
    QFETCH(LonLat, a);
    QFETCH(LonLat, b);

    const LonLat m = Geodesy::midpoint(a, b);
    const double total = Geodesy::distanceMeters(a, b);
    const double toA = Geodesy::distanceMeters(a, m);
    const double toB = Geodesy::distanceMeters(m, b);
    QVERIFY2(std::fabs(toA - toB) <= 1e-3,
             qPrintable(QStringLiteral("%1 m vs %2 m").arg(toA, 0, 'f', 4).arg(toB, 0, 'f', 4)));
    QVERIFY(std::fabs(toA + toB - total) <= 1e-3);
    QVERIFY(m.lon >= -180.0 && m.lon <= 180.0);
}

QTEST_GUILESS_MAIN(TestGeodesy)
#include "tst_geodesy.moc"
