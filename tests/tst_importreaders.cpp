// SPDX-License-Identifier: GPL-3.0-or-later
// Reading lists: the encoding, the delimiter and header, the column mapping in several
// languages, the cells (dates, kinds, coordinates, sources), and the faults hostile input gets,
// each with its line and column.
#include "io/columnmapping.h"
#include "io/countryresolver.h"
#include "io/delimitedtable.h"
#include "io/fieldparser.h"
#include "io/listreader.h"
#include "io/mocatalog.h"
#include "io/placetext.h"
#include "io/textdecoder.h"

#include <QTest>

using namespace twinatlas;

class TestImportReaders : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data();
    void decodes();
    void refusesBadText_data();
    void refusesBadText();
    void detectsDialect_data();
    void detectsDialect();
    void parsesQuotedCells();
    void refusesBadTables_data();
    void refusesBadTables();
    void tooManyColumnsAreNamed_data();
    void tooManyColumnsAreNamed();
    void guessesColumns_data();
    void guessesColumns();
    void appliesColumnOption();
    void readsDates_data();
    void readsDates();
    void readsKindsAndStatuses_data();
    void readsKindsAndStatuses();
    void readsCoordinates_data();
    void readsCoordinates();
    void readsSources();
    void splitsPlaceText_data();
    void splitsPlaceText();
    void readsMoCatalogues();
};

void TestImportReaders::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("text");
    const QString text = QStringLiteral("Düsseldorf;Łódź");
    QTest::newRow("utf-8") << text.toUtf8() << int(TextDecoder::Encoding::Utf8) << text;
    QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << int(TextDecoder::Encoding::Utf8) << text;
    QByteArray le("\xFF\xFE"), be("\xFE\xFF");
    for (const QChar c : text) {
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    QTest::newRow("utf-16le with bom") << le << int(TextDecoder::Encoding::Utf16LE) << text;
    QTest::newRow("utf-16be with bom") << be << int(TextDecoder::Encoding::Utf16BE) << text;
    QTest::newRow("windows-1252") << QByteArray("D\xFCsseldorf \x80 \x93quoted\x94")
                                  << int(TextDecoder::Encoding::Windows1252)
                                  << QStringLiteral("Düsseldorf € “quoted”");
    QTest::newRow("ascii") << QByteArray("Berlin,Paris") << int(TextDecoder::Encoding::Utf8) << QStringLiteral("Berlin,Paris");
}

void TestImportReaders::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(QString, text);
    const TextDecoder::Result r = TextDecoder::decode(bytes);
    QVERIFY2(r.ok(), qPrintable(r.fault.toString()));
    QCOMPARE(int(r.encoding), encoding);
    QCOMPARE(r.text, text);
}

void TestImportReaders::refusesBadText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("NUL byte") << QByteArray("a,b\nc,\0d\n", 9) << qint64(2) << qint64(3) << QStringLiteral("NUL");
    QTest::newRow("invalid UTF-8 after valid") << QByteArray("Łódź\nab\xC3(x") << qint64(2) << qint64(3)
                                               << QStringLiteral("invalid UTF-8");
    QTest::newRow("truncated UTF-8") << QByteArray("Łódź\nx,\xC5") << qint64(2) << qint64(3)
                                     << QStringLiteral("truncated");
    QTest::newRow("UTF-16 without bom") << QByteArray("B\0e\0r\0", 6) << qint64(1) << qint64(2) << QStringLiteral("UTF-16");
    QTest::newRow("truncated UTF-16") << QByteArray("\xFF\xFE" "a\0b", 5) << qint64(1) << qint64(2)
                                      << QStringLiteral("truncated");
    QTest::newRow("undefined Windows-1252 byte") << QByteArray("abc\x81") << qint64(1) << qint64(4)
                                                 << QStringLiteral("Windows-1252");
    // Neither reading is right for a file of two encodings: never half garbled.
    QTest::newRow("legacy byte before UTF-8 lines") << QByteArray("K\xF6ln\nD\xC3\xBCsseldorf\n") << qint64(1)
                                                    << qint64(2) << QStringLiteral("UTF-8 at line 2");
    QTest::newRow("legacy byte before UTF-8 on its line") << QByteArray("a,b\nK\xF6ln,\xC5\x81\xC3\xB3" "d\xC5\xBA\n")
                                                          << qint64(2) << qint64(2)
                                                          << QStringLiteral("UTF-8 at line 2");
    QTest::newRow("broken sequence before UTF-8") << QByteArray("K\xC3\x28ln\n\n\nBerlin,M\xC3\xBCnchen")
                                                  << qint64(1) << qint64(2) << QStringLiteral("UTF-8 at line 4");
}

void TestImportReaders::refusesBadText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(QString, message);
    const TextDecoder::Result r = TextDecoder::decode(bytes, TextDecoder::Encoding::Auto, QStringLiteral("list.csv"));
    QVERIFY(!r.ok());
    QCOMPARE(r.fault.line, line);
    QCOMPARE(r.fault.column, column);
    QVERIFY2(r.fault.message.contains(message), qPrintable(r.fault.message));
    QVERIFY(r.fault.toString().startsWith(QStringLiteral("list.csv:%1:%2: ").arg(line).arg(column)));
}

void TestImportReaders::detectsDialect_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<bool>("header");
    QTest::newRow("comma, header") << "city,country,twin,twin country\nBerlin,Germany,Paris,France\nRome,Italy,Paris,France\n"
                                   << "," << true;
    QTest::newRow("semicolon, German header") << "Stadt;Land;Partnerstadt;Land\nBerlin;Deutschland;Paris;Frankreich\n"
                                              << ";" << true;
    QTest::newRow("tab") << "ville\tpays\tjumelage\nLyon\tFrance\tBirmingham\n" << "\t" << true;
    QTest::newRow("pipe") << "city|twin\nA|B\nC|D\n" << "|" << true;
    QTest::newRow("no header, numbers") << "Berlin,52.52,13.40,Paris,48.85,2.35\nRome,41.9,12.5,Paris,48.85,2.35\n"
                                        << "," << false;
    QTest::newRow("quoted commas") << "\"Frankfurt, Oder\";\"Słubice, PL\"\n\"Görlitz\";\"Zgorzelec\"\n" << ";" << false;
    QTest::newRow("header of years") << "place,partner,year\nA,B,1967\nC,D,1988\n" << "," << true;
    // An export's sources, "Title | URL" one per line in a cell: more lines hold a bar than
    // records a comma, yet the header names the columns.
    QTest::newRow("export with sources over lines")
            << "place,partner,start,source\n"
               "A,B,1967,\"One | https://a.org/1\nTwo | https://a.org/2\nThree | https://a.org/3\"\n"
               "C,D,1988,\"Four | https://a.org/4\nFive | https://a.org/5\"\n"
            << "," << true;
}

void TestImportReaders::detectsDialect()
{
    QFETCH(QString, text);
    QFETCH(QString, delimiter);
    QFETCH(bool, header);
    const DelimitedDialect d = DelimitedTable::detect(text);
    QCOMPARE(QString(d.delimiter), delimiter);
    QCOMPARE(d.header, header);
}

void TestImportReaders::parsesQuotedCells()
{
    DelimitedTable t;
    QVERIFY(t.parse(QStringLiteral("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\r\nlast,,\n"),
                    DelimitedDialect{u',', true}));
    QCOMPARE(t.header(), QStringList({"a", "b", "c"}));
    QCOMPARE(t.rowCount(), 2);
    QCOMPARE(t.row(0), QStringList({"x, y", "say \"hi\"", "two\nlines"}));
    QCOMPARE(t.row(1), QStringList({"last", "", ""}));
    QCOMPARE(t.line(1), qint64(5));
    QCOMPARE(t.position(0, 1).column, qint64(8));
}

void TestImportReaders::refusesBadTables_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("unbalanced quote") << "a,b\nx,\"open\ny,z\n" << qint64(2) << qint64(3) << "never closed";
    QTest::newRow("text after quote") << "a,b\n\"x\"y,z\n" << qint64(2) << qint64(4) << "closing quote";
    QTest::newRow("a million columns") << QStringLiteral("a\n") + QString(1000000, u',') << qint64(2)
                                       << qint64(DelimitedTable::maxColumns + 1) << "columns";
    QTest::newRow("huge cell") << QStringLiteral("a\n\"") + QString(DelimitedTable::maxCellChars + 5, u'x') + u'"'
                               << qint64(2) << qint64(1) << "longer";
}

void TestImportReaders::refusesBadTables()
{
    QFETCH(QString, text);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(QString, message);
    DelimitedTable t;
    QVERIFY(!t.parse(text, DelimitedDialect{u',', true}, QStringLiteral("x.csv")));
    QCOMPARE(t.fault().line, line);
    QCOMPARE(t.fault().column, column);
    QVERIFY2(t.fault().message.contains(message), qPrintable(t.fault().message));
}

void TestImportReaders::tooManyColumnsAreNamed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    const QByteArray wide = "a" + QByteArray(100000, ',') + "b\n";
    const QByteArray cells = QByteArray("x,").repeated(100000) + "\n";
    QTest::newRow("100,000 commas, detected") << wide << int(ImportFormat::Auto);
    QTest::newRow("100,000 commas, csv") << wide << int(ImportFormat::Csv);
    QTest::newRow("100,000 cells, detected") << cells << int(ImportFormat::Auto);
    QTest::newRow("100,000 cells, csv") << cells << int(ImportFormat::Csv);
    QTest::newRow("a header, then 100,000 cells") << "city,twin\n" + cells << int(ImportFormat::Auto);
    QTest::newRow("100,000 semicolons") << "a" + QByteArray(100000, ';') + "b\n" << int(ImportFormat::Auto);
}

void TestImportReaders::tooManyColumnsAreNamed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    const CountryResolver countries(QStringLiteral("/nonexistent"), QStringLiteral("/nonexistent"), {});
    ListReader reader(countries);
    ListReader::Options options;
    options.format = ImportFormat(format);
    QVERIFY(!reader.read(bytes, QStringLiteral("wide.csv"), options));
    QVERIFY2(reader.fault().message.contains(QStringLiteral("more than 1000 columns")),
             qPrintable(reader.fault().toString()));
    QVERIFY2(reader.fault().line >= 1 && reader.fault().column >= 1, qPrintable(reader.fault().toString()));
}

void TestImportReaders::guessesColumns_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("mapping");
    QTest::newRow("English pair") << "City,Country,Twin city,Country,Since\nA,B,C,D,1990\n"
                                  << "place=City,place_country=2,partner=Twin city,partner_country=4,start=Since";
    QTest::newRow("German") << "Stadt;Land;Partnerstadt;Land;seit\nA;B;C;D;1990\n"
                            << "place=Stadt,place_country=2,partner=Partnerstadt,partner_country=4,start=seit";
    QTest::newRow("French") << "ville,pays,ville jumelée,pays,depuis,note\nA,B,C,D,1990,x\n"
                            << "place=ville,place_country=2,partner=ville jumelée,partner_country=4,start=depuis,note=note";
    QTest::newRow("Spanish and Turkish") << "ciudad,şehir,desde,hasta\nA,B,1990,2000\n"
                                          << "place=ciudad,partner=şehir,start=desde,end=hasta";
    QTest::newRow("coordinates") << "town,lat,lon,partner,latitude,longitude\nA,1,2,B,3,4\n"
                                 << "place=town,place_lat=lat,place_lon=lon,partner=partner,partner_lat=latitude,partner_lon=longitude";
    QTest::newRow("numbered sides") << "city 1,city 2,kind,status,source\nA,B,twin,active,x\n"
                                    << "place=city 1,partner=city 2,kind=kind,status=status,source=source";
    QTest::newRow("one row per place") << "city,twin towns\nA,\"B (France); C (Italy); D (Spain)\"\n"
                                       << "place=city,partners=twin towns";
    QTest::newRow("Wikidata labels") << "cityLabel,cityCountryLabel,cityCoord,cityGeoNames,twinLabel,twinCountryLabel,"
                                        "twinCoord,twinGeoNames,start,end\nA,B,Point(1 2),1,C,D,Point(3 4),2,,\n"
                                     << "place=cityLabel,place_country=cityCountryLabel,place_coordinates=cityCoord,"
                                        "place_geonameid=cityGeoNames,partner=twinLabel,partner_country=twinCountryLabel,"
                                        "partner_coordinates=twinCoord,partner_geonameid=twinGeoNames,start=start,end=end";
    QTest::newRow("export columns") << "place,place_country,place_lat,place_lon,place_geonameid,partner,partner_country,"
                                       "partner_lat,partner_lon,partner_geonameid,kind,status,start,end,note,source\n"
                                       "A,DE,1,2,3,B,FR,4,5,6,twin_town,active,,,,\n"
                                    << "place=place,place_country=place_country,place_lat=place_lat,place_lon=place_lon,"
                                       "place_geonameid=place_geonameid,partner=partner,partner_country=partner_country,"
                                       "partner_lat=partner_lat,partner_lon=partner_lon,partner_geonameid=partner_geonameid,"
                                       "kind=kind,status=status,start=start,end=end,note=note,source=source";
}

void TestImportReaders::guessesColumns()
{
    QFETCH(QString, csv);
    QFETCH(QString, mapping);
    DelimitedTable t;
    QVERIFY(t.parse(csv, DelimitedTable::detect(csv)));
    const ColumnMapping m = ColumnMapping::guess(t);
    QCOMPARE(m.toString(t.header()), mapping);
}

void TestImportReaders::appliesColumnOption()
{
    DelimitedTable t;
    QVERIFY(t.parse(QStringLiteral("a,b,c\nx,y,1990\n"), DelimitedDialect{u',', true}));
    ColumnMapping m = ColumnMapping::guess(t);
    // Headers that say nothing: the cells decide (names, then a year).
    QCOMPARE(m.toString(t.header()), QStringLiteral("place=a,partner=b,start=c"));
    QString error;
    QVERIFY(m.apply(QStringLiteral("place=b,partner=1,ignore=C"), t.header(), &error));
    QCOMPARE(m.toString(t.header()), QStringLiteral("partner=a,place=b"));
    QVERIFY(m.problem().isEmpty());
    ColumnMapping lone(1);
    lone.setField(0, ColumnMapping::Field::Place);
    QVERIFY(!lone.problem().isEmpty());
    QVERIFY(!m.apply(QStringLiteral("town=a"), t.header(), &error));
    QVERIFY(error.contains(QLatin1String("town")));
    QVERIFY(!m.apply(QStringLiteral("place=9"), t.header(), &error));
}

void TestImportReaders::readsDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    QTest::newRow("year") << "1967" << "1967";
    QTest::newRow("month") << "1989-11" << "1989-11";
    QTest::newRow("day") << "1989-11-17" << "1989-11-17";
    QTest::newRow("German") << "17.11.1989" << "1989-11-17";
    QTest::newRow("words") << "June 27th 1967" << "1967-06-27";
    QTest::newRow("day month year") << "4 November 1988" << "1988-11-04";
    QTest::newRow("since") << "since 1949!" << "1949";
    QTest::newRow("Wikidata year") << "1967-01-01T00:00:00Z" << "1967";
    QTest::newRow("Wikidata day") << "1989-11-17T00:00:00Z" << "1989-11-17";
    QTest::newRow("ambiguous slashes") << "05/12/1967" << "1967";
    QTest::newRow("nonsense") << "soon" << "";
}

void TestImportReaders::readsDates()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    QCOMPARE(FieldParser::date(text), iso);
}

void TestImportReaders::readsKindsAndStatuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("status");
    QTest::newRow("friendship") << "Friendship City" << "friendship_city" << "";
    QTest::newRow("German partner") << "Partnerstadt" << "partner_town" << "";
    QTest::newRow("sister") << "sister city" << "sister_city" << "";
    QTest::newRow("jumelage") << "jumelage" << "twin_town" << "";
    QTest::newRow("proposed") << "proposed sister city" << "sister_city" << "proposed";
    QTest::newRow("former") << "former twin town" << "twin_town" << "ended";
    QTest::newRow("suspended") << "suspended" << "" << "suspended";
}

void TestImportReaders::readsKindsAndStatuses()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(QString, status);
    QCOMPARE(FieldParser::kind(text), kind);
    QCOMPARE(FieldParser::status(text), status);
}

void TestImportReaders::readsCoordinates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::newRow("WKT") << "Point(6.7763 51.2217)" << 6.7763 << 51.2217;
    QTest::newRow("lat, lon") << "51.2217, 6.7763" << 6.7763 << 51.2217;
    QTest::newRow("hemispheres") << "33°52′S 151°12′E" << 151.2 << -33.866667;
    QTest::newRow("decimal commas") << "51,2217; 6,7763" << 6.7763 << 51.2217;
}

void TestImportReaders::readsCoordinates()
{
    QFETCH(QString, text);
    QFETCH(double, lon);
    QFETCH(double, lat);
    const auto p = FieldParser::coordinates(text);
    QVERIFY(p);
    QVERIFY(qAbs(p->lon - lon) < 1e-5);
    QVERIFY(qAbs(p->lat - lat) < 1e-5);
    QVERIFY(!FieldParser::coordinates(QStringLiteral("north of here")));
}

void TestImportReaders::readsSources()
{
    const auto sources = FieldParser::sources(QStringLiteral("City page | https://example.org/a\nA book | seeds/000.txt"));
    QCOMPARE(sources.size(), 2);
    QCOMPARE(sources.at(0).url, QStringLiteral("https://example.org/a"));
    QCOMPARE(sources.at(1).document, QStringLiteral("seeds/000.txt"));
    for (const SourceReference &s : sources)
        QCOMPARE(FieldParser::sources(FieldParser::sourceText(s)).value(0), s);
    QCOMPARE(FieldParser::unguarded(QStringLiteral("'=SUM(A1)")), QStringLiteral("=SUM(A1)"));
    QCOMPARE(FieldParser::unguarded(QStringLiteral("'s-Hertogenbosch")), QStringLiteral("'s-Hertogenbosch"));
}

void TestImportReaders::splitsPlaceText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("qualifiers");
    QTest::addColumn<QStringList>("alternatives");
    QTest::newRow("comma") << "Friedberg, Hesse" << "Friedberg" << QStringList{"Hesse"} << QStringList{};
    QTest::newRow("brackets") << "Wandsbek (Hamburg)" << "Wandsbek" << QStringList{"Hamburg"} << QStringList{};
    QTest::newRow("wiki link and footnote") << "[[Friedberg (Hessen)|Friedberg]], Hesse[12]" << "Friedberg"
                                            << QStringList{"Hesse"} << QStringList{};
    QTest::newRow("flag template") << "{{flagicon|DEU}} [[Bonn]]" << "Bonn" << QStringList{"DEU"} << QStringList{};
    QTest::newRow("slash") << "Kovno/Kaunas, Lithuania" << "Kovno" << QStringList{"Lithuania"} << QStringList{"Kaunas"};
    QTest::newRow("flag emoji") << "Hualien 🇹🇼" << "Hualien" << QStringList{"TW"} << QStringList{};
    QTest::newRow("bullet") << "• Tours, France" << "Tours" << QStringList{"France"} << QStringList{};
}

void TestImportReaders::splitsPlaceText()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QStringList, qualifiers);
    QFETCH(QStringList, alternatives);
    const PlaceText::Parts p = PlaceText::split(text);
    QCOMPARE(p.name, name);
    QCOMPARE(p.qualifiers, qualifiers);
    QCOMPARE(p.alternatives, alternatives);
}

void TestImportReaders::readsMoCatalogues()
{
    // A catalogue written here, little-endian: header entry, then "Germany" -> "Deutschland".
    auto u32 = [](QByteArray &b, quint32 v) {
        for (int i = 0; i < 4; ++i)
            b.append(char((v >> (8 * i)) & 0xFF));
    };
    const QByteArray ids[] = {QByteArray(""), QByteArray("Germany")};
    const QByteArray strs[] = {QByteArray("Content-Type: text/plain; charset=UTF-8\n"), QByteArray("Deutschland")};
    QByteArray mo;
    u32(mo, 0x950412de);
    u32(mo, 0);
    u32(mo, 2);
    u32(mo, 28);
    u32(mo, 28 + 16);
    u32(mo, 0);
    u32(mo, 0);
    quint32 offset = 28 + 32;
    QByteArray data;
    for (const QByteArray &s : ids) {
        u32(mo, quint32(s.size()));
        u32(mo, offset + quint32(data.size()));
        data += s + '\0';
    }
    for (const QByteArray &s : strs) {
        u32(mo, quint32(s.size()));
        u32(mo, offset + quint32(data.size()));
        data += s + '\0';
    }
    mo += data;
    MoCatalog catalogue;
    QVERIFY(catalogue.parse(mo));
    QCOMPARE(catalogue.translate(QStringLiteral("Germany")), QStringLiteral("Deutschland"));
    QCOMPARE(catalogue.size(), 1);
    // Truncated or out of bounds: refused, never read past the end.
    QVERIFY(!catalogue.parse(mo.left(mo.size() - 8)));
    QVERIFY(!catalogue.parse(QByteArray("\xde\x12\x04\x95") + QByteArray(24, '\xff')));
    // Debian's real catalogue, where the machine has it.
    if (catalogue.load(QStringLiteral("/usr/share/locale/de/LC_MESSAGES/iso_3166-1.mo")))
        QCOMPARE(catalogue.translate(QStringLiteral("Germany")), QStringLiteral("Deutschland"));
}

QTEST_GUILESS_MAIN(TestImportReaders)
#include "tst_importreaders.moc"
