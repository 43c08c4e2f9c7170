// SPDX-License-Identifier: GPL-3.0-or-later
// A healthy atlas is never called corrupt: in a read-only file, folder or disk, or on a full
// disk, it is read (the command line exits 0, the window opens), an edit is refused naming the
// real cause, and the window says once why edits are off. As root, where chmod stops nothing,
// the file and folder are made immutable, and the disks are a tmpfs of the test's own mount
// namespace, filled up or remounted read-only.
#include "atlasselection.h"
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "dialogwatch.h"
#include "mainwindow.h"
#include "restrictedstorage.h"
#include "runcli.h"
#include "startupatlas.h"
#include "testatlas.h"

#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace twinatlas;

class tst_AtlasStorage : public QObject
{
    Q_OBJECT

public:
    explicit tst_AtlasStorage(const QString &noNamespace) : m_noNamespace(noNamespace) { }

private slots:
    void initTestCase();
    void soundAtlasIsReadAndSaysWhyEditsAreOff_data();
    void soundAtlasIsReadAndSaysWhyEditsAreOff();

private:
    QString prepare(const QString &kind, bool wal, const QString &dir);

    QString m_noNamespace; ///< why the test has no mount namespace of its own
    QTemporaryDir m_dir;
    QString m_atlas;
    QString m_walAtlas;
    QString m_list;
    std::unique_ptr<testing::ReadOnlyPath> m_readOnly;
    QString m_mounted;
};

void tst_AtlasStorage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_atlas = testing::buildSmallAtlas(m_dir.path());
    QVERIFY(!m_atlas.isEmpty());
    // The same atlas as a window leaves it: in WAL mode, its -wal and -shm gone with the window.
    m_walAtlas = m_dir.filePath(QStringLiteral("wal.sqlite"));
    QVERIFY(QFile::copy(m_atlas, m_walAtlas));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("wal"));
        db.setDatabaseName(m_walAtlas);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("wal"));
    QVERIFY(!QFile::exists(m_walAtlas + QStringLiteral("-wal")));
    m_list = m_dir.filePath(QStringLiteral("twins.csv"));
    QFile list(m_list);
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write("place,place_country,partner,partner_country\nHaifa,IL,Houston,US\n");
}

void tst_AtlasStorage::soundAtlasIsReadAndSaysWhyEditsAreOff_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("wal");
    QTest::addColumn<QString>("reason");
    QTest::newRow("read-only file (chmod 444)") << "file" << false << "the file is read-only";
    QTest::newRow("read-only file, WAL mode") << "file" << true << "the file is read-only";
    QTest::newRow("read-only folder") << "folder" << false << "its folder %1 is read-only";
    QTest::newRow("read-only folder, WAL mode") << "folder" << true << "its folder %1 is read-only";
    QTest::newRow("full disk") << "full" << false << "the disk that holds it is full";
    QTest::newRow("full disk, WAL mode") << "full" << true << "the disk that holds it is full";
    QTest::newRow("read-only disk") << "rodisk" << false << "the disk that holds it is read-only";
    QTest::newRow("read-only disk, WAL mode") << "rodisk" << true << "the disk that holds it is read-only";
}

QString tst_AtlasStorage::prepare(const QString &kind, bool wal, const QString &dir)
{
    const QString path = dir + QStringLiteral("/atlas.sqlite");
    const QString source = wal ? m_walAtlas : m_atlas;
    QString why;
    if (kind == QLatin1String("full") || kind == QLatin1String("rodisk")) {
        // Room for the atlas and a little more, which the filler then takes.
        if (!testing::mountTmpfs(dir, QFileInfo(source).size() + 256 * 1024, &why)) {
            qWarning().noquote() << why;
            return {};
        }
        m_mounted = dir;
    }
    if (!QFile::copy(source, path))
        return {};
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (kind == QLatin1String("file") || kind == QLatin1String("folder")) {
        m_readOnly = std::make_unique<testing::ReadOnlyPath>(kind == QLatin1String("file") ? path : dir);
        if (!m_readOnly->isReadOnly()) {
            qWarning().noquote() << m_readOnly->error();
            return {};
        }
    } else if (kind == QLatin1String("full")) {
        if (!testing::fillDisk(dir)) {
            qWarning() << "the disk did not fill up";
            return {};
        }
    } else if (!testing::remountReadOnly(dir, &why)) {
        qWarning().noquote() << why;
        return {};
    }
    return path;
}

void tst_AtlasStorage::soundAtlasIsReadAndSaysWhyEditsAreOff()
{
    QFETCH(QString, kind);
    QFETCH(bool, wal);
    QFETCH(QString, reason);
    const bool onDisk = kind == QLatin1String("full") || kind == QLatin1String("rodisk");
    if (onDisk && !m_noNamespace.isEmpty()) {
        // Never quietly: as root (as CI runs) the namespace must work.
        if (::geteuid() == 0)
            QFAIL(qPrintable(QStringLiteral("no mount namespace for a disk of the test's own: %1").arg(m_noNamespace)));
        QSKIP(qPrintable(QStringLiteral("a full or read-only disk needs a mount namespace: %1").arg(m_noNamespace)));
    }
    const QString dir = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(QDir().mkpath(dir));
    const QString path = prepare(kind, wal, dir);
    auto release = qScopeGuard([this] {
        m_readOnly.reset();
        if (!m_mounted.isEmpty())
            testing::unmount(m_mounted);
        m_mounted.clear();
    });
    QVERIFY2(!path.isEmpty(), "the restriction could not be made: see the warning above");
    if (reason.contains(QLatin1String("%1")))
        reason = reason.arg(dir);
    const QByteArray before = testing::fileHash(path);
    const QString home = m_dir.filePath(QStringLiteral("home"));

    // The command line reads it as it is.
    testing::CliResult r = testing::runTwinatlas({"query", "--stats", "--database", path}, home);
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("\npartnerships\t5\n")), qPrintable(r.out + r.err));
    r = testing::runTwinatlas({"query", "Düsseldorf", "--database", path}, home);
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("3 partnerships")), qPrintable(r.out + r.err));
    r = testing::runTwinatlas({"check", "--database", path}, home);
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("no problems")), qPrintable(r.out + r.err));
    // An edit is refused with the cause, never as damage.
    r = testing::runTwinatlas({"import", m_list, "--database", path}, home);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(reason) && r.err.contains(QLatin1String("edits are off")), qPrintable(r.err));
    for (const char *wrong : {"corrupt", "damaged", "Unable to", "disk I/O error"})
        QVERIFY2(!r.err.contains(QLatin1String(wrong)), qPrintable(r.err));

    {
        AtlasDatabase atlas;
        QVERIFY2(atlas.openForEditing(path), qPrintable(atlas.errorString()));
        QVERIFY(atlas.isReadOnly());
        QVERIFY2(atlas.readOnlyReason().contains(reason), qPrintable(atlas.readOnlyReason()));
        const AtlasReader reader(atlas.connection());
        QCOMPARE(reader.stats().partnerships, 5);
        QVERIFY(!reader.failed());
    }

    // The window opens it without a dialog of its own, and says once why edits are off.
    {
        testing::DialogWatch dialogs;
        AtlasDatabase atlas;
        StartupAtlas startup;
        StartupAtlas::Options options;
        options.path = path;
        QVERIFY(startup.open(atlas, options));
        QVERIFY2(dialogs.shown().isEmpty(), qPrintable(dialogs.shown().join(QLatin1Char('\n'))));
        MainWindow window(atlas);
        window.setReadOnlyReason(atlas.readOnlyReason());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMessageBox *notice = nullptr;
        QTRY_VERIFY((notice = window.findChild<QMessageBox *>(QStringLiteral("readOnlyNotice"))));
        QVERIFY2(notice->informativeText().contains(reason), qPrintable(notice->informativeText()));
        QVERIFY(window.statusBar()->findChild<QLabel *>(QStringLiteral("readOnly"))->isVisible());
        QCOMPARE(dialogs.shown().size(), 1);
        notice->close();
    }
    release.dismiss();
    m_readOnly.reset();
    if (!m_mounted.isEmpty()) {
        QFile::remove(dir + QStringLiteral("/filler"));
        QVERIFY(testing::fileHash(path) == before);
        testing::unmount(m_mounted);
        m_mounted.clear();
    } else {
        QVERIFY(testing::fileHash(path) == before);
    }
}

int main(int argc, char *argv[])
{
    // Before any thread starts: a mount namespace for the disks, as root only (in a user
    // namespace the user would be root over their own files, and chmod would stop nothing).
    const QString noNamespace = ::geteuid() == 0 ? testing::enterPrivateMountNamespace()
                                                 : QStringLiteral("not root");
    QApplication app(argc, argv);
    tst_AtlasStorage test(noNamespace);
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_atlasstorage.moc"
