// SPDX-License-Identifier: GPL-3.0-or-later
// Partnerships from Wikidata, without the internet: the program's own query (twinnings.rq) is
// run by a real SPARQL engine (roqet) over a Turtle fixture in Wikidata's RDF model, served by
// the tests' endpoint on 127.0.0.1 in the W3C JSON results format. Into an atlas built from
// real GeoNames places: what the first fetch adds, exactly (both sides merged, dates at their
// precision, a GeoNames ID placing a side, coordinates choosing among namesakes, a place the
// gazetteer lacks created, labels as names in the interface language, every partnership
// sourced to its statements with the day retrieved); what a second fetch against a changed
// fixture changes, exactly, with a user's edit kept; each fault of the service answered with a
// message and the atlas byte-identical; Cancel half-way, and a resumed fetch that does not ask
// again for what it already has.
#include "fixtureserver.h"
#include "testatlas.h"

#include "db/atlasdatabase.h"
#include "edit/atlaswriter.h"
#include "edit/rowstore.h"
#include "io/gazetteerindex.h"
#include "wikidata/wikidatafetch.h"
#include "wikidata/wikidataupdate.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace twinatlas;
using namespace twinatlas::testing;

namespace {

/** What one fetch did, as the command line would report it. */
struct Outcome
{
    bool fetched = false;
    QString error;
    QString summary;
    QString counts;
    QVector<WikidataChange> changes;
    int requests = 0;
    int fromCache = 0;
    QVector<qint64> chunkTimes;
};

} // namespace

class tst_WikidataFetch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstFetchAddsWhatWikidataSays();
    void secondFetchBringsTheChanges();
    void reviewDecisionsAreRemembered();
    void placeIsAskedByGeoNamesId();
    void busyServiceIsWaitedFor_data();
    void busyServiceIsWaitedFor();
    void faultsChangeNothing_data();
    void faultsChangeNothing();
    void cancelThenResume();

private:
    WikidataFetch::Options options() const;
    /** Fetches scope from the server and, if apply, writes what it brings, as the command does. */
    using Decide = std::function<void(WikidataUpdate &, const GazetteerIndex &)>;
    Outcome fetch(const WikidataScope &scope, bool apply = true, const WikidataFetch::Options *custom = nullptr,
                  const Decide &decide = {});
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    qint64 partnershipBetween(const QString &uidA, const QString &uidB);

    QTemporaryDir m_dir;
    QString m_atlasPath;
    std::unique_ptr<AtlasDatabase> m_atlas;
    FixtureServer m_server;
};

void tst_WikidataFetch::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_WikidataFetch::init()
{
    m_atlas.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("wikidata.sqlite")));
    QDir(m_dir.filePath(QStringLiteral("cache"))).removeRecursively();
    m_atlasPath = buildTestAtlas(m_dir.path(), QStringLiteral("atlas-wikidata"), QStringLiteral("wikidata.sqlite"));
    QVERIFY(!m_atlasPath.isEmpty());
    m_atlas = std::make_unique<AtlasDatabase>();
    QVERIFY2(m_atlas->open(m_atlasPath), qPrintable(m_atlas->errorString()));
}

WikidataFetch::Options tst_WikidataFetch::options() const
{
    WikidataFetch::Options o;
    o.endpoint = const_cast<FixtureServer &>(m_server).endpoint();
    o.language = QStringLiteral("pl");
    o.cacheDir = m_dir.filePath(QStringLiteral("cache"));
    o.timeoutMs = 2000;
    o.maxAttempts = 2;
    o.backoffMs = 50;
    return o;
}

Outcome tst_WikidataFetch::fetch(const WikidataScope &scope, bool apply, const WikidataFetch::Options *custom,
                                 const Decide &decide)
{
    Outcome outcome;
    QString error;
    const QVector<WikidataChunk> chunks = scope.chunks(m_atlas->connection(), &error);
    if (chunks.isEmpty()) {
        outcome.error = error;
        return outcome;
    }
    WikidataFetch fetch(custom ? *custom : options());
    fetch.start(chunks);
    outcome.fetched = fetch.waitForFinished();
    outcome.error = fetch.errorString();
    outcome.requests = fetch.requestCount();
    outcome.fromCache = fetch.chunksFromCache();
    outcome.chunkTimes = fetch.chunkTimes();
    if (!outcome.fetched)
        return outcome;
    GazetteerIndex index;
    if (!index.load(m_atlas->connection(), &outcome.error))
        return outcome;
    WikidataUpdate update(index, m_atlas->connection());
    update.setLanguage(fetch.options().language);
    update.setRetrieved(QDate::currentDate());
    if (!update.prepare(fetch.batch(), scope)) {
        outcome.error = update.errorString();
        return outcome;
    }
    if (decide)
        decide(update, index);
    outcome.summary = update.summary().toString();
    outcome.counts = update.countsLine();
    outcome.changes = update.changes();
    if (apply) {
        const ApplyResult result = AtlasWriter(*m_atlas).apply(update.changeSet());
        if (!result.ok)
            outcome.error = result.errorString();
        else
            fetch.clearCache();
    }
    return outcome;
}

QVariant tst_WikidataFetch::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_atlas->connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

qint64 tst_WikidataFetch::partnershipBetween(const QString &uidA, const QString &uidB)
{
    return scalar(QStringLiteral("SELECT t.id FROM partnerships t JOIN places a ON a.id = t.place_a"
                                 " JOIN places b ON b.id = t.place_b"
                                 " WHERE (a.uid = ? AND b.uid = ?) OR (a.uid = ? AND b.uid = ?)"),
                  {uidA, uidB, uidB, uidA})
            .toLongLong();
}

void tst_WikidataFetch::firstFetchAddsWhatWikidataSays()
{
    QVERIFY(m_server.start(QStringLiteral("twinnings.ttl")));
    const qint64 partnershipsBefore = scalar(QStringLiteral("SELECT count(*) FROM partnerships")).toLongLong();
    QElapsedTimer clock;
    clock.start();
    const Outcome o = fetch(WikidataScope::world());
    qInfo("first fetch of the fixture, 6 chunks: %lld ms in all; per chunk (request to parsed answer): %s ms",
          clock.elapsed(), qPrintable([&] {
              QStringList t;
              for (qint64 ms : o.chunkTimes)
                  t << QString::number(ms);
              return t.join(QStringLiteral(", "));
          }()));
    QVERIFY2(o.fetched && o.error.isEmpty(), qPrintable(o.error));
    // The countries of the test atlas, one query each; the program's name on every request.
    QCOMPARE(m_server.keysAsked(), (QStringList{"DE", "GB", "JP", "NL", "PL", "US"}));
    for (const QString &line : m_server.log()) {
        QVERIFY2(line.contains(QLatin1String(" agent Twinatlas/" TWINATLAS_VERSION " (" TWINATLAS_HOMEPAGE)),
                 qPrintable(line));
    }
    // Ten statements (the deprecated one and the twin of unknown value left out): Düsseldorf–
    // Reading was in the atlas; Toruń–Göttingen and Toruń–Leiden come from both sides; which
    // Springfield is Kraków's twin is for the user to say, and without a word it is left out.
    QCOMPARE(o.summary, QStringLiteral("rows 10, pairs imported 5, duplicates 4, places matched 9, created 1, "
                                       "unresolved 0, doubtful 1"));
    QCOMPARE(o.counts, QStringLiteral("changed dates 0, kept 0, no longer in Wikidata 0"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM partnerships")).toLongLong(), partnershipsBefore + 5);

    // Both sides of Toruń–Göttingen: one partnership, the day-precise start, two sources.
    const qint64 torunGoettingen = partnershipBetween(QStringLiteral("gn:3083271"), QStringLiteral("gn:2918632"));
    QVERIFY(torunGoettingen);
    const std::optional<PartnershipRow> tg = RowStore(m_atlas->connection()).partnership(torunGoettingen);
    QCOMPARE(tg->startDate, QStringLiteral("1978-06-08"));
    QCOMPARE(tg->status, QStringLiteral("active"));
    QCOMPARE(tg->kind, QStringLiteral("twin_town"));
    QSqlQuery sources(m_atlas->connection());
    sources.prepare(QStringLiteral("SELECT s.url, s.retrieved FROM sources s JOIN partnership_sources l"
                                   " ON l.source_id = s.id WHERE l.partnership_id = ? ORDER BY s.url"));
    sources.addBindValue(torunGoettingen);
    QVERIFY(sources.exec());
    QStringList urls;
    while (sources.next()) {
        urls << sources.value(0).toString();
        QCOMPARE(sources.value(1).toString(), QDate::currentDate().toString(Qt::ISODate));
    }
    QCOMPARE(urls, (QStringList{"https://www.wikidata.org/wiki/Q3033#Q3033$6f0b3c2e-4a51-4d8e-9c1a-000000000004",
                                "https://www.wikidata.org/wiki/Q47554#Q47554$6f0b3c2e-4a51-4d8e-9c1a-000000000003"}));

    // Month precision; an end date ends it; the bundled Düsseldorf–Reading keeps its 1988 and
    // cites both statements besides its own source.
    const qint64 hameenlinnaPlace = scalar(QStringLiteral("SELECT id FROM places WHERE name = 'Hämeenlinna'")).toLongLong();
    QVERIFY2(hameenlinnaPlace, "the place the gazetteer lacks is created");
    QCOMPARE(scalar(QStringLiteral("SELECT country || ' ' || lon || ' ' || lat FROM places WHERE id = ?"),
                    {hameenlinnaPlace})
                     .toString(),
             QStringLiteral("FI 24.46434 60.99596"));
    QCOMPARE(scalar(QStringLiteral("SELECT start_date FROM partnerships WHERE place_a = ? OR place_b = ?"),
                    {hameenlinnaPlace, hameenlinnaPlace})
                     .toString(),
             QStringLiteral("1996-05"));
    // Springfield has no GeoNames ID: its coordinates choose Illinois among the three.
    const qint64 springfield = partnershipBetween(QStringLiteral("gn:4250542"), QStringLiteral("gn:1865005"));
    QVERIFY2(springfield, "Springfield, Illinois – Ashikaga");
    QCOMPARE(scalar(QStringLiteral("SELECT status || ' ' || start_date || ' ' || end_date FROM partnerships WHERE id = ?"),
                    {springfield})
                     .toString(),
             QStringLiteral("ended 1990 2019"));
    const qint64 duesseldorfReading = partnershipBetween(QStringLiteral("gn:2934246"), QStringLiteral("gn:2639577"));
    QCOMPARE(scalar(QStringLiteral("SELECT kind || ' ' || start_date FROM partnerships WHERE id = ?"), {duesseldorfReading})
                     .toString(),
             QStringLiteral("partner_town 1988"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM partnership_sources WHERE partnership_id = ?"),
                    {duesseldorfReading})
                     .toInt(),
             3);
    QVERIFY(partnershipBetween(QStringLiteral("gn:3083271"), QStringLiteral("gn:2751773"))); // Leiden, two points
    QVERIFY(partnershipBetween(QStringLiteral("gn:3094802"), QStringLiteral("gn:2861650"))); // one-sided
    QVERIFY2(!partnershipBetween(QStringLiteral("gn:3094802"), QStringLiteral("gn:3083271")), "deprecated");

    // Polish labels are the places' Polish names.
    QCOMPARE(scalar(QStringLiteral("SELECT n.name || ' ' || n.origin FROM place_names n JOIN places p ON p.id = n.place_id"
                                   " WHERE p.uid = 'gn:2918632' AND lang = 'pl'"))
                     .toString(),
             QStringLiteral("Getynga wikidata"));
    QCOMPARE(scalar(QStringLiteral("SELECT n.name FROM place_names n JOIN places p ON p.id = n.place_id"
                                   " WHERE p.uid = 'gn:2861650' AND lang = 'pl'"))
                     .toString(),
             QStringLiteral("Norymberga"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM wikidata_statements")).toInt(), 9);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM wikidata_places")).toInt(), 10);
    QCOMPARE(o.changes.size(), 5);
    QVERIFY(std::all_of(o.changes.cbegin(), o.changes.cend(),
                        [](const WikidataChange &c) { return c.kind == WikidataChange::Kind::Added; }));

    // Asked again, the same answers bring nothing new and write nothing.
    const Outcome again = fetch(WikidataScope::world(), false);
    QCOMPARE(again.summary, QStringLiteral("rows 10, pairs imported 0, duplicates 9, places matched 1, created 0, "
                                           "unresolved 0, doubtful 1"));
    QCOMPARE(again.counts, QStringLiteral("changed dates 0, kept 0, no longer in Wikidata 0"));
}

void tst_WikidataFetch::secondFetchBringsTheChanges()
{
    QVERIFY(m_server.start(QStringLiteral("twinnings.ttl")));
    QVERIFY2(fetch(WikidataScope::world()).error.isEmpty(), "first fetch");
    // The user dates Toruń–Göttingen otherwise.
    const qint64 torunGoettingen = partnershipBetween(QStringLiteral("gn:3083271"), QStringLiteral("gn:2918632"));
    PartnershipRow edited = *RowStore(m_atlas->connection()).partnership(torunGoettingen);
    edited.startDate = QStringLiteral("1979");
    ChangeSet edit;
    edit.update(edited);
    QVERIFY(AtlasWriter(*m_atlas).apply(edit).ok);

    QVERIFY(m_server.start(QStringLiteral("twinnings-changed.ttl")));
    const Outcome o = fetch(WikidataScope::world());
    QVERIFY2(o.fetched && o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.summary, QStringLiteral("rows 12, pairs imported 1, duplicates 9, places matched 3, created 0, "
                                       "unresolved 0, doubtful 1"));
    QCOMPARE(o.counts, QStringLiteral("changed dates 1, kept 1, no longer in Wikidata 1"));
    QStringList seen;
    for (const WikidataChange &c : o.changes)
        seen << WikidataChange::kindName(c.kind) + QLatin1Char(' ') + c.placeName + QStringLiteral(" – ") + c.partnerName;
    seen.sort();
    QCOMPARE(seen, (QStringList{"added Göttingen – Cheltenham", "dates-changed Toruń – Leiden", "kept Toruń – Göttingen",
                                "no-longer-in-wikidata Springfield – Ashikaga"}));

    // The change Wikidata made where the atlas held Wikidata's date; the user's date kept.
    const qint64 torunLeiden = partnershipBetween(QStringLiteral("gn:3083271"), QStringLiteral("gn:2751773"));
    QCOMPARE(RowStore(m_atlas->connection()).partnership(torunLeiden)->startDate, QStringLiteral("1989-04-21"));
    QCOMPARE(RowStore(m_atlas->connection()).partnership(torunGoettingen)->startDate, QStringLiteral("1979"));
    // Flagged, not removed.
    const qint64 springfield = partnershipBetween(QStringLiteral("gn:4250542"), QStringLiteral("gn:1865005"));
    QVERIFY(springfield);
    QCOMPARE(scalar(QStringLiteral("SELECT missing_since FROM wikidata_statements WHERE statement = ?"),
                    {QStringLiteral("Q28515$6f0b3c2e-4a51-4d8e-9c1a-000000000008")})
                     .toString(),
             QDate::currentDate().toString(Qt::ISODate));
    QVERIFY(partnershipBetween(QStringLiteral("gn:2918632"), QStringLiteral("gn:2653261")));

    // A third time: nothing new, the flag stands, nothing is written.
    m_atlas->close();
    const QByteArray before = fileHash(m_atlasPath);
    QVERIFY(m_atlas->open(m_atlasPath));
    const Outcome third = fetch(WikidataScope::world());
    QCOMPARE(third.summary, QStringLiteral("rows 12, pairs imported 0, duplicates 10, places matched 1, created 0, "
                                           "unresolved 0, doubtful 1"));
    QCOMPARE(third.counts, QStringLiteral("changed dates 0, kept 0, no longer in Wikidata 1"));
    m_atlas->close();
    QCOMPARE(fileHash(m_atlasPath), before);
}

void tst_WikidataFetch::reviewDecisionsAreRemembered()
{
    // The user says which Springfield (Massachusetts), removes Springfield – Ashikaga, and
    // leaves nothing else to decide.
    QVERIFY(m_server.start(QStringLiteral("twinnings.ttl")));
    const Outcome first = fetch(WikidataScope::world(), true, nullptr, [](WikidataUpdate &update, const GazetteerIndex &index) {
        ImportPlan &plan = update.plan();
        for (int r = 0; r < plan.referenceCount(); ++r)
            if (plan.resolution(r).outcome == Resolution::Outcome::Doubtful)
                plan.choose(r, index.indexOfGeonameId(4951788));
    });
    QCOMPARE(first.summary, QStringLiteral("rows 10, pairs imported 6, duplicates 4, places matched 10, created 1, "
                                           "unresolved 0, doubtful 0"));
    QVERIFY(partnershipBetween(QStringLiteral("gn:3094802"), QStringLiteral("gn:4951788")));
    QCOMPARE(scalar(QStringLiteral("SELECT place_uid FROM wikidata_places WHERE item = 'Q1190003'")).toString(),
             QStringLiteral("gn:4951788"));

    // Kraków's side comes in: the same Springfield, without a question. Springfield – Ashikaga,
    // no longer listed, is removed as the user ticks it, in the same step.
    QVERIFY(m_server.start(QStringLiteral("twinnings-changed.ttl")));
    const qint64 ashikaga = partnershipBetween(QStringLiteral("gn:4250542"), QStringLiteral("gn:1865005"));
    QVERIFY(ashikaga);
    const Outcome second = fetch(WikidataScope::world(), true, nullptr, [ashikaga](WikidataUpdate &update, const GazetteerIndex &) {
        update.setRemoval(ashikaga, true);
    });
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    QCOMPARE(second.summary, QStringLiteral("rows 12, pairs imported 1, duplicates 11, places matched 4, created 0, "
                                            "unresolved 0, doubtful 0"));
    QVERIFY(!partnershipBetween(QStringLiteral("gn:4250542"), QStringLiteral("gn:1865005")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM partnership_sources l JOIN partnerships t ON t.id = l.partnership_id"
                                   " JOIN places a ON a.id = t.place_a JOIN places b ON b.id = t.place_b"
                                   " WHERE a.uid IN ('gn:3094802', 'gn:4951788') AND b.uid IN ('gn:3094802', 'gn:4951788')"))
                     .toInt(),
             2);
    // Removed by the user: Wikidata listing it again would not bring it back (the next fetch
    // says so, as kept).
}

void tst_WikidataFetch::placeIsAskedByGeoNamesId()
{
    QVERIFY(m_server.start(QStringLiteral("twinnings.ttl")));
    const Outcome o = fetch(WikidataScope::ofPlace(QStringLiteral("gn:2918632"), 2918632, QStringLiteral("Göttingen")));
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(m_server.keysAsked(), QStringList{QStringLiteral("2918632")});
    QCOMPARE(o.summary, QStringLiteral("rows 2, pairs imported 1, duplicates 1, places matched 2, created 0, "
                                       "unresolved 0, doubtful 0"));
}

void tst_WikidataFetch::busyServiceIsWaitedFor_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("429 with Retry-After") << "429-once";
    QTest::newRow("503 with Retry-After") << "503-once";
    QTest::newRow("500, a query the service gave up on") << "500-once";
}

void tst_WikidataFetch::busyServiceIsWaitedFor()
{
    QFETCH(QString, fault);
    QVERIFY(m_server.start(QStringLiteral("twinnings.ttl"), fault));
    QString error;
    WikidataFetch fetch(options());
    QSignalSpy waits(&fetch, &WikidataFetch::waiting);
    fetch.start(WikidataScope::ofCountry(QStringLiteral("PL"), QString()).chunks(m_atlas->connection(), &error));
    QVERIFY2(fetch.waitForFinished(), qPrintable(fetch.errorString()));
    QCOMPARE(fetch.batch().statements().size(), 7);
    // Asked twice, after the pause the answer asked for (Retry-After: 1) or the backoff.
    QCOMPARE(m_server.keysAsked(), (QStringList{"PL", "PL"}));
    QCOMPARE(waits.size(), 1);
    QCOMPARE(waits.first().at(0).toInt(), 1);
}

void tst_WikidataFetch::faultsChangeNothing_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("message");
    QTest::newRow("429 every time") << "429" << "asks for a pause (too many requests) (tried 2 times)";
    QTest::newRow("500") << "500" << "answered 500 Internal Server Error for Germany: java.lang.IllegalStateException";
    QTest::newRow("HTML error page") << "html" << "with text/html, not with SPARQL results in JSON: Wi-Fi login required";
    QTest::newRow("truncated JSON") << "truncated" << "is broken: the answer is not valid JSON";
    QTest::newRow("wrong content type") << "content-type" << "with text/plain, not with SPARQL results in JSON";
    QTest::newRow("stalled server") << "stall" << "did not answer for 2 seconds (tried 2 times)";
    QTest::newRow("200 MB answer") << "huge" << "is larger than 64 MB; none of it is used";
    QTest::newRow("nobody listening") << "down" << "could not be reached";
    QTest::newRow("proxy refusing") << "proxy" << "would not connect to query.wikidata.invalid: Connection refused";
}

void tst_WikidataFetch::faultsChangeNothing()
{
    QFETCH(QString, fault);
    QFETCH(QString, message);
    WikidataFetch::Options o;
    const QNetworkProxy proxy = QNetworkProxy::applicationProxy();
    if (fault == QLatin1String("down")) {
        // A port that was just free: connection refused.
        QVERIFY(m_server.start(QStringLiteral("twinnings.ttl")));
        o = options();
        m_server.stop();
    } else if (fault == QLatin1String("proxy")) {
        // Every request must go through a proxy that is not there (Qt asks 127.0.0.1 directly,
        // so the service is one the proxy would have to reach).
        o = options();
        o.endpoint = QUrl(QStringLiteral("http://query.wikidata.invalid/sparql"));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), port));
        message = QStringLiteral("The proxy 127.0.0.1:%1 ").arg(port) + message;
    } else {
        QVERIFY(m_server.start(QStringLiteral("twinnings.ttl"), fault));
        o = options();
    }
    m_atlas->close();
    const QByteArray before = fileHash(m_atlasPath);
    QVERIFY2(m_atlas->open(m_atlasPath), qPrintable(m_atlas->errorString()));
    const Outcome outcome = fetch(WikidataScope::world(), true, &o);
    QNetworkProxy::setApplicationProxy(proxy);
    QVERIFY(!outcome.fetched);
    QVERIFY2(outcome.error.contains(message), qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(o.endpoint.host()), qPrintable(outcome.error));
    m_atlas->close();
    QCOMPARE(fileHash(m_atlasPath), before);
}

void tst_WikidataFetch::cancelThenResume()
{
    QVERIFY(m_server.start(QStringLiteral("twinnings.ttl"), QStringLiteral("none"), 300));
    QString error;
    const QVector<WikidataChunk> chunks = WikidataScope::world().chunks(m_atlas->connection(), &error);
    QCOMPARE(chunks.size(), 6);
    {
        WikidataFetch fetch(options());
        connect(&fetch, &WikidataFetch::chunkFinished, &fetch, [&fetch](int index) {
            if (index == 0)
                fetch.cancel();
        });
        fetch.start(chunks);
        QVERIFY(!fetch.waitForFinished());
        QVERIFY(fetch.wasCancelled());
        QVERIFY(fetch.batch().isEmpty());
        QVERIFY(fetch.errorString().contains(QLatin1String("cancelled")));
    }
    const int askedBefore = int(m_server.keysAsked().size());
    QVERIFY(askedBefore >= 1);
    // Started again: Germany's answer is kept, the rest is asked for.
    WikidataFetch resumed(options());
    resumed.start(chunks);
    QVERIFY2(resumed.waitForFinished(), qPrintable(resumed.errorString()));
    QCOMPARE(resumed.chunksFromCache(), 1);
    QCOMPARE(resumed.requestCount(), 5);
    QCOMPARE(m_server.keysAsked().count(QStringLiteral("DE")), 1);
    QCOMPARE(m_server.keysAsked().mid(askedBefore), (QStringList{"GB", "JP", "NL", "PL", "US"}));
    QCOMPARE(resumed.batch().statements().size(), 10);
    // Once written, the kept answers are spent.
    resumed.clearCache();
    QCOMPARE(QDir(m_dir.filePath(QStringLiteral("cache"))).entryList(QDir::Files).size(), 0);
}

QTEST_GUILESS_MAIN(tst_WikidataFetch)
#include "tst_wikidatafetch.moc"
