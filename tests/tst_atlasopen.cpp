// SPDX-License-Identifier: GPL-3.0-or-later
// A missing, unreadable, foreign, too new or damaged file is refused with its own message and
// left byte-identical, also when it is opened for editing (where a sound file is switched to
// WAL mode); damage is called damage, never "not an atlas", and Qt's own texts are no part of
// a message; a good atlas opens.
#include "db/atlasdatabase.h"
#include "db/atlasschema.h"
#include "damagedatlas.h"
#include "testatlas.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinatlas;

class tst_AtlasOpen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void goodAtlasOpens();
    void badFileIsRefused_data();
    void badFileIsRefused();
    void damagedFileIsNotChangedByOpeningForEditing();
    void damagedMetaPagesAreDamageNotAForeignFile();
    void soundFileSwitchesToWalWhenOpenedForEditing();

private:
    QTemporaryDir m_dir;
    QString m_atlas;
};

void tst_AtlasOpen::initTestCase()
{
    m_atlas = testing::buildSmallAtlas(m_dir.path());
    QVERIFY(!m_atlas.isEmpty());
}

void tst_AtlasOpen::goodAtlasOpens()
{
    AtlasDatabase db;
    QVERIFY2(db.open(m_atlas, AtlasDatabase::Mode::ReadOnly, AtlasDatabase::Check::Full),
             qPrintable(db.errorString()));
    QCOMPARE(db.problem(), AtlasDatabase::Problem::None);
    QCOMPARE(db.meta(QStringLiteral("data_version")), QStringLiteral("test-1"));
}

void tst_AtlasOpen::badFileIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << "missing" << int(AtlasDatabase::Problem::Missing) << "missing";
    QTest::newRow("a folder") << "folder" << int(AtlasDatabase::Problem::Unreadable) << "cannot be read";
    QTest::newRow("a text file") << "text" << int(AtlasDatabase::Problem::NotAnAtlas) << "not an SQLite database";
    QTest::newRow("an empty file") << "empty" << int(AtlasDatabase::Problem::NotAnAtlas) << "not an SQLite database";
    QTest::newRow("another program's SQLite") << "foreign" << int(AtlasDatabase::Problem::NotAnAtlas) << "another program";
    QTest::newRow("made by a newer Twinatlas") << "newer" << int(AtlasDatabase::Problem::TooNew) << "newer Twinatlas";
    QTest::newRow("truncated") << "truncated" << int(AtlasDatabase::Problem::Corrupt) << "is damaged";
    QTest::newRow("pages overwritten") << "overwritten" << int(AtlasDatabase::Problem::Corrupt) << "is damaged";
}

void tst_AtlasOpen::badFileIsRefused()
{
    QFETCH(QString, kind);
    QFETCH(int, problem);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(kind + QStringLiteral(".sqlite"));
    if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == QLatin1String("text")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,country\nDüsseldorf,DE\n");
    } else if (kind == QLatin1String("empty")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (kind == QLatin1String("foreign")) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE places (name TEXT)"));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    } else if (kind != QLatin1String("missing")) {
        QVERIFY(QFile::copy(m_atlas, path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (kind == QLatin1String("newer")) {
            f.seek(60); // user_version, big-endian
            f.write(QByteArray::fromHex("00000063"));
        } else if (kind == QLatin1String("truncated")) {
            QVERIFY(f.resize(f.size() - 1000));
        } else if (kind == QLatin1String("overwritten")) {
            // Garbage over the interior pages: the header is intact, the b-trees are not.
            const qint64 size = f.size();
            for (qint64 at = 4096; at + 4096 < size; at += 8192) {
                f.seek(at + 100);
                f.write(QByteArray(3000, '\xA5'));
            }
        }
    }
    const QByteArray before = testing::fileHash(path);
    AtlasDatabase db;
    QVERIFY(!db.open(path, AtlasDatabase::Mode::ReadWrite, AtlasDatabase::Check::Full));
    QCOMPARE(int(db.problem()), problem);
    QVERIFY2(db.errorString().contains(message), qPrintable(db.errorString()));
    QVERIFY2(!db.errorString().contains(QLatin1String("Unable to")), qPrintable(db.errorString()));
    if (kind != QLatin1String("missing") && kind != QLatin1String("folder"))
        QVERIFY2(db.errorString().contains(path), "the message names the file");
    QCOMPARE(testing::fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    if (kind == QLatin1String("missing"))
        QVERIFY(!QFile::exists(path));
}

void tst_AtlasOpen::damagedFileIsNotChangedByOpeningForEditing()
{
    // Three data pages of the partnerships overwritten: the header, the schema and the indexes
    // are fine, so only reading the pages finds it; the window opens its atlas this way.
    const QString path = m_dir.filePath(QStringLiteral("damaged-data.sqlite"));
    QCOMPARE(testing::makeDamagedAtlas(path).size(), 3);
    const QByteArray before = testing::fileHash(path);
    {
        AtlasDatabase db;
        QVERIFY(!db.openForEditing(path));
        QCOMPARE(db.problem(), AtlasDatabase::Problem::Corrupt);
        QVERIFY2(db.errorString().contains(path) && db.errorString().contains(QLatin1String("is damaged")),
                 qPrintable(db.errorString()));
    }
    QCOMPARE(testing::fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
}

void tst_AtlasOpen::damagedMetaPagesAreDamageNotAForeignFile()
{
    // Pages 3 and 4 of the bundled atlas hold the meta table's index and the sources: the
    // file's tables are all there, their pages are not.
    const QString path = m_dir.filePath(QStringLiteral("damaged-3-4.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TWINATLAS_BUNDLED_DB), path));
    QFile f(path);
    QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(2 * 4096);
    f.write(QByteArray(2 * 4096, '\x5A'));
    f.close();
    AtlasDatabase db;
    QVERIFY(!db.open(path, AtlasDatabase::Mode::ReadOnly));
    QCOMPARE(db.problem(), AtlasDatabase::Problem::Corrupt);
    QVERIFY2(db.errorString().contains(QLatin1String("is damaged")), qPrintable(db.errorString()));
    QVERIFY2(!db.errorString().contains(QLatin1String("not an atlas")), qPrintable(db.errorString()));
    QVERIFY2(!db.errorString().contains(QLatin1String("Unable to")), qPrintable(db.errorString()));
}

void tst_AtlasOpen::soundFileSwitchesToWalWhenOpenedForEditing()
{
    const QString path = m_dir.filePath(QStringLiteral("sound.sqlite"));
    QVERIFY(QFile::copy(m_atlas, path));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    AtlasDatabase db;
    QVERIFY2(db.openForEditing(path), qPrintable(db.errorString()));
    QVERIFY(!db.isReadOnly());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
}

QTEST_GUILESS_MAIN(tst_AtlasOpen)
#include "tst_atlasopen.moc"
