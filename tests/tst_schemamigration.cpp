// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 2 upgrades an atlas written by the schema-1 builder to exactly what the current
// builder writes from the same data: per-row data versions, stable event uids, the tombstones
// and checklist tables, and the same schema.
#include "db/atlasdatabase.h"
#include "db/atlasschema.h"
#include "edittesting.h"
#include "testatlas.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace twinatlas;
using namespace twinatlas::testing;

class tst_SchemaMigration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionOneBecomesWhatTheBuilderWrites();
    void eventUidsNameTheirEvent();
    void migrationIsAllOrNothing();

private:
    static QStringList schema(QSqlDatabase db);

    QTemporaryDir m_dir;
    QString m_fresh;
};

QStringList tst_SchemaMigration::schema(QSqlDatabase db)
{
    QStringList rows;
    QSqlQuery q(db);
    q.exec(QStringLiteral(
            "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema"
            " WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    while (q.next())
        rows << q.value(0).toString();
    return rows;
}

void tst_SchemaMigration::initTestCase()
{
    m_fresh = buildSmallAtlas(m_dir.path(), QStringLiteral("fresh.sqlite"));
    QVERIFY(!m_fresh.isEmpty());
}

void tst_SchemaMigration::versionOneBecomesWhatTheBuilderWrites()
{
    const QString path = loadVersionOneAtlas(m_dir.filePath(QStringLiteral("v1.sqlite")));
    QVERIFY(!path.isEmpty());
    int version = 0;
    QCOMPARE(AtlasDatabase::inspectHeader(path, &version, nullptr), AtlasDatabase::Problem::None);
    QCOMPARE(version, 1);

    AtlasDatabase migrated;
    QVERIFY2(migrated.open(path), qPrintable(migrated.errorString()));
    QCOMPARE(migrated.schemaVersion(), AtlasSchema::currentVersion());
    QCOMPARE(scalar(migrated.connection(), QStringLiteral("PRAGMA user_version")).toInt(),
             AtlasSchema::currentVersion());
    AtlasDatabase fresh;
    QVERIFY(fresh.open(m_fresh, AtlasDatabase::Mode::ReadOnly));

    QCOMPARE(schema(migrated.connection()), schema(fresh.connection()));
    const AtlasDump a = dumpAtlas(migrated.connection());
    const AtlasDump b = dumpAtlas(fresh.connection());
    QVERIFY2(a == b, qPrintable(dumpDifference(a, b)));
    QCOMPARE(scalar(migrated.connection(),
                    QStringLiteral("SELECT count(*) FROM places WHERE data_version = 'test-1'"))
                     .toInt(),
             10);
    QVERIFY(migrated.verifyIntegrity());
}

void tst_SchemaMigration::eventUidsNameTheirEvent()
{
    AtlasDatabase fresh;
    QVERIFY(fresh.open(m_fresh, AtlasDatabase::Mode::ReadOnly));
    QSqlQuery q(fresh.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT uid FROM events ORDER BY uid")));
    QStringList uids;
    while (q.next())
        uids << q.value(0).toString();
    QCOMPARE(uids,
             (QStringList{QStringLiteral("auckland-la@2016-05/ended"),
                          QStringLiteral("ddorf-reading@1988-10/signed"),
                          QStringLiteral("ddorf-reading@2018/anniversary")}));
    QCOMPARE(AtlasSchema::eventUid(QStringLiteral("a-b"), QStringLiteral("1990"),
                                   QStringLiteral("exchange"), 2),
             QStringLiteral("a-b@1990/exchange~2"));
}

void tst_SchemaMigration::migrationIsAllOrNothing()
{
    // A version-1 file whose events cannot take their new uids (two events would share one)
    // stops the migration; the file stays a complete version-1 atlas.
    const QString path = loadVersionOneAtlas(m_dir.filePath(QStringLiteral("clash.sqlite")));
    QVERIFY(!path.isEmpty());
    {
        QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("clash"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        // An event of the user's keeps its uid, which is the one a bundled event is to get.
        QVERIFY(q.exec(QStringLiteral("UPDATE events SET origin = 'user',"
                                      " uid = 'ddorf-reading@2018/anniversary' WHERE id = 3")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("clash"));
    AtlasDatabase db;
    QVERIFY(!db.open(path));
    QVERIFY2(db.errorString().contains(QLatin1String("could not be upgraded")),
             qPrintable(db.errorString()));
    int version = 0;
    QCOMPARE(AtlasDatabase::inspectHeader(path, &version, nullptr), AtlasDatabase::Problem::None);
    QCOMPARE(version, 1);
    QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    raw.setDatabaseName(path);
    QVERIFY(raw.open());
    QCOMPARE(scalar(raw,
                    QStringLiteral("SELECT count(*) FROM pragma_table_info('places') WHERE name = "
                                   "'data_version'"))
                     .toInt(),
             0);
    QCOMPARE(scalar(raw,
                    QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'checklist'"))
                     .toInt(),
             0);
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

QTEST_GUILESS_MAIN(tst_SchemaMigration)
#include "tst_schemamigration.moc"
