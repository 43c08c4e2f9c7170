// SPDX-License-Identifier: GPL-3.0-or-later
// Search over the bundled gazetteer: spellings people type find the place they mean, ranked by
// population.
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "search/placesearch.h"
#include "search/textfold.h"

#include <QSqlQuery>
#include <QtTest>

using namespace twinatlas;

class tst_PlaceSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fold_data();
    void fold();
    void findsThePlace_data();
    void findsThePlace();
    void ranksByPopulation_data();
    void ranksByPopulation();
    void qualifiedQueries_data();
    void qualifiedQueries();
    void saysWhyARowMatched();
    void unknownNameHasClosestMatches();

private:
    AtlasDatabase m_db;
};

void tst_PlaceSearch::initTestCase()
{
    QVERIFY2(m_db.open(QStringLiteral(TWINATLAS_BUNDLED_DB), AtlasDatabase::Mode::ReadOnly),
             qPrintable(m_db.errorString()));
}

void tst_PlaceSearch::fold_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::newRow("umlaut") << "Düsseldorf" << "dusseldorf";
    QTest::newRow("upper case") << "DÜSSELDORF" << "dusseldorf";
    QTest::newRow("acute") << "Toruń" << "torun";
    QTest::newRow("stroke") << "Łódź" << "lodz";
    QTest::newRow("sharp s") << "Straße" << "strasse";
    QTest::newRow("dotted capital I") << "İstanbul" << "istanbul";
    QTest::newRow("apostrophes") << "'s-Hertogenbosch" << "s hertogenbosch";
    QTest::newRow("hyphens and spaces") << "Yverdon-les-Bains" << "yverdon les bains";
    QTest::newRow("cyrillic") << "Москва" << "москва";
}

void tst_PlaceSearch::fold()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(TextFold::key(name), key);
}

void tst_PlaceSearch::findsThePlace_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("uid");
    QTest::addColumn<int>("within");
    QTest::newRow("dusseldorf") << "dusseldorf" << "gn:2934246" << 1;
    QTest::newRow("Düsseldorf") << "Düsseldorf" << "gn:2934246" << 1;
    QTest::newRow("Duesseldorf") << "Duesseldorf" << "gn:2934246" << 1;
    QTest::newRow("DUS") << "DUS" << "gn:2934246" << 1;
    QTest::newRow("Düssel (prefix)") << "Düssel" << "gn:2934246" << 1;
    QTest::newRow("Nischni Nowgorod") << "Nischni Nowgorod" << "gn:520555" << 1;
    QTest::newRow("torun") << "torun" << "gn:3083271" << 1;
    QTest::newRow("istanbul") << "istanbul" << "gn:745044" << 1;
    QTest::newRow("Stambuł (Polish)") << "Stambuł" << "gn:745044" << 3;
    QTest::newRow("novgorod (a later word)") << "novgorod" << "gn:520555" << 5;
    QTest::newRow("Москва") << "Москва" << "gn:524901" << 1;
    QTest::newRow("kobenhavn") << "kobenhavn" << "gn:2618425" << 1;
}

void tst_PlaceSearch::findsThePlace()
{
    QFETCH(QString, query);
    QFETCH(QString, uid);
    QFETCH(int, within);
    PlaceSearch search(m_db.connection());
    AtlasReader reader(m_db.connection());
    const QVector<SearchHit> hits = search.search(query, 20);
    QStringList found;
    for (const SearchHit &h : hits)
        found << reader.place(h.placeId)->uid;
    const int at = found.indexOf(uid);
    QVERIFY2(at >= 0 && at < within, qPrintable(query + QStringLiteral(" → ") + found.mid(0, 5).join(QLatin1Char(' '))));
}

void tst_PlaceSearch::ranksByPopulation_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("one letter (precomputed)") << "b";
    QTest::newRow("two letters") << "sa";
    QTest::newRow("exact name shared by many") << "springfield";
    QTest::newRow("rare prefix (ranked at query time)") << "olden";
}

void tst_PlaceSearch::ranksByPopulation()
{
    QFETCH(QString, query);
    PlaceSearch search(m_db.connection());
    const QVector<SearchHit> hits = search.search(query, 50);
    QVERIFY(hits.size() >= 2);
    // Exact names first; within each group places with partners first, then by population.
    for (int i = 1; i < hits.size(); ++i) {
        if (hits.at(i).exact != hits.at(i - 1).exact) {
            QVERIFY(hits.at(i - 1).exact);
            continue;
        }
        const bool partnered = hits.at(i).partners > 0, partneredBefore = hits.at(i - 1).partners > 0;
        QVERIFY2(partneredBefore || !partnered,
                 qPrintable(hits.at(i - 1).name + QStringLiteral(" before ") + hits.at(i).name));
        if (partnered == partneredBefore)
            QVERIFY2(hits.at(i).population <= hits.at(i - 1).population,
                     qPrintable(hits.at(i - 1).name + QStringLiteral(" before ") + hits.at(i).name));
    }
    if (query == QLatin1String("springfield")) {
        // The one with partnerships (Illinois) is first among some twenty namesakes.
        QCOMPARE(hits.first().region, QStringLiteral("Illinois"));
        QVERIFY(hits.first().partners > 0);
    }
    // And no larger place that matches is left out: compare with a full scan of the index.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT max(p.population) FROM search_keys k JOIN places p ON p.id = k.place_id"
                             " WHERE k.key >= ? AND k.key < ?"));
    const QString key = TextFold::key(query);
    q.addBindValue(key);
    q.addBindValue(key + QString::fromUcs4(U"\U0010FFFF"));
    QVERIFY(q.exec() && q.next());
    qint64 best = 0;
    for (const SearchHit &h : hits)
        best = qMax(best, h.population);
    QCOMPARE(best, q.value(0).toLongLong());
}

void tst_PlaceSearch::qualifiedQueries_data()
{
    // What is written beside the name narrows the namesakes, by the import's rule.
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("uid");     // the first hit
    QTest::addColumn<QString>("region");  // its region as the list shows it
    QTest::newRow("comma, state") << "Springfield, Illinois" << "gn:4250542" << "Illinois";
    QTest::newRow("state code") << "Springfield IL" << "gn:4250542" << "Illinois";
    QTest::newRow("brackets") << "Springfield (Illinois)" << "gn:4250542" << "Illinois";
    QTest::newRow("country: the one with partners") << "Springfield, USA" << "gn:4250542" << "Illinois";
    QTest::newRow("other state") << "Springfield, Missouri" << "gn:4409896" << "Missouri";
    QTest::newRow("Paris, Texas") << "Paris, Texas" << "gn:4717560" << "Texas";
    QTest::newRow("Paris TX") << "Paris TX" << "gn:4717560" << "Texas";
    QTest::newRow("Paris (France)") << "Paris (France)" << "gn:2988507" << QStringLiteral("Île-de-France");
    QTest::newRow("county") << "Columbus, Franklin County" << "gn:4509177" << "Ohio";
    QTest::newRow("bare name") << "Springfield" << "gn:4250542" << "Illinois";
}

void tst_PlaceSearch::qualifiedQueries()
{
    QFETCH(QString, query);
    QFETCH(QString, uid);
    QFETCH(QString, region);
    PlaceSearch search(m_db.connection());
    AtlasReader reader(m_db.connection());
    const QVector<SearchHit> hits = search.search(query, 20);
    QVERIFY2(!hits.isEmpty(), qPrintable(query));
    QCOMPARE(reader.place(hits.first().placeId)->uid, uid);
    QCOMPARE(hits.first().region, region);
    if (query.contains(u',') || query.contains(u'('))
        QVERIFY(hits.first().qualifierScore > 0);
}

void tst_PlaceSearch::saysWhyARowMatched()
{
    // Every row either bears the name typed or says by which other name it was found.
    PlaceSearch search(m_db.connection());
    const QVector<SearchHit> hits = search.search(QStringLiteral("Springfield"), 100);
    int alsoCalled = 0;
    for (const SearchHit &h : hits) {
        if (TextFold::key(h.name).contains(QLatin1String("springfield"))) {
            QVERIFY(search.alsoCalled(h.placeId, h.name, QStringLiteral("Springfield")).isEmpty());
            continue;
        }
        const QString other = search.alsoCalled(h.placeId, h.name, QStringLiteral("Springfield"));
        QVERIFY2(TextFold::key(other).contains(QLatin1String("springfield")),
                 qPrintable(h.name + QStringLiteral(": ") + other));
        ++alsoCalled;
    }
    QVERIFY(alsoCalled > 0);
}

void tst_PlaceSearch::unknownNameHasClosestMatches()
{
    PlaceSearch search(m_db.connection());
    QVERIFY(search.search(QStringLiteral("Dusseldrof")).isEmpty());
    const QVector<SearchHit> closest = search.closestMatches(QStringLiteral("Dusseldrof"));
    QVERIFY(!closest.isEmpty());
    QCOMPARE(closest.first().name, QStringLiteral("Düsseldorf"));
}

QTEST_GUILESS_MAIN(tst_PlaceSearch)
#include "tst_placesearch.moc"
