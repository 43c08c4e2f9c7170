// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of edit goes through AtlasWriter in one transaction: applied, undone with the
// inverse it returns, redone with the inverse of that, each time leaving every table exactly as
// it was; a refused edit names its field and leaves the atlas untouched.
#include "edit/atlaswriter.h"
#include "edit/rowstore.h"
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "db/provenancetext.h"
#include "search/placesearch.h"
#include "edittesting.h"
#include "testatlas.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace twinatlas;
using namespace twinatlas::testing;

class tst_AtlasWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void operationIsUndoneAndRedoneExactly_data();
    void operationIsUndoneAndRedoneExactly();
    void invalidEditIsRefused_data();
    void invalidEditIsRefused();
    void placeholdersBecomeIds();
    void userEditsAreStamped();
    void editedPlaceIsFound();
    void readOnlyAtlasRefusesChanges();

private:
    qint64 place(const QString &uid)
    {
        return idOf(m_db.connection(), QStringLiteral("places"), uid);
    }
    qint64 partnership(const QString &uid)
    {
        return idOf(m_db.connection(), QStringLiteral("partnerships"), uid);
    }
    qint64 source(const QString &uid)
    {
        return idOf(m_db.connection(), QStringLiteral("sources"), uid);
    }
    qint64 event(const QString &uid)
    {
        return idOf(m_db.connection(), QStringLiteral("events"), uid);
    }
    ChangeSet change(const QString &name, ChangeSet *setup);

    QTemporaryDir m_dir;
    QString m_template;
    AtlasDatabase m_db;
};

void tst_AtlasWriter::initTestCase()
{
    m_template = buildSmallAtlas(m_dir.path(), QStringLiteral("template.sqlite"));
    QVERIFY(!m_template.isEmpty());
}

void tst_AtlasWriter::init()
{
    const QString path = m_dir.filePath(QStringLiteral("atlas.sqlite"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_template, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY2(m_db.open(path), qPrintable(m_db.errorString()));
}

void tst_AtlasWriter::cleanup()
{
    m_db.close();
}

// The edits of the tables below, by name, on the small test atlas. setup is applied first
// (and not checked) where the edit needs a row the bundled data lacks.
ChangeSet tst_AtlasWriter::change(const QString &name, ChangeSet *setup)
{
    RowStore rows(m_db.connection());
    ChangeSet c;
    ChecklistRow card;
    card.placeUid = QStringLiteral("gn:2934246");
    card.partnerUid = QStringLiteral("gn:2639577");
    card.state = QStringLiteral("received");
    card.receivedDate = QStringLiteral("2024-05-01");
    card.note = QStringLiteral("From Anna: the Abbey ruins");

    if (name == QLatin1String("insert place")) {
        PlaceRow p;
        p.id = -1;
        p.name = QStringLiteral("Neuberg");
        p.asciiName = QStringLiteral("Neuberg");
        p.country = QStringLiteral("DE");
        p.lon = 7.1;
        p.lat = 50.7;
        p.population = 1200;
        p.kind = QStringLiteral("town");
        c.insert(p);
        c.addAlternateName(-1, QStringLiteral("Neuburg am Test"));
    } else if (name == QLatin1String("update place")) {
        PlaceRow p = *rows.place(place(QStringLiteral("gn:2639577")));
        p.name = QStringLiteral("Reading (Berkshire)");
        p.population = 320000;
        p.lon = -0.98;
        p.lat = 51.45;
        c.update(p);
    } else if (name == QLatin1String("delete bundled place")) {
        c.removePlace(place(QStringLiteral("gn:2179537")));
    } else if (name == QLatin1String("delete bundled place with its names")) {
        c.removePartnership(partnership(QStringLiteral("ddorf-chemnitz")));
        c.removePlace(place(QStringLiteral("gn:2940132")));
    } else if (name == QLatin1String("delete place and its source")) {
        c.removePlace(place(QStringLiteral("x:de-neustadt-test")));
        c.removeSource(source(QStringLiteral("gn:2934246")));
    } else if (name == QLatin1String("insert alternate name")) {
        c.addAlternateName(place(QStringLiteral("gn:294801")), QStringLiteral("Chaifa"));
    } else if (name == QLatin1String("delete alternate name")) {
        c.removeAlternateName(place(QStringLiteral("gn:2934246")), QStringLiteral("DUS"));
    } else if (name == QLatin1String("insert partnership with event and source")) {
        PartnershipRow t;
        t.id = -1;
        t.placeA = place(QStringLiteral("gn:2179537"));
        t.placeB = place(QStringLiteral("gn:294801"));
        t.kind = QStringLiteral("friendship_city");
        t.startDate = QStringLiteral("2001-09");
        c.insert(t);
        EventRow e;
        e.id = -2;
        e.partnershipId = -1;
        e.date = QStringLiteral("2001-09-12");
        e.type = QStringLiteral("signed");
        e.description = QStringLiteral("Signed in Wellington");
        c.insert(e);
        c.linkPartnershipSource(-1, source(QStringLiteral("test-web")));
        c.linkEventSource(-2, source(QStringLiteral("test-doc")));
    } else if (name == QLatin1String("update partnership")) {
        PartnershipRow t = *rows.partnership(partnership(QStringLiteral("ddorf-haifa")));
        t.status = QStringLiteral("ended");
        t.endDate = QStringLiteral("2020-03");
        t.note = QStringLiteral("Ended by the council");
        c.update(t);
    } else if (name == QLatin1String("delete partnership with its history")) {
        c.removePartnership(partnership(QStringLiteral("ddorf-reading")));
    } else if (name == QLatin1String("insert event")) {
        EventRow e;
        e.partnershipId = partnership(QStringLiteral("auckland-la"));
        e.date = QStringLiteral("1990");
        e.type = QStringLiteral("exchange");
        e.description = QStringLiteral("School exchange");
        c.insert(e);
    } else if (name == QLatin1String("update event")) {
        EventRow e = *rows.event(event(QStringLiteral("ddorf-reading@2018/anniversary")));
        e.date = QStringLiteral("2018-10");
        e.description = QStringLiteral("30 years, celebrated in Reading");
        c.update(e);
    } else if (name == QLatin1String("delete event")) {
        c.removeEvent(event(QStringLiteral("auckland-la@2016-05/ended")));
    } else if (name == QLatin1String("insert source")) {
        SourceRow s;
        s.title = QStringLiteral("Council minutes");
        s.url = QStringLiteral("https://example.org/minutes/1988");
        c.insert(s);
    } else if (name == QLatin1String("update source")) {
        SourceRow s = *rows.source(source(QStringLiteral("test-web")));
        s.title = QStringLiteral("A test page, archived");
        s.url = QStringLiteral("https://web.archive.org/example.org/twins");
        c.update(s);
    } else if (name == QLatin1String("delete source of the user")) {
        SourceRow s;
        s.uid = QStringLiteral("u:spare");
        s.title = QStringLiteral("Spare");
        s.document = QStringLiteral("letters/spare.pdf");
        setup->insert(s);
        c.removeSource(-100); // replaced below, once the setup has given it an id
    } else if (name == QLatin1String("link partnership source")) {
        c.linkPartnershipSource(partnership(QStringLiteral("ddorf-chemnitz")),
                                source(QStringLiteral("test-web")));
    } else if (name == QLatin1String("unlink partnership source")) {
        c.unlinkPartnershipSource(partnership(QStringLiteral("ddorf-reading")),
                                  source(QStringLiteral("test-web")));
    } else if (name == QLatin1String("link event source")) {
        c.linkEventSource(event(QStringLiteral("ddorf-reading@1988-10/signed")),
                          source(QStringLiteral("test-web")));
    } else if (name == QLatin1String("unlink event source")) {
        c.unlinkEventSource(event(QStringLiteral("ddorf-reading@2018/anniversary")),
                            source(QStringLiteral("test-web")));
    } else if (name == QLatin1String("insert checklist entry")) {
        c.insert(card);
    } else if (name == QLatin1String("update checklist entry")) {
        ChecklistRow wanted = card;
        wanted.state = QStringLiteral("wanted");
        wanted.receivedDate.clear();
        wanted.note.clear();
        setup->insert(wanted);
        c.update(card);
    } else if (name == QLatin1String("delete checklist entry")) {
        setup->insert(card);
        c.removeChecklistEntry(card.placeUid, card.partnerUid);
    } else if (name == QLatin1String("delete place with checklist entries")) {
        ChecklistRow other = card;
        other.placeUid = QStringLiteral("gn:2179537");
        other.partnerUid = QStringLiteral("gn:2934246");
        setup->insert(other);
        c.removePlace(place(QStringLiteral("gn:2179537")));
    } else if (name == QLatin1String("several kinds at once")) {
        PartnershipRow t = *rows.partnership(partnership(QStringLiteral("istanbul-houston")));
        t.startDate = QStringLiteral("1988-05");
        c.update(t);
        c.removePartnership(partnership(QStringLiteral("ddorf-chemnitz")));
        c.addAlternateName(place(QStringLiteral("gn:4699066")), QStringLiteral("Space City"));
        c.insert(card);
    }
    return c;
}

void tst_AtlasWriter::operationIsUndoneAndRedoneExactly_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"insert place",
                             "update place",
                             "delete bundled place",
                             "delete bundled place with its names",
                             "delete place and its source",
                             "insert alternate name",
                             "delete alternate name",
                             "insert partnership with event and source",
                             "update partnership",
                             "delete partnership with its history",
                             "insert event",
                             "update event",
                             "delete event",
                             "insert source",
                             "update source",
                             "delete source of the user",
                             "link partnership source",
                             "unlink partnership source",
                             "link event source",
                             "unlink event source",
                             "insert checklist entry",
                             "update checklist entry",
                             "delete checklist entry",
                             "delete place with checklist entries",
                             "several kinds at once"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_AtlasWriter::operationIsUndoneAndRedoneExactly()
{
    QFETCH(QString, name);
    AtlasWriter writer(m_db);
    ChangeSet setup;
    ChangeSet forward = change(name, &setup);
    if (!setup.isEmpty()) {
        const ApplyResult r = writer.apply(setup);
        QVERIFY2(r.ok, qPrintable(r.errorString()));
        if (name == QLatin1String("delete source of the user")) {
            forward = ChangeSet();
            forward.removeSource(source(QStringLiteral("u:spare")));
        }
    }
    QVERIFY(!forward.isEmpty());
    const AtlasDump before = dumpAtlas(m_db.connection());

    const ApplyResult applied = writer.apply(forward);
    QVERIFY2(applied.ok, qPrintable(applied.errorString()));
    QCOMPARE(applied.inverse.provenance(), ChangeSet::Provenance::Exact);
    const AtlasDump after = dumpAtlas(m_db.connection());
    QVERIFY2(after != before, "the edit changed something");

    const ApplyResult undone = writer.apply(applied.inverse);
    QVERIFY2(undone.ok, qPrintable(undone.errorString()));
    const AtlasDump afterUndo = dumpAtlas(m_db.connection());
    QVERIFY2(afterUndo == before, qPrintable(dumpDifference(afterUndo, before)));

    const ApplyResult redone = writer.apply(undone.inverse);
    QVERIFY2(redone.ok, qPrintable(redone.errorString()));
    const AtlasDump afterRedo = dumpAtlas(m_db.connection());
    QVERIFY2(afterRedo == after, qPrintable(dumpDifference(afterRedo, after)));

    const ApplyResult undoneAgain = writer.apply(redone.inverse);
    QVERIFY2(undoneAgain.ok, qPrintable(undoneAgain.errorString()));
    const AtlasDump afterSecondUndo = dumpAtlas(m_db.connection());
    QVERIFY2(afterSecondUndo == before, qPrintable(dumpDifference(afterSecondUndo, before)));
    QVERIFY(m_db.verifyIntegrity());
}

void tst_AtlasWriter::invalidEditIsRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("operation");
    QTest::newRow("end before start") << "end before start"
                                      << "end_date"
                                      << "End date: 1990 is before the start date 1991." << 0;
    QTest::newRow("end before start, mixed precision")
            << "end before start, mixed precision"
            << "end_date"
            << "End date: 1991-04 is before the start date 1991-05-02." << 0;
    QTest::newRow("partnership of a place with itself")
            << "partnership of a place with itself"
            << "place_b"
            << "Partner: a place cannot be partnered with itself." << 0;
    QTest::newRow("same pair and kind twice") << "same pair and kind twice"
                                              << "place_b"
                                              << "Partner: Düsseldorf and Haifa already have a "
                                                 "partnership of the kind “partner_town”."
                                              << 0;
    QTest::newRow("same pair reversed")
            << "same pair reversed"
            << "place_b"
            << "Partner: Haifa and Düsseldorf already have a partnership" << 0;
    QTest::newRow("latitude above 90") << "latitude above 90"
                                       << "lat"
                                       << "Latitude: 91 is outside −90 to 90 degrees." << 0;
    QTest::newRow("longitude below -180") << "longitude below -180"
                                          << "lon"
                                          << "Longitude: -181 is outside −180 to 180 degrees." << 0;
    QTest::newRow("month 13") << "month 13"
                              << "start_date"
                              << "Start date: “1989-13” has no month 13." << 0;
    QTest::newRow("30 February") << "30 February"
                                 << "date"
                                 << "Date: “1989-02-30” is not a day of the calendar." << 0;
    QTest::newRow("not ISO")
            << "not ISO"
            << "start_date"
            << "Start date: “17.11.1989” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD."
            << 0;
    QTest::newRow("two-digit year") << "two-digit year"
                                    << "end_date"
                                    << "End date: “89” is not a date of the form" << 0;
    QTest::newRow("event without a date") << "event without a date"
                                          << "date"
                                          << "Date: a date is needed" << 0;
    QTest::newRow("source with an ftp address")
            << "source with an ftp address"
            << "url"
            << "Web address: “ftp://example.org/a” is not an http or https address." << 0;
    QTest::newRow("source with neither address nor document")
            << "source with neither address nor document"
            << "url"
            << "Source: give an http or https address, or the name of a document." << 0;
    QTest::newRow("removing a place partnerships refer to")
            << "removing a place partnerships refer to"
            << "place_id"
            << "Düsseldorf cannot be removed while 3 partnership(s) refer to it" << 0;
    QTest::newRow("removing a cited source")
            << "removing a cited source"
            << "source_id"
            << "The source “A test document” cannot be removed while" << 0;
    QTest::newRow("unknown kind") << "unknown kind"
                                  << "kind"
                                  << "Kind: “twins” is not one of" << 0;
    QTest::newRow("bad country") << "bad country"
                                 << "country"
                                 << "Country: “Germany” is not a two-letter country code" << 0;
    QTest::newRow("empty name") << "empty name"
                                << "name"
                                << "Name: a place needs a name." << 0;
    QTest::newRow("date on a wanted card")
            << "date on a wanted card"
            << "received_date"
            << "Received on: only a card that has been received has a date." << 0;
    QTest::newRow("a later step fails") << "a later step fails"
                                        << "place_b"
                                        << "cannot be partnered with itself" << 2;
    QTest::newRow("an undo applied twice") << "an undo applied twice"
                                           << ""
                                           << "The change could not be saved" << 0;
}

void tst_AtlasWriter::invalidEditIsRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QFETCH(int, operation);
    RowStore rows(m_db.connection());
    const qint64 ddorf = place(QStringLiteral("gn:2934246"));
    const qint64 haifa = place(QStringLiteral("gn:294801"));
    PartnershipRow t;
    t.placeA = ddorf;
    t.placeB = place(QStringLiteral("gn:4699066"));
    t.kind = QStringLiteral("sister_city");
    PlaceRow p;
    p.name = QStringLiteral("Testdorf");
    p.country = QStringLiteral("DE");
    p.lon = 7;
    p.lat = 50;
    EventRow e;
    e.partnershipId = partnership(QStringLiteral("ddorf-reading"));
    e.type = QStringLiteral("note");
    SourceRow s;
    s.title = QStringLiteral("A source");

    ChangeSet c;
    if (name == QLatin1String("end before start")) {
        PartnershipRow u = *rows.partnership(partnership(QStringLiteral("ddorf-haifa")));
        u.startDate = QStringLiteral("1991");
        u.endDate = QStringLiteral("1990");
        c.update(u);
    } else if (name == QLatin1String("end before start, mixed precision")) {
        t.startDate = QStringLiteral("1991-05-02");
        t.endDate = QStringLiteral("1991-04");
        c.insert(t);
    } else if (name == QLatin1String("partnership of a place with itself")) {
        t.placeB = ddorf;
        c.insert(t);
    } else if (name == QLatin1String("same pair and kind twice")) {
        t.placeB = haifa;
        t.kind = QStringLiteral("partner_town");
        c.insert(t);
    } else if (name == QLatin1String("same pair reversed")) {
        t.placeA = haifa;
        t.placeB = ddorf;
        t.kind = QStringLiteral("partner_town");
        c.insert(t);
    } else if (name == QLatin1String("latitude above 90")) {
        p.lat = 91;
        c.insert(p);
    } else if (name == QLatin1String("longitude below -180")) {
        PlaceRow u = *rows.place(place(QStringLiteral("gn:2639577")));
        u.lon = -181;
        c.update(u);
    } else if (name == QLatin1String("month 13")) {
        t.startDate = QStringLiteral("1989-13");
        c.insert(t);
    } else if (name == QLatin1String("30 February")) {
        e.date = QStringLiteral("1989-02-30");
        c.insert(e);
    } else if (name == QLatin1String("not ISO")) {
        t.startDate = QStringLiteral("17.11.1989");
        c.insert(t);
    } else if (name == QLatin1String("two-digit year")) {
        t.endDate = QStringLiteral("89");
        c.insert(t);
    } else if (name == QLatin1String("event without a date")) {
        c.insert(e);
    } else if (name == QLatin1String("source with an ftp address")) {
        s.url = QStringLiteral("ftp://example.org/a");
        c.insert(s);
    } else if (name == QLatin1String("source with neither address nor document")) {
        c.insert(s);
    } else if (name == QLatin1String("removing a place partnerships refer to")) {
        c.removePlace(ddorf);
    } else if (name == QLatin1String("removing a cited source")) {
        c.removeSource(source(QStringLiteral("test-doc")));
    } else if (name == QLatin1String("unknown kind")) {
        t.kind = QStringLiteral("twins");
        c.insert(t);
    } else if (name == QLatin1String("bad country")) {
        p.country = QStringLiteral("Germany");
        c.insert(p);
    } else if (name == QLatin1String("empty name")) {
        p.name = QStringLiteral("  ");
        c.insert(p);
    } else if (name == QLatin1String("date on a wanted card")) {
        ChecklistRow card;
        card.placeUid = QStringLiteral("gn:2934246");
        card.partnerUid = QStringLiteral("gn:294801");
        card.state = QStringLiteral("wanted");
        card.receivedDate = QStringLiteral("2024");
        c.insert(card);
    } else if (name == QLatin1String("a later step fails")) {
        p.id = -1;
        c.insert(p); // fine on its own
        c.addAlternateName(-1, QStringLiteral("Testheim"));
        t.placeA = -1;
        t.placeB = -1;
        c.insert(t);
    } else if (name == QLatin1String("an undo applied twice")) {
        ChangeSet add;
        PlaceRow extra = p;
        add.insert(extra);
        AtlasWriter writer(m_db);
        const ApplyResult r = writer.apply(add);
        QVERIFY(r.ok);
        const ApplyResult undo = writer.apply(r.inverse);
        QVERIFY(undo.ok);
        c = undo.inverse;
        const ApplyResult redo = writer.apply(c);
        QVERIFY(redo.ok); // the redo is fine once; the second time its place is there already
    }
    QVERIFY(!c.isEmpty());

    const AtlasDump before = dumpAtlas(m_db.connection());
    AtlasWriter writer(m_db);
    const ApplyResult result = writer.apply(c);
    QVERIFY2(!result.ok, "the edit was accepted");
    QVERIFY(!result.problems.isEmpty());
    bool named = false;
    for (const EditProblem &problem : result.problems) {
        if (problem.field == field && problem.message.contains(message)) {
            named = true;
            QCOMPARE(problem.operation, operation);
        }
    }
    QVERIFY2(named, qPrintable(result.errorString()));
    QVERIFY(result.inverse.isEmpty());
    const AtlasDump after = dumpAtlas(m_db.connection());
    QVERIFY2(after == before, qPrintable(dumpDifference(after, before)));
    // The connection is left with no transaction open: the next edit works.
    ChangeSet next;
    next.addAlternateName(haifa, QStringLiteral("Haifa-by-the-sea"));
    QVERIFY(writer.apply(next).ok);
}

void tst_AtlasWriter::placeholdersBecomeIds()
{
    AtlasWriter writer(m_db);
    const ApplyResult r = writer.apply(
            change(QStringLiteral("insert partnership with event and source"), nullptr));
    QVERIFY2(r.ok, qPrintable(r.errorString()));
    QCOMPARE(r.assignedIds.size(), 2);
    const qint64 id = r.assignedIds.value(-1);
    QVERIFY(id > 0);
    AtlasReader reader(m_db.connection());
    const auto t = reader.partnership(id);
    QVERIFY(t);
    QCOMPARE(t->origin, QStringLiteral("user"));
    QVERIFY(t->uid.startsWith(QLatin1String("u:")));
    const QVector<HistoryEvent> events = reader.eventsOf(id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().id, r.assignedIds.value(-2));
    QCOMPARE(events.first().sources.size(), 1);
    QCOMPARE(reader.sourcesOfPartnership(id).size(), 1);
}

void tst_AtlasWriter::userEditsAreStamped()
{
    AtlasWriter writer(m_db);
    const QDateTime when(QDate(2026, 3, 4), QTime(10, 30), Qt::UTC);
    writer.setClock([when] { return when; });
    RowStore rows(m_db.connection());
    PartnershipRow t = *rows.partnership(partnership(QStringLiteral("ddorf-haifa")));
    QCOMPARE(t.dataVersion, QStringLiteral("test-1"));
    QVERIFY(t.modifiedAt.isNull());
    t.note = QStringLiteral("Checked with the city");
    ChangeSet c;
    c.update(t);
    c.removePlace(place(QStringLiteral("gn:2179537")));
    c.addAlternateName(place(QStringLiteral("gn:294801")), QStringLiteral("Chaifa"));
    QVERIFY(writer.apply(c).ok);

    const PartnershipRow edited = *rows.partnership(t.id);
    QCOMPARE(edited.modifiedAt, QStringLiteral("2026-03-04T10:30:00.000Z"));
    QCOMPARE(edited.origin, QStringLiteral("bundled"));
    QCOMPARE(edited.dataVersion, QStringLiteral("test-1"));
    QCOMPARE(ProvenanceText::describe(edited.origin, edited.modifiedAt, edited.dataVersion,
                                      QLocale::c()),
             QStringLiteral("Edited by you on Wednesday, 4 March 2026"));
    QCOMPARE(ProvenanceText::describe(QStringLiteral("bundled"), QString(),
                                      QStringLiteral("test-1"), QLocale::c()),
             QStringLiteral("From the bundled data test-1"));
    // A name added counts as an edit of its place.
    QCOMPARE(rows.place(place(QStringLiteral("gn:294801")))->modifiedAt, edited.modifiedAt);
    // The deleted bundled place leaves a tombstone, so an update does not bring it back.
    const auto stone = rows.tombstone(QStringLiteral("place"), QStringLiteral("gn:2179537"));
    QVERIFY(stone);
    QCOMPARE(stone->deletedAt, edited.modifiedAt);
}

void tst_AtlasWriter::editedPlaceIsFound()
{
    AtlasWriter writer(m_db);
    PlaceSearch search(m_db.connection());
    const ApplyResult added = writer.apply(change(QStringLiteral("insert place"), nullptr));
    QVERIFY(added.ok);
    const qint64 id = added.assignedIds.value(-1);
    QVERIFY(!search.search(QStringLiteral("neuberg")).isEmpty());
    QCOMPARE(search.search(QStringLiteral("neuberg")).first().placeId, id);
    QCOMPARE(search.search(QStringLiteral("Neuburg am")).first().placeId, id);
    QCOMPARE(search.search(QStringLiteral("am test")).size(), 0); // later words of own names only

    RowStore rows(m_db.connection());
    PlaceRow renamed = *rows.place(id);
    renamed.name = QStringLiteral("Neuberg an der Lahn");
    ChangeSet rename;
    rename.update(renamed);
    const ApplyResult r = writer.apply(rename);
    QVERIFY(r.ok);
    QCOMPARE(search.search(QStringLiteral("lahn")).first().placeId, id);
    QVERIFY(writer.apply(r.inverse).ok);
    QVERIFY(search.search(QStringLiteral("lahn")).isEmpty());
    QVERIFY(writer.apply(added.inverse).ok);
    QVERIFY(search.search(QStringLiteral("neuberg")).isEmpty());
}

void tst_AtlasWriter::readOnlyAtlasRefusesChanges()
{
    const QString path = m_db.path();
    m_db.close();
    QVERIFY(m_db.open(path, AtlasDatabase::Mode::ReadOnly));
    AtlasWriter writer(m_db);
    const AtlasDump before = dumpAtlas(m_db.connection());
    const ApplyResult r = writer.apply(change(QStringLiteral("insert place"), nullptr));
    QVERIFY(!r.ok);
    QVERIFY2(r.errorString().contains(QLatin1String("read-only")), qPrintable(r.errorString()));
    QVERIFY(dumpAtlas(m_db.connection()) == before);
}

QTEST_GUILESS_MAIN(tst_AtlasWriter)
#include "tst_atlaswriter.moc"
