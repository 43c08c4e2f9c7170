// SPDX-License-Identifier: GPL-3.0-or-later
// The team atlas in the window, against the fixture's PostgreSQL server: the File menu's team
// actions, a sync on the worker thread that brings another desktop's change into the detail
// pane ("Edited by bob on …") and the status bar, a conflict settled in its dialog, a refused
// password in the status bar, and the connection dialog's fields. With TWINATLAS_SCREENSHOTS
// set to a folder, the dialogs and the window are saved there as PNG.
#include "atlasediting.h"
#include "atlasedits.h"
#include "atlasselection.h"
#include "db/atlasreader.h"
#include "detailpane.h"
#include "edit/rowstore.h"
#include "mainwindow.h"
#include "render/basemap.h"
#include "render/mapnetwork.h"
#include "teamactions.h"
#include "teamconflictsdialog.h"
#include "teamconnectdialog.h"
#include "teamtesting.h"
#include "testatlas.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace twinatlas;
using namespace twinatlas::testing;

class tst_TeamWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fileMenuHasTheTeam();
    void syncBringsTheOthersChange();
    void conflictIsSettledInItsDialog();
    void refusedPasswordShowsInTheStatusBar();
    void connectDialogSaysWhatItKeeps();

private:
    TeamSyncReport syncWindow();
    void setNote(AtlasDatabase &atlas, const QString &note);
    void screenshot(QWidget *widget, const QString &name) const;

    QTemporaryDir m_dir;
    TeamTestServer m_server;
    QString m_database;
    AtlasDatabase m_atlas;
    std::unique_ptr<TeamDesktop> m_bob;
    std::unique_ptr<MainWindow> m_window;
    const QString m_reading = QStringLiteral("ddorf-reading");
};

void tst_TeamWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_database = m_server.newTeamDatabase();
    QVERIFY(!m_database.isEmpty());
    const QString templatePath = buildSmallAtlas(m_dir.path(), QStringLiteral("template.sqlite"));
    QVERIFY(!templatePath.isEmpty());
    m_bob = std::make_unique<TeamDesktop>(templatePath, m_dir.filePath(QStringLiteral("bob.sqlite")));
    const QString alice = m_dir.filePath(QStringLiteral("alice.sqlite"));
    QVERIFY(QFile::copy(templatePath, alice));
    QFile::setPermissions(alice, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(m_atlas.open(alice));

    TeamSettings settings;
    settings.address = m_server.socketAddress(m_database, QStringLiteral("alice"));
    settings.intervalMinutes = 0;
    settings.syncAtStart = false;
    settings.save();

    auto baseMap = std::make_shared<BaseMap>();
    QVERIFY(baseMap->open(QStringLiteral(TWINATLAS_BASEMAP)));
    m_window = std::make_unique<MainWindow>(m_atlas);
    m_window->setBaseMap(baseMap);
    m_window->setNetwork(MapNetwork::fromAtlas(AtlasReader(m_atlas.connection())));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_TeamWindow::cleanupTestCase()
{
    m_window.reset();
    m_atlas.close();
}

void tst_TeamWindow::screenshot(QWidget *widget, const QString &name) const
{
    const QString folder = qEnvironmentVariable("TWINATLAS_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    for (int pass = 0; pass < 4; ++pass) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
    }
    QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
}

TeamSyncReport tst_TeamWindow::syncWindow()
{
    TeamActions *team = m_window->team();
    QSignalSpy finished(team, &TeamActions::syncFinished);
    team->syncNow(false);
    // The sync runs on a worker thread: the window stays live meanwhile.
    if (!finished.wait(60000))
        return {};
    return finished.first().first().value<TeamSyncReport>();
}

void tst_TeamWindow::setNote(AtlasDatabase &atlas, const QString &note)
{
    RowStore rows(atlas.connection());
    QSqlQuery q(atlas.connection());
    q.prepare(QStringLiteral("SELECT id FROM partnerships WHERE uid = ?"));
    q.addBindValue(m_reading);
    QVERIFY(q.exec() && q.next());
    auto row = rows.partnership(q.value(0).toLongLong());
    QVERIFY(row);
    row->note = note;
    ChangeSet set;
    set.update(*row);
    QVERIFY(AtlasWriter(atlas).apply(set).ok);
}

void tst_TeamWindow::fileMenuHasTheTeam()
{
    QMenu *file = m_window->menuBar()->actions().first()->menu();
    QVERIFY(file);
    QStringList names;
    for (QAction *a : file->actions())
        names << a->objectName();
    for (const char *name : {"teamConnectAction", "teamSyncAction", "teamConflictsAction", "teamDisconnectAction"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
    TeamActions *team = m_window->team();
    QVERIFY(team->syncAction()->isEnabled());
    QVERIFY(!team->conflictsAction()->isEnabled());
    QCOMPARE(team->statusLabel()->text(), QStringLiteral("Team: not synced yet"));
}

void tst_TeamWindow::syncBringsTheOthersChange()
{
    const QString bob = TeamTestServer::password(QStringLiteral("bob"));
    QVERIFY(m_bob->sync(m_server.socketAddress(m_database, QStringLiteral("bob")), bob).ok());
    m_window->team()->setPassword(TeamTestServer::password(QStringLiteral("alice")));
    const TeamSyncReport first = syncWindow();
    QVERIFY2(first.ok(), qPrintable(first.error.text()));

    setNote(m_bob->atlas(), QStringLiteral("Youth orchestras meet every summer"));
    QVERIFY(m_bob->sync(m_server.socketAddress(m_database, QStringLiteral("bob")), bob).ok());
    // Something to undo here, which a sync that brings changes makes stale.
    AtlasEdits *edits = m_window->editing()->edits();
    PlaceRow place = *RowStore(m_atlas.connection()).placeByUid(QStringLiteral("gn:2639577"));
    place.note = QStringLiteral("County town of Berkshire");
    QVERIFY(edits->editPlace(place).ok);
    QVERIFY(edits->canUndo());

    const TeamSyncReport report = syncWindow();
    QVERIFY2(report.ok(), qPrintable(report.error.text()));
    QCOMPARE(report.changed.value(TeamKind::Partnership), 1);
    QVERIFY(!edits->canUndo());
    QVERIFY2(m_window->team()->statusLabel()->text().startsWith(QStringLiteral("Team: synced ")),
             qPrintable(m_window->team()->statusLabel()->text()));
    // The place's note is the gazetteer's, which stays on this desktop: nothing is sent.
    QVERIFY2(m_window->team()->statusLabel()->text().endsWith(QStringLiteral(" · 1 partnership(s) came in.")),
             qPrintable(m_window->team()->statusLabel()->text()));

    // The detail pane shows the change and who made it.
    const AtlasReader reader(m_atlas.connection());
    const qint64 duesseldorf = reader.placeByUid(QStringLiteral("gn:2934246"))->id;
    m_window->selection()->selectPlace(duesseldorf);
    for (const PartnerEntry &entry : reader.partnersOf(duesseldorf))
        if (entry.partnership.uid == m_reading)
            m_window->selection()->selectPartnership(entry.partnership.id);
    QVERIFY(m_window->selection()->partnershipId() != 0);
    // Bob's change is on the server since his sync; its audit came with this one.
    QVERIFY2(m_window->detailPane()->partnershipProvenance().startsWith(QStringLiteral("Edited by bob on ")),
             qPrintable(m_window->detailPane()->partnershipProvenance()));
    QLabel *note = m_window->detailPane()->findChild<QLabel *>(QStringLiteral("historyProvenance"));
    QVERIFY(note && note->toolTip().contains(QStringLiteral("bob changed Note")));
    screenshot(m_window.get(), QStringLiteral("team-window.png"));
}

void tst_TeamWindow::conflictIsSettledInItsDialog()
{
    const QString bob = TeamTestServer::password(QStringLiteral("bob"));
    QVERIFY(m_bob->sync(m_server.socketAddress(m_database, QStringLiteral("bob")), bob).ok());
    setNote(m_bob->atlas(), QStringLiteral("Bob: twinned schools"));
    setNote(m_atlas, QStringLiteral("Alice: twinned choirs"));
    QVERIFY(m_bob->sync(m_server.socketAddress(m_database, QStringLiteral("bob")), bob).ok());
    const TeamSyncReport report = syncWindow();
    QVERIFY2(report.ok(), qPrintable(report.error.text()));
    QCOMPARE(report.newConflicts, 1);
    TeamActions *team = m_window->team();
    QVERIFY(team->conflictsAction()->isEnabled());
    QCOMPARE(team->conflictsAction()->text(), QStringLiteral("Team &Conflicts (1)…"));
    QVERIFY(team->statusLabel()->text().endsWith(QStringLiteral("1 conflict(s) to settle.")));

    TeamConflictsDialog dialog(m_atlas, m_window.get());
    QSignalSpy changed(&dialog, &TeamConflictsDialog::atlasChanged);
    QCOMPARE(dialog.count(), 1);
    QTreeWidgetItem *item = dialog.list()->topLevelItem(0);
    QCOMPARE(item->text(0), QStringLiteral("Düsseldorf – Reading"));
    QCOMPARE(item->text(1), QStringLiteral("Note"));
    QVERIFY2(item->text(2).startsWith(QStringLiteral("Alice: twinned choirs (you, ")), qPrintable(item->text(2)));
    QCOMPARE(item->text(3), QStringLiteral("Bob: twinned schools"));
    QVERIFY2(item->text(4).startsWith(QStringLiteral("bob, ")), qPrintable(item->text(4)));
    dialog.show();
    screenshot(&dialog, QStringLiteral("team-conflicts.png"));
    // Still the local value until the user chooses.
    const qint64 id = RowStore(m_atlas.connection()).placeByUid(QStringLiteral("gn:2934246")) ? [this] {
        QSqlQuery q(m_atlas.connection());
        q.prepare(QStringLiteral("SELECT id FROM partnerships WHERE uid = ?"));
        q.addBindValue(m_reading);
        return q.exec() && q.next() ? q.value(0).toLongLong() : qint64(0);
    }() : 0;
    QCOMPARE(AtlasReader(m_atlas.connection()).partnership(id)->note, QStringLiteral("Alice: twinned choirs"));
    dialog.list()->setCurrentItem(item);
    dialog.settleSelected(false);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(dialog.count(), 0);
    QCOMPARE(AtlasReader(m_atlas.connection()).partnership(id)->note, QStringLiteral("Bob: twinned schools"));
}

void tst_TeamWindow::refusedPasswordShowsInTheStatusBar()
{
    m_window->team()->setPassword(QStringLiteral("wrong"));
    const TeamSyncReport report = syncWindow();
    QCOMPARE(report.error.kind, TeamError::Kind::Authentication);
    QCOMPARE(m_window->team()->statusLabel()->text(), QStringLiteral("Team: the last sync failed"));
    QVERIFY(m_window->team()->statusLabel()->toolTip().startsWith(
            QStringLiteral("The team server refused the user name or password for alice.")));
    m_window->team()->setPassword(TeamTestServer::password(QStringLiteral("alice")));
}

void tst_TeamWindow::connectDialogSaysWhatItKeeps()
{
    TeamSettings settings;
    settings.address = m_server.tlsAddress(m_database, QStringLiteral("alice"), m_server.certificate());
    settings.intervalMinutes = 0;
    TeamConnectDialog dialog(settings, m_window.get());
    auto *tls = dialog.findChild<QCheckBox *>(QStringLiteral("teamTls"));
    auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("teamHost"));
    auto *interval = dialog.findChild<QSpinBox *>(QStringLiteral("teamInterval"));
    QVERIFY(tls && host && interval);
    QVERIFY(tls->isChecked() && tls->isEnabled());
    QCOMPARE(interval->text(), QStringLiteral("Only when asked"));
    dialog.setMessage(QStringLiteral("Enter the password for alice@127.0.0.1."));
    dialog.show();
    screenshot(&dialog, QStringLiteral("team-connect.png"));
    QCOMPARE(dialog.settings().address.sslMode, QStringLiteral("verify-full"));
    QCOMPARE(dialog.settings().address.certificate, m_server.certificate());
    // Over a socket there is nothing to encrypt.
    host->setText(m_server.dir());
    QVERIFY(!tls->isEnabled());
    QCOMPARE(dialog.settings().address.sslMode, QStringLiteral("disable"));
    QVERIFY(dialog.settings().address.certificate.isEmpty());
    // The settings never hold the password.
    dialog.setPassword(QStringLiteral("s3cret"));
    dialog.settings().save();
    QVERIFY(!QSettings().value(QStringLiteral("team/url")).toString().contains(QStringLiteral("s3cret")));
}

QTEST_MAIN(tst_TeamWindow)
#include "tst_teamwindow.moc"
