// SPDX-License-Identifier: GPL-3.0-or-later
// Reading Wikidata's answers and writing the query, without a server: the query file's VALUES
// blocks filled with escaped terms only (text that tries to end the string stays one string);
// the W3C SPARQL JSON results read strictly (a truncated or foreign answer is refused, not
// taken for fewer rows); statements, items, dates at Wikidata's precisions and WKT points read
// as Wikidata writes them, and repeated rows merged.
#include "wikidata/sparqlresults.h"
#include "wikidata/sparqltemplate.h"
#include "wikidata/wikidatabatch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace twinatlas;

namespace {

QJsonObject uri(const QString &value)
{
    return {{"type", "uri"}, {"value", value}};
}

QJsonObject literal(const QString &value, const QString &lang = {}, const QString &datatype = {})
{
    QJsonObject o{{"type", "literal"}, {"value", value}};
    if (!lang.isEmpty())
        o.insert(QStringLiteral("xml:lang"), lang);
    if (!datatype.isEmpty())
        o.insert(QStringLiteral("datatype"), datatype);
    return o;
}

const QString entity = QStringLiteral("http://www.wikidata.org/entity/");

/** An answer of twinnings.rq with the given rows. */
QByteArray answer(const QJsonArray &rows)
{
    const QStringList vars{"statement", "subject", "object", "start", "startPrecision", "end", "endPrecision",
                           "subjectLabel", "subjectMulLabel", "subjectEnLabel", "subjectCoordinates",
                           "subjectGeoNames", "subjectCountry", "objectLabel", "objectMulLabel", "objectEnLabel",
                           "objectCoordinates", "objectGeoNames", "objectCountry"};
    return QJsonDocument(QJsonObject{{"head", QJsonObject{{"vars", QJsonArray::fromStringList(vars)}}},
                                     {"results", QJsonObject{{"bindings", rows}}}})
            .toJson(QJsonDocument::Compact);
}

QJsonObject row(const QString &statement, const QString &subject, const QString &object)
{
    return {{"statement", uri(entity + QStringLiteral("statement/") + statement)},
            {"subject", uri(entity + subject)},
            {"object", uri(entity + object)}};
}

} // namespace

class tst_WikidataReader : public QObject
{
    Q_OBJECT

private slots:
    void queryFileIsCompiledIn();
    void readmeShowsTheQuery();
    void valuesAreEscaped_data();
    void valuesAreEscaped();
    void refusesMissingBlock();
    void refusesBrokenAnswers_data();
    void refusesBrokenAnswers();
    void readsTerms();
    void datesAtTheirPrecision_data();
    void datesAtTheirPrecision();
    void identifiers_data();
    void identifiers();
    void mergesRepeatedRows();
    void refusesForeignAnswer();
};

void tst_WikidataReader::queryFileIsCompiledIn()
{
    const SparqlTemplate query = SparqlTemplate::twinnings();
    QVERIFY(!query.isEmpty());
    // Standard SPARQL: labels by rdfs:label, not the Query Service's label service.
    QVERIFY(query.text().contains(QLatin1String("rdfs:label")));
    QVERIFY(!query.text().contains(QLatin1String("wikibase:label")));
    QVERIFY(!query.text().contains(QLatin1String("SERVICE")));
}

void tst_WikidataReader::readmeShowsTheQuery()
{
    // The README shows the query as the program runs it, so that anyone can run it too.
    QFile readme(QStringLiteral(TWINATLAS_TEST_DATA "/../../README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    QVERIFY(text.contains(QStringLiteral("```sparql\n") + SparqlTemplate::twinnings().text() + QStringLiteral("```")));
}

void tst_WikidataReader::valuesAreEscaped_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");
    QTest::newRow("country") << "DE" << "VALUES ?key { \"DE\" }";
    QTest::newRow("quote and brace") << "DE\" } ?x ?y { \"" << "VALUES ?key { \"DE\\\" } ?x ?y { \\\"\" }";
    QTest::newRow("backslash and newline") << "a\\b\nc" << "VALUES ?key { \"a\\\\b\\nc\" }";
    QTest::newRow("control") << QStringLiteral("a\x01") << "VALUES ?key { \"a\\u0001\" }";
}

void tst_WikidataReader::valuesAreEscaped()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    SparqlTemplate query(QStringLiteral("SELECT * WHERE {\n  VALUES ?key { \"XX\" }\n  ?s ?p ?key .\n}\n"));
    QString error;
    QVERIFY2(query.setValues(QStringLiteral("key"), {SparqlTerm::literal(value)}, &error), qPrintable(error));
    QVERIFY2(query.text().contains(written), qPrintable(query.text()));
    // The rest of the query is untouched: one block, one pattern.
    QCOMPARE(query.text().count(QLatin1String("VALUES")), 1);
    QVERIFY(query.text().endsWith(QLatin1String("  ?s ?p ?key .\n}\n")));
}

void tst_WikidataReader::refusesMissingBlock()
{
    SparqlTemplate none(QStringLiteral("SELECT * WHERE { ?s ?p ?o }"));
    QString error;
    QVERIFY(!none.setValues(QStringLiteral("key"), {SparqlTerm::literal(QStringLiteral("DE"))}, &error));
    QVERIFY(error.contains(QLatin1String("no VALUES block")));
    SparqlTemplate two(QStringLiteral("SELECT * WHERE { VALUES ?key { 1 } VALUES ?key { 2 } }"));
    QVERIFY(!two.setValues(QStringLiteral("key"), {SparqlTerm::literal(QStringLiteral("DE"))}, &error));
    QVERIFY(error.contains(QLatin1String("several")));
    SparqlTemplate query = SparqlTemplate::twinnings();
    QVERIFY(!query.setValues(QStringLiteral("key"), {SparqlTerm::uri(QStringLiteral("http://x/> . ?s ?p <y"))},
                             &error));
}

void tst_WikidataReader::refusesBrokenAnswers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray good = answer({QJsonObject(row("Q1-a", "Q1", "Q2"))});
    QTest::newRow("truncated") << good.left(good.size() / 2) << "not valid JSON";
    QTest::newRow("html") << QByteArray("<html><title>Error</title></html>") << "not valid JSON";
    QTest::newRow("array") << QByteArray("[1,2]") << "no JSON object";
    QTest::newRow("no results") << QByteArray("{\"head\":{\"vars\":[]}}") << "no “head” and “results”";
    QTest::newRow("no vars") << QByteArray("{\"head\":{},\"results\":{\"bindings\":[]}}") << "names no variables";
    QTest::newRow("no bindings") << QByteArray("{\"head\":{\"vars\":[]},\"results\":{}}") << "has no rows";
    QTest::newRow("row not object")
            << QByteArray("{\"head\":{\"vars\":[\"a\"]},\"results\":{\"bindings\":[1]}}") << "row 1";
    QTest::newRow("unnamed variable")
            << QByteArray("{\"head\":{\"vars\":[\"a\"]},\"results\":{\"bindings\":[{\"b\":{\"type\":\"uri\",\"value\":\"x\"}}]}}")
            << "does not name";
    QTest::newRow("unknown type")
            << QByteArray("{\"head\":{\"vars\":[\"a\"]},\"results\":{\"bindings\":[{\"a\":{\"type\":\"x\",\"value\":\"x\"}}]}}")
            << "unknown type";
    QTest::newRow("no value")
            << QByteArray("{\"head\":{\"vars\":[\"a\"]},\"results\":{\"bindings\":[{\"a\":{\"type\":\"uri\"}}]}}")
            << "has no value";
}

void tst_WikidataReader::refusesBrokenAnswers()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    SparqlResults results;
    QVERIFY(!results.read(json));
    QVERIFY2(results.errorString().contains(message), qPrintable(results.errorString()));
    QVERIFY(results.rows().isEmpty());
}

void tst_WikidataReader::readsTerms()
{
    QJsonObject r = row("Q1-a", "Q1", "Q2");
    r.insert(QStringLiteral("subjectLabel"), literal(QStringLiteral("Getynga"), QStringLiteral("PL")));
    r.insert(QStringLiteral("start"), literal(QStringLiteral("1978-06-08T00:00:00Z"), {},
                                              QStringLiteral("http://www.w3.org/2001/XMLSchema#dateTime")));
    SparqlResults results;
    QVERIFY2(results.read(answer({r})), qPrintable(results.errorString()));
    QCOMPARE(results.rows().size(), 1);
    const SparqlResults::Row &first = results.rows().first();
    QVERIFY(first.value(QStringLiteral("subject")).isUri());
    QCOMPARE(first.value(QStringLiteral("subjectLabel")).language, QStringLiteral("pl"));
    QCOMPARE(first.value(QStringLiteral("start")).datatype, QStringLiteral("http://www.w3.org/2001/XMLSchema#dateTime"));
    QVERIFY(!first.contains(QStringLiteral("end")));
}

void tst_WikidataReader::datesAtTheirPrecision_data()
{
    QTest::addColumn<QString>("dateTime");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QString>("iso");
    QTest::newRow("year") << "1988-01-01T00:00:00Z" << 9 << "1988";
    QTest::newRow("month") << "1996-05-01T00:00:00Z" << 10 << "1996-05";
    QTest::newRow("day") << "1978-06-08T00:00:00Z" << 11 << "1978-06-08";
    QTest::newRow("second is a day") << "1978-06-08T12:30:00Z" << 14 << "1978-06-08";
    QTest::newRow("signed year") << "+1988-01-01T00:00:00Z" << 9 << "1988";
    QTest::newRow("decade left out") << "1980-01-01T00:00:00Z" << 8 << "";
    QTest::newRow("impossible day") << "1989-02-30T00:00:00Z" << 11 << "";
    QTest::newRow("not a date") << "soon" << 9 << "";
}

void tst_WikidataReader::datesAtTheirPrecision()
{
    QFETCH(QString, dateTime);
    QFETCH(int, precision);
    QFETCH(QString, iso);
    QCOMPARE(WikidataBatch::partialDate(dateTime, precision), iso);
}

void tst_WikidataReader::identifiers_data()
{
    QTest::addColumn<QString>("iri");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("statement");
    QTest::newRow("item") << entity + "Q64" << "Q64" << "";
    QTest::newRow("https item") << "https://www.wikidata.org/entity/Q64" << "Q64" << "";
    QTest::newRow("statement") << entity + "statement/Q64-5D4B3D2C-1a2b" << "" << "Q64$5D4B3D2C-1a2b";
    QTest::newRow("property") << entity + "P190" << "" << "";
    QTest::newRow("other site") << "http://example.org/entity/Q64" << "" << "";
    QTest::newRow("blank node") << "_:b0" << "" << "";
    QTest::newRow("item with more") << entity + "Q64/x" << "" << "";
}

void tst_WikidataReader::identifiers()
{
    QFETCH(QString, iri);
    QFETCH(QString, item);
    QFETCH(QString, statement);
    QCOMPARE(WikidataBatch::itemId(iri), item);
    QCOMPARE(WikidataBatch::statementId(iri), statement);
}

void tst_WikidataReader::mergesRepeatedRows()
{
    // One statement, repeated for each of Leiden's two coordinates, a second time from the
    // other country's query, and its twin's statement back: two statements, two items.
    QJsonArray rows;
    for (const char *point : {"Point(4.49306 52.15833)", "Point(4.497 52.1601)", "Point(4.49306 52.15833)"}) {
        QJsonObject r = row("Q47554-aaaa-5", "Q47554", "Q43631");
        r.insert(QStringLiteral("start"), literal(QStringLiteral("1991-01-01T00:00:00Z")));
        r.insert(QStringLiteral("startPrecision"), literal(QStringLiteral("9")));
        r.insert(QStringLiteral("objectCoordinates"), literal(QString::fromLatin1(point)));
        r.insert(QStringLiteral("objectGeoNames"), literal(QStringLiteral("2751773")));
        r.insert(QStringLiteral("objectCountry"), literal(QStringLiteral("NL")));
        r.insert(QStringLiteral("objectLabel"), literal(QStringLiteral("Lejda"), QStringLiteral("pl")));
        r.insert(QStringLiteral("subjectLabel"), literal(QStringLiteral("Toruń"), QStringLiteral("pl")));
        rows.append(r);
    }
    QJsonObject back = row("Q43631-bbbb-6", "Q43631", "Q47554");
    back.insert(QStringLiteral("subjectCoordinates"), literal(QStringLiteral("<http://www.wikidata.org/entity/Q405> Point(1 2)")));
    rows.append(back);
    QJsonObject unknown = row("Q2090-cccc-11", "Q2090", "Q1");
    unknown.insert(QStringLiteral("object"), QJsonObject{{"type", "bnode"}, {"value", "b0"}});
    rows.append(unknown);
    SparqlResults results;
    QVERIFY(results.read(answer(rows)));
    WikidataBatch batch;
    QVERIFY2(batch.add(results), qPrintable(batch.errorString()));
    QCOMPARE(batch.statements().size(), 2);
    QCOMPARE(batch.statements().at(0).id, QStringLiteral("Q47554$aaaa-5"));
    QCOMPARE(batch.statements().at(0).start, QStringLiteral("1991"));
    QCOMPARE(batch.statements().at(0).url(),
             QStringLiteral("https://www.wikidata.org/wiki/Q47554#Q47554$aaaa-5"));
    const WikidataItem *leiden = batch.item(QStringLiteral("Q43631"));
    QVERIFY(leiden);
    QCOMPARE(leiden->coordinates.size(), 2);
    QCOMPARE(leiden->coordinates.at(1).lon, 4.497);
    QCOMPARE(leiden->coordinates.at(1).lat, 52.1601);
    QCOMPARE(leiden->geonameIds, QVector<qint64>{2751773});
    QCOMPARE(leiden->countries, QStringList{QStringLiteral("NL")});
    QCOMPARE(leiden->name(), QStringLiteral("Lejda"));
    // A point on the Moon is no place on the map.
    QVERIFY(batch.item(QStringLiteral("Q43631"))->coordinates.size() == 2);
    QCOMPARE(batch.warnings().size(), 2);
    QVERIFY(batch.warnings().at(0).contains(QLatin1String("Point(1 2)")));
    QVERIFY(batch.warnings().at(1).contains(QLatin1String("Q2090$cccc-11")));
}

void tst_WikidataReader::refusesForeignAnswer()
{
    SparqlResults results;
    QVERIFY(results.read("{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[]}}"));
    WikidataBatch batch;
    QVERIFY(!batch.add(results));
    QVERIFY(batch.errorString().contains(QLatin1String("statement")));
    // A statement that is not on its subject is another query's answer.
    SparqlResults wrong;
    QVERIFY(wrong.read(answer({QJsonObject(row("Q1-a", "Q2", "Q3"))})));
    QVERIFY(!batch.add(wrong));
    QVERIFY(batch.errorString().contains(QLatin1String("is not on Q2")));
}

QTEST_GUILESS_MAIN(tst_WikidataReader)
#include "tst_wikidatareader.moc"
