// SPDX-License-Identifier: GPL-3.0-or-later
// An import as one change: the CSV round trip (export, import into an empty atlas, export again:
// the same bytes), pairs already present merged in either order with the file's history and
// sources kept, the whole import undone as one step, the report, and cancel or a failure
// half-way leaving the atlas file byte-identical.
#include "edittesting.h"
#include "hostiletext.h"
#include "testatlas.h"

#include "db/atlasdatabase.h"
#include "edit/atlaswriter.h"
#include "edit/rowstore.h"
#include "io/atlascsvwriter.h"
#include "io/importjob.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace twinatlas;
using namespace twinatlas::testing;

class TestImportJob : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTripIsByteIdentical();
    void roundTripKeepsEveryText_data();
    void roundTripKeepsEveryText();
    void mergesPairsInEitherOrder();
    void undoesAsOneStep();
    void reportsEveryRow();
    void cancelLeavesAtlasByteIdentical_data();
    void cancelLeavesAtlasByteIdentical();
    void failureHalfWayLeavesAtlasByteIdentical();
    void hostileRowIsRefusedWhole();

private:
    QByteArray exportCsv(const QString &path);
    /** The atlas file's hash once no connection is open; opened once before in WAL mode. */
    QByteArray settledHash(const QString &path);

    QTemporaryDir m_dir;
    QString m_atlas;
};

void TestImportJob::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("small.sqlite")));
    m_atlas = buildSmallAtlas(m_dir.path());
    QVERIFY(!m_atlas.isEmpty());
}

QByteArray TestImportJob::exportCsv(const QString &path)
{
    AtlasDatabase atlas;
    if (!atlas.open(path, AtlasDatabase::Mode::ReadOnly))
        return {};
    ExportSelection selection;
    if (!selection.read(atlas.connection()))
        return {};
    return AtlasCsvWriter::toCsv(selection);
}

QByteArray TestImportJob::settledHash(const QString &path)
{
    {
        AtlasDatabase atlas;
        if (!atlas.open(path))
            return {};
    }
    return fileHash(path);
}

void TestImportJob::roundTripIsByteIdentical()
{
    const QByteArray first = exportCsv(m_atlas);
    QCOMPARE(first.count("\r\n"), 6); // the header and five partnerships
    QVERIFY(first.contains("Auckland,NZ,-36.84853,174.76349,2193733,Los Angeles,US,34.05223,-118.24368,5368361,"
                           "sister_city,ended,1971,2016-05,crosses the antimeridian"));
    const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QFile::remove(empty);
    {
        AtlasDatabase atlas;
        QVERIFY2(atlas.create(empty), qPrintable(atlas.errorString()));
        ImportJob job(atlas);
        QVERIFY2(job.readBytes(first, QStringLiteral("atlas.csv"), {}), qPrintable(job.errorString()));
        QVERIFY(job.resolve());
        const ImportPlan::Summary s = job.plan()->summary();
        QCOMPARE(s.pairsImported, 5);
        QCOMPARE(s.placesCreated, 8);
        QVERIFY2(job.apply(), qPrintable(job.errorString()));
    }
    const QByteArray second = exportCsv(empty);
    QCOMPARE(second, first);

    // Into the atlas it came from: every pair is already there.
    AtlasDatabase atlas;
    QVERIFY(atlas.open(m_atlas));
    ImportJob job(atlas);
    QVERIFY(job.readBytes(first, QStringLiteral("atlas.csv"), {}));
    QVERIFY(job.resolve());
    const ImportPlan::Summary s = job.plan()->summary();
    QCOMPARE(s.pairsImported, 0);
    QCOMPARE(s.duplicates, 5);
    QCOMPARE(s.placesMatched, 8);
}

void TestImportJob::roundTripKeepsEveryText_data()
{
    QTest::addColumn<QString>("atlas");
    QTest::addColumn<QString>("text");
    // The bundled atlas as it is: Nashville–Tamworth's source title holds a ";".
    QTest::newRow("bundled atlas") << QStringLiteral(TWINATLAS_BUNDLED_DB) << QString();
    QTest::newRow("bundled atlas, hostile text")
            << QStringLiteral(TWINATLAS_BUNDLED_DB) << QStringLiteral("Smith; Sons | \"gazette\"\n\t%1");
    for (const auto &[name, text] : hostileTexts())
        QTest::newRow(name) << QString() << text;
}

void TestImportJob::roundTripKeepsEveryText()
{
    QFETCH(QString, atlas);
    QFETCH(QString, text);
    if (atlas.isEmpty())
        atlas = m_atlas;
    const QString source = m_dir.filePath(QStringLiteral("source.sqlite"));
    QFile::remove(source);
    QVERIFY(QFile::copy(atlas, source));
    QFile(source).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto quoted = [](QString s) { return u'\'' + s.replace(u'\'', QStringLiteral("''")) + u'\''; };
    if (!text.isEmpty()) {
        // The text as a note, as the title and document of one partnership's only source, and
        // as those of one of two sources of another (two sources in one cell).
        AtlasDatabase db;
        QVERIFY(db.open(source));
        const QString single = QStringLiteral("(SELECT partnership_id FROM partnership_sources"
                                              " GROUP BY partnership_id HAVING count(*) = 1)");
        const QString only = scalar(db.connection(), QStringLiteral("SELECT min(partnership_id) FROM ") + single).toString();
        const QString two = scalar(db.connection(), QStringLiteral("SELECT max(partnership_id) FROM ") + single).toString();
        QVERIFY(!only.isEmpty() && !two.isEmpty() && only != two);
        QSqlQuery q(db.connection());
        for (const QString &sql :
             {QStringLiteral("UPDATE partnerships SET note = %1 WHERE id = %2").arg(quoted(text), only),
              QStringLiteral("INSERT INTO sources (uid, title, document) VALUES ('hostile', %1, %1)").arg(quoted(text)),
              QStringLiteral("INSERT INTO partnership_sources SELECT %1, id FROM sources WHERE uid = 'hostile'").arg(two),
              QStringLiteral("UPDATE partnership_sources SET source_id = (SELECT id FROM sources"
                             " WHERE uid = 'hostile') WHERE partnership_id = %1").arg(only)})
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }
    const QByteArray first = exportCsv(source);
    QVERIFY(!first.isEmpty());
    int partnerships = 0;
    {
        AtlasDatabase db;
        QVERIFY(db.open(source, AtlasDatabase::Mode::ReadOnly));
        partnerships = scalar(db.connection(), QStringLiteral("SELECT count(*) FROM partnerships")).toInt();
    }
    const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QFile::remove(empty);
    {
        AtlasDatabase db;
        QVERIFY2(db.create(empty), qPrintable(db.errorString()));
        ImportJob job(db);
        QVERIFY2(job.readBytes(first, QStringLiteral("atlas.csv"), {}), qPrintable(job.errorString()));
        QVERIFY(job.resolve());
        QCOMPARE(job.plan()->summary().pairsImported, partnerships);
        QVERIFY2(job.apply(), qPrintable(job.errorString()));
        if (!text.isEmpty()) {
            QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM sources WHERE title = %1 AND document = %1")
                                                     .arg(quoted(text))).toInt(), 1);
            QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM partnerships WHERE note = %1")
                                                     .arg(quoted(text))).toInt(), 1);
        }
    }
    const QByteArray second = exportCsv(empty);
    // The lines that differ say more than two files of 60 kB.
    const QList<QByteArray> a = first.split('\n'), b = second.split('\n');
    QStringList differences;
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        if (a.at(i) != b.at(i))
            differences << QStringLiteral("line %1:\n  %2\n  %3")
                                   .arg(i + 1)
                                   .arg(QString::fromUtf8(a.at(i).trimmed()), QString::fromUtf8(b.at(i).trimmed()));
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    QCOMPARE(second, first);
}

void TestImportJob::mergesPairsInEitherOrder()
{
    AtlasDatabase atlas;
    QVERIFY(atlas.open(m_atlas));
    const QByteArray list = QStringLiteral(
            "city,country,twin,country,start,end,source\n"
            "Haifa,Israel,Düsseldorf,Deutschland,1988,,\n"                      // present, other order
            "Chemnitz,Germany,Dusseldorf,Germany,1988,2020,New page | https://example.org/new\n" // present: end and source added
            "Haifa,IL,Chemnitz,DE,1999,,\n"                                      // new
            "Chemnitz,DE,Haifa,IL,1999,,\n")                                     // the same new pair again
                                    .toUtf8();
    ImportJob job(atlas);
    QVERIFY2(job.readBytes(list, QStringLiteral("twins.csv"), {}), qPrintable(job.errorString()));
    QVERIFY(job.resolve());
    const ImportPlan::Summary s = job.plan()->summary();
    QCOMPARE(s.rows, 4);
    QCOMPARE(s.pairsImported, 1);
    QCOMPARE(s.duplicates, 3);
    QVERIFY2(job.apply(), qPrintable(job.errorString()));
    QCOMPARE(scalar(atlas.connection(), QStringLiteral("SELECT count(*) FROM partnerships")).toInt(), 6);
    QSqlQuery q(atlas.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT t.end_date, t.status, t.origin, t.modified_at IS NOT NULL,"
                                  " (SELECT count(*) FROM partnership_sources ps JOIN sources s ON s.id = ps.source_id"
                                  "  WHERE ps.partnership_id = t.id AND s.url = 'https://example.org/new')"
                                  " FROM partnerships t WHERE t.uid = 'ddorf-chemnitz'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2020"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("ended"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("bundled"));
    QVERIFY(q.value(3).toBool());
    QCOMPARE(q.value(4).toInt(), 1);
    // The new pair cites the file it came from, and is the user's.
    QVERIFY(q.exec(QStringLiteral("SELECT t.origin, t.start_date, s.title FROM partnerships t"
                                  " JOIN partnership_sources ps ON ps.partnership_id = t.id"
                                  " JOIN sources s ON s.id = ps.source_id WHERE t.uid LIKE 'u:%'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("user"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("1999"));
    QVERIFY(q.value(2).toString().contains(QLatin1String("twins.csv")));
}

void TestImportJob::undoesAsOneStep()
{
    AtlasDatabase atlas;
    QVERIFY(atlas.open(m_atlas));
    const AtlasDump before = dumpAtlas(atlas.connection());
    const QByteArray list = QStringLiteral("place,place_lat,place_lon,partner,partner_country\n"
                                           "Nowhereville,10.5,20.5,Haifa,Israel\n"
                                           "Chemnitz,,,Houston,USA\n")
                                    .toUtf8();
    ImportJob job(atlas);
    QVERIFY(job.readBytes(list, QStringLiteral("undo.csv"), {}));
    QVERIFY(job.resolve());
    QCOMPARE(job.plan()->summary().placesCreated, 1);
    QVERIFY(job.apply());
    QVERIFY(dumpAtlas(atlas.connection()) != before);
    const ApplyResult undone = AtlasWriter(atlas).apply(job.applied().inverse);
    QVERIFY2(undone.ok, qPrintable(undone.errorString()));
    const AtlasDump after = dumpAtlas(atlas.connection());
    QVERIFY2(after == before, qPrintable(dumpDifference(before, after)));
    // And redone, with what the undo returned.
    QVERIFY(AtlasWriter(atlas).apply(undone.inverse).ok);
    QCOMPARE(scalar(atlas.connection(), QStringLiteral("SELECT count(*) FROM places WHERE name = 'Nowhereville'")).toInt(), 1);
}

void TestImportJob::reportsEveryRow()
{
    AtlasDatabase atlas;
    QVERIFY(atlas.open(m_atlas, AtlasDatabase::Mode::ReadOnly));
    const QByteArray list = QStringLiteral("city,twin\nHouston,Los Angeles\nHouston,Xqzvbnmkl\nHouston,Houston\n").toUtf8();
    ImportJob job(atlas);
    QVERIFY(job.readBytes(list, QStringLiteral("r.csv"), {}));
    QVERIFY(job.resolve());
    const QString report = QString::fromUtf8(job.plan()->reportCsv());
    const QStringList lines = report.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(1).startsWith(QLatin1String("2,0,")));
    QVERIFY(lines.at(1).contains(QLatin1String(",imported,")));
    QVERIFY(lines.at(2).contains(QLatin1String(",unresolved,")));
    QVERIFY(lines.at(3).contains(QLatin1String(",same-place,")));
    QCOMPARE(job.plan()->summary().toString(),
             QStringLiteral("rows 3, pairs imported 1, duplicates 0, places matched 2, created 0, unresolved 1, doubtful 0"));
}

void TestImportJob::cancelLeavesAtlasByteIdentical_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("steps");
    QTest::newRow("while resolving") << int(ImportJob::Stage::Resolving) << 0;
    QTest::newRow("before writing") << int(ImportJob::Stage::Writing) << 0;
    QTest::newRow("half-way through the write") << -1 << 10;
}

void TestImportJob::cancelLeavesAtlasByteIdentical()
{
    QFETCH(int, stage);
    QFETCH(int, steps);
    const QByteArray before = settledHash(m_atlas);
    QVERIFY(!before.isEmpty());
    // A list large enough that the write takes many SQLite steps: every pair of 60 new places.
    QString list = QStringLiteral("place,place_lat,place_lon,partner,partner_lat,partner_lon\n");
    for (int i = 0; i < 60; ++i)
        for (int j = i + 1; j < 60; j += 2)
            list += QStringLiteral("P%1,%2,%3,P%4,%5,%6\n").arg(i).arg(i * 0.5).arg(i * 1.5).arg(j).arg(j * 0.5).arg(j * 1.5);
    {
        AtlasDatabase atlas;
        QVERIFY(atlas.open(m_atlas));
        ImportJob job(atlas);
        job.setProgress([&job, stage](ImportJob::Stage s, int, int) {
            if (int(s) == stage)
                job.cancel();
        });
        job.setCancelDuringWrite(steps);
        const bool read = job.readBytes(list.toUtf8(), QStringLiteral("many.csv"), {});
        QVERIFY(read);
        const bool done = job.resolve() && job.apply();
        QVERIFY(!done);
        QVERIFY(job.isCancelled());
        QVERIFY(job.errorString().contains(QLatin1String("cancelled")));
        QCOMPARE(scalar(atlas.connection(), QStringLiteral("SELECT count(*) FROM partnerships")).toInt(), 5);
    }
    QCOMPARE(fileHash(m_atlas), before);
}

void TestImportJob::failureHalfWayLeavesAtlasByteIdentical()
{
    const QByteArray before = settledHash(m_atlas);
    {
        AtlasDatabase atlas;
        QVERIFY(atlas.open(m_atlas));
        ImportJob job(atlas);
        const QByteArray list = QStringLiteral("place,place_lat,place_lon,partner,partner_country\n"
                                               "Alpha,1,1,Haifa,Israel\nBeta,2,2,Houston,USA\nGamma,3,3,Reading,UK\n")
                                        .toUtf8();
        QVERIFY(job.readBytes(list, QStringLiteral("fail.csv"), {}));
        QVERIFY(job.resolve());
        const ChangeSet planned = job.plan()->changes();
        QVERIFY(planned.size() > 6);
        // The same change with one row the schema refuses in its middle.
        ChangeSet broken(planned.provenance());
        for (int i = 0; i < planned.size(); ++i) {
            if (i == planned.size() / 2) {
                PlaceRow bad;
                bad.uid = QStringLiteral("u:bad");
                bad.name = QStringLiteral("Off the map");
                bad.country = QStringLiteral("ZZ");
                bad.lat = 123;
                bad.origin = QStringLiteral("user");
                broken.insert(bad);
            }
            broken.append(planned.operations().at(i));
        }
        const ApplyResult result = AtlasWriter(atlas).apply(broken);
        QVERIFY(!result.ok);
        QCOMPARE(scalar(atlas.connection(), QStringLiteral("SELECT count(*) FROM places WHERE name = 'Alpha'")).toInt(), 0);
    }
    QCOMPARE(fileHash(m_atlas), before);
}

void TestImportJob::hostileRowIsRefusedWhole()
{
    const QByteArray before = settledHash(m_atlas);
    {
        AtlasDatabase atlas;
        QVERIFY(atlas.open(m_atlas));
        ImportJob job(atlas);
        const QByteArray list = QStringLiteral("place,lat,lon,partner\nA,1,1,Haifa\nB,95.5,1,Haifa\n").toUtf8();
        QVERIFY(!job.readBytes(list, QStringLiteral("bad.csv"), {}));
        QCOMPARE(job.fault().line, qint64(3));
        QCOMPARE(job.fault().column, qint64(3));
        QVERIFY(job.errorString().startsWith(QLatin1String("bad.csv:3:3: coordinates out of range")));
    }
    QCOMPARE(fileHash(m_atlas), before);
}

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
