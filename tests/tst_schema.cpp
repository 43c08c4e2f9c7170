// SPDX-License-Identifier: GPL-3.0-or-later
// The schema's constraints refuse every kind of bad row; migrations build it from an empty file.
#include "db/atlasdatabase.h"
#include "db/atlasschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinatlas;

class tst_Schema : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void migrationFromEmptyFile();
    void goodRowsAreAccepted();
    void badRowIsRefused_data();
    void badRowIsRefused();

private:
    bool exec(const QString &sql, QString *error = nullptr);
    qint64 count(const QString &table);

    QTemporaryDir m_dir;
    AtlasDatabase m_atlas;
};

void tst_Schema::init()
{
    QVERIFY(m_atlas.create(m_dir.filePath(QStringLiteral("schema.sqlite"))));
    QVERIFY(exec(QStringLiteral("INSERT INTO sources (id, uid, title, document) VALUES (1, 's1', 'Doc', 'seed.txt')")));
    QVERIFY(exec(QStringLiteral("INSERT INTO places (id, uid, name, country, lat, lon, kind) VALUES"
                                " (1, 'gn:1', 'Alpha', 'DE', 51.2, 6.8, 'city'),"
                                " (2, 'gn:2', 'Beta', 'GB', 51.4, -0.9, 'town')")));
    QVERIFY(exec(QStringLiteral("INSERT INTO partnerships (id, uid, place_a, place_b, kind, status, start_date)"
                                " VALUES (1, 'p1', 1, 2, 'twin_town', 'active', '1988')")));
    QVERIFY(exec(QStringLiteral("INSERT INTO events (id, uid, partnership_id, date, type, description)"
                                " VALUES (1, 'e1', 1, '1988-10-17', 'signed', 'Signed')")));
}

void tst_Schema::cleanup()
{
    const QString path = m_atlas.path();
    m_atlas.close();
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

bool tst_Schema::exec(const QString &sql, QString *error)
{
    QSqlQuery q(m_atlas.connection());
    const bool ok = q.exec(sql);
    if (error)
        *error = q.lastError().databaseText();
    return ok;
}

qint64 tst_Schema::count(const QString &table)
{
    QSqlQuery q(m_atlas.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toLongLong() : -1;
}

void tst_Schema::migrationFromEmptyFile()
{
    QSqlQuery q(m_atlas.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), AtlasSchema::currentVersion());
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toInt(), AtlasSchema::applicationId);
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    for (const char *table : {"meta", "places", "alternate_names", "admin1", "search_keys",
                              "search_top", "partnerships", "events", "sources",
                              "partnership_sources", "event_sources"})
        QVERIFY2(count(QLatin1String(table)) >= 0, table);
    // Running the migrations again on a current file changes nothing.
    QString error;
    QVERIFY2(AtlasSchema::migrate(m_atlas.connection(), &error), qPrintable(error));
    QCOMPARE(count(QStringLiteral("places")), 2);
}

void tst_Schema::goodRowsAreAccepted()
{
    QVERIFY(exec(QStringLiteral("INSERT INTO partnerships (uid, place_a, place_b, kind, status, start_date, end_date)"
                                " VALUES ('p2', 2, 1, 'friendship_city', 'ended', '1967', '2016-05')")));
    QVERIFY(exec(QStringLiteral("INSERT INTO partnerships (uid, place_a, place_b, kind, status, start_date, end_date)"
                                " VALUES ('p3', 1, 2, 'cooperation', 'ended', '1989-11-17', '1989-11')")));
    QVERIFY(exec(QStringLiteral("INSERT INTO sources (uid, title, url) VALUES ('s2', 'Web', 'https://example.org/a')")));
    QCOMPARE(count(QStringLiteral("partnerships")), 3);
}

void tst_Schema::badRowIsRefused_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("table");
    const QString place = QStringLiteral("INSERT INTO places (uid, name, country, lat, lon, kind) VALUES ");
    const QString partnership = QStringLiteral(
            "INSERT INTO partnerships (uid, place_a, place_b, kind, status, start_date, end_date) VALUES ");
    const QString event = QStringLiteral("INSERT INTO events (uid, partnership_id, date, type) VALUES ");
    QTest::newRow("latitude above 90") << place + QStringLiteral("('x', 'X', 'DE', 90.5, 0, 'city')") << "places";
    QTest::newRow("latitude below -90") << place + QStringLiteral("('x', 'X', 'DE', -91, 0, 'city')") << "places";
    QTest::newRow("longitude above 180") << place + QStringLiteral("('x', 'X', 'DE', 0, 180.01, 'city')") << "places";
    QTest::newRow("longitude below -180") << place + QStringLiteral("('x', 'X', 'DE', 0, -181, 'city')") << "places";
    QTest::newRow("empty name") << place + QStringLiteral("('x', '  ', 'DE', 0, 0, 'city')") << "places";
    QTest::newRow("bad country") << place + QStringLiteral("('x', 'X', 'Germany', 0, 0, 'city')") << "places";
    QTest::newRow("unknown place kind") << place + QStringLiteral("('x', 'X', 'DE', 0, 0, 'village')") << "places";
    QTest::newRow("same uid twice") << place + QStringLiteral("('gn:1', 'X', 'DE', 0, 0, 'city')") << "places";
    QTest::newRow("place joined to itself") << partnership + QStringLiteral("('p9', 1, 1, 'twin_town', 'active', NULL, NULL)") << "partnerships";
    QTest::newRow("same pair and kind twice") << partnership + QStringLiteral("('p9', 1, 2, 'twin_town', 'active', NULL, NULL)") << "partnerships";
    QTest::newRow("same pair reversed") << partnership + QStringLiteral("('p9', 2, 1, 'twin_town', 'active', NULL, NULL)") << "partnerships";
    QTest::newRow("missing place") << partnership + QStringLiteral("('p9', 1, 99, 'sister_city', 'active', NULL, NULL)") << "partnerships";
    QTest::newRow("unknown kind") << partnership + QStringLiteral("('p9', 1, 2, 'twin', 'active', NULL, NULL)") << "partnerships";
    QTest::newRow("unknown status") << partnership + QStringLiteral("('p9', 1, 2, 'sister_city', 'paused', NULL, NULL)") << "partnerships";
    QTest::newRow("two-digit year") << partnership + QStringLiteral("('p9', 1, 2, 'sister_city', 'active', '89', NULL)") << "partnerships";
    QTest::newRow("month 13") << partnership + QStringLiteral("('p9', 1, 2, 'sister_city', 'active', '1989-13', NULL)") << "partnerships";
    QTest::newRow("30 February") << partnership + QStringLiteral("('p9', 1, 2, 'sister_city', 'active', '1989-02-30', NULL)") << "partnerships";
    QTest::newRow("not ISO") << partnership + QStringLiteral("('p9', 1, 2, 'sister_city', 'active', '17.11.1989', NULL)") << "partnerships";
    QTest::newRow("end before start (years)") << partnership + QStringLiteral("('p9', 1, 2, 'sister_city', 'ended', '1991', '1990')") << "partnerships";
    QTest::newRow("end before start (days)") << partnership + QStringLiteral("('p9', 1, 2, 'sister_city', 'ended', '1991-05-02', '1991-05-01')") << "partnerships";
    QTest::newRow("end before start (mixed)") << partnership + QStringLiteral("('p9', 1, 2, 'sister_city', 'ended', '1991-05-02', '1991-04')") << "partnerships";
    QTest::newRow("event of no partnership") << event + QStringLiteral("('e9', 42, '1990', 'signed')") << "events";
    QTest::newRow("unknown event type") << event + QStringLiteral("('e9', 1, '1990', 'party')") << "events";
    QTest::newRow("event without date") << event + QStringLiteral("('e9', 1, NULL, 'signed')") << "events";
    QTest::newRow("event with bad date") << event + QStringLiteral("('e9', 1, '1990-00', 'signed')") << "events";
    QTest::newRow("source without url or document") << QStringLiteral("INSERT INTO sources (uid, title) VALUES ('s9', 'T')") << "sources";
    QTest::newRow("source with ftp url") << QStringLiteral("INSERT INTO sources (uid, title, url) VALUES ('s9', 'T', 'ftp://x.org/a')") << "sources";
    QTest::newRow("source without title") << QStringLiteral("INSERT INTO sources (uid, title, document) VALUES ('s9', '', 'doc')") << "sources";
    QTest::newRow("link to missing source") << QStringLiteral("INSERT INTO partnership_sources VALUES (1, 77)") << "partnership_sources";
}

void tst_Schema::badRowIsRefused()
{
    QFETCH(QString, sql);
    QFETCH(QString, table);
    const qint64 before = count(table);
    QString error;
    QVERIFY2(!exec(sql, &error), qPrintable(QStringLiteral("accepted: ") + sql));
    QVERIFY(!error.isEmpty());
    QCOMPARE(count(table), before);
}

QTEST_GUILESS_MAIN(tst_Schema)
#include "tst_schema.moc"
