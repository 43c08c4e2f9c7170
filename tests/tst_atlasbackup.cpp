// SPDX-License-Identifier: GPL-3.0-or-later
// Backups are made with SQLite's online backup, so they hold every committed change even while
// the atlas is open in WAL mode; a restore checks the backup first, keeps the atlas as it was,
// and refuses a bad file without touching anything.
#include "db/atlasbackup.h"
#include "db/atlasdatabase.h"
#include "db/atlasschema.h"
#include "edit/atlaswriter.h"
#include "edit/rowstore.h"
#include "edittesting.h"
#include "testatlas.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace twinatlas;
using namespace twinatlas::testing;

class tst_AtlasBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void backupHoldsCommittedChanges();
    void backupCannotReplaceTheAtlas();
    void restoreBringsBackTheBackup();
    void badBackupIsRefused_data();
    void badBackupIsRefused();
    void olderBackupIsRestoredAndUpgraded();

private:
    void addPlace(const QString &uid);

    QTemporaryDir m_dir;
    QString m_template;
    AtlasDatabase m_db;
};

void tst_AtlasBackup::initTestCase()
{
    m_template = buildSmallAtlas(m_dir.path(), QStringLiteral("template.sqlite"));
    QVERIFY(!m_template.isEmpty());
}

void tst_AtlasBackup::init()
{
    QDir(m_dir.filePath(QStringLiteral("user"))).removeRecursively();
    QDir().mkpath(m_dir.filePath(QStringLiteral("user")));
    const QString path = m_dir.filePath(QStringLiteral("user/atlas.sqlite"));
    QVERIFY(QFile::copy(m_template, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(m_db.openForEditing(path));
}

void tst_AtlasBackup::cleanup()
{
    m_db.close();
}

void tst_AtlasBackup::addPlace(const QString &uid)
{
    PlaceRow p;
    p.uid = uid;
    p.name = uid.mid(2);
    p.country = QStringLiteral("DE");
    p.lon = 7;
    p.lat = 51;
    ChangeSet c;
    c.insert(p);
    AtlasWriter writer(m_db);
    QVERIFY(writer.apply(c).ok);
}

void tst_AtlasBackup::backupHoldsCommittedChanges()
{
    addPlace(QStringLiteral("u:Backupheim"));
    // The change is committed to the WAL; the main file does not have it yet.
    QVERIFY(QFileInfo(m_db.path() + QStringLiteral("-wal")).size() > 0);
    const QString target = m_dir.filePath(QStringLiteral("copies/atlas-copy.sqlite"));
    QString error;
    QVERIFY2(AtlasBackup::backup(m_db, target, &error), qPrintable(error));
    QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(target + QStringLiteral(".partial")));
    QFile header(target);
    QVERIFY(header.open(QIODevice::ReadOnly));
    QCOMPARE(header.read(20).mid(18, 2),
             QByteArray("\x01\x01", 2)); // a rollback-journal file, self-contained
    header.close();
    AtlasDatabase copy;
    QVERIFY2(copy.open(target, AtlasDatabase::Mode::ReadOnly, AtlasDatabase::Check::Full),
             qPrintable(copy.errorString()));
    QVERIFY(RowStore(copy.connection()).placeByUid(QStringLiteral("u:Backupheim")));
    QVERIFY(dumpAtlas(copy.connection()) == dumpAtlas(m_db.connection()));
}

void tst_AtlasBackup::backupCannotReplaceTheAtlas()
{
    QString error;
    QVERIFY(!AtlasBackup::backup(m_db, m_db.path(), &error));
    QVERIFY2(error.contains(QLatin1String("cannot replace the atlas")), qPrintable(error));
    QVERIFY(m_db.verifyIntegrity());
}

void tst_AtlasBackup::restoreBringsBackTheBackup()
{
    const QString target = m_dir.filePath(QStringLiteral("copies/before.sqlite"));
    QString error;
    QVERIFY(AtlasBackup::backup(m_db, target, &error));
    const AtlasDump atBackup = dumpAtlas(m_db.connection());
    addPlace(QStringLiteral("u:Afterwards"));
    const AtlasDump edited = dumpAtlas(m_db.connection());

    QString safety;
    QVERIFY2(AtlasBackup::restore(m_db, target, &safety, &error), qPrintable(error));
    const AtlasDump restored = dumpAtlas(m_db.connection());
    QVERIFY2(restored == atBackup, qPrintable(dumpDifference(restored, atBackup)));
    QVERIFY(m_db.verifyIntegrity());
    // The atlas as it was before the restore is kept.
    QCOMPARE(QFileInfo(safety).absolutePath(),
             QFileInfo(AtlasBackup::backupFolder(m_db.path())).absoluteFilePath());
    AtlasDatabase kept;
    QVERIFY(kept.open(safety, AtlasDatabase::Mode::ReadOnly, AtlasDatabase::Check::Full));
    QVERIFY(dumpAtlas(kept.connection()) == edited);
    QVERIFY(!QFile::exists(AtlasBackup::backupFolder(m_db.path())
                           + QStringLiteral("/restore-staging.sqlite")));
    // The atlas goes on working, on the same connection.
    addPlace(QStringLiteral("u:Later"));
    QVERIFY(RowStore(m_db.connection()).placeByUid(QStringLiteral("u:Later")));
}

void tst_AtlasBackup::badBackupIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << "missing"
                             << "is missing";
    QTest::newRow("a text file") << "text"
                                 << "not an SQLite database";
    QTest::newRow("another program's SQLite") << "foreign"
                                              << "another program";
    QTest::newRow("made by a newer Twinatlas") << "newer"
                                               << "newer Twinatlas";
    QTest::newRow("pages overwritten") << "overwritten"
                                       << "corrupt";
}

void tst_AtlasBackup::badBackupIsRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("bad-%1.sqlite").arg(kind));
    QFile::remove(path);
    if (kind == QLatin1String("text")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,country\nDüsseldorf,DE\n");
    } else if (kind == QLatin1String("foreign")) {
        QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE places (name TEXT)"));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    } else if (kind != QLatin1String("missing")) {
        QVERIFY(QFile::copy(m_template, path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (kind == QLatin1String("newer")) {
            f.seek(60);
            f.write(QByteArray::fromHex("00000063"));
        } else {
            const qint64 size = f.size();
            for (qint64 at = 4096; at + 4096 < size; at += 8192) {
                f.seek(at + 100);
                f.write(QByteArray(3000, '\xA5'));
            }
        }
    }
    const QByteArray backupBefore = fileHash(path);
    const AtlasDump before = dumpAtlas(m_db.connection());
    QString safety, error;
    QVERIFY(!AtlasBackup::restore(m_db, path, &safety, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(safety.isEmpty());
    QVERIFY(dumpAtlas(m_db.connection()) == before);
    QCOMPARE(fileHash(path), backupBefore);
    QVERIFY(!QFile::exists(AtlasBackup::backupFolder(m_db.path())
                           + QStringLiteral("/restore-staging.sqlite")));
}

void tst_AtlasBackup::olderBackupIsRestoredAndUpgraded()
{
    const QString old = loadVersionOneAtlas(m_dir.filePath(QStringLiteral("old-backup.sqlite")));
    QVERIFY(!old.isEmpty());
    const QByteArray hash = fileHash(old);
    addPlace(QStringLiteral("u:Gone"));
    QString safety, error;
    QVERIFY2(AtlasBackup::restore(m_db, old, &safety, &error), qPrintable(error));
    QCOMPARE(fileHash(old), hash); // the backup itself is never written
    QCOMPARE(scalar(m_db.connection(), QStringLiteral("PRAGMA user_version")).toInt(),
             AtlasSchema::currentVersion());
    AtlasDatabase fresh;
    QVERIFY(fresh.open(m_template, AtlasDatabase::Mode::ReadOnly));
    QVERIFY(dumpAtlas(m_db.connection()) == dumpAtlas(fresh.connection()));
}

QTEST_GUILESS_MAIN(tst_AtlasBackup)
#include "tst_atlasbackup.moc"
