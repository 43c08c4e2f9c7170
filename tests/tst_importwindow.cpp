// SPDX-License-Identifier: GPL-3.0-or-later
// Importing from the window as a user does: a list pasted for Düsseldorf and a Wikidata CSV
// file go through the import dialog (source, format and columns, resolving off the UI thread,
// review), a doubtful name is settled by choosing a candidate, another by typing coordinates,
// a third skipped; Import writes it all as one step, the city list and the map show it, and one
// undo takes it all back. A hostile file is refused with its file:line:column, and Cancel while
// the gazetteer loads or while names are resolved leaves the atlas file byte-identical.
// With TWINATLAS_SCREENSHOTS set to a folder, the steps are saved there as PNG.
#include "atlasediting.h"
#include "atlasedits.h"
#include "atlasselection.h"
#include "candidatemarkeroverlay.h"
#include "citylistpane.h"
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "importactions.h"
#include "importdialog.h"
#include "importpreviewpage.h"
#include "importreviewfiltermodel.h"
#include "importreviewmodel.h"
#include "importreviewpage.h"
#include "importrunner.h"
#include "importsourcepage.h"
#include "mainwindow.h"
#include "mapview.h"
#include "placefield.h"
#include "placelistmodel.h"
#include "render/basemap.h"
#include "render/mapnetwork.h"
#include "testatlas.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace twinatlas;
using namespace twinatlas::testing;

class tst_ImportWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void pastedListIsReviewedCommittedAndUndone();
    void wikidataFileGoesThroughTheColumns();
    void wikidataJsonCreatesAMissingPlace();
    void hostileFileNamesLineAndColumn();
    void cancelLeavesAtlasByteIdentical_data();
    void cancelLeavesAtlasByteIdentical();

private:
    ImportDialog *openDialog(const char *action);
    /** Waits for the worker's run to end and the dialog to show its outcome. */
    static bool settle(ImportDialog *dialog);
    qint64 placeId(const QString &uid);
    qint64 partnershipBetween(qint64 a, qint64 b);
    /** The number of rows of every table, to compare before and after. */
    QMap<QString, int> tableCounts();
    QByteArray atlasFilesHash() const;
    void screenshot(QWidget *widget, const QString &name) const;

    QTemporaryDir m_dir;
    QString m_copy;
    AtlasDatabase m_atlas;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_duesseldorf = 0;
};

void tst_ImportWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_copy = m_dir.filePath(QStringLiteral("atlas.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TWINATLAS_BUNDLED_DB), m_copy));
    QFile(m_copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY2(m_atlas.open(m_copy), qPrintable(m_atlas.errorString()));
    m_duesseldorf = placeId(QStringLiteral("gn:2934246"));
    QVERIFY(m_duesseldorf != 0);

    auto baseMap = std::make_shared<BaseMap>();
    QVERIFY2(baseMap->open(QStringLiteral(TWINATLAS_BASEMAP)), qPrintable(baseMap->errorString()));
    m_window = std::make_unique<MainWindow>(m_atlas);
    m_window->setBaseMap(baseMap);
    m_window->setNetwork(MapNetwork::fromAtlas(AtlasReader(m_atlas.connection())));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_ImportWindow::cleanupTestCase()
{
    m_window.reset();
}

void tst_ImportWindow::init()
{
    // A dialog a failed test left open would be found by the next one.
    qDeleteAll(m_window->findChildren<ImportDialog *>());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_window->selection()->clear();
}

ImportDialog *tst_ImportWindow::openDialog(const char *action)
{
    // The action as the user finds it: in the File or the Edit menu.
    QAction *a = nullptr;
    for (QAction *menuAction : m_window->menuBar()->actions())
        if (QMenu *menu = menuAction->menu())
            for (QAction *item : menu->actions())
                if (item->objectName() == QLatin1String(action))
                    a = item;
    if (!a || !a->isEnabled())
        return nullptr;
    a->trigger();
    for (ImportDialog *dialog : m_window->findChildren<ImportDialog *>())
        if (dialog->isVisible())
            return dialog;
    return nullptr;
}

bool tst_ImportWindow::settle(ImportDialog *dialog)
{
    dialog->runner()->waitForFinished();
    QCoreApplication::processEvents();
    return dialog->step() != ImportDialog::Step::Working;
}

qint64 tst_ImportWindow::placeId(const QString &uid)
{
    const auto place = AtlasReader(m_atlas.connection()).placeByUid(uid);
    return place ? place->id : 0;
}

qint64 tst_ImportWindow::partnershipBetween(qint64 a, qint64 b)
{
    for (const PartnerEntry &e : AtlasReader(m_atlas.connection()).partnersOf(a))
        if (e.partner.id == b)
            return e.partnership.id;
    return 0;
}

QMap<QString, int> tst_ImportWindow::tableCounts()
{
    QMap<QString, int> counts;
    QSqlQuery tables(m_atlas.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &name : std::as_const(names)) {
        QSqlQuery q(m_atlas.connection());
        q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name));
        counts.insert(name, q.next() ? q.value(0).toInt() : -1);
    }
    return counts;
}

QByteArray tst_ImportWindow::atlasFilesHash() const
{
    // The window keeps the atlas open in WAL mode: what is written is in the -wal file first.
    return fileHash(m_copy) + fileHash(m_copy + QStringLiteral("-wal"));
}

void tst_ImportWindow::screenshot(QWidget *widget, const QString &name) const
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

void tst_ImportWindow::pastedListIsReviewedCommittedAndUndone()
{
    const qint64 puntaArenas = placeId(QStringLiteral("gn:3874787"));
    const qint64 akureyri = placeId(QStringLiteral("gn:2633274"));
    QVERIFY(puntaArenas && akureyri);
    QVERIFY(!partnershipBetween(m_duesseldorf, puntaArenas));
    const QMap<QString, int> before = tableCounts();
    QUndoStack *history = m_window->editing()->edits()->history();
    const int steps = history->index();

    // Edit → Paste list of twins… with Düsseldorf selected: the list is Düsseldorf's.
    m_window->selection()->selectPlace(m_duesseldorf);
    ImportDialog *dialog = openDialog("pasteTwinsAction");
    QVERIFY(dialog);
    ImportSourcePage *source = dialog->sourcePage();
    QVERIFY(source->isPaste());
    QCOMPARE(source->homePlaceId(), m_duesseldorf);
    QVERIFY(!dialog->nextButton()->isEnabled());
    source->pasteEdit()->setPlainText(QStringLiteral("Our twin towns:\n"
                                                     "* Punta Arenas (Chile), since 1996\n"
                                                     "* Akureyri, Iceland\n"
                                                     "* Springfield, USA\n"
                                                     "* Sarajevo (Croatia)\n"
                                                     "* Qwxzvilleburg\n"));
    QVERIFY(dialog->nextButton()->isEnabled());
    screenshot(dialog, QStringLiteral("importui-source.png"));
    QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
    QVERIFY(settle(dialog));
    QCOMPARE(dialog->step(), ImportDialog::Step::Preview);
    ImportPreviewPage *preview = dialog->previewPage();
    QCOMPARE(ImportFormat(preview->formatBox()->currentData().toInt()), ImportFormat::Paste);
    QCOMPARE(preview->table()->rowCount(), 5);
    QCOMPARE(preview->table()->item(0, 0)->text(), QStringLiteral("Punta Arenas"));
    QCOMPARE(preview->table()->item(0, 4)->text(), QStringLiteral("1996"));

    // Resolved off the UI thread, then every row in the review.
    QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
    QVERIFY(settle(dialog));
    QVERIFY2(dialog->step() == ImportDialog::Step::Review,
             qPrintable(QString::number(int(dialog->step())) + preview->errorLabel()->text()
                        + source->errorLabel()->text()));
    ImportReviewPage *review = dialog->reviewPage();
    ImportReviewModel *model = review->model();
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->rowResult(0), ImportPlan::RowResult::Imported);
    QCOMPARE(model->rowResult(1), ImportPlan::RowResult::Imported);
    QCOMPARE(model->rowResult(2), ImportPlan::RowResult::Doubtful);
    QCOMPARE(model->rowResult(3), ImportPlan::RowResult::Doubtful);
    QCOMPARE(model->rowResult(4), ImportPlan::RowResult::Unresolved);
    const QString punta = model->index(0, ImportReviewModel::PartnerResolvedColumn).data().toString();
    QVERIFY2(punta.contains(QLatin1String("Punta Arenas")), qPrintable(punta));
    // The filter leaves what waits for a decision; the review starts at the first of them.
    review->onlyDoubtfulBox()->setChecked(true);
    QCOMPARE(review->filterModel()->rowCount(), 3);
    const ImportPlan *plan = model->plan();
    QCOMPARE(review->currentReference(), plan->partnerReferenceOf(2));

    // Springfield: its candidates listed, the one chosen is shown in the window, then taken.
    QListWidget *candidates = review->candidateList();
    QVERIFY2(candidates->count() >= 2, qPrintable(QString::number(candidates->count())));
    candidates->setCurrentRow(1);
    const qint64 springfield = plan->index().place(candidates->item(1)->data(Qt::UserRole).toInt()).id;
    QCOMPARE(m_window->selection()->placeId(), springfield);
    // Every candidate marked on the map, numbered as listed, the highlighted one in view with
    // the marker's colour on its disc: most have no partnerships, so the network lacks them.
    auto *marks = m_window->mapView()->findChild<CandidateMarkerOverlay *>();
    QVERIFY(marks && marks->isVisible());
    QCOMPARE(marks->markers().size(), candidates->count());
    QCOMPARE(marks->current(), 1);
    const LonLat chosen = plan->index().place(candidates->item(1)->data(Qt::UserRole).toInt()).position;
    QCOMPARE(marks->markers().at(1).position.lon, chosen.lon);
    const auto markAt = marks->markerCenter(1);
    QVERIFY(markAt && m_window->mapView()->rect().contains(markAt->toPoint()));
    const QImage drawn = m_window->mapView()->grab().toImage();
    // Inside the disc, left of the number written on it.
    const QPointF inDisc = *markAt + QPointF(-6.0, 0.0);
    const QColor atMark = drawn.pixelColor((inDisc * drawn.devicePixelRatio()).toPoint());
    QVERIFY2(qAbs(atMark.red() - CandidateMarkerOverlay::markerColor().red()) < 40
                     && qAbs(atMark.blue() - CandidateMarkerOverlay::markerColor().blue()) < 40,
             qPrintable(atMark.name()));
    screenshot(dialog, QStringLiteral("importui-review.png"));
    screenshot(m_window.get(), QStringLiteral("importui-window-candidate.png"));
    QTest::mouseClick(review->chooseButton(), Qt::LeftButton);
    QCOMPARE(model->rowResult(2), ImportPlan::RowResult::Imported);
    QCOMPARE(review->filterModel()->rowCount(), 2);

    // Sarajevo is not in Croatia: skipped. The unknown name: placed at typed coordinates.
    QVERIFY(review->selectRecord(3));
    QCOMPARE(review->currentReference(), plan->partnerReferenceOf(3));
    QTest::mouseClick(review->skipButton(), Qt::LeftButton);
    QCOMPARE(model->rowResult(3), ImportPlan::RowResult::Skipped);
    QVERIFY(review->selectRecord(4));
    review->coordinatesEdit()->setText(QStringLiteral("123, 20"));
    QVERIFY(!review->placeAtTypedCoordinates());
    review->coordinatesEdit()->setText(QStringLiteral("10.5, 20.5"));
    QTest::mouseClick(review->createButton(), Qt::LeftButton);
    QCOMPARE(model->rowResult(4), ImportPlan::RowResult::Imported);
    QCOMPARE(review->filterModel()->rowCount(), 0);
    review->onlyDoubtfulBox()->setChecked(false);
    QCOMPARE(review->filterModel()->rowCount(), 5);
    QVERIFY(review->summaryText().contains(QLatin1String("4 partnerships to import")));
    screenshot(dialog, QStringLiteral("importui-review-decided.png"));

    // The report: every row and what became of it.
    const QString report = m_dir.filePath(QStringLiteral("report.csv"));
    QString error;
    QVERIFY2(dialog->saveReport(report, &error), qPrintable(error));
    QFile reportFile(report);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QStringList reportLines
            = QString::fromUtf8(reportFile.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(reportLines.size(), 1 + 5);
    QVERIFY(reportLines.at(4).contains(QLatin1String(",skipped,")));

    // One step writes it all; the list, the map and the history show it.
    QVERIFY(dialog->importButton()->isEnabled());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QTRY_VERIFY(!marks->isVisible()); // the marks go with the dialog
    QCOMPARE(history->index(), steps + 1);
    QCOMPARE(history->text(history->index() - 1), QStringLiteral("Import 4 partnerships from pasted list"));
    const qint64 toPunta = partnershipBetween(m_duesseldorf, puntaArenas);
    QVERIFY(toPunta);
    QCOMPARE(AtlasReader(m_atlas.connection()).partnership(toPunta)->startDate, QStringLiteral("1996"));
    QVERIFY(partnershipBetween(m_duesseldorf, akureyri));
    QVERIFY(partnershipBetween(m_duesseldorf, springfield));
    QSqlQuery q(m_atlas.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, lat, lon FROM places WHERE name = 'Qwxzvilleburg'")));
    QVERIFY(q.next());
    const qint64 created = q.value(0).toLongLong();
    QCOMPARE(q.value(1).toDouble(), 10.5);
    QCOMPARE(q.value(2).toDouble(), 20.5);
    QVERIFY(partnershipBetween(m_duesseldorf, created));
    // The city list lists the new place and the partners that had none.
    QVERIFY(m_window->cityList()->placeModel()->indexOfPlace(created).isValid());
    QVERIFY(m_window->cityList()->placeModel()->indexOfPlace(puntaArenas).isValid());
    // The map's network may be rebuilt on a worker.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->mapView()->network()->indexOfLink(toPunta) >= 0, 10000);

    // One undo takes the whole import back.
    m_window->editing()->edits()->undo();
    QCOMPARE(tableCounts(), before);
    QVERIFY(!partnershipBetween(m_duesseldorf, puntaArenas));
    QVERIFY(!partnershipBetween(m_duesseldorf, springfield));
    QVERIFY(!AtlasReader(m_atlas.connection()).place(created));
    QVERIFY(!m_window->cityList()->placeModel()->indexOfPlace(created).isValid());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->mapView()->network()->indexOfLink(toPunta) < 0, 10000);
    // And redone.
    m_window->editing()->edits()->redo();
    QVERIFY(partnershipBetween(m_duesseldorf, puntaArenas));
    m_window->editing()->edits()->undo();
    QCOMPARE(tableCounts(), before);
}

void tst_ImportWindow::wikidataFileGoesThroughTheColumns()
{
    const QMap<QString, int> before = tableCounts();
    ImportDialog *dialog = openDialog("importAction");
    QVERIFY(dialog);
    QVERIFY(!dialog->sourcePage()->isPaste());
    dialog->sourcePage()->setFilePath(QStringLiteral(TWINATLAS_TEST_DATA "/io/wikidata-twins.csv"));
    dialog->next();
    QVERIFY(settle(dialog));
    QCOMPARE(dialog->step(), ImportDialog::Step::Preview);
    ImportPreviewPage *preview = dialog->previewPage();
    QCOMPARE(ImportFormat(preview->formatBox()->currentData().toInt()), ImportFormat::WikidataCsv);
    QCOMPARE(TextDecoder::Encoding(preview->encodingBox()->currentData().toInt()), TextDecoder::Encoding::Utf8);
    QCOMPARE(preview->delimiterBox()->currentData().toString(), QStringLiteral(","));
    QVERIFY(preview->headerBox()->isChecked());
    // Another delimiter reads the file again: one column, nothing to import, and said so.
    preview->delimiterBox()->setCurrentIndex(preview->delimiterBox()->findData(QStringLiteral(";")));
    QVERIFY(settle(dialog));
    QCOMPARE(dialog->step(), ImportDialog::Step::Preview);
    QCOMPARE(preview->delimiterBox()->currentData().toString(), QStringLiteral(";"));
    QCOMPARE(preview->table()->columnCount(), 1);
    QVERIFY(preview->errorLabel()->isVisible());
    QVERIFY(!dialog->nextButton()->isEnabled());
    preview->delimiterBox()->setCurrentIndex(preview->delimiterBox()->findData(QStringLiteral(",")));
    QVERIFY(settle(dialog));
    QCOMPARE(preview->table()->columnCount(), 12);
    QVERIFY(!preview->errorLabel()->isVisible());
    QCOMPARE(preview->table()->rowCount(), 1 + 2); // the fields, then the rows
    QCOMPARE(preview->table()->horizontalHeaderItem(1)->text(), QStringLiteral("cityLabel"));
    // The columns as guessed: the entity columns ignored, the labels are the names.
    using Field = ColumnMapping::Field;
    QCOMPARE(Field(preview->fieldBox(0)->currentData().toInt()), Field::Ignore);
    QCOMPARE(Field(preview->fieldBox(1)->currentData().toInt()), Field::Place);
    QCOMPARE(Field(preview->fieldBox(6)->currentData().toInt()), Field::Partner);
    // Taking the partner away leaves nothing to import: said, and Resolve disabled.
    preview->fieldBox(6)->setCurrentIndex(preview->fieldBox(6)->findData(int(Field::Ignore)));
    QVERIFY(preview->errorLabel()->isVisible());
    QVERIFY(!dialog->nextButton()->isEnabled());
    preview->fieldBox(6)->setCurrentIndex(preview->fieldBox(6)->findData(int(Field::Partner)));
    QVERIFY(dialog->nextButton()->isEnabled());
    QVERIFY(!preview->errorLabel()->isVisible());
    // A field is in one column only: giving the place to column 3 takes it from column 2.
    preview->setColumnField(2, Field::Place);
    QCOMPARE(Field(preview->fieldBox(1)->currentData().toInt()), Field::Ignore);
    preview->setColumnField(1, Field::Place);
    preview->setColumnField(2, Field::PlaceCountry);
    // The end dates are not wanted: that column is ignored.
    preview->fieldBox(11)->setCurrentIndex(preview->fieldBox(11)->findData(int(Field::Ignore)));
    QVERIFY(preview->columns().contains(QLatin1String("ignore=12")));
    screenshot(dialog, QStringLiteral("importui-preview.png"));

    dialog->next();
    QVERIFY(settle(dialog));
    QVERIFY2(dialog->step() == ImportDialog::Step::Review, qPrintable(preview->errorLabel()->text()));
    ImportReviewModel *model = dialog->reviewPage()->model();
    QCOMPARE(model->rowCount(), 2);
    // Both pairs are in the atlas already: merged, not doubled.
    QCOMPARE(model->rowResult(0), ImportPlan::RowResult::Duplicate);
    QCOMPARE(model->rowResult(1), ImportPlan::RowResult::Duplicate);
    QVERIFY(model->index(0, ImportReviewModel::HowColumn).data().toString().contains(QLatin1String("GeoNames")));
    dialog->reject();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(tableCounts(), before);
}

void tst_ImportWindow::wikidataJsonCreatesAMissingPlace()
{
    const QMap<QString, int> before = tableCounts();
    QUndoStack *history = m_window->editing()->edits()->history();
    ImportDialog *dialog = openDialog("importAction");
    QVERIFY(dialog);
    dialog->sourcePage()->setFilePath(QStringLiteral(TWINATLAS_TEST_DATA "/io/wikidata-twins.json"));
    dialog->next();
    QVERIFY(settle(dialog));
    QCOMPARE(dialog->step(), ImportDialog::Step::Preview);
    QCOMPARE(ImportFormat(dialog->previewPage()->formatBox()->currentData().toInt()), ImportFormat::WikidataJson);
    QVERIFY(!dialog->previewPage()->delimiterBox()->isEnabled());
    dialog->next();
    QVERIFY(settle(dialog));
    QCOMPARE(dialog->step(), ImportDialog::Step::Review);
    ImportReviewModel *model = dialog->reviewPage()->model();
    // Nailuva is not in the gazetteer: a new place at the file's coordinates.
    int nailuva = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, ImportReviewModel::PartnerColumn).data().toString().contains(QLatin1String("Nailuva")))
            nailuva = r;
    QVERIFY(nailuva >= 0);
    const QString found = model->index(nailuva, ImportReviewModel::PartnerResolvedColumn).data().toString();
    QVERIFY2(found.startsWith(QLatin1String("new place")), qPrintable(found));
    QCOMPARE(model->rowResult(nailuva), ImportPlan::RowResult::Imported);
    const int steps = history->index();
    QVERIFY(dialog->commit());
    QCOMPARE(history->index(), steps + 1);
    QSqlQuery q(m_atlas.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM places WHERE name = 'Nailuva'")));
    QVERIFY(q.next());
    const qint64 created = q.value(0).toLongLong();
    QCOMPARE(AtlasReader(m_atlas.connection()).partnersOf(created).size(), 1);
    QVERIFY(tableCounts() != before);
    m_window->editing()->edits()->undo();
    QCOMPARE(history->index(), steps);
    QCOMPARE(tableCounts(), before);
    QVERIFY(!AtlasReader(m_atlas.connection()).place(created));
}

void tst_ImportWindow::hostileFileNamesLineAndColumn()
{
    const QByteArray before = atlasFilesHash();
    ImportDialog *dialog = openDialog("importAction");
    QVERIFY(dialog);
    dialog->sourcePage()->setFilePath(QStringLiteral(TWINATLAS_TEST_DATA "/io/hostile-coordinates.csv"));
    dialog->next();
    QVERIFY(settle(dialog));
    QCOMPARE(dialog->step(), ImportDialog::Step::Source);
    QLabel *error = dialog->sourcePage()->errorLabel();
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("hostile-coordinates.csv:3:10: coordinates out of range")),
             qPrintable(error->text()));
    // A file that is not there says so too.
    dialog->sourcePage()->setFilePath(m_dir.filePath(QStringLiteral("missing.csv")));
    dialog->next();
    QVERIFY(settle(dialog));
    QVERIFY2(error->text().contains(QLatin1String("missing.csv")), qPrintable(error->text()));
    dialog->reject();
    QCOMPARE(atlasFilesHash(), before);
}

void tst_ImportWindow::cancelLeavesAtlasByteIdentical_data()
{
    QTest::addColumn<int>("stage");
    QTest::newRow("while loading the gazetteer") << int(ImportJob::Stage::Loading);
    QTest::newRow("while resolving") << int(ImportJob::Stage::Resolving);
}

void tst_ImportWindow::cancelLeavesAtlasByteIdentical()
{
    QFETCH(int, stage);
    const QByteArray before = atlasFilesHash();
    const QMap<QString, int> counts = tableCounts();
    const int steps = m_window->editing()->edits()->history()->count();
    ImportDialog *dialog = openDialog("importAction");
    QVERIFY(dialog);
    // Names the gazetteer lacks are the slowest to resolve (each is looked for as a typo).
    QString list = QStringLiteral("place,partner\n");
    for (int i = 0; i < 3000; ++i)
        list += QStringLiteral("Düsseldorf,Qwx%1zvillebrook\n").arg(i);
    const QString path = m_dir.filePath(QStringLiteral("many.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(list.toUtf8());
    file.close();
    dialog->sourcePage()->setFilePath(path);
    bool cancelled = false;
    connect(dialog->runner(), &ImportRunner::progress, dialog, [&](int s) {
        if (s == stage && !cancelled) {
            cancelled = true;
            QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        }
    });
    dialog->next();
    if (stage == int(ImportJob::Stage::Resolving)) {
        QVERIFY(settle(dialog));
        QCOMPARE(dialog->step(), ImportDialog::Step::Preview);
        dialog->next();
    }
    QCOMPARE(dialog->step(), ImportDialog::Step::Working);
    QVERIFY(settle(dialog));
    QVERIFY(cancelled);
    QVERIFY2(dialog->runner()->wasCancelled(), qPrintable(QString::number(int(dialog->step()))));
    QVERIFY(dialog->isVisible()); // Cancel stops the work, not the dialog
    QLabel *error = stage == int(ImportJob::Stage::Loading) ? dialog->sourcePage()->errorLabel()
                                                            : dialog->previewPage()->errorLabel();
    QCOMPARE(dialog->step(), stage == int(ImportJob::Stage::Loading) ? ImportDialog::Step::Source
                                                                     : ImportDialog::Step::Preview);
    QVERIFY2(error->text().contains(QLatin1String("cancelled")), qPrintable(error->text()));
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(m_window->editing()->edits()->history()->count(), steps);
    QCOMPARE(tableCounts(), counts);
    QCOMPARE(atlasFilesHash(), before);
}

QTEST_MAIN(tst_ImportWindow)
#include "tst_importwindow.moc"
