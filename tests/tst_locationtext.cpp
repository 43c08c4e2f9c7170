// SPDX-License-Identifier: GPL-3.0-or-later
// How distances and fix times read: kilometres in the user's number format, UTC times that say
// which part the source did not give.
#include "location/locationtext.h"

#include <QtTest>

using namespace twinatlas;

class tst_LocationText : public QObject
{
    Q_OBJECT

private slots:
    void distance_data();
    void distance();
    void lonLat();
    void isoTime_data();
    void isoTime();
    void displayTime_data();
    void displayTime();
};

void tst_LocationText::distance_data()
{
    QTest::addColumn<double>("meters");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");

    QTest::newRow("standing in it") << 0.0 << "en_GB" << "0.0 km";
    QTest::newRow("a walk") << 340.0 << "en_GB" << "0.3 km";
    QTest::newRow("the airport") << 7549.6 << "en_GB" << "7.5 km";
    QTest::newRow("rounds to the nearest") << 7551.0 << "en_GB" << "7.6 km";
    QTest::newRow("last with a decimal") << 99949.0 << "en_GB" << "99.9 km";
    QTest::newRow("first without") << 99951.0 << "en_GB" << "100 km";
    QTest::newRow("Berlin–Istanbul") << 1737400.0 << "en_GB" << "1,737 km";
    QTest::newRow("German decimal comma") << 7549.6 << "de_DE" << "7,5 km";
    QTest::newRow("German grouping") << 1737400.0 << "de_DE" << "1.737 km";
    QTest::newRow("half the world") << 20003931.0 << "fr_FR" << QStringLiteral("20\u202f004 km");
}

void tst_LocationText::distance()
{
    QFETCH(double, meters);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(LocationText::distance(meters, QLocale(locale)), expected);
}

void tst_LocationText::lonLat()
{
    QCOMPARE(LocationText::lonLat({6.7668, 51.2895}), QStringLiteral("6.76680 51.28950"));
    QCOMPARE(LocationText::lonLat({-0.9781, -33.123456}), QStringLiteral("-0.97810 -33.12346"));
}

void tst_LocationText::isoTime_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QString>("expected");

    QTest::newRow("date and time") << QDate(2024, 5, 14) << QTime(10, 5, 12) << "2024-05-14T10:05:12Z";
    QTest::newRow("milliseconds kept") << QDate(2024, 5, 14) << QTime(10, 5, 12, 250)
                                       << "2024-05-14T10:05:12.250Z";
    QTest::newRow("no date (GGA)") << QDate() << QTime(12, 34, 57) << "T12:34:57Z";
    QTest::newRow("no time") << QDate(2024, 5, 14) << QTime() << "";
}

void tst_LocationText::isoTime()
{
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(QString, expected);
    PositionFix fix;
    fix.date = date;
    fix.time = time;
    QCOMPARE(LocationText::isoTime(fix), expected);
}

void tst_LocationText::displayTime_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");

    QTest::newRow("English") << QDate(2024, 5, 14) << QTime(10, 5, 12) << "en_GB"
                             << "14 May 2024, 10:05 UTC";
    QTest::newRow("German month") << QDate(2024, 3, 1) << QTime(9, 0) << "de_DE"
                                  << QStringLiteral("1 März 2024, 09:00 UTC");
    QTest::newRow("no date") << QDate() << QTime(12, 34, 57) << "en_GB" << "12:34 UTC";
    QTest::newRow("no time") << QDate(2024, 5, 14) << QTime() << "en_GB" << "";
}

void tst_LocationText::displayTime()
{
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    PositionFix fix;
    fix.date = date;
    fix.time = time;
    QCOMPARE(LocationText::displayTime(fix, QLocale(locale)), expected);
}

QTEST_GUILESS_MAIN(tst_LocationText)
#include "tst_locationtext.moc"
