// SPDX-License-Identifier: GPL-3.0-or-later
// The nearest place with partnerships, by the WGS 84 geodesic: across the antimeridian, near
// the poles, and with nothing to find.
#include "geo/geodesy.h"
#include "location/nearestplacefinder.h"

#include <QtTest>

using namespace twinatlas;

class tst_NearestPlace : public QObject
{
    Q_OBJECT

private slots:
    void nearest_data();
    void nearest();
    void nothingToFind();
    void distanceIsTheGeodesic();
};

namespace {

PlaceSummary place(qint64 id, const char *name, double lon, double lat)
{
    PlaceSummary p;
    p.id = id;
    p.name = QString::fromUtf8(name);
    p.position = {lon, lat};
    p.partnerCount = 1;
    return p;
}

QVector<PlaceSummary> places()
{
    return {place(1, "Düsseldorf", 6.77616, 51.22172), place(2, "Reading", -0.97113, 51.45625),
            place(3, "Suva", 178.44149, -18.14161), place(4, "Apia", -171.76666, -13.83333),
            place(5, "Longyearbyen", 15.64007, 78.22334), place(6, "Nuuk", -51.72157, 64.18347),
            place(7, "Chemnitz", 12.92922, 50.8357), place(8, "Lomaloma", -178.82, -17.29)};
}

} // namespace

void tst_NearestPlace::nearest_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("Düsseldorf airport") << 6.7668 << 51.2895 << qint64(1);
    QTest::newRow("Heathrow") << -0.4543 << 51.47 << qint64(2);
    // Lomaloma is 1.3° of longitude away across the antimeridian (140 km), Suva 1.5° on this
    // side of it (200 km); longitudes subtracted without wrapping would choose Suva.
    QTest::newRow("across the antimeridian") << 179.9 << -17.0 << qint64(8);
    QTest::newRow("east of the antimeridian") << -175.0 << -14.0 << qint64(4);
    // Near the pole a degree of longitude is short: Longyearbyen is nearer than its
    // longitude difference suggests.
    QTest::newRow("North Pole") << -60.0 << 89.9 << qint64(5);
}

void tst_NearestPlace::nearest()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(qint64, expected);
    const auto found = NearestPlaceFinder(places()).nearest({lon, lat});
    QVERIFY(found);
    QCOMPARE(found->place.id, expected);
}

void tst_NearestPlace::nothingToFind()
{
    QVERIFY(!NearestPlaceFinder({}).nearest({6.0, 51.0}));
}

void tst_NearestPlace::distanceIsTheGeodesic()
{
    const LonLat airport{6.7668, 51.2895};
    const auto found = NearestPlaceFinder(places()).nearest(airport);
    QVERIFY(found);
    QCOMPARE(found->distanceMeters, Geodesy::distanceMeters(airport, {6.77616, 51.22172}));
    // GeodSolve -i: 51.2895 6.7668 51.22172 6.77616 gives 7569.0 m.
    QVERIFY2(qAbs(found->distanceMeters - 7569.0) < 1.0, qPrintable(QString::number(found->distanceMeters)));
}

QTEST_GUILESS_MAIN(tst_NearestPlace)
#include "tst_nearestplace.moc"
