// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Get partnerships from Wikidata… as a user goes through it, offscreen, against the
// tests' SPARQL endpoint (roqet over tests/data/wikidata): one click on Get, the progress by
// country, the review of what is new, Add as one step that the detail pane shows with its
// Wikidata sources and one undo takes back; Cancel half-way leaves the atlas files
// byte-identical. With TWINATLAS_SCREENSHOTS set to a folder, the steps are saved there as PNG.
#include "atlasediting.h"
#include "atlasedits.h"
#include "atlasselection.h"
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "edit/rowstore.h"
#include "detailpane.h"
#include "fixtureserver.h"
#include "importreviewfiltermodel.h"
#include "importreviewpage.h"
#include "mainwindow.h"
#include "render/basemap.h"
#include "render/mapnetwork.h"
#include "testatlas.h"
#include "wikidataactions.h"
#include "wikidatadialog.h"
#include "wikidata/wikidatasettings.h"
#include "wikidatarunner.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace twinatlas;
using namespace twinatlas::testing;

class tst_WikidataWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void menuFetchesReviewsAddsAndUndoes();
    void cancelHalfWayChangesNothing();
    void secondFetchShowsWhatChanged();
    void weeklyCheckAtStart();

private:
    WikidataDialog *openFromMenu();
    /** Opens the dialog, fetches the world from the server and waits for the review. */
    WikidataDialog *fetchWorld();
    qint64 partnershipBetween(const QString &uidA, const QString &uidB);
    void useServer(WikidataDialog *dialog);
    int partnerships();
    QByteArray atlasFilesHash() const;
    void screenshot(QWidget *widget, const QString &name) const;

    QTemporaryDir m_dir;
    QString m_path;
    AtlasDatabase m_atlas;
    std::unique_ptr<MainWindow> m_window;
    FixtureServer m_server;
};

void tst_WikidataWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_path = buildTestAtlas(m_dir.path(), QStringLiteral("atlas-wikidata"), QStringLiteral("atlas.sqlite"));
    QVERIFY(!m_path.isEmpty());
    QVERIFY2(m_atlas.open(m_path), qPrintable(m_atlas.errorString()));
    auto baseMap = std::make_shared<BaseMap>();
    QVERIFY2(baseMap->open(QStringLiteral(TWINATLAS_BASEMAP)), qPrintable(baseMap->errorString()));
    m_window = std::make_unique<MainWindow>(m_atlas);
    m_window->setBaseMap(baseMap);
    m_window->setNetwork(MapNetwork::fromAtlas(AtlasReader(m_atlas.connection())));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_WikidataWindow::cleanupTestCase()
{
    m_window.reset();
}

void tst_WikidataWindow::init()
{
    qDeleteAll(m_window->findChildren<WikidataDialog *>());
}

WikidataDialog *tst_WikidataWindow::openFromMenu()
{
    QMenu *file = nullptr;
    for (QAction *a : m_window->menuBar()->actions())
        if (a->menu() && a->text().remove(u'&') == QLatin1String("File"))
            file = a->menu();
    if (!file)
        return nullptr;
    QAction *get = nullptr;
    for (QAction *a : file->actions())
        if (a->objectName() == QLatin1String("getFromWikidataAction"))
            get = a;
    if (!get || !get->isEnabled())
        return nullptr;
    // A dialog closed before is deleted once events run: only the open one counts.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    get->trigger();
    for (WikidataDialog *dialog : m_window->findChildren<WikidataDialog *>())
        if (dialog->isVisible())
            return dialog;
    return nullptr;
}

void tst_WikidataWindow::useServer(WikidataDialog *dialog)
{
    WikidataFetch::Options options = dialog->fetchOptions();
    options.endpoint = m_server.endpoint();
    options.language = QStringLiteral("pl");
    options.cacheDir = m_dir.filePath(QStringLiteral("cache"));
    dialog->setFetchOptions(options);
}

int tst_WikidataWindow::partnerships()
{
    QSqlQuery q(m_atlas.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM partnerships")) && q.next() ? q.value(0).toInt() : -1;
}

QByteArray tst_WikidataWindow::atlasFilesHash() const
{
    // The window keeps the atlas open in WAL mode: what is written is in the -wal file first.
    return fileHash(m_path) + fileHash(m_path + QStringLiteral("-wal"));
}

void tst_WikidataWindow::screenshot(QWidget *widget, const QString &name) const
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

void tst_WikidataWindow::menuFetchesReviewsAddsAndUndoes()
{
    QVERIFY(m_server.start(QStringLiteral("twinnings.ttl")));
    m_window->editing()->edits()->clearHistory();
    const int before = partnerships();
    WikidataDialog *dialog = openFromMenu();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    useServer(dialog);
    // Nothing selected: the world, the selected place not offered.
    QVERIFY(dialog->worldButton()->isChecked());
    QVERIFY(!dialog->placeButton()->isEnabled());
    screenshot(dialog, QStringLiteral("wikidata-choose.png"));

    QSignalSpy chunks(dialog->runner(), &WikidataRunner::chunkFinished);
    QTest::mouseClick(dialog->getButton(), Qt::LeftButton);
    QCOMPARE(dialog->step(), WikidataDialog::Step::Working);
    dialog->runner()->waitForFinished();
    QCoreApplication::processEvents();
    QVERIFY2(dialog->step() == WikidataDialog::Step::Review, qPrintable(dialog->errorLabel()->text()));
    QCOMPARE(chunks.size(), 6);
    QCOMPARE(chunks.last().at(2).toInt(), 10);
    QVERIFY2(dialog->summaryLabel()->text().startsWith(
                     QLatin1String("From 10 twinning statements: 5 new partnerships, 4 confirmed.")),
             qPrintable(dialog->summaryLabel()->text()));
    QVERIFY(dialog->summaryLabel()->text().contains(QLatin1String("1 places could not be placed for sure")));
    QCOMPARE(dialog->reviewTabs()->tabText(1), QStringLiteral("Places (1 to decide)"));
    QTreeWidgetItem *added = dialog->changesView()->topLevelItem(0);
    QCOMPARE(added->text(0), QStringLiteral("New (5)"));
    QStringList pairs;
    for (int i = 0; i < added->childCount(); ++i)
        pairs << added->child(i)->text(0);
    pairs.sort();
    QCOMPARE(pairs, (QStringList{"Kraków – Nürnberg", "Springfield – Ashikaga", "Toruń – Göttingen",
                                 "Toruń – Hämeenlinna", "Toruń – Leiden"}));
    QCOMPARE(partnerships(), before); // nothing written before Add
    screenshot(dialog, QStringLiteral("wikidata-review.png"));

    // Only the doubtful row asks: which Springfield is Kraków's twin. Massachusetts.
    dialog->reviewTabs()->setCurrentIndex(1);
    ImportReviewPage *review = dialog->reviewPage();
    QCOMPARE(review->filterModel()->rowCount(), 1);
    int massachusetts = -1;
    for (int i = 0; i < review->candidateList()->count(); ++i)
        if (review->candidateList()->item(i)->text().contains(QLatin1String("Massachusetts")))
            massachusetts = i;
    QVERIFY(massachusetts >= 0);
    screenshot(dialog, QStringLiteral("wikidata-places.png"));
    QVERIFY(review->chooseCandidate(massachusetts));
    QVERIFY2(dialog->summaryLabel()->text().startsWith(
                     QLatin1String("From 10 twinning statements: 6 new partnerships, 4 confirmed.")),
             qPrintable(dialog->summaryLabel()->text()));

    QTest::mouseClick(dialog->commitButton(), Qt::LeftButton);
    QCOMPARE(partnerships(), before + 6);
    QUndoStack *history = m_window->editing()->edits()->history();
    QCOMPARE(history->count(), 1);
    QCOMPARE(history->undoText(), QStringLiteral("Import 6 partnerships from Wikidata"));

    // The detail pane cites the statements, as links, with the day they were read.
    const std::optional<Place> torun = AtlasReader(m_atlas.connection()).placeByUid(QStringLiteral("gn:3083271"));
    QVERIFY(torun);
    AtlasSelection *selection = m_window->findChild<AtlasSelection *>();
    QVERIFY(selection);
    selection->selectPlace(torun->id);
    QSqlQuery q(m_atlas.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT t.id FROM partnerships t JOIN places a ON a.id = t.place_a"
                                  " JOIN places b ON b.id = t.place_b WHERE a.uid IN ('gn:3083271', 'gn:2918632')"
                                  " AND b.uid IN ('gn:3083271', 'gn:2918632')"))
            && q.next());
    selection->selectPartnership(q.value(0).toLongLong());
    QCoreApplication::processEvents();
    auto *sources = m_window->findChild<QLabel *>(QStringLiteral("partnershipSources"));
    QVERIFY(sources);
    QVERIFY2(sources->text().contains(QLatin1String(
                     "href=\"https://www.wikidata.org/wiki/Q47554#Q47554$6f0b3c2e-4a51-4d8e-9c1a-000000000003\"")),
             qPrintable(sources->text()));
    QVERIFY2(sources->text().contains(QLatin1String(", retrieved ")), qPrintable(sources->text()));
    screenshot(m_window.get(), QStringLiteral("wikidata-detail.png"));

    // One undo takes it all back.
    m_window->editing()->edits()->undo();
    QCOMPARE(partnerships(), before);
    QSqlQuery count(m_atlas.connection());
    QVERIFY(count.exec(QStringLiteral("SELECT (SELECT count(*) FROM wikidata_statements)"
                                      " + (SELECT count(*) FROM wikidata_places)"
                                      " + (SELECT count(*) FROM place_names)")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 0);
    m_window->editing()->edits()->redo();
    QCOMPARE(partnerships(), before + 6);
    m_window->editing()->edits()->undo();
}

void tst_WikidataWindow::cancelHalfWayChangesNothing()
{
    QVERIFY(m_server.start(QStringLiteral("twinnings.ttl"), QStringLiteral("none"), 300));
    QDir(m_dir.filePath(QStringLiteral("cache"))).removeRecursively();
    const QByteArray before = atlasFilesHash();
    WikidataDialog *dialog = openFromMenu();
    QVERIFY(dialog);
    useServer(dialog);
    connect(dialog->runner(), &WikidataRunner::chunkFinished, dialog, [dialog](int index) {
        if (index == 1)
            QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    });
    QTest::mouseClick(dialog->getButton(), Qt::LeftButton);
    QVERIFY(dialog->progressBar()->isVisible());
    dialog->runner()->waitForFinished();
    QCoreApplication::processEvents();
    QCOMPARE(dialog->step(), WikidataDialog::Step::Choose);
    QCOMPARE(dialog->errorLabel()->text(), QStringLiteral("Cancelled; nothing was changed."));
    QVERIFY(dialog->isVisible()); // Cancel stops the fetch; a second Cancel closes
    screenshot(dialog, QStringLiteral("wikidata-cancelled.png"));
    QCOMPARE(atlasFilesHash(), before);
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
}

WikidataDialog *tst_WikidataWindow::fetchWorld()
{
    WikidataDialog *dialog = openFromMenu();
    if (!dialog)
        return nullptr;
    useServer(dialog);
    dialog->worldButton()->setChecked(true);
    QTest::mouseClick(dialog->getButton(), Qt::LeftButton);
    dialog->runner()->waitForFinished();
    QCoreApplication::processEvents();
    return dialog->step() == WikidataDialog::Step::Review ? dialog : nullptr;
}

qint64 tst_WikidataWindow::partnershipBetween(const QString &uidA, const QString &uidB)
{
    QSqlQuery q(m_atlas.connection());
    q.prepare(QStringLiteral("SELECT t.id FROM partnerships t JOIN places a ON a.id = t.place_a"
                             " JOIN places b ON b.id = t.place_b WHERE (a.uid = ? AND b.uid = ?) OR (a.uid = ? AND b.uid = ?)"));
    for (const QString &uid : {uidA, uidB, uidB, uidA})
        q.addBindValue(uid);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

void tst_WikidataWindow::secondFetchShowsWhatChanged()
{
    QVERIFY(m_server.start(QStringLiteral("twinnings.ttl")));
    WikidataDialog *first = fetchWorld();
    QVERIFY(first);
    QVERIFY(first->commit());
    // The user dates Toruń–Göttingen otherwise, in the window.
    AtlasEdits *edits = m_window->editing()->edits();
    const qint64 torunGoettingen = partnershipBetween(QStringLiteral("gn:3083271"), QStringLiteral("gn:2918632"));
    const AtlasReader reader(m_atlas.connection());
    PartnershipRow row = *RowStore(m_atlas.connection()).partnership(torunGoettingen);
    row.startDate = QStringLiteral("1979");
    QVector<SourceRow> cited;
    for (const SourceRecord &s : reader.sourcesOfPartnership(torunGoettingen)) {
        SourceRow source;
        source.id = s.id;
        cited << source;
    }
    QVERIFY(edits->editPartnership(row, cited).ok);

    QVERIFY(m_server.start(QStringLiteral("twinnings-changed.ttl")));
    WikidataDialog *second = fetchWorld();
    QVERIFY(second);
    QStringList groups;
    for (int i = 0; i < second->changesView()->topLevelItemCount(); ++i)
        groups << second->changesView()->topLevelItem(i)->text(0);
    QCOMPARE(groups, (QStringList{"New (1)", "Dates changed in Wikidata (1)", "Kept as in your atlas (1)",
                                  "No longer in Wikidata: tick those to remove (1)"}));
    QTreeWidgetItem *changed = second->changesView()->topLevelItem(1)->child(0);
    QCOMPARE(changed->text(0), QStringLiteral("Toruń – Leiden"));
    QCOMPARE(changed->text(1), QStringLiteral("since 21 April 1989, was since 1991"));
    QTreeWidgetItem *kept = second->changesView()->topLevelItem(2)->child(0);
    QCOMPARE(kept->text(0), QStringLiteral("Toruń – Göttingen"));
    QVERIFY2(kept->text(1).contains(QLatin1String("1979")), qPrintable(kept->text(1)));
    QTreeWidgetItem *gone = second->changesView()->topLevelItem(3)->child(0);
    QCOMPARE(gone->checkState(0), Qt::Unchecked); // never removed unless the user says so
    screenshot(second, QStringLiteral("wikidata-second-review.png"));
    QVERIFY(second->commit());
    QCOMPARE(RowStore(m_atlas.connection()).partnership(torunGoettingen)->startDate, QStringLiteral("1979"));

    // The detail pane says that Wikidata no longer lists it.
    const qint64 springfield = partnershipBetween(QStringLiteral("gn:4250542"), QStringLiteral("gn:1865005"));
    QVERIFY(springfield);
    AtlasSelection *selection = m_window->findChild<AtlasSelection *>();
    selection->selectPlace(reader.placeByUid(QStringLiteral("gn:4250542"))->id);
    selection->selectPartnership(springfield);
    QCoreApplication::processEvents();
    auto *note = m_window->findChild<QLabel *>(QStringLiteral("wikidataNote"));
    QVERIFY(note);
    QVERIFY(note->isVisibleTo(m_window.get()));
    QVERIFY2(note->text().startsWith(QLatin1String("Wikidata no longer lists this twinning (noticed on ")),
             qPrintable(note->text()));
    screenshot(m_window.get(), QStringLiteral("wikidata-detail-gone.png"));
    while (edits->canUndo())
        edits->undo();
}

void tst_WikidataWindow::weeklyCheckAtStart()
{
    WikidataActions *actions = m_window->editing()->wikidataActions();
    // Off unless the user turns it on.
    QVERIFY(!WikidataSettings::weeklyCheck());
    WikidataSettings::setLastFetch(QDate::currentDate().addDays(-8), QStringLiteral("country:PL"));
    QVERIFY(!actions->checkAtStart());
    QVERIFY(m_server.start(QStringLiteral("twinnings.ttl")));
    WikidataSettings::setEndpoint(m_server.endpoint());
    WikidataSettings::setWeeklyCheck(true);
    WikidataSettings::setLastFetch(QDate::currentDate().addDays(-3), QStringLiteral("country:PL"));
    QVERIFY(!actions->checkAtStart()); // not yet a week
    WikidataSettings::setLastFetch(QDate::currentDate().addDays(-7), QStringLiteral("country:PL"));
    WikidataDialog *dialog = actions->checkAtStart();
    QVERIFY(dialog);
    QCOMPARE(dialog->scope().key(), QStringLiteral("country:PL"));
    QCOMPARE(dialog->step(), WikidataDialog::Step::Working);
    dialog->runner()->waitForFinished();
    QCoreApplication::processEvents();
    QCOMPARE(dialog->step(), WikidataDialog::Step::Review);
    QCOMPARE(m_server.keysAsked(), QStringList{QStringLiteral("PL")});
    dialog->reject();
    WikidataSettings::setWeeklyCheck(false);
    WikidataSettings::setEndpoint(QUrl());
}

QTEST_MAIN(tst_WikidataWindow)
#include "tst_wikidatawindow.moc"
