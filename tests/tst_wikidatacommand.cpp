// SPDX-License-Identifier: GPL-3.0-or-later
// `twinatlas wikidata` as a user runs it, against the tests' SPARQL endpoint on 127.0.0.1
// (roqet over tests/data/wikidata/twinnings.ttl): the summary line of `import` and the line of
// changes, the report, a dry run and a refused answer that change nothing, bad arguments.
#include "fixtureserver.h"
#include "testatlas.h"

#include "db/atlasdatabase.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace twinatlas::testing;

class tst_WikidataCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fetchesCountryWithReport();
    void dryRunWritesNothing();
    void refusedAnswerChangesNothing_data();
    void refusedAnswerChangesNothing();
    void badArguments_data();
    void badArguments();

private:
    int run(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr);
    /** The atlas's hash once opened for writing (WAL mode), as the command opens it. */
    QByteArray settledHash();

    QTemporaryDir m_dir;
    QString m_atlas;
    FixtureServer m_server;
};

void tst_WikidataCommand::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("wikidata.sqlite")));
    QDir(m_dir.filePath(QStringLiteral("cache"))).removeRecursively();
    m_atlas = buildTestAtlas(m_dir.path(), QStringLiteral("atlas-wikidata"), QStringLiteral("wikidata.sqlite"));
    QVERIFY(!m_atlas.isEmpty());
}

int tst_WikidataCommand::run(const QStringList &arguments, QString *out, QString *err)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Never the user's own atlas, settings or cache.
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TWINATLAS_EXECUTABLE), QStringList{QStringLiteral("wikidata")} + arguments);
    if (!p.waitForFinished(300000))
        return -1;
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QByteArray tst_WikidataCommand::settledHash()
{
    {
        twinatlas::AtlasDatabase atlas;
        if (!atlas.open(m_atlas))
            return {};
    }
    return fileHash(m_atlas);
}

void tst_WikidataCommand::fetchesCountryWithReport()
{
    QVERIFY(m_server.start(QStringLiteral("twinnings.ttl")));
    const QString report = m_dir.filePath(QStringLiteral("report.csv"));
    QString out, err;
    QCOMPARE(run({QStringLiteral("--country"), QStringLiteral("pl"), QStringLiteral("--endpoint"),
                  m_server.endpoint().toString(), QStringLiteral("--database"), m_atlas, QStringLiteral("--language"),
                  QStringLiteral("pl"), QStringLiteral("--report"), report},
                 &out, &err),
             0);
    QCOMPARE(out, QStringLiteral("rows 7, pairs imported 4, duplicates 2, places matched 5, created 1, unresolved 0, "
                                 "doubtful 1\nchanged dates 0, kept 0, no longer in Wikidata 0\n"));
    QCOMPARE(m_server.keysAsked(), QStringList{QStringLiteral("PL")});
    QFile r(report);
    QVERIFY(r.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(r.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 8);
    QCOMPARE(lines.filter(QStringLiteral(",imported,")).size(), 4);
    QCOMPARE(lines.filter(QStringLiteral(",duplicate,")).size(), 2);
    // Which Springfield: not guessed without a window; its candidates in the report.
    QCOMPARE(lines.filter(QStringLiteral(",doubtful,")).size(), 1);
    QVERIFY(lines.filter(QStringLiteral(",doubtful,")).first().contains(QLatin1String("Springfield, Illinois")));
    QVERIFY(lines.filter(QStringLiteral("Hämeenlinna (Q1190001)")).first().contains(QLatin1String("created,new")));

    // Again: everything is known, the statements are confirmed.
    QVERIFY(m_server.start(QStringLiteral("twinnings.ttl")));
    QCOMPARE(run({QStringLiteral("--country"), QStringLiteral("PL"), QStringLiteral("--endpoint"),
                  m_server.endpoint().toString(), QStringLiteral("--database"), m_atlas},
                 &out, &err),
             0);
    QVERIFY2(out.startsWith(QLatin1String("rows 7, pairs imported 0, duplicates 6,")), qPrintable(out + err));
    QVERIFY2(out.contains(QLatin1String("doubtful 1")), qPrintable(out)); // asked again, not forgotten
}

void tst_WikidataCommand::dryRunWritesNothing()
{
    QVERIFY(m_server.start(QStringLiteral("twinnings.ttl")));
    const QByteArray before = settledHash();
    QString out, err;
    QCOMPARE(run({QStringLiteral("--all"), QStringLiteral("--dry-run"), QStringLiteral("--endpoint"),
                  m_server.endpoint().toString(), QStringLiteral("--database"), m_atlas},
                 &out, &err),
             0);
    QVERIFY2(out.startsWith(QLatin1String("rows 10, pairs imported 5, duplicates 4,")), qPrintable(out + err));
    // The twin of unknown value is said, not hidden.
    QVERIFY2(err.contains(QLatin1String("Q2090$6f0b3c2e-4a51-4d8e-9c1a-000000000011 names no item")), qPrintable(err));
    QCOMPARE(fileHash(m_atlas), before);
}

void tst_WikidataCommand::refusedAnswerChangesNothing_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("message");
    QTest::newRow("HTML page") << "html" << "with text/html, not with SPARQL results in JSON: Wi-Fi login required";
    QTest::newRow("truncated") << "truncated" << "is broken";
    QTest::newRow("no server") << "down" << "could not be reached";
}

void tst_WikidataCommand::refusedAnswerChangesNothing()
{
    QFETCH(QString, fault);
    QFETCH(QString, message);
    QVERIFY(m_server.start(QStringLiteral("twinnings.ttl"), fault == QLatin1String("down") ? QStringLiteral("none") : fault));
    const QString endpoint = m_server.endpoint().toString();
    if (fault == QLatin1String("down"))
        m_server.stop();
    const QByteArray before = settledHash();
    QString out, err;
    QCOMPARE(run({QStringLiteral("--endpoint"), endpoint, QStringLiteral("--database"), m_atlas}, &out, &err), 1);
    QVERIFY2(err.startsWith(QLatin1String("twinatlas wikidata: ")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("127.0.0.1")), qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(err.trimmed().endsWith(QLatin1String("Nothing was changed.")), qPrintable(err));
    QVERIFY(out.isEmpty());
    QCOMPARE(fileHash(m_atlas), before);
}

void tst_WikidataCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("two scopes") << QStringList{"--country", "DE", "--place", "Toruń"} << "give one of";
    QTest::newRow("not a code") << QStringList{"--country", "Germany"} << "not an ISO 3166-1 country code";
    QTest::newRow("unknown place") << QStringList{"--place", "Nowhere Special"} << "no place is called";
    QTest::newRow("ftp endpoint") << QStringList{"--endpoint", "ftp://example.org/sparql"} << "http or https URL";
    QTest::newRow("zero timeout") << QStringList{"--timeout", "0"} << "--timeout takes seconds";
    QTest::newRow("stray argument") << QStringList{"Toruń"} << "unexpected “Toruń”";
}

void tst_WikidataCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QByteArray before = settledHash();
    QString out, err;
    QCOMPARE(run(arguments + QStringList{QStringLiteral("--database"), m_atlas}, &out, &err), 2);
    QVERIFY2(err.contains(message), qPrintable(err));
    QCOMPARE(fileHash(m_atlas), before);
}

QTEST_GUILESS_MAIN(tst_WikidataCommand)
#include "tst_wikidatacommand.moc"
