// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/partialdate.h"

#include <QtTest>

using namespace twinatlas;

class tst_PartialDate : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void compare_data();
    void compare();
};

void tst_PartialDate::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QString>("display");
    QTest::newRow("year") << "1988" << true << int(PartialDate::Precision::Year) << "1988";
    QTest::newRow("month") << "1989-11" << true << int(PartialDate::Precision::Month) << "November 1989";
    QTest::newRow("day") << "1989-11-17" << true << int(PartialDate::Precision::Day) << "17 November 1989";
    QTest::newRow("leap day") << "2000-02-29" << true << int(PartialDate::Precision::Day) << "29 February 2000";
    QTest::newRow("no leap day") << "1900-02-29" << false << 0 << "";
    QTest::newRow("month 0") << "1989-00" << false << 0 << "";
    QTest::newRow("short year") << "89" << false << 0 << "";
    QTest::newRow("german order") << "17.11.1989" << false << 0 << "";
    QTest::newRow("trailing text") << "1989-11-17T00:00" << false << 0 << "";
}

void tst_PartialDate::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, precision);
    QFETCH(QString, display);
    const PartialDate d = PartialDate::fromIso(text);
    QCOMPARE(d.isValid(), valid);
    if (!valid) {
        QVERIFY(d.errorString().contains(text));
        return;
    }
    QCOMPARE(int(d.precision()), precision);
    QCOMPARE(d.toIso(), text);
    QCOMPARE(d.toDisplayString(QLocale(QLocale::English)), display);
}

void tst_PartialDate::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("sign");
    QTest::newRow("years") << "1988" << "1989" << -1;
    QTest::newRow("year vs day in it") << "1989" << "1989-11-17" << 0;
    QTest::newRow("month vs day in it") << "1989-11" << "1989-11-17" << 0;
    QTest::newRow("month vs later month") << "1989-12" << "1989-11-17" << 1;
    QTest::newRow("days") << "1989-11-18" << "1989-11-17" << 1;
}

void tst_PartialDate::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, sign);
    const int c = PartialDate::compareAtCommonPrecision(PartialDate::fromIso(a), PartialDate::fromIso(b));
    QCOMPARE(c < 0 ? -1 : c > 0 ? 1 : 0, sign);
}

QTEST_GUILESS_MAIN(tst_PartialDate)
#include "tst_partialdate.moc"
