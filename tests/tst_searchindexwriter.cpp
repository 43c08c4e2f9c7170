// SPDX-License-Identifier: GPL-3.0-or-later
// An edit keeps the search index exactly as the builder would have built it with the edit in
// the data: search_keys and the ranked lists of search_top, by uid. Undo restores them.
#include "edit/atlaswriter.h"
#include "edit/rowstore.h"
#include "db/atlasdatabase.h"
#include "db/searchindexwriter.h"
#include "search/placesearch.h"
#include "edittesting.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace twinatlas;
using namespace twinatlas::testing;

class tst_SearchIndexWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editMatchesRebuild_data();
    void editMatchesRebuild();
    void builtIndexMatchesPlaceKeys();

private:
    static QStringList searchRows(QSqlDatabase db);
    static bool editText(const QString &file, const QString &from, const QString &to);

    QTemporaryDir m_dir;
    QString m_data;
};

// Many places sharing a prefix, so that the builder makes ranked lists for "s" … "sampleton ".
void tst_SearchIndexWriter::initTestCase()
{
    m_data = m_dir.filePath(QStringLiteral("data"));
    QVERIFY(copyTree(QStringLiteral(TWINATLAS_TEST_DATA "/atlas-small"), m_data));
    QFile many(m_data + QStringLiteral("/gazetteer/cities-many.tsv"));
    QVERIFY(many.open(QIODevice::WriteOnly));
    many.write("geonameid\tname\tasciiname\tlat\tlon\tfeature_"
               "code\tcountry\tadmin1\tpopulation\talternatenames\n");
    for (int i = 0; i < 300; ++i)
        many.write(QStringLiteral("%1\tSampleton %2\tSampleton %2\t%3\t20\tPPL\tDE\t\t%4\t\n")
                           .arg(9000000 + i)
                           .arg(i)
                           .arg(10 + i * 0.01)
                           .arg(1000 + i * 37)
                           .toUtf8());
    many.close();
    AtlasDatabase db;
    const QString path = buildAtlas(m_data, m_dir.filePath(QStringLiteral("probe.sqlite")));
    QVERIFY(!path.isEmpty());
    QVERIFY(db.open(path, AtlasDatabase::Mode::ReadOnly));
    QVERIFY2(
            scalar(db.connection(), QStringLiteral("SELECT count(DISTINCT prefix) FROM search_top"))
                            .toInt()
                    >= 10,
            "the test data makes ranked lists");
}

QStringList tst_SearchIndexWriter::searchRows(QSqlDatabase db)
{
    QStringList rows;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT 'key ' || k.key || ' ' || p.uid FROM search_keys k JOIN places p "
                          "ON p.id = k.place_id"));
    while (q.next())
        rows << q.value(0).toString();
    q.exec(QStringLiteral(
            "SELECT 'top ' || t.prefix || ' ' || t.rank || ' ' || p.uid FROM search_top t"
            " JOIN places p ON p.id = t.place_id"));
    while (q.next())
        rows << q.value(0).toString();
    rows.sort();
    return rows;
}

bool tst_SearchIndexWriter::editText(const QString &file, const QString &from, const QString &to)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    if (!from.isEmpty() && !text.contains(from))
        return false;
    if (from.isEmpty())
        text += to;
    else
        text.replace(from, to);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) > 0;
}

void tst_SearchIndexWriter::editMatchesRebuild_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("a new place outranks the lists") << "new place";
    QTest::newRow("a listed place is renamed away") << "rename";
    QTest::newRow("a listed place is removed") << "remove";
    QTest::newRow("a listed place's population falls") << "population falls";
    QTest::newRow("an unlisted place's population rises") << "population rises";
    QTest::newRow("an alternate name brings a place into the lists") << "alternate name added";
    QTest::newRow("a removed alternate name takes a place out") << "alternate name removed";
}

void tst_SearchIndexWriter::editMatchesRebuild()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QVERIFY(copyTree(m_data, data));
    const QString edited = buildAtlas(data, dir.filePath(QStringLiteral("edited.sqlite")));
    QVERIFY(!edited.isEmpty());
    AtlasDatabase db;
    QVERIFY(db.open(edited));
    const QStringList original = searchRows(db.connection());
    RowStore rows(db.connection());
    auto placeRow = [&](const QString &uid) { return *rows.placeByUid(uid); };
    const QString many = data + QStringLiteral("/gazetteer/cities-many.tsv");
    const QString small = data + QStringLiteral("/gazetteer/cities-small.tsv");

    ChangeSet c;
    bool textEdited = false;
    if (name == QLatin1String("new place")) {
        PlaceRow p;
        p.geonameId = 9999999;
        p.name = QStringLiteral("Sampleford");
        p.asciiName = QStringLiteral("Sampleford");
        p.country = QStringLiteral("DE");
        p.lon = 20;
        p.lat = 14;
        p.population = 5000000;
        c.insert(p);
        textEdited = editText(
                many, QString(),
                QStringLiteral("9999999\tSampleford\tSampleford\t14\t20\tPPL\tDE\t\t5000000\t\n"));
    } else if (name == QLatin1String("rename")) {
        PlaceRow p = placeRow(QStringLiteral("gn:9000299"));
        p.name = p.asciiName = QStringLiteral("Zedburg");
        c.update(p);
        textEdited = editText(many, QStringLiteral("Sampleton 299\tSampleton 299"),
                              QStringLiteral("Zedburg\tZedburg"));
    } else if (name == QLatin1String("remove")) {
        c.removePlace(placeRow(QStringLiteral("gn:9000298")).id);
        textEdited = editText(
                many,
                QStringLiteral(
                        "9000298\tSampleton 298\tSampleton 298\t12.98\t20\tPPL\tDE\t\t12026\t\n"),
                QString());
    } else if (name == QLatin1String("population falls")) {
        PlaceRow p = placeRow(QStringLiteral("gn:9000297"));
        p.population = 5;
        c.update(p);
        textEdited = editText(many, QStringLiteral("\t11989\t"), QStringLiteral("\t5\t"));
    } else if (name == QLatin1String("population rises")) {
        PlaceRow p = placeRow(QStringLiteral("gn:9000003"));
        p.population = 999999;
        c.update(p);
        textEdited = editText(many, QStringLiteral("\t1111\t"), QStringLiteral("\t999999\t"));
    } else if (name == QLatin1String("alternate name added")) {
        c.addAlternateName(placeRow(QStringLiteral("gn:294801")).id, QStringLiteral("Sammy"));
        textEdited =
                editText(small, QStringLiteral("Hefa,Хайфа"), QStringLiteral("Hefa,Хайфа,Sammy"));
    } else if (name == QLatin1String("alternate name removed")) {
        c.removeAlternateName(placeRow(QStringLiteral("gn:745044")).id, QStringLiteral("Stambul"));
        textEdited = editText(small, QStringLiteral("Constantinople,Stambul"),
                              QStringLiteral("Constantinople"));
    }
    QVERIFY2(textEdited, "the test's text edit applies");

    AtlasWriter writer(db);
    const ApplyResult r = writer.apply(c);
    QVERIFY2(r.ok, qPrintable(r.errorString()));
    const QStringList afterEdit = searchRows(db.connection());
    QVERIFY(afterEdit != original);

    const QString rebuilt = buildAtlas(data, dir.filePath(QStringLiteral("rebuilt.sqlite")));
    QVERIFY(!rebuilt.isEmpty());
    AtlasDatabase fresh;
    QVERIFY(fresh.open(rebuilt, AtlasDatabase::Mode::ReadOnly));
    const QStringList expected = searchRows(fresh.connection());
    for (const QString &row : expected)
        QVERIFY2(afterEdit.contains(row), qPrintable(QStringLiteral("missing: ") + row));
    for (const QString &row : afterEdit)
        QVERIFY2(expected.contains(row), qPrintable(QStringLiteral("not expected: ") + row));

    if (name == QLatin1String("new place")) {
        PlaceSearch search(db.connection());
        QCOMPARE(search.search(QStringLiteral("sam"), 5).first().name,
                 QStringLiteral("Sampleford"));
    }
    QVERIFY(writer.apply(r.inverse).ok);
    QCOMPARE(searchRows(db.connection()), original);
}

void tst_SearchIndexWriter::builtIndexMatchesPlaceKeys()
{
    // The builder and SearchIndexWriter share PlaceKeys: the keys rebuilt from any place's rows
    // are the keys the builder stored.
    const QString path = buildAtlas(m_data, m_dir.filePath(QStringLiteral("keys.sqlite")));
    AtlasDatabase db;
    QVERIFY(db.open(path, AtlasDatabase::Mode::ReadOnly));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM places")));
    int places = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        QSqlQuery k(db.connection());
        k.prepare(QStringLiteral("SELECT key FROM search_keys WHERE place_id = ?"));
        k.addBindValue(id);
        QVERIFY(k.exec());
        QSet<QString> stored;
        while (k.next())
            stored.insert(k.value(0).toString());
        QCOMPARE(SearchIndexWriter::expectedKeys(db.connection(), id), stored);
        ++places;
    }
    QCOMPARE(places, 310);
}

QTEST_GUILESS_MAIN(tst_SearchIndexWriter)
#include "tst_searchindexwriter.moc"
