// SPDX-License-Identifier: GPL-3.0-or-later
// `twinatlas import` and `twinatlas export-data` as a user runs them: the summary line, the
// report, dry runs that change nothing, hostile files answered with file:line:column and
// nothing written, Wikidata downloads and pasted lists; every export parses, and one to a full
// disk says so.
#include "hostiletext.h"
#include "testatlas.h"

#include "db/atlasdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>

using namespace twinatlas::testing;

class TestImportCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importsWikidata_data();
    void importsWikidata();
    void dryRunWritesNothing();
    void refusesHostileFile();
    void importsPastedList();
    void exportsData_data();
    void exportsData();
    void exportRefusesUnknownPlace();
    void exportToAFullDiskSaysSo_data();
    void exportToAFullDiskSaysSo();

private:
    int run(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr);

    QTemporaryDir m_dir;
    QString m_atlas;
};

void TestImportCommand::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("small.sqlite")));
    m_atlas = buildSmallAtlas(m_dir.path());
    QVERIFY(!m_atlas.isEmpty());
}

int TestImportCommand::run(const QStringList &arguments, QString *out, QString *err)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path()); // never the user's own atlas
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TWINATLAS_EXECUTABLE), arguments);
    if (!p.waitForFinished(300000))
        return -1;
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestImportCommand::importsWikidata_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("summary");
    QTest::newRow("json") << "wikidata-twins.json" << "wikidata-json"
                          << "rows 4, pairs imported 2, duplicates 2, places matched 3, created 1, unresolved 0, doubtful 0";
    QTest::newRow("csv") << "wikidata-twins.csv" << "wikidata-csv"
                         << "rows 2, pairs imported 0, duplicates 2, places matched 3, created 0, unresolved 0, doubtful 0";
    QTest::newRow("json, format detected") << "wikidata-twins.json" << ""
                                           << "rows 4, pairs imported 2, duplicates 2, places matched 3, created 1, unresolved 0, doubtful 0";
}

void TestImportCommand::importsWikidata()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, summary);
    const QString report = m_dir.filePath(QStringLiteral("report.csv"));
    QStringList args{QStringLiteral("import"), QStringLiteral(TWINATLAS_TEST_DATA "/io/") + file,
                     QStringLiteral("--database"), m_atlas, QStringLiteral("--report"), report};
    if (!format.isEmpty())
        args << QStringLiteral("--format") << format;
    QString out, err;
    QCOMPARE(run(args, &out, &err), 0);
    QCOMPARE(out.trimmed(), summary);
    QFile r(report);
    QVERIFY(r.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(r.readAll());
    QVERIFY(text.contains(QLatin1String("geonames-id")));
    // A second run finds every pair already there.
    QCOMPARE(run(args, &out), 0);
    QVERIFY2(out.contains(QLatin1String("pairs imported 0")), qPrintable(out));
}

void TestImportCommand::dryRunWritesNothing()
{
    const QByteArray before = fileHash(m_atlas);
    QString out;
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral(TWINATLAS_TEST_DATA "/io/wikidata-twins.json"),
                  QStringLiteral("--database"), m_atlas, QStringLiteral("--dry-run")},
                 &out),
             0);
    QVERIFY(out.startsWith(QLatin1String("rows 4, pairs imported 2")));
    QCOMPARE(fileHash(m_atlas), before);
}

void TestImportCommand::refusesHostileFile()
{
    {
        // Opened for writing once (WAL mode), as an import opens it, before the hash is taken.
        twinatlas::AtlasDatabase atlas;
        QVERIFY(atlas.open(m_atlas));
    }
    const QByteArray before = fileHash(m_atlas);
    QString out, err;
    const QString file = QStringLiteral(TWINATLAS_TEST_DATA "/io/hostile-coordinates.csv");
    QCOMPARE(run({QStringLiteral("import"), file, QStringLiteral("--database"), m_atlas}, &out, &err), 1);
    QVERIFY2(err.contains(file + QStringLiteral(":3:10: coordinates out of range")), qPrintable(err));
    QVERIFY(out.isEmpty());
    QCOMPARE(fileHash(m_atlas), before);
    QCOMPARE(run({QStringLiteral("import"), file, QStringLiteral("--database"), m_atlas, QStringLiteral("--format"),
                  QStringLiteral("nonsense")}),
             2);
}

void TestImportCommand::importsPastedList()
{
    QString out, err;
    // The small atlas knows none of Celje's twins: nothing is guessed.
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral(TWINATLAS_TEST_DATA "/io/seed-celje.txt"),
                  QStringLiteral("--home"), QStringLiteral("Düsseldorf"), QStringLiteral("--database"), m_atlas},
                 &out, &err),
             0);
    QVERIFY2(out.startsWith(QLatin1String("rows 9, pairs imported 0,")), qPrintable(out + err));
    // Against the bundled gazetteer, as a dry run, all nine resolve.
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral(TWINATLAS_TEST_DATA "/io/seed-celje.txt"),
                  QStringLiteral("--home"), QStringLiteral("Celje, Slovenia"), QStringLiteral("--database"),
                  QStringLiteral(TWINATLAS_BUNDLED_DB), QStringLiteral("--dry-run")},
                 &out, &err),
             0);
    // The bundled atlas has Celje's twins from the same comment: all nine are found, none doubled.
    QVERIFY2(out.startsWith(QLatin1String("rows 9, pairs imported 0, duplicates 9, places matched 10, created 0, "
                                          "unresolved 0, doubtful 0")),
             qPrintable(out + err));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral(TWINATLAS_TEST_DATA "/io/seed-celje.txt"),
                  QStringLiteral("--format"), QStringLiteral("paste"), QStringLiteral("--database"), m_atlas},
                 &out, &err),
             1);
    QVERIFY(err.contains(QLatin1String("--home")));
}

void TestImportCommand::exportsData_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("starts");
    QTest::newRow("csv") << "csv" << QStringLiteral("place,place_country");
    QTest::newRow("geojson") << "geojson" << "{\"";
    QTest::newRow("kml") << "kml" << "<?xml";
}

void TestImportCommand::exportsData()
{
    QFETCH(QString, format);
    QFETCH(QString, starts);
    const QString file = m_dir.filePath(QStringLiteral("out.") + format);
    QString out;
    QCOMPARE(run({QStringLiteral("export-data"), QStringLiteral("--format"), format, QStringLiteral("--out"), file,
                  QStringLiteral("--database"), m_atlas},
                 &out),
             0);
    QVERIFY(out.trimmed().endsWith(QStringLiteral("out.") + format));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QVERIFY2(text.startsWith(starts), qPrintable(text.left(80)));
    if (format == QLatin1String("geojson")) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
    } else if (format == QLatin1String("kml")) {
        QVERIFY2(xmlProblem(text.toUtf8()).isEmpty(), qPrintable(xmlProblem(text.toUtf8())));
    }
    QCOMPARE(run({QStringLiteral("export-data"), QStringLiteral("--format"), format, QStringLiteral("--out"), file,
                  QStringLiteral("--place"), QStringLiteral("Istanbul"), QStringLiteral("--database"), m_atlas}),
             0);
}

void TestImportCommand::exportRefusesUnknownPlace()
{
    QString err;
    QCOMPARE(run({QStringLiteral("export-data"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.csv")),
                  QStringLiteral("--place"), QStringLiteral("Xqzvbnmkl"), QStringLiteral("--database"), m_atlas},
                 nullptr, &err),
             1);
    QVERIFY(err.contains(QLatin1String("no place")));
    QCOMPARE(run({QStringLiteral("export-data"), QStringLiteral("--format"), QStringLiteral("shp"),
                  QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.shp")), QStringLiteral("--database"), m_atlas}),
             2);
}

namespace {

/** A file system of 16 kB, filled up: mounted as tmpfs where the test may (as root). */
class FullDisk
{
public:
    FullDisk()
    {
        m_path = m_dir.filePath(QStringLiteral("full"));
        QDir().mkpath(m_path);
        if (::mount("tmpfs", QFile::encodeName(m_path).constData(), "tmpfs", MS_NOSUID | MS_NODEV, "size=16k") != 0)
            return;
        m_mounted = true;
        QFile filler(m_path + QStringLiteral("/filler"));
        if (filler.open(QIODevice::WriteOnly)) {
            const QByteArray block(1024, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {}
        }
    }
    ~FullDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    }
    bool isMounted() const { return m_mounted; }
    QString filePath(const QString &name) const { return m_path + u'/' + name; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    bool m_mounted = false;
};

} // namespace

void TestImportCommand::exportToAFullDiskSaysSo_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("bundled");
    for (const char *format : {"csv", "geojson", "kml"}) {
        QTest::addRow("%s, small atlas", format) << QString::fromLatin1(format) << false;
        QTest::addRow("%s, bundled atlas", format) << QString::fromLatin1(format) << true;
    }
}

void TestImportCommand::exportToAFullDiskSaysSo()
{
    QFETCH(QString, format);
    QFETCH(bool, bundled);
    const FullDisk disk;
    if (!disk.isMounted())
        QSKIP("a full file system needs mount(2): run as root to test it");
    const QString file = disk.filePath(QStringLiteral("out.") + format);
    QString out, err;
    QCOMPARE(run({QStringLiteral("export-data"), QStringLiteral("--format"), format, QStringLiteral("--out"), file,
                  QStringLiteral("--database"), bundled ? QStringLiteral(TWINATLAS_BUNDLED_DB) : m_atlas},
                 &out, &err),
             1);
    QVERIFY2(err.contains(QLatin1String("No space left on device")), qPrintable(err));
    QVERIFY(out.isEmpty());
    QVERIFY(!QFile::exists(file));
}

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
