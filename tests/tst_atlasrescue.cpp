// SPDX-License-Identifier: GPL-3.0-or-later
// A way out: when the user's atlas cannot be opened (cut short, damaged pages, not an atlas,
// empty, a folder), the window shows one dialog that names the file and the cause and offers
// its backups, a fresh start from the bundled atlas (the broken file kept beside it), another
// file, or quitting; an update of the data says nothing first. Orphaned .partial copies go at
// the next start. Damage the window meets while it is open, in what it reads or in the check
// it runs in the background, is said once, turns edits off and offers the same way out.
#include "atlashealth.h"
#include "atlasrescuedialog.h"
#include "damagedatlas.h"
#include "db/atlasdatabase.h"
#include "db/atlaslocation.h"
#include "db/atlasreader.h"
#include "dialogwatch.h"
#include "mainwindow.h"
#include "render/mapnetwork.h"
#include "startupatlas.h"
#include "startupupgrade.h"
#include "testatlas.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinatlas;

class tst_AtlasRescue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void unopenableAtlasGetsOneDialogWithTheWayOut_data();
    void unopenableAtlasGetsOneDialogWithTheWayOut();
    void damageTheWindowReadsIsSaidOnceWithTheWayOut();
    void backgroundCheckFindsDamageTheWindowDoesNotRead();
    void soundAtlasPassesTheBackgroundCheckQuietly();

private:
    void openWindowOn(const QString &path, AtlasDatabase &atlas, std::unique_ptr<AtlasHealth> &health,
                      std::unique_ptr<MainWindow> &window);

    QTemporaryDir m_dir;
    QString m_user; ///< where the user's atlas is, as the window finds it
    QString m_backups;
    qint64 m_partnerships = 0;
};

void tst_AtlasRescue::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_user = AtlasLocation::userAtlas();
    m_backups = AtlasLocation::backupFolder();
    QVERIFY(m_user.contains(QLatin1String(".qttest")));
    QCOMPARE(QFileInfo(AtlasLocation::bundledAtlas()).canonicalFilePath(),
             QFileInfo(QStringLiteral(TWINATLAS_BUNDLED_DB)).canonicalFilePath());
    AtlasDatabase bundled;
    QVERIFY(bundled.open(QStringLiteral(TWINATLAS_BUNDLED_DB), AtlasDatabase::Mode::ReadOnly));
    m_partnerships = AtlasReader(bundled.connection()).stats().partnerships;
    QVERIFY(m_partnerships > 300);
}

void tst_AtlasRescue::init()
{
    // Each case starts with the user's folder empty.
    const QString folder = QFileInfo(m_user).absolutePath();
    QDir(folder).removeRecursively();
    QVERIFY(QDir().mkpath(m_backups));
}

void tst_AtlasRescue::unopenableAtlasGetsOneDialogWithTheWayOut_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<int>("choice");
    using C = AtlasRescueDialog::Choice;
    QTest::newRow("cut short, restore") << "truncated" << "is damaged" << int(C::RestoreBackup);
    QTest::newRow("data pages overwritten, start again") << "damaged" << "is damaged" << int(C::StartAgain);
    QTest::newRow("pages 3-4 overwritten, restore") << "pages34" << "is damaged" << int(C::RestoreBackup);
    QTest::newRow("not an atlas, quit") << "text" << "is not an atlas" << int(C::Quit);
    QTest::newRow("empty, open another") << "empty" << "is not an atlas" << int(C::OpenAnother);
    QTest::newRow("a folder, start again") << "folder" << "it is a folder" << int(C::StartAgain);
}

void tst_AtlasRescue::unopenableAtlasGetsOneDialogWithTheWayOut()
{
    QFETCH(QString, kind);
    QFETCH(QString, cause);
    QFETCH(int, choice);
    if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(m_user));
    } else if (kind == QLatin1String("damaged")) {
        QCOMPARE(testing::makeDamagedAtlas(m_user).size(), 3);
    } else {
        QFile f(m_user);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (kind == QLatin1String("text"))
            f.write("place,partner\nToruń,Göttingen\n");
        if (kind == QLatin1String("truncated") || kind == QLatin1String("pages34")) {
            QFile bundled(QStringLiteral(TWINATLAS_BUNDLED_DB));
            QVERIFY(bundled.open(QIODevice::ReadOnly));
            QByteArray bytes = bundled.readAll();
            if (kind == QLatin1String("truncated"))
                bytes.truncate(bytes.size() / 2 + 1000);
            else
                bytes.replace(2 * 4096, 2 * 4096, QByteArray(2 * 4096, '\x5A'));
            f.write(bytes);
        }
    }
    const QByteArray before = testing::fileHash(m_user);
    // A backup the user made, and a copy an interrupted update left half-written.
    const QString backup = m_backups + QStringLiteral("/atlas-manual-20261201-091500.sqlite");
    QVERIFY(QFile::copy(QStringLiteral(TWINATLAS_BUNDLED_DB), backup));
    const QString partial = m_backups + QStringLiteral("/atlas-before-2099.1.0-20261207-100000.sqlite.partial");
    QVERIFY(QFile::copy(QStringLiteral(TWINATLAS_BUNDLED_DB), partial));
    const QString other = m_dir.filePath(QStringLiteral("other-%1.sqlite").arg(kind));
    QVERIFY(QFile::copy(QStringLiteral(TWINATLAS_BUNDLED_DB), other));

    testing::DialogWatch dialogs;
    AtlasDatabase atlas;
    StartupAtlas startup;
    StartupAtlas::Options options;
    options.path = m_user;
    options.userAtlas = true;
    options.bundledPath = AtlasLocation::bundledAtlas();
    options.upgrade = [] { StartupUpgrade::run(); }; // as the window runs it
    QString seen;
    int backupsListed = -1;
    startup.setDialogHook([&](AtlasRescueDialog &dialog) {
        dialog.setFileChooser([other](QWidget *) { return other; });
        QTimer::singleShot(0, &dialog, [&, choice] {
            seen = dialog.causeText();
            backupsListed = dialog.backupList()->count();
            const QList<QPushButton *> buttons{dialog.quitButton(), dialog.restoreButton(),
                                               dialog.startAgainButton(), dialog.openAnotherButton()};
            if (backupsListed > 0 && seen.contains(QDir::toNativeSeparators(m_user)))
                buttons.at(choice)->click();
            else
                dialog.quitButton()->click();
        });
    });
    const bool opened = startup.open(atlas, options);

    // One dialog, naming the file and the cause, never an update that "failed" first.
    QVERIFY2(dialogs.shown().size() == 1 && dialogs.shown().first().startsWith(QLatin1String("atlasRescueDialog")),
             qPrintable(dialogs.shown().join(QLatin1Char('\n'))));
    QVERIFY2(seen.contains(QDir::toNativeSeparators(m_user)) && seen.contains(cause), qPrintable(seen));
    QVERIFY2(!seen.contains(QLatin1String("Unable to")) && !seen.contains(QLatin1String("updated")), qPrintable(seen));
    QCOMPARE(backupsListed, 1); // the .partial copy is no backup
    using C = AtlasRescueDialog::Choice;
    if (choice == int(C::Quit)) {
        QVERIFY(!opened);
        QCOMPARE(testing::fileHash(m_user), before);
        QCOMPARE(QDir(QFileInfo(m_user).absolutePath()).entryList({QStringLiteral("*.broken-*")}).size(), 0);
        return;
    }
    QVERIFY(opened);
    QVERIFY(atlas.isOpen());
    QCOMPARE(AtlasReader(atlas.connection()).stats().partnerships, m_partnerships);
    if (choice == int(C::OpenAnother)) {
        QCOMPARE(startup.path(), other);
        QCOMPARE(testing::fileHash(m_user), before);
        return;
    }
    QVERIFY(!atlas.isReadOnly());
    QCOMPARE(startup.path(), m_user);
    // The file that failed is kept beside the new one, as it was.
    const QStringList broken =
            QDir(QFileInfo(m_user).absolutePath()).entryList({QStringLiteral("atlas.sqlite.broken-*")}, QDir::AllEntries);
    QCOMPARE(broken.size(), 1);
    const QString brokenPath = QFileInfo(m_user).absolutePath() + QLatin1Char('/') + broken.first();
    QVERIFY(QRegularExpression(QStringLiteral("^atlas\\.sqlite\\.broken-\\d{8}-\\d{6}$")).match(broken.first()).hasMatch());
    if (kind == QLatin1String("folder"))
        QVERIFY(QFileInfo(brokenPath).isDir());
    else
        QCOMPARE(testing::fileHash(brokenPath), before);
    QVERIFY2(startup.note().contains(QDir::toNativeSeparators(brokenPath)), qPrintable(startup.note()));
    QVERIFY(QFile::exists(backup));
    QVERIFY2(!QFile::exists(partial), "an orphaned .partial copy is removed at the next start");
}

void tst_AtlasRescue::openWindowOn(const QString &path, AtlasDatabase &atlas,
                                   std::unique_ptr<AtlasHealth> &health, std::unique_ptr<MainWindow> &window)
{
    QVERIFY2(atlas.openForEditing(path), qPrintable(atlas.errorString()));
    // As the application does: the health watch first, then the window reads.
    health = std::make_unique<AtlasHealth>(atlas);
    window = std::make_unique<MainWindow>(atlas);
    health->setWindow(window.get());
    QObject::connect(health.get(), &AtlasHealth::damaged, window.get(), &MainWindow::setDamage);
    window->setReadOnlyReason(atlas.readOnlyReason());
    window->setNetwork(MapNetwork::fromAtlas(AtlasReader(atlas.connection())));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    health->start();
}

void tst_AtlasRescue::damageTheWindowReadsIsSaidOnceWithTheWayOut()
{
    // The window left the atlas in WAL mode; since then three pages of partnerships broke.
    QCOMPARE(testing::makeDamagedAtlas(m_user).size(), 3);
    QVERIFY(testing::markWalMode(m_user));
    testing::DialogWatch dialogs;
    AtlasDatabase atlas;
    std::unique_ptr<AtlasHealth> health;
    std::unique_ptr<MainWindow> window;
    openWindowOn(m_user, atlas, health, window);
    QSignalSpy wayOut(health.get(), &AtlasHealth::wayOutRequested);
    QTRY_VERIFY(health->notice());
    QMessageBox *notice = health->notice();
    QCOMPARE(notice->objectName(), QStringLiteral("damageNotice"));
    QVERIFY2(notice->informativeText().contains(QDir::toNativeSeparators(m_user))
                     && notice->informativeText().contains(QLatin1String("is damaged")),
             qPrintable(notice->informativeText()));
    // Edits are off, and the status bar keeps saying why.
    auto *label = window->statusBar()->findChild<QLabel *>(QStringLiteral("readOnly"));
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Damaged: read-only"));
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("addPlaceAction"))->isEnabled());
    // Said once, however many reads fail afterwards.
    QTest::qWait(50);
    QCOMPARE(dialogs.shown().size(), 1);
    auto *button = notice->findChild<QPushButton *>(QStringLiteral("wayOut"));
    QVERIFY(button);
    button->click();
    QCOMPARE(wayOut.size(), 1);
    window.reset();
    health.reset();
    atlas.close();

    // The window closed for it: the same dialog as at start, saying what was found.
    StartupAtlas startup;
    StartupAtlas::Options options;
    options.path = m_user;
    options.userAtlas = true;
    options.bundledPath = AtlasLocation::bundledAtlas();
    options.problem = QStringLiteral("The atlas file %1 is damaged (test).").arg(m_user);
    QString seen;
    startup.setDialogHook([&](AtlasRescueDialog &dialog) {
        QTimer::singleShot(0, &dialog, [&] {
            seen = dialog.causeText();
            dialog.startAgainButton()->click();
        });
    });
    QVERIFY(startup.open(atlas, options));
    QCOMPARE(seen, options.problem);
    QCOMPARE(AtlasReader(atlas.connection()).stats().partnerships, m_partnerships);
}

void tst_AtlasRescue::backgroundCheckFindsDamageTheWindowDoesNotRead()
{
    // Alternate names are read by no pane when the window opens: only the check sees them.
    QVERIFY(QFile::copy(QStringLiteral(TWINATLAS_BUNDLED_DB), m_user));
    QFile(m_user).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const int page = testing::overwriteFirstLeafOf(m_user, QStringLiteral("alternate_names"));
    QVERIFY(page > 0);
    QVERIFY(testing::markWalMode(m_user));
    AtlasDatabase atlas;
    std::unique_ptr<AtlasHealth> health;
    std::unique_ptr<MainWindow> window;
    openWindowOn(m_user, atlas, health, window);
    QSignalSpy checked(health.get(), &AtlasHealth::checked);
    QVERIFY(health->isChecking() || !checked.isEmpty());
    QVERIFY(!health->notice());
    QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 120000);
    QCOMPARE(checked.first().first().toBool(), false);
    QVERIFY(health->notice());
    const QString text = health->notice()->informativeText();
    QVERIFY2(text.contains(QDir::toNativeSeparators(m_user)) && text.contains(QStringLiteral("%1").arg(page)),
             qPrintable(text));
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("addPlaceAction"))->isEnabled());
}

void tst_AtlasRescue::soundAtlasPassesTheBackgroundCheckQuietly()
{
    QVERIFY(QFile::copy(QStringLiteral(TWINATLAS_BUNDLED_DB), m_user));
    QFile(m_user).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(testing::markWalMode(m_user));
    AtlasDatabase atlas;
    std::unique_ptr<AtlasHealth> health;
    std::unique_ptr<MainWindow> window;
    openWindowOn(m_user, atlas, health, window);
    QSignalSpy checked(health.get(), &AtlasHealth::checked);
    QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 120000);
    QCOMPARE(checked.first().first().toBool(), true);
    QVERIFY(!health->notice());
    QVERIFY(health->damage().isEmpty());
}

QTEST_MAIN(tst_AtlasRescue)
#include "tst_atlasrescue.moc"
