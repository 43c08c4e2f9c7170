// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled atlas holds the seeds' facts: Istanbul's 42 with Berlin from 1989-11-17,
// Coventry's partnerships with their history, and a source for every row. It names places in
// the reader's language (Galway, not Gaillimh, in English; Warschau in German), finds them by
// every name, and what it shows speaks of the world, not of the files it was made from.
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "search/placesearch.h"

#include <QSqlQuery>
#include <QtTest>

using namespace twinatlas;

class tst_BundledAtlas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gazetteerIsComplete();
    void istanbulHasItsFortyTwo();
    void coventryHasItsHistory();
    void everyRowHasASource_data();
    void everyRowHasASource();
    void seedCorrectionsAreMade_data();
    void seedCorrectionsAreMade();
    void fictionalPlacesAreLeftOut();
    void namesFollowTheLanguage_data();
    void namesFollowTheLanguage();
    void cldrNamesLargeCities();
    void everyNameFindsThePlace_data();
    void everyNameFindsThePlace();
    void nothingShownSpeaksOfHowTheAtlasWasMade_data();
    void nothingShownSpeaksOfHowTheAtlasWasMade();
    void everyYearOnlyPartnershipHasItsSigning();

private:
    qint64 scalar(const QString &sql);
    PartnerEntry partner(const QString &homeUid, const QString &partnerName);

    AtlasDatabase m_db;
};

void tst_BundledAtlas::initTestCase()
{
    QVERIFY2(m_db.open(QStringLiteral(TWINATLAS_BUNDLED_DB), AtlasDatabase::Mode::ReadOnly),
             qPrintable(m_db.errorString()));
}

qint64 tst_BundledAtlas::scalar(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

PartnerEntry tst_BundledAtlas::partner(const QString &homeUid, const QString &partnerName)
{
    AtlasReader reader(m_db.connection());
    const auto home = reader.placeByUid(homeUid);
    if (!home)
        return {};
    for (const PartnerEntry &e : reader.partnersOf(home->id))
        if (e.partner.name == partnerName)
            return e;
    return {};
}

void tst_BundledAtlas::gazetteerIsComplete()
{
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM places WHERE geonameid IS NOT NULL")) > 130000);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM alternate_names")) > 500000);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM places WHERE kind IN ('region', 'district')"
                                  " AND geonameid IS NULL")) > 5);
}

void tst_BundledAtlas::istanbulHasItsFortyTwo()
{
    AtlasReader reader(m_db.connection());
    const auto istanbul = reader.placeByUid(QStringLiteral("gn:745044"));
    QVERIFY(istanbul);
    const QVector<PartnerEntry> partners = reader.partnersOf(istanbul->id);
    QVERIFY2(partners.size() >= 42, qPrintable(QString::number(partners.size())));
    const PartnerEntry berlin = partner(QStringLiteral("gn:745044"), QStringLiteral("Berlin"));
    QCOMPARE(berlin.partnership.startDate, QStringLiteral("1989-11-17"));
    QCOMPARE(berlin.partner.country, QStringLiteral("DE"));
    QCOMPARE(partner(QStringLiteral("gn:745044"), QStringLiteral("Houston")).partnership.startDate,
             QStringLiteral("1988"));
    QCOMPARE(partner(QStringLiteral("gn:745044"), QStringLiteral("Rio de Janeiro")).partnership.startDate,
             QStringLiteral("1965"));
    // Distances come along the WGS 84 geodesic: Istanbul–Berlin is about 1,737 km.
    QVERIFY(qAbs(berlin.distanceMeters - 1737e3) < 10e3);
}

void tst_BundledAtlas::coventryHasItsHistory()
{
    AtlasReader reader(m_db.connection());
    const auto coventry = reader.placeByUid(QStringLiteral("gn:2652221"));
    QVERIFY(coventry);
    QStringList names;
    for (const PartnerEntry &e : reader.partnersOf(coventry->id))
        names << e.partner.name;
    for (const char *expected : {"Volgograd", "Kiel", "Dresden", "Belgrade"})
        QVERIFY2(names.contains(QLatin1String(expected)), qPrintable(names.join(QLatin1String(", "))));
    const PartnerEntry volgograd = partner(QStringLiteral("gn:2652221"), QStringLiteral("Volgograd"));
    QCOMPARE(volgograd.partnership.startDate.left(4), QStringLiteral("1944"));
    const QVector<HistoryEvent> events = reader.eventsOf(volgograd.partnership.id);
    QVERIFY(events.size() >= 2);
    QStringList dates;
    for (const HistoryEvent &e : events) {
        dates << e.date;
        QVERIFY(!e.sources.isEmpty());
        QVERIFY(!e.description.isEmpty());
    }
    QVERIFY2(dates.first().startsWith(QLatin1String("1942")), qPrintable(dates.join(QLatin1Char(' '))));
    QVERIFY(std::is_sorted(dates.begin(), dates.end()));
    QCOMPARE(partner(QStringLiteral("gn:2652221"), QStringLiteral("Kiel")).partnership.startDate.left(4),
             QStringLiteral("1947"));
    QCOMPARE(partner(QStringLiteral("gn:2652221"), QStringLiteral("Dresden")).partnership.startDate.left(4),
             QStringLiteral("1956"));
}

void tst_BundledAtlas::everyRowHasASource_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("partnerships") << "SELECT count(*) FROM partnerships t WHERE NOT EXISTS"
                                     " (SELECT 1 FROM partnership_sources s WHERE s.partnership_id = t.id)";
    QTest::newRow("events") << "SELECT count(*) FROM events e WHERE NOT EXISTS"
                               " (SELECT 1 FROM event_sources s WHERE s.event_id = e.id)";
    QTest::newRow("extra places") << "SELECT count(*) FROM places WHERE geonameid IS NULL AND source_id IS NULL";
}

void tst_BundledAtlas::everyRowHasASource()
{
    QFETCH(QString, sql);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM partnerships")) > 300);
    QCOMPARE(scalar(sql), 0);
}

void tst_BundledAtlas::seedCorrectionsAreMade_data()
{
    QTest::addColumn<QString>("home");
    QTest::addColumn<QString>("partnerName");
    QTest::addColumn<QString>("country");
    QTest::newRow("Sarajevo is in Bosnia and Herzegovina") << "gn:2874545" << "Sarajevo" << "BA";
    QTest::newRow("Wourden is Woerden") << "gn:2828050" << "Woerden" << "NL";
    QTest::newRow("Schoungau is Schongau") << "gn:3174530" << "Schongau" << "DE";
    QTest::newRow("Pècs is Pécs") << "gn:2778067" << "Pécs" << "HU";
}

void tst_BundledAtlas::seedCorrectionsAreMade()
{
    QFETCH(QString, home);
    QFETCH(QString, partnerName);
    QFETCH(QString, country);
    const PartnerEntry e = partner(home, partnerName);
    QVERIFY2(e.partnership.id, qPrintable(partnerName));
    QCOMPARE(e.partner.country, country);
    QVERIFY(!e.partnership.note.isEmpty());
}

void tst_BundledAtlas::fictionalPlacesAreLeftOut()
{
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM partnerships t JOIN places p"
                                   " ON p.id IN (t.place_a, t.place_b) WHERE p.name LIKE 'Gotham%'")),
             0);
}

void tst_BundledAtlas::namesFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("uid");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("localName");
    QTest::newRow("Galway in English") << "en" << "gn:2964180" << "Galway" << "Gaillimh";
    QTest::newRow("Killarney in English") << "en" << "gn:2963370" << "Killarney" << "Cill Airne";
    QTest::newRow("Cologne in English") << "en" << "gn:2886242" << "Cologne" << "Köln";
    QTest::newRow("Toruń keeps its letters") << "en" << "gn:3083271" << "Toruń" << "Toruń";
    QTest::newRow("Warschau") << "de" << "gn:756135" << "Warschau" << "Warsaw";
    QTest::newRow("Venedig") << "de" << "gn:3164603" << "Venedig" << "Venice";
    QTest::newRow("Mailand") << "de" << "gn:3173435" << "Mailand" << "Milan";
    QTest::newRow("Köln in German") << "de" << "gn:2886242" << "Köln" << "Köln";
    QTest::newRow("Galway in German") << "de" << "gn:2964180" << "Galway" << "Gaillimh";
    // Names of a past rule are not today's German: not Thorn, Königsberg, Gdingen or Brünn.
    QTest::newRow("Toruń in German") << "de" << "gn:3083271" << "Toruń" << "Toruń";
    QTest::newRow("Kaliningrad in German") << "de" << "gn:554234" << "Kaliningrad" << "Kaliningrad";
    QTest::newRow("Gdynia in German") << "de" << "gn:3099424" << "Gdynia" << "Gdynia";
    QTest::newRow("Brno in German") << "de" << "gn:3078610" << "Brno" << "Brno";
    QTest::newRow("Prag from CLDR") << "de" << "gn:3067696" << "Prag" << "Prague";
    // The main name with words added is of another entity, or says nothing new.
    QTest::newRow("Montreuil in German") << "de" << "gn:2992090" << "Montreuil" << "Montreuil";
    QTest::newRow("Varsovie") << "fr" << "gn:756135" << "Varsovie" << "Warsaw";
    QTest::newRow("Milán") << "es" << "gn:3173435" << "Milán" << "Milan";
    QTest::newRow("Wenecja") << "pl" << "gn:3164603" << "Wenecja" << "Venice";
    QTest::newRow("Venedik") << "tr" << "gn:3164603" << "Venedik" << "Venice";
}

void tst_BundledAtlas::namesFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, uid);
    QFETCH(QString, name);
    QFETCH(QString, localName);
    const AtlasReader reader(m_db.connection(), language);
    const auto place = reader.placeByUid(uid);
    QVERIFY(place);
    QCOMPARE(place->name, name);
    QCOMPARE(place->localName, localName);
    // The list and the map take their names from here (Milan has no partnership, so it is in
    // neither); partners are named alike.
    bool listed = false;
    for (const PlaceSummary &s : reader.placesWithPartnerships())
        if (s.id == place->id)
            listed = s.name == name;
    QVERIFY2(listed == (place->partnerCount > 0), "the list names the place as the reader does");
    for (const PartnerEntry &e : reader.partnersOf(place->id)) {
        bool found = false;
        for (const PartnerEntry &back : reader.partnersOf(e.partner.id))
            found = found || (back.partner.id == place->id && back.partner.name == name);
        QVERIFY2(found, qPrintable(e.partner.name));
    }
}

void tst_BundledAtlas::cldrNamesLargeCities()
{
    // CLDR (ICU's exemplar cities) is stronger than GeoNames and names cities GeoNames' German
    // names miss: Mexiko-Stadt.
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT n.name, n.origin FROM place_names n JOIN places p"
                                  " ON p.id = n.place_id WHERE p.uid = 'gn:3530597' AND n.lang = 'de'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Mexiko-Stadt"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("cldr"));
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM place_names WHERE origin = 'cldr'")) > 100);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM place_names WHERE origin = 'geonames'")) > 2500);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM place_names WHERE origin IN ('wikidata', 'user')")), 0);
}

void tst_BundledAtlas::everyNameFindsThePlace_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("uid");
    for (const char *name : {"Gaillimh", "Galway"})
        QTest::newRow(name) << name << "gn:2964180";
    for (const char *name : {"Cill Airne", "Killarney"})
        QTest::newRow(name) << name << "gn:2963370";
    for (const char *name : {"Warsaw", "Warszawa", "Warschau", "Varsovie", "Varşova"})
        QTest::newRow(name) << name << "gn:756135";
    for (const char *name : {"Venice", "Venezia", "Venedig", "Venecia", "Wenecja"})
        QTest::newRow(name) << name << "gn:3164603";
    for (const char *name : {"Milan", "Milano", "Mailand", "Milán", "Mediolan"})
        QTest::newRow(name) << name << "gn:3173435";
    QTest::newRow("Mexiko-Stadt") << "Mexiko-Stadt" << "gn:3530597";
}

void tst_BundledAtlas::everyNameFindsThePlace()
{
    QFETCH(QString, text);
    QFETCH(QString, uid);
    const auto place = AtlasReader(m_db.connection()).placeByUid(uid);
    QVERIFY(place);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        bool found = false;
        for (const SearchHit &hit : PlaceSearch(m_db.connection(), language).search(text))
            found = found || hit.placeId == place->id;
        QVERIFY2(found, qPrintable(language));
    }
}

void tst_BundledAtlas::nothingShownSpeaksOfHowTheAtlasWasMade_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("place notes") << "SELECT uid, note FROM places WHERE note <> ''";
    QTest::newRow("partnership notes") << "SELECT uid, note FROM partnerships WHERE note <> ''";
    QTest::newRow("event descriptions") << "SELECT uid, description FROM events";
    QTest::newRow("source titles") << "SELECT uid, title FROM sources";
    QTest::newRow("source documents") << "SELECT uid, document FROM sources WHERE document <> ''";
}

void tst_BundledAtlas::nothingShownSpeaksOfHowTheAtlasWasMade()
{
    QFETCH(QString, sql);
    // "the seed's Stalingrad", "seeds/001_….txt", "data/partnerships/x.tsv", "/usr/share/…": a
    // word of the project's making, or a file path (a name with a folder and an extension, or an
    // absolute path; "Schwedt/Oder" is neither).
    static const QRegularExpression made(
            QStringLiteral("seed|(^|[\\s(])(/[\\w.-]+)+/|[\\w.-]+(/[\\w.-]+)+\\.[a-z]{1,4}\\b"),
            QRegularExpression::CaseInsensitiveOption);
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(sql));
    int rows = 0;
    QStringList found;
    while (q.next()) {
        ++rows;
        const QString text = q.value(1).toString();
        if (made.match(text).hasMatch())
            found << q.value(0).toString() + QStringLiteral(": ") + text;
    }
    QVERIFY(rows > 0);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void tst_BundledAtlas::everyYearOnlyPartnershipHasItsSigning()
{
    // A partnership the sources date to a year shows that year in its timeline: Istanbul–Cairo
    // (1988) and the other year-only Istanbul partnerships have their "signed" event.
    QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM partnerships t JOIN places p ON p.id = t.place_a"
                     " WHERE p.uid = 'gn:745044' AND t.start_date IS NOT NULL AND NOT EXISTS"
                     " (SELECT 1 FROM events e WHERE e.partnership_id = t.id AND e.type = 'signed')")),
             0);
    // Every event has a date (the schema says so); an undated fact is a note, not an event.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events WHERE description LIKE"
                                   " '%year of the exchange not stated%'")),
             0);
}

QTEST_GUILESS_MAIN(tst_BundledAtlas)
#include "tst_bundledatlas.moc"
