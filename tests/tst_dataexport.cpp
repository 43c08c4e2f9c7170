// SPDX-License-Identifier: GPL-3.0-or-later
// Writing the atlas's data: GeoJSON valid per RFC 7946 (positions in range, lines cut at the
// antimeridian into MultiLineStrings whose parts meet there), KML that Google Earth and Marble
// read, CSV cells kept text in spreadsheets, the scopes (all, one place, a selection), and
// every format valid and exact whatever text the names, notes and sources hold.
#include "hostiletext.h"
#include "testatlas.h"

#include "db/atlasdatabase.h"
#include "io/antimeridiansplit.h"
#include "io/atlascsvwriter.h"
#include "io/delimitedtable.h"
#include "io/fieldparser.h"
#include "io/geojsonwriter.h"
#include "io/kmlwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace twinatlas;
using namespace twinatlas::testing;

class TestDataExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void splitsAtTheAntimeridian_data();
    void splitsAtTheAntimeridian();
    void writesValidGeoJson();
    void writesKml();
    void keepsCsvCellsText();
    void exportsScopes();
    void hostileTextStaysText_data();
    void hostileTextStaysText();

private:
    QTemporaryDir m_dir;
    AtlasDatabase m_atlas;
};

void TestDataExport::initTestCase()
{
    const QString path = buildSmallAtlas(m_dir.path());
    QVERIFY(!path.isEmpty());
    QVERIFY(m_atlas.open(path));
}

void TestDataExport::splitsAtTheAntimeridian_data()
{
    QTest::addColumn<QPointF>("a");
    QTest::addColumn<QPointF>("b");
    QTest::addColumn<int>("parts");
    QTest::newRow("Auckland - Los Angeles") << QPointF(174.76, -36.85) << QPointF(-118.24, 34.05) << 2;
    QTest::newRow("Tokyo - San Francisco") << QPointF(139.69, 35.69) << QPointF(-122.42, 37.77) << 2;
    QTest::newRow("Suva - Apia, short hop") << QPointF(178.44, -18.14) << QPointF(-171.77, -13.83) << 2;
    QTest::newRow("Berlin - Paris") << QPointF(13.4, 52.52) << QPointF(2.35, 48.86) << 1;
    QTest::newRow("New York - Los Angeles") << QPointF(-74.0, 40.7) << QPointF(-118.24, 34.05) << 1;
}

void TestDataExport::splitsAtTheAntimeridian()
{
    QFETCH(QPointF, a);
    QFETCH(QPointF, b);
    QFETCH(int, parts);
    const auto lines = AntimeridianSplit::geodesic({a.x(), a.y()}, {b.x(), b.y()});
    QCOMPARE(lines.size(), parts);
    QCOMPARE(lines.first().first().lon, a.x());
    QCOMPARE(lines.last().last().lon, b.x());
    for (int i = 0; i < lines.size(); ++i) {
        const auto &line = lines.at(i);
        QVERIFY(line.size() >= 2);
        for (int k = 0; k < line.size(); ++k) {
            QVERIFY(line.at(k).lon >= -180 && line.at(k).lon <= 180);
            QVERIFY(line.at(k).lat >= -90 && line.at(k).lat <= 90);
            if (k > 0)
                QVERIFY(qAbs(line.at(k).lon - line.at(k - 1).lon) <= 180);
        }
        if (i > 0) {
            // The parts meet on the antimeridian at one latitude.
            QCOMPARE(qAbs(lines.at(i - 1).last().lon), 180.0);
            QCOMPARE(lines.at(i).first().lon, -lines.at(i - 1).last().lon);
            QCOMPARE(lines.at(i).first().lat, lines.at(i - 1).last().lat);
        }
    }
}

void TestDataExport::writesValidGeoJson()
{
    ExportSelection selection;
    QVERIFY(selection.read(m_atlas.connection()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(GeoJsonWriter::toGeoJson(selection), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
    QVERIFY(!root.contains(QStringLiteral("crs"))); // RFC 7946: WGS 84 only, no crs member
    const QJsonArray features = root.value(QStringLiteral("features")).toArray();
    QCOMPARE(features.size(), 8 + 5);
    int points = 0, lines = 0, multi = 0;
    auto checkPosition = [](const QJsonArray &p) {
        QCOMPARE(p.size(), 2);
        QVERIFY(p.at(0).toDouble() >= -180 && p.at(0).toDouble() <= 180);
        QVERIFY(p.at(1).toDouble() >= -90 && p.at(1).toDouble() <= 90);
    };
    for (const QJsonValue &v : features) {
        const QJsonObject f = v.toObject();
        QCOMPARE(f.value(QStringLiteral("type")).toString(), QStringLiteral("Feature"));
        const QJsonObject g = f.value(QStringLiteral("geometry")).toObject();
        const QJsonObject props = f.value(QStringLiteral("properties")).toObject();
        const QString type = g.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("Point")) {
            ++points;
            checkPosition(g.value(QStringLiteral("coordinates")).toArray());
            QVERIFY(!props.value(QStringLiteral("name")).toString().isEmpty());
            continue;
        }
        QVERIFY(props.contains(QStringLiteral("kind")) && props.contains(QStringLiteral("status"))
                && props.contains(QStringLiteral("start")) && props.contains(QStringLiteral("end")));
        QVERIFY(!props.value(QStringLiteral("sources")).toArray().isEmpty());
        QList<QJsonArray> parts;
        if (type == QLatin1String("LineString")) {
            ++lines;
            parts << g.value(QStringLiteral("coordinates")).toArray();
        } else {
            QCOMPARE(type, QStringLiteral("MultiLineString"));
            ++multi;
            for (const QJsonValue &part : g.value(QStringLiteral("coordinates")).toArray())
                parts << part.toArray();
            QCOMPARE(props.value(QStringLiteral("end")).toString(), QStringLiteral("2016-05"));
        }
        for (const QJsonArray &part : std::as_const(parts)) {
            QVERIFY(part.size() >= 2);
            for (int i = 0; i < part.size(); ++i) {
                checkPosition(part.at(i).toArray());
                if (i > 0)
                    QVERIFY(qAbs(part.at(i).toArray().at(0).toDouble() - part.at(i - 1).toArray().at(0).toDouble()) <= 180);
            }
        }
    }
    QCOMPARE(points, 8);
    QCOMPARE(lines, 4);
    QCOMPARE(multi, 1); // Auckland - Los Angeles
}

void TestDataExport::writesKml()
{
    ExportSelection selection;
    QVERIFY(selection.read(m_atlas.connection()));
    const QByteArray kml = KmlWriter::toKml(selection, QStringLiteral("Test"));
    QXmlStreamReader xml(kml);
    int placemarks = 0, lineStrings = 0, points = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("kml"))
            QCOMPARE(xml.namespaceUri().toString(), QStringLiteral("http://www.opengis.net/kml/2.2"));
        if (xml.name() == QLatin1String("Placemark"))
            ++placemarks;
        if (xml.name() == QLatin1String("LineString"))
            ++lineStrings;
        if (xml.name() == QLatin1String("Point"))
            ++points;
        if (xml.name() == QLatin1String("coordinates")) {
            for (const QString &tuple : xml.readElementText().split(u' ', Qt::SkipEmptyParts)) {
                const QStringList lonLat = tuple.split(u',');
                QCOMPARE(lonLat.size(), 2);
                QVERIFY(qAbs(lonLat.at(0).toDouble()) <= 180 && qAbs(lonLat.at(1).toDouble()) <= 90);
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(placemarks, 13);
    QCOMPARE(points, 8);
    QCOMPARE(lineStrings, 6); // four lines, and Auckland - Los Angeles in two parts
}

void TestDataExport::keepsCsvCellsText()
{
    QSqlQuery q(m_atlas.connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE partnerships SET note = '=HYPERLINK(\"http://x\")' WHERE uid = 'ddorf-haifa'")));
    ExportSelection selection;
    QVERIFY(selection.read(m_atlas.connection()));
    const QByteArray bytes = AtlasCsvWriter::toCsv(selection);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFplace,place_country,"));
    const QString csv = QString::fromUtf8(bytes);
    QVERIFY(csv.contains(QLatin1String("\"'=HYPERLINK(\"\"http://x\"\")\"")));
    QVERIFY(csv.contains(QLatin1String(",-36.84853,"))); // numbers stay numbers
    QVERIFY(q.exec(QStringLiteral("UPDATE partnerships SET note = '' WHERE uid = 'ddorf-haifa'")));
}

void TestDataExport::exportsScopes()
{
    const qint64 duesseldorf = [this] {
        QSqlQuery q(m_atlas.connection());
        q.exec(QStringLiteral("SELECT id FROM places WHERE uid = 'gn:2934246'"));
        return q.next() ? q.value(0).toLongLong() : 0;
    }();
    ExportSelection place;
    QVERIFY(place.read(m_atlas.connection(), ExportSelection::Scope::Places, {duesseldorf}));
    QCOMPARE(place.partnerships().size(), 3);
    QCOMPARE(place.places().size(), 4);
    ExportSelection chosen;
    QVERIFY(chosen.read(m_atlas.connection(), ExportSelection::Scope::Partnerships,
                        {place.partnerships().first().partnership.id}));
    QCOMPARE(chosen.partnerships().size(), 1);
    QCOMPARE(chosen.places().size(), 2);
}

void TestDataExport::hostileTextStaysText_data()
{
    QTest::addColumn<QString>("text");
    addHostileTextRows();
}

void TestDataExport::hostileTextStaysText()
{
    QFETCH(QString, text);
    QTemporaryDir dir;
    const QString path = buildSmallAtlas(dir.path());
    QVERIFY(!path.isEmpty());
    AtlasDatabase atlas;
    QVERIFY(atlas.open(path));
    // Düsseldorf's name, the note of Düsseldorf–Haifa and the title of its source.
    for (const char *sql : {"UPDATE places SET name = :t WHERE uid = 'gn:2934246'",
                            "UPDATE partnerships SET note = :t WHERE uid = 'ddorf-haifa'",
                            "UPDATE sources SET title = :t WHERE uid = 'test-doc'"}) {
        QSqlQuery q(atlas.connection());
        QVERIFY(q.prepare(QLatin1String(sql)));
        q.bindValue(QStringLiteral(":t"), text);
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
    }
    ExportSelection selection;
    QVERIFY(selection.read(atlas.connection()));

    // GeoJSON: parses, and every property holds the text as it was.
    QJsonParseError error;
    const QByteArray geoJson = GeoJsonWriter::toGeoJson(selection);
    const QJsonDocument doc = QJsonDocument::fromJson(geoJson, &error);
    QVERIFY2(error.error == QJsonParseError::NoError,
             qPrintable(error.errorString() + QStringLiteral(" at ") + QString::number(error.offset) + u' '
                        + QString::fromUtf8(geoJson.mid(std::max(0, error.offset - 80), 160))));
    int named = 0, noted = 0;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("features")).toArray()) {
        const QJsonObject props = v.toObject().value(QStringLiteral("properties")).toObject();
        if (props.value(QStringLiteral("uid")).toString() == QLatin1String("gn:2934246")) {
            QCOMPARE(props.value(QStringLiteral("name")).toString(), text);
            QVERIFY(props.value(QStringLiteral("population")).isDouble());
            ++named;
        }
        // Every partnership but Istanbul–Houston cites the source.
        if (props.contains(QStringLiteral("place_a_uid"))
            && props.value(QStringLiteral("place_a_uid")).toString() != QLatin1String("gn:4699066")) {
            const QJsonArray sources = props.value(QStringLiteral("sources")).toArray();
            QVERIFY(!sources.isEmpty());
            bool cited = false;
            for (const QJsonValue &s : sources)
                cited = cited || s.toObject().value(QStringLiteral("title")).toString() == text;
            QVERIFY(cited);
        }
        if (props.value(QStringLiteral("note")).toString() == text) {
            QCOMPARE(props.value(QStringLiteral("place_a")).toString() + props.value(QStringLiteral("place_b")).toString(),
                     props.value(QStringLiteral("place_a_uid")).toString() == QLatin1String("gn:2934246")
                             ? text + QStringLiteral("Haifa")
                             : QStringLiteral("Haifa") + text);
            ++noted;
        }
    }
    QCOMPARE(named, 1);
    QCOMPARE(noted, 1);

    // KML: well-formed XML, and the texts read back (less what XML cannot hold at all).
    const QByteArray kml = KmlWriter::toKml(selection, text);
    QVERIFY2(xmlProblem(kml).isEmpty(), qPrintable(xmlProblem(kml)));
    const QString xmlText = asXmlText(text);
    QXmlStreamReader xml(kml);
    QStringList names, descriptions;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            names << xml.readElementText();
        else if (xml.name() == QLatin1String("description"))
            descriptions << xml.readElementText();
    }
    QCOMPARE(names.value(0), xmlText); // the document's title
    QVERIFY(names.contains(xmlText));
    QVERIFY(names.contains(xmlText + QStringLiteral(" – Haifa")) || names.contains(QStringLiteral("Haifa – ") + xmlText));
    QVERIFY(std::any_of(descriptions.cbegin(), descriptions.cend(),
                        [&xmlText](const QString &d) { return d.contains(QStringLiteral("\n") + xmlText + u'\n'); }));

    // CSV: the cells read back as written, sources included.
    const QByteArray csv = AtlasCsvWriter::toCsv(selection);
    DelimitedTable table;
    QVERIFY2(table.parse(QString::fromUtf8(csv.mid(3)), DelimitedDialect{u',', true}),
             qPrintable(table.fault().toString()));
    QCOMPARE(table.rowCount(), 5);
    const int noteColumn = int(table.header().indexOf(QStringLiteral("note")));
    const int sourceColumn = int(table.header().indexOf(QStringLiteral("source")));
    int found = 0;
    for (int r = 0; r < table.rowCount(); ++r) {
        const QStringList &row = table.row(r);
        QVERIFY(FieldParser::sources(row.at(sourceColumn)).contains(
                        SourceReference{text, QString(), QStringLiteral("tests/data/atlas-small")})
                || row.contains(QStringLiteral("Houston"))); // which cites another source
        if (FieldParser::unguarded(row.at(noteColumn)) == text) {
            QVERIFY(FieldParser::unguarded(row.at(0)) == text || FieldParser::unguarded(row.at(5)) == text);
            ++found;
        }
    }
    QCOMPARE(found, 1);
}

QTEST_GUILESS_MAIN(TestDataExport)
#include "tst_dataexport.moc"
