// SPDX-License-Identifier: GPL-3.0-or-later
// Resolving names against the bundled gazetteer: every rule (GeoNames id, names in any
// language, qualifiers and designators, St./Saint, typos, countries as names, codes, regions and
// states that broke up, coordinates) and every refusal (another country, a tie, nothing found);
// then a pasted seed comment resolved to the right places.
#include "db/atlasdatabase.h"
#include "geo/geodesy.h"
#include "io/countryresolver.h"
#include "io/gazetteerindex.h"
#include "io/pastedlist.h"
#include "io/placeresolver.h"
#include "io/placetext.h"

#include <QFile>
#include <QTest>

using namespace twinatlas;

Q_DECLARE_METATYPE(Resolution::Outcome)

class TestPlaceResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void interpretsCountries_data();
    void interpretsCountries();
    void resolves_data();
    void resolves();
    void pastedSeedComment_data();
    void pastedSeedComment();
    void oddTextIsDoubtful_data();
    void oddTextIsDoubtful();

private:
    PlaceReference reference(const QString &text, const QString &country) const;

    AtlasDatabase m_atlas;
    GazetteerIndex m_index;
};

void TestPlaceResolver::initTestCase()
{
    QVERIFY2(m_atlas.open(QStringLiteral(TWINATLAS_BUNDLED_DB), AtlasDatabase::Mode::ReadOnly),
             qPrintable(m_atlas.errorString()));
    QString error;
    QVERIFY2(m_index.load(m_atlas.connection(), &error), qPrintable(error));
    QVERIFY(m_index.size() > 130000);
}

void TestPlaceResolver::interpretsCountries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("country");
    QTest::addColumn<bool>("names");
    QTest::newRow("English") << "Germany" << "DE" << true;
    QTest::newRow("German") << "Deutschland" << "DE" << true;
    QTest::newRow("Italian") << "Germania" << "DE" << true;
    QTest::newRow("French") << "Allemagne" << "DE" << true;
    QTest::newRow("alpha-2") << "DE" << "DE" << true;
    QTest::newRow("alpha-3") << "DEU" << "DE" << true;
    QTest::newRow("lower-case word") << "de" << "" << false;
    QTest::newRow("Turkey, former name") << "Turkey" << "TR" << true;
    QTest::newRow("Türkei") << "Türkei" << "TR" << true;
    QTest::newRow("Scotland") << "Scotland" << "GB" << true;
    QTest::newRow("Kosovo") << "Kosovo" << "XK" << true;
    QTest::newRow("Yugoslavia") << "Yugoslavia" << "HR" << true;
    QTest::newRow("USSR") << "USSR" << "LT" << true;
    QTest::newRow("Czechoslovakia in German") << "Tschechoslowakei" << "SK" << true;
    QTest::newRow("typo") << "Phillippines" << "PH" << true;
    QTest::newRow("region implies country") << "Brandenburg" << "DE" << false;
    QTest::newRow("US state code") << "TN" << "US" << false;
}

void TestPlaceResolver::interpretsCountries()
{
    QFETCH(QString, text);
    QFETCH(QString, country);
    QFETCH(bool, names);
    const CountryInterpretation m = m_index.countries().interpret(text);
    if (country.isEmpty()) {
        QVERIFY(m.countries.isEmpty());
        return;
    }
    QVERIFY2(m.impliedCountries().contains(country), qPrintable(m.impliedCountries().join(u',')));
    QCOMPARE(m.countries.contains(country), names);
}

PlaceReference TestPlaceResolver::reference(const QString &text, const QString &country) const
{
    PlaceReference ref;
    const PlaceText::Parts parts = PlaceText::split(text);
    ref.text = text;
    ref.name = parts.name;
    ref.written = parts.written;
    ref.alternatives = parts.alternatives;
    ref.qualifiers = parts.qualifiers;
    ref.country = country;
    return ref;
}

void TestPlaceResolver::resolves_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("country");
    QTest::addColumn<qint64>("geonameId");
    QTest::addColumn<QPointF>("position"); // given in the file; (999, 999) for none
    QTest::addColumn<Resolution::Outcome>("outcome");
    QTest::addColumn<QPointF>("expected"); // lon, lat of the right place
    const QPointF none(999, 999);
    using O = Resolution::Outcome;
    QTest::newRow("name and country") << "Düsseldorf" << "Germany" << qint64(0) << none << O::Matched << QPointF(6.776, 51.222);
    QTest::newRow("no diacritics, German country") << "Dusseldorf" << "Deutschland" << qint64(0) << none << O::Matched << QPointF(6.776, 51.222);
    QTest::newRow("ue spelling, code") << "Duesseldorf" << "DE" << qint64(0) << none << O::Matched << QPointF(6.776, 51.222);
    QTest::newRow("country in Italian") << "Düsseldorf" << "Germania" << qint64(0) << none << O::Matched << QPointF(6.776, 51.222);
    QTest::newRow("alternate name, country in German") << "Moskau" << "Russland" << qint64(0) << none << O::Matched << QPointF(37.62, 55.75);
    QTest::newRow("GeoNames id wins over the name") << "Somewhere" << "" << qint64(2934246) << none << O::Matched << QPointF(6.776, 51.222);
    QTest::newRow("qualifier after comma") << "Friedberg, Hesse" << "" << qint64(0) << none << O::Matched << QPointF(8.755, 50.336);
    QTest::newRow("qualifier in brackets") << "Wandsbek (Hamburg)" << "" << qint64(0) << none << O::Matched << QPointF(10.09, 53.58);
    QTest::newRow("District") << "Ialoveni District" << "Moldova" << qint64(0) << none << O::Matched << QPointF(28.78, 46.94);
    QTest::newRow("Prefecture") << "Chiba Prefecture" << "Japan" << qint64(0) << none << O::Matched << QPointF(140.12, 35.6);
    QTest::newRow("St. for Saint") << "St. Etienne" << "France" << qint64(0) << none << O::Matched << QPointF(4.39, 45.43);
    QTest::newRow("St. Louis") << "St. Louis" << "USA" << qint64(0) << none << O::Matched << QPointF(-90.2, 38.63);
    QTest::newRow("region as the country") << "Beelitz" << "Brandenburg, Germany" << qint64(0) << none << O::Matched << QPointF(12.97, 52.24);
    QTest::newRow("state code") << "Nashville" << "TN" << qint64(0) << none << O::Matched << QPointF(-86.78, 36.17);
    QTest::newRow("England") << "Swindon" << "England" << qint64(0) << none << O::Matched << QPointF(-1.78, 51.56);
    QTest::newRow("Kosovo") << "Prizren" << "Kosovo" << qint64(0) << none << O::Matched << QPointF(20.74, 42.21);
    QTest::newRow("Turkey") << "Istanbul" << "Turkey" << qint64(0) << none << O::Matched << QPointF(28.95, 41.01);
    QTest::newRow("USSR") << "Kaunas" << "USSR" << qint64(0) << none << O::Matched << QPointF(23.9, 54.9);
    QTest::newRow("typo in the name") << "Dubrovnic" << "Croatia" << qint64(0) << none << O::Matched << QPointF(18.09, 42.65);
    QTest::newRow("typo in the country") << "Tampere" << "Finlad" << qint64(0) << none << O::Matched << QPointF(23.79, 61.5);
    QTest::newRow("region narrows a tie") << "Springfield" << "Illinois" << qint64(0) << none << O::Matched << QPointF(-89.64, 39.8);
    QTest::newRow("the clearly larger one") << "Frankfurt" << "Germany" << qint64(0) << none << O::Matched << QPointF(8.68, 50.11);
    QTest::newRow("coordinates pick among namesakes") << "Paris" << "" << qint64(0) << QPointF(-95.55, 33.66) << O::Matched << QPointF(-95.55, 33.66);
    QTest::newRow("unknown name at coordinates: new place") << "Nailuva" << "Fiji" << qint64(0) << QPointF(178.1, -17.9) << O::Created << QPointF(178.1, -17.9);
    QTest::newRow("refused: only in another country") << "Sarajevo" << "Croatia" << qint64(0) << none << O::Doubtful << none;
    QTest::newRow("refused: namesakes of similar size") << "Springfield" << "USA" << qint64(0) << none << O::Doubtful << none;
    QTest::newRow("refused: typo and no country") << "Dubrovnic" << "" << qint64(0) << none << O::Doubtful << none;
    QTest::newRow("nothing found") << "Xqzvbnmkl" << "France" << qint64(0) << none << O::Unresolved << none;
    // Qualifiers that name the parent decide among namesakes, or make the name doubtful.
    QTest::newRow("district of a city: Chaoyang (Beijing)") << "Chaoyang (Beijing)" << "China" << qint64(0) << none << O::Matched << QPointF(116.43, 39.92);
    QTest::newRow("district of a city: Dongcheng (Beijing)") << "Dongcheng (Beijing)" << "China" << qint64(0) << none << O::Matched << QPointF(116.40, 39.93);
    QTest::newRow("district of a city: Xicheng (Beijing)") << "Xicheng (Beijing)" << "China" << qint64(0) << none << O::Matched << QPointF(116.36, 39.91);
    QTest::newRow("district of a city: Huishan (Wuxi)") << "Huishan (Wuxi)" << "China" << qint64(0) << none << O::Matched << QPointF(120.28, 31.69);
    QTest::newRow("the parent decides: Xiaodian (Taiyuan)") << "Xiaodian (Taiyuan)" << "China" << qint64(0) << none << O::Matched << QPointF(112.56, 37.74);
    QTest::newRow("region, not a town of that name: Toledo (Oregon)") << "Toledo (Oregon)" << "United States" << qint64(0) << none << O::Matched << QPointF(-123.94, 44.62);
    QTest::newRow("county beside the name") << "Columbus, Franklin County" << "USA" << qint64(0) << none << O::Matched << QPointF(-83.0, 39.96);
    QTest::newRow("state code after the name") << "Springfield IL" << "" << qint64(0) << none << O::Matched << QPointF(-89.64, 39.8);
    QTest::newRow("refused: none in the parent named") << "Miyoshi, Saitama" << "Japan" << qint64(0) << none << O::Doubtful << none;
    // Regions and districts at their seat.
    QTest::newRow("county: Hawaii County") << "Hawaii County" << "United States" << qint64(0) << none << O::Matched << QPointF(-155.09, 19.73);
    QTest::newRow("region: Osh Region") << "Osh Region" << "Kyrgyzstan" << qint64(0) << none << O::Matched << QPointF(72.80, 40.53);
    QTest::newRow("cercle: Bandiagara Cercle") << "Bandiagara Cercle" << "Mali" << qint64(0) << none << O::Matched << QPointF(-3.61, 14.35);
    QTest::newRow("numbered district: Budapest VII") << "Budapest VII – Erzsébetváros" << "Hungary" << qint64(0) << none << O::Matched << QPointF(19.07, 47.50);
    QTest::newRow("district named with its word") << "Arkansas (district)" << "United States" << qint64(0) << none << O::Matched << QPointF(-91.55, 34.29);
    QTest::newRow("region named bare") << "Bavaria" << "Germany" << qint64(0) << none << O::Matched << QPointF(11.58, 48.14);
    // A letter or two from a small place is another place the atlas lacks, not that one.
    QTest::newRow("refused: Weyhe is not Weyher") << "Weyhe" << "Germany" << qint64(0) << none << O::Doubtful << none;
    QTest::newRow("refused: Dömös is not Domony") << "Dömös" << "Hungary" << qint64(0) << none << O::Doubtful << none;
    QTest::newRow("refused: Haßberge is not Haßbergen") << "Haßberge" << "Germany" << qint64(0) << none << O::Doubtful << none;
    QTest::newRow("refused: Haßberge (district)") << "Haßberge (district)" << "Germany" << qint64(0) << none << O::Doubtful << none;
    // Namesakes of similar size in one country stay doubtful.
    QTest::newRow("refused: Columbus") << "Columbus" << "United States" << qint64(0) << none << O::Doubtful << none;
    QTest::newRow("refused: Lafayette") << "Lafayette" << "United States" << qint64(0) << none << O::Doubtful << none;
}

void TestPlaceResolver::resolves()
{
    QFETCH(QString, text);
    QFETCH(QString, country);
    QFETCH(qint64, geonameId);
    QFETCH(QPointF, position);
    QFETCH(Resolution::Outcome, outcome);
    QFETCH(QPointF, expected);
    PlaceReference ref = reference(text, country);
    ref.geonameId = geonameId;
    if (position.x() < 900)
        ref.position = LonLat{position.x(), position.y()};
    const PlaceResolver resolver(m_index);
    const Resolution r = resolver.resolve(ref);
    QVERIFY2(r.outcome == outcome,
             qPrintable(QStringLiteral("%1: %2 (%3)").arg(Resolution::outcomeName(r.outcome), r.reason,
                                                          r.place >= 0 ? resolver.describe(r.place) : QString())));
    QVERIFY(!r.reason.isEmpty());
    if (outcome == Resolution::Outcome::Matched) {
        const LonLat at = m_index.place(r.place).position;
        const double km = Geodesy::distanceMeters(at, LonLat{expected.x(), expected.y()}) / 1000;
        QVERIFY2(km < 25, qPrintable(QStringLiteral("%1 is %2 km away").arg(resolver.describe(r.place)).arg(km)));
        QVERIFY(r.confidence > 0.5);
    } else if (outcome == Resolution::Outcome::Created) {
        QCOMPARE(r.newPosition.lon, expected.x());
        QCOMPARE(r.newCountry, QStringLiteral("FJ"));
    } else if (outcome == Resolution::Outcome::Doubtful) {
        QVERIFY(!r.candidates.isEmpty());
        QCOMPARE(r.place, -1);
    }
}

void TestPlaceResolver::pastedSeedComment_data()
{
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("home");
    QTest::addColumn<QList<QPointF>>("places");
    QTest::addColumn<QStringList>("details"); // kind/status/start/end of each, or empty
    // ThePolishGirl's comment on the Postcrossing post (seeds/000), as written.
    QTest::newRow("Toruń") << QStringLiteral(
            "My gorgeous Toruń, Poland, is a Sister City of:\n\n- Philadelphia, USA\n- Göttingen, Germany\n"
            "- Leiden, The Netherlands\n- Hämeenlinna, Finland\n- Kaliningrad, Russia\n- Čadca, Slovakia\n"
            "- Swindon, England\n- Lutsk, Ukraine\n- Novo Mesto, Slovenia\n- Guilin, China\n- Angers, France\n"
            "- Kovno/Kaunas, Lithuania\n")
                           << "Toruń, Poland"
                           << QList<QPointF>{{-75.16, 39.95}, {9.93, 51.53}, {4.49, 52.16}, {24.46, 61.0},
                                             {20.51, 54.71}, {18.79, 49.44}, {-1.78, 51.56}, {25.33, 50.76},
                                             {15.17, 45.8}, {110.29, 25.28}, {-0.55, 47.47}, {23.9, 54.9}}
                           << QStringList{"sister_city"};
    // Lorelai's: years, a range, regions after slashes, a province.
    QTest::newRow("Ratingen") << QStringLiteral(
            "Maubeuge, France (since 1958)\nLes Quesnoy, France (since 1963)\n"
            "Cramlington, United Kingdom (from 1967 to 2016)\nVermillion, South Dakota/USA (since 1969)\n"
            "Kokkola, Finland (since 1989)\nBeelitz, Brandenburg/Germany (since 1990)\nGagarin, Russia (since 1998)\n"
            "Wuxi, Province Jiangsu/China (since 2007)\n")
                              << "Ratingen, Germany"
                              << QList<QPointF>{{3.97, 50.28}, {3.64, 50.25}, {-1.6, 55.09}, {-96.93, 42.78},
                                                {23.13, 63.84}, {12.97, 52.24}, {35.0, 55.55}, {120.29, 31.57}}
                              << QStringList{"|active|1958|", "|active|1963|", "|ended|1967|2016"};
    // MetkaKS's: flag names before the names, a heading that makes the rest friendships.
    QTest::newRow("Celje") << QStringLiteral(
            "Helo from Celje, which is twinned with:\nGermany Grevenbroich, Germany, since 1986\n"
            "Bosnia and Herzegovina Doboj, Bosnia and Hercegovina, since 1965\n\n"
            "Celje has friendship agreements with:\nMontenegro Budva, Montenegro\nAustria Graz, Austria\n")
                           << "Celje, Slovenia"
                           << QList<QPointF>{{6.59, 51.09}, {18.09, 44.73}, {18.84, 42.29}, {15.45, 47.07}}
                           << QStringList{"twin_town|active|1986|", "twin_town|active|1965|", "friendship_city|||",
                                          "friendship_city|||"};
}

void TestPlaceResolver::pastedSeedComment()
{
    QFETCH(QString, comment);
    QFETCH(QString, home);
    QFETCH(QList<QPointF>, places);
    QFETCH(QStringList, details);
    PastedList list(m_index.countries());
    const QVector<ImportRecord> records = list.parse(comment, reference(home, QString()));
    QCOMPARE(records.size(), places.size());
    const PlaceResolver resolver(m_index);
    const Resolution homeResolution = resolver.resolve(records.first().place);
    QCOMPARE(homeResolution.outcome, Resolution::Outcome::Matched);
    for (int i = 0; i < records.size(); ++i) {
        const Resolution r = resolver.resolve(records.at(i).partner);
        QVERIFY2(r.outcome == Resolution::Outcome::Matched,
                 qPrintable(records.at(i).text + QStringLiteral(": ") + r.reason));
        const double km = Geodesy::distanceMeters(m_index.place(r.place).position,
                                                  LonLat{places.at(i).x(), places.at(i).y()}) / 1000;
        QVERIFY2(km < 25, qPrintable(QStringLiteral("%1 -> %2, %3 km off").arg(records.at(i).text, resolver.describe(r.place)).arg(km)));
        if (details.size() == 1) {
            QCOMPARE(records.at(i).kind, details.first());
        } else if (i < details.size()) {
            const QStringList d = details.at(i).split(u'|');
            if (!d.at(0).isEmpty())
                QCOMPARE(records.at(i).kind, d.at(0));
            const QString status = records.at(i).status.isEmpty() ? QStringLiteral("active") : records.at(i).status;
            if (!d.at(1).isEmpty())
                QCOMPARE(status, d.at(1));
            QCOMPARE(records.at(i).start, d.at(2));
            QCOMPARE(records.at(i).end, d.value(3));
        }
    }
}

void TestPlaceResolver::oddTextIsDoubtful_data()
{
    // Stray punctuation, mojibake and markup are not silently read past: such a name is doubtful
    // (never matched to a place whose alternate happens to fold alike, never a new place), and
    // the text stays as written. Names with the punctuation place names have are still matched.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QPointF>("position"); // given in the file; (999, 999) for none
    QTest::addColumn<Resolution::Outcome>("outcome");
    const QPointF none(999, 999);
    using O = Resolution::Outcome;
    QTest::newRow("quote inside a name") << "Ber\"lin" << "" << none << O::Doubtful;
    QTest::newRow("quote inside a name, country given") << "Ber\"lin" << "Germany" << none << O::Doubtful;
    QTest::newRow("mojibake of invalid UTF-8") << QStringLiteral("K\u00c3(ln") << "Germany" << none << O::Doubtful;
    QTest::newRow("mojibake of valid UTF-8") << QStringLiteral("K\u00c3\u00b6ln") << "Germany" << none << O::Doubtful;
    QTest::newRow("spreadsheet formula") << "=HYPERLINK(\"http://example.org\",\"click me\")" << "" << none << O::Doubtful;
    QTest::newRow("formula at coordinates: no new place") << "=HYPERLINK(\"http://example.org\",\"click me\")" << ""
                                                        << QPointF(13.4, 52.5) << O::Doubtful;
    QTest::newRow("HTML left in a name") << "<b>Berlin</b>x<i" << "Germany" << none << O::Doubtful;
    QTest::newRow("hyphen and apostrophe are names") << "L'Aquila" << "Italy" << none << O::Matched;
    QTest::newRow("hyphen") << QStringLiteral("Saint-\u00c9tienne") << "France" << none << O::Matched;
    QTest::newRow("dot of an abbreviation") << "St. Louis" << "USA" << none << O::Matched;
    QTest::newRow("capital A tilde in capitals") << QStringLiteral("S\u00c3O PAULO") << "Brazil" << none << O::Matched;
}

void TestPlaceResolver::oddTextIsDoubtful()
{
    QFETCH(QString, text);
    QFETCH(QString, country);
    QFETCH(QPointF, position);
    QFETCH(Resolution::Outcome, outcome);
    PlaceReference ref = reference(text, country);
    if (position.x() < 900)
        ref.position = LonLat{position.x(), position.y()};
    const PlaceResolver resolver(m_index);
    const Resolution r = resolver.resolve(ref);
    QVERIFY2(r.outcome == outcome,
             qPrintable(QStringLiteral("%1: %2 (%3)").arg(Resolution::outcomeName(r.outcome), r.reason,
                                                          r.place >= 0 ? resolver.describe(r.place) : QString())));
    QCOMPARE(ref.text, text); // shown as it was
    if (outcome == Resolution::Outcome::Doubtful) {
        QCOMPARE(r.place, -1);
        QVERIFY(r.newName.isEmpty());
        QVERIFY(!r.reason.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestPlaceResolver)
#include "tst_placeresolver.moc"
