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
    void displayPerLocale_data();
    void displayPerLocale();
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
    QCOMPARE(d.toDisplayString(QLocale(QLocale::English, QLocale::UnitedKingdom)), display);
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

void tst_PartialDate::displayPerLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("year");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("day");
    // Each at its own precision, as the language writes a date: the month's name alone (Polish
    // "listopad") for a month, inflected within a full date ("17 listopada 1989"), no weekday.
    QTest::newRow("en_GB") << "en_GB" << "1989" << "November 1989" << "17 November 1989";
    QTest::newRow("en_US") << "en_US" << "1989" << "November 1989" << "November 17, 1989";
    QTest::newRow("de") << "de_DE" << "1989" << "November 1989" << "17. November 1989";
    QTest::newRow("de_AT") << "de_AT" << "1989" << "November 1989" << "17. November 1989";
    QTest::newRow("fr") << "fr_FR" << "1989" << "novembre 1989" << "17 novembre 1989";
    QTest::newRow("es") << "es_ES" << "1989" << "noviembre de 1989" << "17 de noviembre de 1989";
    QTest::newRow("tr") << "tr_TR" << "1989" << "Kasım 1989" << "17 Kasım 1989";
    QTest::newRow("pl") << "pl_PL" << "1989" << "listopad 1989" << "17 listopada 1989";
}

void tst_PartialDate::displayPerLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, year);
    QFETCH(QString, month);
    QFETCH(QString, day);
    const QLocale l(locale);
    QCOMPARE(PartialDate::fromIso(QStringLiteral("1989")).toDisplayString(l), year);
    QCOMPARE(PartialDate::fromIso(QStringLiteral("1989-11")).toDisplayString(l), month);
    QCOMPARE(PartialDate::fromIso(QStringLiteral("1989-11-17")).toDisplayString(l), day);

    // Without a locale, the default one: what Translators::install() sets at start.
    const QLocale saved;
    QLocale::setDefault(l);
    QCOMPARE(PartialDate::fromIso(QStringLiteral("1989-11")).toDisplayString(), month);
    QLocale::setDefault(saved);
}

QTEST_GUILESS_MAIN(tst_PartialDate)
#include "tst_partialdate.moc"
