// SPDX-License-Identifier: GPL-3.0-or-later
// The builder turns data/-style text into an atlas, and refuses a faulty row naming file:line.
#include "db/atlasbuilder.h"
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "search/placesearch.h"
#include "testatlas.h"

#include <QDirIterator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinatlas;

class tst_AtlasBuilder : public QObject
{
    Q_OBJECT

private slots:
    void buildsTheSmallAtlas();
    void faultyRowIsRefused_data();
    void faultyRowIsRefused();
    void placeNamesByLanguage();
    void faultyPlaceNameIsRefused_data();
    void faultyPlaceNameIsRefused();

private:
    static bool copyTree(const QString &from, const QString &to);
    static bool write(const QString &path, const QString &text);
};

bool tst_AtlasBuilder::copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + file.mid(from.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(file, target))
            return false;
    }
    return true;
}

bool tst_AtlasBuilder::write(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

void tst_AtlasBuilder::buildsTheSmallAtlas()
{
    QTemporaryDir dir;
    const QString path = testing::buildSmallAtlas(dir.path());
    QVERIFY(!path.isEmpty());
    AtlasDatabase db;
    QVERIFY2(db.open(path, AtlasDatabase::Mode::ReadOnly), qPrintable(db.errorString()));
    AtlasReader reader(db.connection());
    const AtlasStats s = reader.stats();
    QCOMPARE(s.places, 10);
    QCOMPARE(s.partnerships, 5);
    QCOMPARE(s.events, 3);
    const auto ddorf = reader.placeByUid(QStringLiteral("gn:2934246"));
    QVERIFY(ddorf);
    QCOMPARE(ddorf->name, QStringLiteral("Düsseldorf"));
    QCOMPARE(ddorf->admin1Name, QStringLiteral("North Rhine-Westphalia"));
    QCOMPARE(ddorf->kind, QStringLiteral("city"));
    QVERIFY(reader.alternateNames(ddorf->id).contains(QStringLiteral("DUS")));
    const QVector<PartnerEntry> partners = reader.partnersOf(ddorf->id);
    QCOMPARE(partners.size(), 3);
    const auto extra = reader.placeByUid(QStringLiteral("x:de-neustadt-test"));
    QVERIFY(extra);
    QCOMPARE(extra->kind, QStringLiteral("district"));
    // The extra place's coordinate source is a GeoNames record, made into a source row.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT s.url FROM places p JOIN sources s ON s.id = p.source_id"
                                  " WHERE p.uid = 'x:de-neustadt-test'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("https://www.geonames.org/2934246"));
    // Reading's partnership keeps both its sources; its events keep theirs.
    qint64 readingLink = 0;
    for (const PartnerEntry &e : partners)
        if (e.partner.name == QLatin1String("Reading"))
            readingLink = e.partnership.id;
    QVERIFY(readingLink);
    QCOMPARE(reader.sourcesOfPartnership(readingLink).size(), 2);
    const QVector<HistoryEvent> events = reader.eventsOf(readingLink);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).date, QStringLiteral("1988-10"));
    QCOMPARE(events.at(1).sources.size(), 2);
}

void tst_AtlasBuilder::faultyRowIsRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("message");
    const QString p = QStringLiteral("partnerships/test.partnerships.tsv");
    QTest::newRow("name does not fit the id") << p << "gn:294801\tHaifa" << "gn:294801\tHamburg"
                                               << "test.partnerships.tsv:2: “Hamburg” is not a name of place gn:294801";
    QTest::newRow("unknown place") << p << "gn:294801" << "gn:1" << "test.partnerships.tsv:2: place gn:1";
    QTest::newRow("unknown source") << p << "1988\t\ttest-doc\t\nddorf-chemnitz" << "1988\t\tno-such-source\t\nddorf-chemnitz"
                                    << "test.partnerships.tsv:2: unknown source “no-such-source”";
    QTest::newRow("bad date") << p << "\t1971\t2016-05" << "\t1971\t2016-13" << "test.partnerships.tsv:6:";
    QTest::newRow("end before start") << p << "\t1971\t2016-05" << "\t1971\t1970" << "test.partnerships.tsv:6: partnership “auckland-la” refused";
    QTest::newRow("same pair twice") << p << "gn:2940132\tChemnitz" << "gn:294801\tHaifa"
                                     << "the same pair and kind is already entered";
    QTest::newRow("place with itself") << p << "gn:294801\tHaifa" << "gn:2934246\tDüsseldorf" << "test.partnerships.tsv:2:";
    QTest::newRow("unknown kind") << p << "partner_town\tactive\t1988\t\ttest-doc\t\nddorf-chemnitz"
                                  << "twins\tactive\t1988\t\ttest-doc\t\nddorf-chemnitz" << "unknown kind “twins”";
    QTest::newRow("event of unknown partnership") << "partnerships/test.events.tsv" << "auckland-la\t2016-05"
                                                  << "auckland-lax\t2016-05" << "test.events.tsv:4: no partnership “auckland-lax”";
    QTest::newRow("latitude out of range") << "gazetteer/cities-small.tsv" << "-41.28664" << "-141.28664"
                                           << "cities-small.tsv:8: place gn:2179537 refused";
    QTest::newRow("extra place without source") << "gazetteer/extra_places-test.tsv" << "gn:2934246" << "gn:999"
                                                << "extra_places-test.tsv:2: the coordinate source gn:999";
}

void tst_AtlasBuilder::faultyRowIsRefused()
{
    QFETCH(QString, file);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QVERIFY(copyTree(QStringLiteral(TWINATLAS_TEST_DATA "/atlas-small"), data));
    QFile f(data + QLatin1Char('/') + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    QVERIFY2(text.contains(from), "the test's edit applies");
    text.replace(text.indexOf(from), from.size(), to);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
    f.close();

    const QString out = dir.filePath(QStringLiteral("out.sqlite"));
    AtlasBuilder builder;
    QVERIFY(!builder.build(data, out));
    const QString errors = builder.errors().join(QLatin1Char('\n'));
    QVERIFY2(errors.contains(message), qPrintable(errors));
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(out + QStringLiteral(".building")));
}

// Names by language: GeoNames' file, then the curated one, which wins for the same place and
// language; each is a search key; the reader names a place in its language, else by its own name.
void tst_AtlasBuilder::placeNamesByLanguage()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QVERIFY(copyTree(QStringLiteral(TWINATLAS_TEST_DATA "/atlas-small"), data));
    QVERIFY(write(data + QStringLiteral("/gazetteer/names-geonames-test.tsv"),
                  QStringLiteral("geonameid\tlang\tname\n"
                                 "745044\ten\tIstanbul\n"
                                 "745044\tde\tIstanbul\n"
                                 "2179537\tmi\tTe Whanganui-a-Tara\n"
                                 "2193733\tmi\tTāmaki Makaurau\n")));
    QVERIFY(write(data + QStringLiteral("/gazetteer/names-curated-test.tsv"),
                  QStringLiteral("place\tlang\tname\tsource\tnote\n"
                                 "gn:745044\tde\tİstanbul\thttps://de.wikipedia.org/wiki/Istanbul\t\n"
                                 "x:de-neustadt-test\ten\tNewtown Test\thttps://example.org/neustadt\t\n")));
    const QString out = dir.filePath(QStringLiteral("names.sqlite"));
    AtlasBuilder builder;
    QVERIFY2(builder.build(data, out), qPrintable(builder.errors().join(QLatin1Char('\n'))));
    QVERIFY(builder.summary().contains(QLatin1String("place_names 5")));

    AtlasDatabase db;
    QVERIFY2(db.open(out, AtlasDatabase::Mode::ReadOnly), qPrintable(db.errorString()));
    const QSqlDatabase c = db.connection();
    const qint64 istanbul = AtlasReader(c).placeByUid(QStringLiteral("gn:745044"))->id;
    const qint64 wellington = AtlasReader(c).placeByUid(QStringLiteral("gn:2179537"))->id;
    QCOMPARE(AtlasReader(c, QStringLiteral("en")).place(istanbul)->name, QStringLiteral("Istanbul"));
    QCOMPARE(AtlasReader(c, QStringLiteral("en")).place(istanbul)->localName, QStringLiteral("İstanbul"));
    QCOMPARE(AtlasReader(c, QStringLiteral("de")).place(istanbul)->name, QStringLiteral("İstanbul"));
    QCOMPARE(AtlasReader(c, QStringLiteral("es")).place(istanbul)->name, QStringLiteral("İstanbul"));
    QCOMPARE(AtlasReader(c, QStringLiteral("mi")).place(wellington)->name,
             QStringLiteral("Te Whanganui-a-Tara"));
    QCOMPARE(AtlasReader(c, QStringLiteral("en")).placeByUid(QStringLiteral("x:de-neustadt-test"))->name,
             QStringLiteral("Newtown Test"));
    QSqlQuery q(c);
    QVERIFY(q.exec(QStringLiteral("SELECT lang, origin FROM place_names WHERE place_id = %1"
                                  " ORDER BY lang").arg(istanbul)));
    QStringList origins;
    while (q.next())
        origins << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
    QCOMPARE(origins, QStringList({QStringLiteral("de curated"), QStringLiteral("en geonames")}));

    // Every name finds the place, and the hit is named in the search's language.
    PlaceSearch search(c, QStringLiteral("en"));
    const QVector<SearchHit> hits = search.search(QStringLiteral("te whanganui"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().placeId, wellington);
    QCOMPARE(hits.first().name, QStringLiteral("Wellington"));
    QCOMPARE(PlaceSearch(c, QStringLiteral("mi")).search(QStringLiteral("Wellington")).first().name,
             QStringLiteral("Te Whanganui-a-Tara"));
    QVERIFY(!search.search(QStringLiteral("Tamaki Makaurau")).isEmpty());
    QVERIFY(!search.search(QStringLiteral("Newtown Test")).isEmpty());
}

void tst_AtlasBuilder::faultyPlaceNameIsRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QString geonames = QStringLiteral("names-geonames-test.tsv");
    const QString curated = QStringLiteral("names-curated-test.tsv");
    QTest::newRow("unknown place") << geonames << "geonameid\tlang\tname\n1\ten\tNowhere\n"
                                   << "names-geonames-test.tsv:2: gn:1 is not a place of the gazetteer";
    QTest::newRow("bad language code") << geonames << "geonameid\tlang\tname\n745044\tDE\tIstanbul\n"
                                       << "names-geonames-test.tsv:2: the name “Istanbul” (DE) is refused";
    QTest::newRow("empty name") << geonames << "geonameid\tlang\tname\n745044\tde\t \n"
                                << "names-geonames-test.tsv:2:";
    QTest::newRow("curated without a source")
            << curated << "place\tlang\tname\tsource\tnote\ngn:745044\ten\tIstanbul\t\t\n"
            << "names-curated-test.tsv:2: the name needs the address of a document that gives it";
    QTest::newRow("curated unknown place")
            << curated << "place\tlang\tname\tsource\tnote\nx:nowhere\ten\tNowhere\thttps://example.org\t\n"
            << "names-curated-test.tsv:2: x:nowhere is not a place of the gazetteer";
}

void tst_AtlasBuilder::faultyPlaceNameIsRefused()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QVERIFY(copyTree(QStringLiteral(TWINATLAS_TEST_DATA "/atlas-small"), data));
    QVERIFY(write(data + QStringLiteral("/gazetteer/") + file, text));
    const QString out = dir.filePath(QStringLiteral("out.sqlite"));
    AtlasBuilder builder;
    QVERIFY(!builder.build(data, out));
    const QString errors = builder.errors().join(QLatin1Char('\n'));
    QVERIFY2(errors.contains(message), qPrintable(errors));
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(tst_AtlasBuilder)
#include "tst_atlasbuilder.moc"
