// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the atlas from the window as a user does: adding a partnership through its form puts
// its line on the map and its row in the detail pane, and Ctrl+Z takes both away; the forms say
// what is wrong beside the field and keep OK disabled; events are added from the timeline; a
// second Twinatlas on the same atlas is read-only and says so; the postcard checklist counts,
// marks the map and exports CSV. With TWINATLAS_SCREENSHOTS set to a folder, the forms and the
// timeline are saved there as PNG.
#include "atlasediting.h"
#include "atlasedits.h"
#include "atlasselection.h"
#include "backupactions.h"
#include "cardmarkeroverlay.h"
#include "checklistmodel.h"
#include "checklistpane.h"
#include "citylistpane.h"
#include "datefield.h"
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "detailpane.h"
#include "editactions.h"
#include "eventdialog.h"
#include "geo/geodesy.h"
#include "mainwindow.h"
#include "mappickmode.h"
#include "mapview.h"
#include "networkupdater.h"
#include "partnerlistmodel.h"
#include "partnershipdialog.h"
#include "placedialog.h"
#include "placefield.h"
#include "placelistmodel.h"
#include "render/basemap.h"
#include "render/mapnetwork.h"
#include "render/maprenderer.h"
#include "searchresultmodel.h"
#include "sourcelisteditor.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace twinatlas;

class tst_EditWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void addPartnershipThenUndo();
    void partnershipFormShowsProblems_data();
    void partnershipFormShowsProblems();
    void placeFormShowsProblems_data();
    void placeFormShowsProblems();
    void eventFormNeedsADate();
    void partnerCanBeClickedOnTheMap();
    void eventIsAddedFromTheTimeline();
    void endingAddsTheEventToTheHistory();
    void secondInstanceIsReadOnly();
    void checklistMarksACardReceived();
    void restoreBringsBackTheBackup();

private:
    template<class Dialog>
    Dialog *openDialog() const;
    qint64 placeId(const QString &uid);
    /** The network the map shows now, drawn by the renderer (no base map) for viewport. */
    QImage renderNetwork(const MapViewport &viewport) const;
    static int differingPixels(const QImage &a, const QImage &b, QPoint around, int radius);
    void screenshot(QWidget *widget, const QString &name) const;
    void selectPartnership(qint64 placeId, qint64 partnerId);

    QTemporaryDir m_dir;
    QString m_copy;
    AtlasDatabase m_atlas;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_duesseldorf = 0;
    qint64 m_reading = 0;
};

void tst_EditWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_copy = m_dir.filePath(QStringLiteral("atlas.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TWINATLAS_BUNDLED_DB), m_copy));
    QFile(m_copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY2(m_atlas.open(m_copy), qPrintable(m_atlas.errorString()));
    m_duesseldorf = placeId(QStringLiteral("gn:2934246"));
    m_reading = placeId(QStringLiteral("gn:2639577"));
    QVERIFY(m_duesseldorf != 0 && m_reading != 0);

    auto baseMap = std::make_shared<BaseMap>();
    QVERIFY2(baseMap->open(QStringLiteral(TWINATLAS_BASEMAP)), qPrintable(baseMap->errorString()));
    m_window = std::make_unique<MainWindow>(m_atlas);
    m_window->setBaseMap(baseMap);
    m_window->setNetwork(MapNetwork::fromAtlas(AtlasReader(m_atlas.connection())));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_EditWindow::cleanupTestCase()
{
    m_window.reset();
}

void tst_EditWindow::init()
{
    // Forms of an earlier test that were closed are deleted later; let that happen now.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_window->selection()->clear();
    m_window->mapView()->showWholeWorld();
}

qint64 tst_EditWindow::placeId(const QString &uid)
{
    const auto place = AtlasReader(m_atlas.connection()).placeByUid(uid);
    return place ? place->id : 0;
}

template<class Dialog>
Dialog *tst_EditWindow::openDialog() const
{
    for (Dialog *dialog : m_window->findChildren<Dialog *>())
        if (dialog->isVisible())
            return dialog;
    return nullptr;
}

QImage tst_EditWindow::renderNetwork(const MapViewport &viewport) const
{
    MapRenderer renderer;
    renderer.setNetwork(m_window->mapView()->network());
    QImage image(viewport.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(painter, viewport, MapRenderState{});
    return image;
}

int tst_EditWindow::differingPixels(const QImage &a, const QImage &b, QPoint around, int radius)
{
    int count = 0;
    for (int y = around.y() - radius; y <= around.y() + radius; ++y)
        for (int x = around.x() - radius; x <= around.x() + radius; ++x)
            if (a.valid(x, y) && a.pixel(x, y) != b.pixel(x, y))
                ++count;
    return count;
}

void tst_EditWindow::screenshot(QWidget *widget, const QString &name) const
{
    const QString folder = qEnvironmentVariable("TWINATLAS_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    // Layouts settle in chains of posted events, as they would between a user's keystrokes.
    for (int pass = 0; pass < 4; ++pass) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
    }
    QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
}

void tst_EditWindow::selectPartnership(qint64 place, qint64 partner)
{
    m_window->selection()->selectPlace(place);
    for (const PartnerEntry &entry : AtlasReader(m_atlas.connection()).partnersOf(place))
        if (entry.partner.id == partner)
            m_window->selection()->selectPartnership(entry.partnership.id);
    QVERIFY(m_window->selection()->partnershipId() != 0);
}

void tst_EditWindow::addPartnershipThenUndo()
{
    const qint64 akureyri = placeId(QStringLiteral("gn:2633274"));
    const qint64 puntaArenas = placeId(QStringLiteral("gn:3874787"));
    QVERIFY(akureyri != 0 && puntaArenas != 0);
    MapView *map = m_window->mapView();
    const AtlasReader reader(m_atlas.connection());
    const LonLat middle = Geodesy::midpoint(reader.place(akureyri)->position,
                                            reader.place(puntaArenas)->position);
    // The view as it is now: the docks may change its size as the panes fill, and what is
    // compared is the network drawn, not where the view happens to be.
    const MapViewport viewport = map->viewport();
    const auto onScreen = viewport.toScreen(middle);
    QVERIFY(onScreen && map->rect().contains(onScreen->toPoint()));
    const QPoint mid = onScreen->toPoint();
    const QImage before = renderNetwork(viewport);
    const int linksBefore = int(map->network()->links().size());

    // The button beside the place, with the place filled in.
    m_window->selection()->selectPlace(akureyri);
    auto *button = m_window->detailPane()->findChild<QPushButton *>(
            QStringLiteral("addPartnershipActionButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible() && button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Add partnership…"));
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = openDialog<PartnershipDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->placeField()->placeId(), akureyri);
    QVERIFY(!dialog->okButton()->isEnabled());

    // The partner found as in the city list: typed, then the first match.
    QTest::keyClicks(dialog->partnerField()->lineEdit(), QStringLiteral("punta aren"));
    QVERIFY(dialog->partnerField()->matches()->rowCount() > 0);
    QVERIFY(dialog->partnerField()->chooseFirstMatch());
    QCOMPARE(dialog->partnerField()->placeId(), puntaArenas);
    dialog->kindBox()->setCurrentIndex(
            dialog->kindBox()->findData(QStringLiteral("friendship_city")));
    dialog->startField()->setText(QStringLiteral("1996-05"));
    dialog->noteEdit()->setPlainText(QStringLiteral("Two ports near the ends of the Atlantic"));
    QVERIFY(!dialog->okButton()->isEnabled()); // no source yet
    dialog->sourceEditor()->setNewSource(QStringLiteral("Council minutes 12/1996"),
                                         QStringLiteral("https://example.org/minutes/12-1996"));
    QVERIFY2(dialog->okButton()->isEnabled(),
             qPrintable(dialog->problemText(QStringLiteral("url"))));
    screenshot(dialog, QStringLiteral("partnership-dialog.png"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());

    // In the atlas, on the map, in the detail pane.
    qint64 added = 0;
    for (const PartnerEntry &e : reader.partnersOf(akureyri))
        if (e.partner.id == puntaArenas)
            added = e.partnership.id;
    QVERIFY(added != 0);
    QCOMPARE(reader.partnership(added)->startDate, QStringLiteral("1996-05"));
    QCOMPARE(reader.sourcesOfPartnership(added).size(), 1);
    QCOMPARE(map->network()->links().size(), linksBefore + 1);
    QVERIFY(map->network()->indexOfLink(added) >= 0);
    const QImage with = renderNetwork(viewport);
    QVERIFY2(differingPixels(before, with, mid, 3) > 0, "no line at the geodesic's midpoint");
    QCOMPARE(m_window->selection()->placeId(), akureyri);
    QCOMPARE(m_window->selection()->partnershipId(), added);
    DetailPane *pane = m_window->detailPane();
    QVERIFY(pane->partnerModel()->indexOfPartnership(added).isValid());
    QVERIFY2(pane->partnershipProvenance().startsWith(QLatin1String("Added by you on")),
             qPrintable(pane->partnershipProvenance()));
    QVERIFY(m_window->editing()->edits()->canUndo());

    // Ctrl+Z, wherever the focus is, once the window is active again after the form.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    map->setFocus();
    QTest::keyClick(map, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!reader.partnership(added));
    QCOMPARE(map->network()->links().size(), linksBefore);
    QCOMPARE(map->network()->indexOfLink(added), -1);
    QCOMPARE(differingPixels(before, renderNetwork(viewport), mid, 3), 0);
    QVERIFY(!pane->partnerModel()->indexOfPartnership(added).isValid());
    QCOMPARE(pane->partnerModel()->rowCount(), 0);
    QCOMPARE(m_window->selection()->partnershipId(), qint64(0));

    // And back, with the same id, through Edit → Redo.
    QAction *redo = m_window->findChild<QAction *>(QStringLiteral("redoAction"));
    QVERIFY(redo && redo->isEnabled());
    redo->trigger();
    QVERIFY(reader.partnership(added));
    QVERIFY(map->network()->indexOfLink(added) >= 0);
    QVERIFY(differingPixels(before, renderNetwork(viewport), mid, 3) > 0);
    m_window->editing()->edits()->undo();
}

void tst_EditWindow::partnershipFormShowsProblems_data()
{
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("partner");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("sourceTitle");
    QTest::addColumn<QString>("sourceUrl");
    QTest::addColumn<QString>("sourceDocument");
    QTest::addColumn<QString>("field"); ///< empty: the form is fine
    QTest::addColumn<QString>("message");

    const QString ddorf = QStringLiteral("gn:2934246");
    const QString reading = QStringLiteral("gn:2639577");
    const QString akureyri = QStringLiteral("gn:2633274");
    const QString title = QStringLiteral("Council minutes");
    const QString url = QStringLiteral("https://example.org/minutes");
    QTest::newRow("valid") << ddorf << akureyri << "twin_town"
                           << "1988"
                           << "2001-05" << title << url << ""
                           << ""
                           << "";
    QTest::newRow("end before start") << ddorf << akureyri << "twin_town"
                                      << "1990"
                                      << "1989-05" << title << url << ""
                                      << "end_date"
                                      << "before the start";
    QTest::newRow("end before start, same year") << ddorf << akureyri << "twin_town"
                                                 << "1990-06-02"
                                                 << "1990-06-01" << title << url << ""
                                                 << "end_date"
                                                 << "before the start";
    QTest::newRow("a place with itself") << ddorf << ddorf << "twin_town"
                                         << ""
                                         << "" << title << url << ""
                                         << "place_b"
                                         << "itself";
    QTest::newRow("same pair and kind twice") << ddorf << reading << "sister_city"
                                              << ""
                                              << "" << title << url << ""
                                              << "place_b"
                                              << "already";
    QTest::newRow("same pair twice, other way round") << reading << ddorf << "sister_city"
                                                      << ""
                                                      << "" << title << url << ""
                                                      << "place_b"
                                                      << "already";
    QTest::newRow("malformed start") << ddorf << akureyri << "twin_town"
                                     << "19x8"
                                     << "" << title << url << ""
                                     << "start_date"
                                     << "is not a date";
    QTest::newRow("month 13") << ddorf << akureyri << "twin_town"
                              << "1988-13"
                              << "" << title << url << ""
                              << "start_date"
                              << "no month 13";
    QTest::newRow("30 February") << ddorf << akureyri << "twin_town"
                                 << ""
                                 << "1989-02-30" << title << url << ""
                                 << "end_date"
                                 << "not a day";
    QTest::newRow("ftp source") << ddorf << akureyri << "twin_town"
                                << ""
                                << "" << title << "ftp://example.org/minutes"
                                << ""
                                << "url"
                                << "http or https";
    QTest::newRow("script source") << ddorf << akureyri << "twin_town"
                                   << ""
                                   << "" << title << "javascript:alert(1)"
                                   << ""
                                   << "url"
                                   << "http or https";
    QTest::newRow("neither address nor document") << ddorf << akureyri << "twin_town"
                                                  << ""
                                                  << "" << title << ""
                                                  << ""
                                                  << "url"
                                                  << "name of a document";
    QTest::newRow("source without title") << ddorf << akureyri << "twin_town"
                                          << ""
                                          << ""
                                          << "" << url << ""
                                          << "title"
                                          << "needs a title";
    QTest::newRow("no source at all") << ddorf << akureyri << "twin_town"
                                      << ""
                                      << ""
                                      << ""
                                      << ""
                                      << ""
                                      << "sources"
                                      << "at least one";
}

void tst_EditWindow::partnershipFormShowsProblems()
{
    QFETCH(QString, place);
    QFETCH(QString, partner);
    QFETCH(QString, kind);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, sourceTitle);
    QFETCH(QString, sourceUrl);
    QFETCH(QString, sourceDocument);
    QFETCH(QString, field);
    QFETCH(QString, message);

    m_window->editing()->actions()->addPartnershipAction()->trigger();
    PartnershipDialog *dialog = openDialog<PartnershipDialog>();
    QVERIFY(dialog);
    dialog->placeField()->setPlaceId(placeId(place));
    dialog->partnerField()->setPlaceId(placeId(partner));
    dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(kind));
    dialog->startField()->setText(start);
    dialog->endField()->setText(end);
    dialog->sourceEditor()->setNewSource(sourceTitle, sourceUrl, sourceDocument);
    if (field == QLatin1String("sources")) {
        // Typed and taken back: the user has been there, so the form says what is missing.
        QTest::keyClicks(dialog->sourceEditor()->titleEdit(), QStringLiteral("x"));
        QTest::keyClick(dialog->sourceEditor()->titleEdit(), Qt::Key_Backspace);
    }

    if (field.isEmpty()) {
        QVERIFY2(dialog->okButton()->isEnabled(),
                 qPrintable(dialog->findChild<QLabel *>(QStringLiteral("generalProblem"))->text()));
        for (QLabel *label : dialog->findChildren<QLabel *>())
            if (label->objectName().endsWith(QLatin1String("Problem")))
                QVERIFY2(!label->isVisible(), qPrintable(label->objectName() + label->text()));
    } else {
        const QString shown = dialog->problemText(field);
        QVERIFY2(shown.contains(message), qPrintable(field + QStringLiteral(": ") + shown));
        // Beside its field: the message label sits under that field, and is on screen.
        auto *label = dialog->findChild<QLabel *>(field + QStringLiteral("Problem"));
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), shown);
        if (label->buddy())
            QVERIFY(label->parentWidget()->isAncestorOf(label->buddy()));
        QVERIFY(!dialog->okButton()->isEnabled());
        // OK does nothing while a problem stands.
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        if (QByteArray(QTest::currentDataTag()) == "end before start")
            screenshot(dialog, QStringLiteral("partnership-dialog-problem.png"));
    }
    dialog->reject();
}

void tst_EditWindow::placeFormShowsProblems_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("lat");
    QTest::addColumn<QString>("lon");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("valid") << "Oberkassel"
                           << "DE"
                           << "51.2305"
                           << "6.7501"
                           << ""
                           << "";
    QTest::newRow("latitude out of range") << "Oberkassel"
                                           << "DE"
                                           << "91"
                                           << "6.75"
                                           << "lat"
                                           << "outside −90 to 90";
    QTest::newRow("longitude out of range") << "Oberkassel"
                                            << "DE"
                                            << "51.2"
                                            << "-181"
                                            << "lon"
                                            << "outside −180 to 180";
    QTest::newRow("latitude not a number") << "Oberkassel"
                                           << "DE"
                                           << "north"
                                           << "6.75"
                                           << "lat"
                                           << "not a number";
    QTest::newRow("no country") << "Oberkassel"
                                << ""
                                << "51.2"
                                << "6.75"
                                << "country"
                                << "choose one";
}

void tst_EditWindow::placeFormShowsProblems()
{
    QFETCH(QString, name);
    QFETCH(QString, country);
    QFETCH(QString, lat);
    QFETCH(QString, lon);
    QFETCH(QString, field);
    QFETCH(QString, message);

    m_window->editing()->actions()->addPlaceAction()->trigger();
    PlaceDialog *dialog = openDialog<PlaceDialog>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameEdit(), name);
    dialog->setCountry(country);
    QTest::keyClicks(dialog->latEdit(), lat);
    QTest::keyClicks(dialog->lonEdit(), lon);
    if (field.isEmpty()) {
        QVERIFY(dialog->okButton()->isEnabled());
    } else {
        QVERIFY2(dialog->problemText(field).contains(message),
                 qPrintable(field + QStringLiteral(": ") + dialog->problemText(field)));
        QVERIFY(dialog->findChild<QLabel *>(field + QStringLiteral("Problem"))->isVisible());
        QVERIFY(!dialog->okButton()->isEnabled());
    }
    dialog->reject();
}

void tst_EditWindow::eventFormNeedsADate()
{
    selectPartnership(m_duesseldorf, m_reading);
    m_window->editing()->actions()->addEventAction()->trigger();
    EventDialog *dialog = openDialog<EventDialog>();
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->problemText(QStringLiteral("date")).isEmpty()); // untouched: no complaint
    QTest::keyClicks(dialog->dateField()->lineEdit(), QStringLiteral("2019-13"));
    QVERIFY(dialog->problemText(QStringLiteral("date")).contains(QLatin1String("no month 13")));
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->dateField()->lineEdit()->selectAll();
    QTest::keyClick(dialog->dateField()->lineEdit(), Qt::Key_Backspace);
    QVERIFY(dialog->problemText(QStringLiteral("date"))
                    .contains(QLatin1String("a date is needed")));
    QTest::keyClicks(dialog->dateField()->lineEdit(), QStringLiteral("2019-09"));
    QVERIFY(dialog->problemText(QStringLiteral("date")).isEmpty());
    QCOMPARE(dialog->dateField()->reading(), QStringLiteral("September 2019"));
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->reject();
}

void tst_EditWindow::partnerCanBeClickedOnTheMap()
{
    MapView *map = m_window->mapView();
    const LonLat haifa
            = AtlasReader(m_atlas.connection()).placeByUid(QStringLiteral("gn:294801"))->position;
    map->centerOn(haifa);
    for (int i = 0; i < 4; ++i)
        map->zoomIn();
    map->centerOn(haifa);

    m_window->editing()->actions()->addPartnershipAction()->trigger();
    PartnershipDialog *dialog = openDialog<PartnershipDialog>();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->partnerField()->mapButton(), Qt::LeftButton);
    // The form steps aside while the user clicks the map.
    QVERIFY(!dialog->isVisible());
    QVERIFY(m_window->editing()->pickMode()->isActive());
    const QPoint pos = map->viewport().toScreen(haifa)->toPoint();
    QTest::mouseClick(map, Qt::LeftButton, {}, pos);
    QVERIFY(!m_window->editing()->pickMode()->isActive());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->partnerField()->placeId(), placeId(QStringLiteral("gn:294801")));
    // Picking is not selecting.
    QCOMPARE(m_window->selection()->placeId(), qint64(0));
    dialog->reject();
}

void tst_EditWindow::eventIsAddedFromTheTimeline()
{
    selectPartnership(m_duesseldorf, m_reading);
    DetailPane *pane = m_window->detailPane();
    const int rowsBefore = pane->timelineModel()->rowCount();
    auto *button = pane->findChild<QPushButton *>(QStringLiteral("addEventActionButton"));
    QVERIFY(button && button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    EventDialog *dialog = openDialog<EventDialog>();
    QVERIFY(dialog);
    dialog->typeBox()->setCurrentIndex(dialog->typeBox()->findData(QStringLiteral("exchange")));
    QTest::keyClicks(dialog->dateField()->lineEdit(), QStringLiteral("2023-09"));
    dialog->descriptionEdit()->setPlainText(
            QStringLiteral("Twenty pupils of the Kaiserswerth grammar school spend two weeks "
                           "with families in Reading."));
    dialog->sourceEditor()->setNewSource(QStringLiteral("School newsletter, autumn 2023"),
                                         QString(),
                                         QStringLiteral("Stadtarchiv Düsseldorf 4-2-118"));
    screenshot(dialog, QStringLiteral("event-dialog.png"));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    const TimelineModel *timeline = pane->timelineModel();
    QCOMPARE(timeline->rowCount(), rowsBefore + 1);
    int row = -1;
    for (int i = 0; i < timeline->rowCount(); ++i)
        if (timeline->eventAt(i).type == QLatin1String("exchange")
            && timeline->eventAt(i).date == QLatin1String("2023-09"))
            row = i;
    QVERIFY(row >= 0);
    QVERIFY(pane->timelineView()->descriptionText(row).contains(QLatin1String("Kaiserswerth")));
    QVERIFY2(pane->timelineView()->provenanceText(row).startsWith(QLatin1String("Added by you on")),
             qPrintable(pane->timelineView()->provenanceText(row)));
    QCOMPARE(timeline->eventAt(row).sources.size(), 1);
    m_window->findChild<QDockWidget *>(QStringLiteral("detailDock"))->raise();
    QCoreApplication::processEvents();
    // Scrolled to the new event, at the end of the history.
    for (QScrollArea *scroll : pane->findChildren<QScrollArea *>())
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    screenshot(pane, QStringLiteral("timeline-after-adding-an-event.png"));
    screenshot(m_window.get(), QStringLiteral("window-after-adding-an-event.png"));

    // Remove it again from its own line of the timeline (the link is queued).
    const qint64 id = timeline->eventAt(row).id;
    QSignalSpy removeRequested(pane->timelineView(), &TimelineView::removeRequested);
    QLabel *links = nullptr;
    for (QLabel *label :
         pane->timelineView()->findChildren<QLabel *>(QStringLiteral("timelineProvenance")))
        if (label->text().contains(QLatin1String("Added by you")))
            links = label;
    QVERIFY(links);
    emit links->linkActivated(QStringLiteral("remove"));
    QCOMPARE(removeRequested.count(), 0);
    QCoreApplication::processEvents();
    QCOMPARE(removeRequested.count(), 1);
    QCOMPARE(removeRequested.first().first().toLongLong(), id);
    QCOMPARE(timeline->rowCount(), rowsBefore);
    m_window->editing()->edits()->undo(); // the removal
    QCOMPARE(timeline->rowCount(), rowsBefore + 1);
    m_window->editing()->edits()->undo(); // the addition
    QCOMPARE(timeline->rowCount(), rowsBefore);
}

void tst_EditWindow::endingAddsTheEventToTheHistory()
{
    selectPartnership(m_duesseldorf, m_reading);
    EditActions *actions = m_window->editing()->actions();
    QVERIFY(actions->endAction()->isEnabled());
    QVERIFY(!actions->resumeAction()->isEnabled()); // it is not suspended
    actions->endAction()->trigger();
    EventDialog *dialog = openDialog<EventDialog>();
    QVERIFY(dialog);
    QVERIFY(!dialog->typeBox()->isEnabled());
    QCOMPARE(dialog->row().type, QStringLiteral("ended"));
    dialog->dateField()->setText(QStringLiteral("1940"));
    QVERIFY(dialog->problemText(QStringLiteral("date"))
                    .contains(QLatin1String("cannot end before")));
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->dateField()->setText(QStringLiteral("2024-01"));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    const qint64 id = m_window->selection()->partnershipId();
    const auto p = AtlasReader(m_atlas.connection()).partnership(id);
    QCOMPARE(p->status, QStringLiteral("ended"));
    QCOMPARE(p->endDate, QStringLiteral("2024-01"));
    const TimelineModel *timeline = m_window->detailPane()->timelineModel();
    QCOMPARE(timeline->eventAt(timeline->rowCount() - 1).type, QStringLiteral("ended"));
    QVERIFY(!actions->endAction()->isEnabled());
    QVERIFY(actions->renewAction()->isEnabled());
    const int linkIndex = m_window->mapView()->network()->indexOfLink(id);
    QVERIFY(m_window->mapView()->network()->links().at(linkIndex).isInactive());

    m_window->editing()->edits()->undo();
    QCOMPARE(AtlasReader(m_atlas.connection()).partnership(id)->status, QStringLiteral("active"));
    QVERIFY(timeline->eventAt(timeline->rowCount() - 1).type != QLatin1String("ended"));
}

void tst_EditWindow::secondInstanceIsReadOnly()
{
    const QString shared = m_dir.filePath(QStringLiteral("shared.sqlite"));
    QVERIFY(QFile::copy(m_copy, shared));
    QFile(shared).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    AtlasDatabase first;
    QVERIFY(first.openForEditing(shared));
    QVERIFY(!first.isReadOnly());
    AtlasDatabase second;
    QVERIFY(second.openForEditing(shared));
    QVERIFY(second.isReadOnly());
    const QString reason = second.readOnlyReason();
    QVERIFY(!reason.isEmpty());

    MainWindow window(second);
    window.setReadOnlyReason(reason);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *status = window.findChild<QLabel *>(QStringLiteral("readOnly"));
    QVERIFY(status && status->isVisible());
    QCOMPARE(status->toolTip(), reason);
    // Told once, with the reason.
    QCoreApplication::processEvents(); // it waits for the window to be up
    auto *notice = window.findChild<QMessageBox *>(QStringLiteral("readOnlyNotice"));
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->informativeText(), reason);
    window.setReadOnlyReason(reason);
    QCoreApplication::processEvents();
    QCOMPARE(window.findChildren<QMessageBox *>(QStringLiteral("readOnlyNotice")).size(), 1);

    EditActions *actions = window.editing()->actions();
    for (QAction *action : {actions->addPartnershipAction(), actions->addPlaceAction()})
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    window.selection()->selectPlace(m_duesseldorf);
    for (QAction *action : {actions->editPlaceAction(), actions->removePlaceAction()})
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    auto *button = window.detailPane()->findChild<QPushButton *>(
            QStringLiteral("addPartnershipActionButton"));
    QVERIFY(button && !button->isEnabled());
    QVERIFY(!window.editing()->backupActions()->restoreAction()->isEnabled());
    QVERIFY(!window.editing()->checklistPane()->receivedButton()->isEnabled());
    // Even if something asked, the atlas refuses with the same words.
    PartnershipRow row;
    row.placeA = m_duesseldorf;
    row.placeB = placeId(QStringLiteral("gn:2633274"));
    const ApplyResult refused = window.editing()->edits()->addPartnership(row, {});
    QVERIFY(!refused.ok);
    QCOMPARE(refused.errorString(), reason);
    notice->accept();
}

void tst_EditWindow::checklistMarksACardReceived()
{
    m_window->findChild<QDockWidget *>(QStringLiteral("checklistDock"))->raise();
    m_window->selection()->selectPlace(m_duesseldorf);
    ChecklistPane *pane = m_window->editing()->checklistPane();
    const int total = pane->model()->rowCount();
    QVERIFY(total >= 3);
    QCOMPARE(pane->progressText(), QStringLiteral("0 of %1 twins").arg(total));

    const int row = pane->model()->rowOfPartner(m_reading);
    QVERIFY(row >= 0);
    pane->view()->setCurrentIndex(pane->model()->index(row, 0));
    pane->dateField()->setText(QStringLiteral("2024-05-17"));
    pane->noteEdit()->setText(QStringLiteral("From Anna at the town hall; the Abbey ruins"));
    QVERIFY(pane->receivedButton()->isEnabled());
    QTest::mouseClick(pane->receivedButton(), Qt::LeftButton);

    QCOMPARE(pane->progressText(), QStringLiteral("1 of %1 twins").arg(total));
    QCOMPARE(pane->model()->itemAt(row).state, ChecklistItem::State::Received);
    QCOMPARE(pane->model()->index(row, ChecklistModel::DateColumn).data().toString(),
             QStringLiteral("17 May 2024"));
    const QVector<ChecklistItem> stored
            = AtlasReader(m_atlas.connection()).checklistOf(m_duesseldorf);
    QCOMPARE(stored.at(row).state, ChecklistItem::State::Received);
    QCOMPARE(stored.at(row).receivedDate, QStringLiteral("2024-05-17"));

    // The partner with a card is marked on the map.
    CardMarkerOverlay *markers = m_window->editing()->cardMarkers();
    QCOMPARE(markers->places(), QSet<qint64>{m_reading});
    QVERIFY(markers->isVisible());
    const QPointF center = markers->markerCenter(m_reading);
    QVERIFY(!center.isNull());
    const QImage drawn = markers->grab().toImage();
    int marked = 0;
    for (int y = int(center.y()) - 6; y <= int(center.y()) + 6; ++y)
        for (int x = int(center.x()) - 8; x <= int(center.x()) + 8; ++x)
            if (drawn.valid(x, y) && drawn.pixelColor(x, y) == CardMarkerOverlay::markerColor())
                ++marked;
    QVERIFY2(marked > 0, "no card drawn beside Reading");

    // Exported for a spreadsheet.
    const QString csv = m_dir.filePath(QStringLiteral("postcards.csv"));
    QString error;
    QVERIFY2(pane->exportCsv(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QLatin1String("Reading")));
    QVERIFY(text.contains(QLatin1String("Received")));
    QVERIFY(text.contains(QLatin1String("2024-05-17")));
    QVERIFY(text.contains(QLatin1String("the Abbey ruins")));
    QCOMPARE(text.count(QLatin1String("\r\n")), total + 1);
    screenshot(m_window.get(), QStringLiteral("checklist.png"));

    // One step in the history, undone like any other.
    m_window->editing()->edits()->undo();
    QCOMPARE(pane->progressText(), QStringLiteral("0 of %1 twins").arg(total));
    QVERIFY(markers->places().isEmpty());
    m_window->findChild<QDockWidget *>(QStringLiteral("detailDock"))->raise();
}

void tst_EditWindow::restoreBringsBackTheBackup()
{
    AtlasEditing *editing = m_window->editing();
    const QString backup = m_dir.filePath(QStringLiteral("backup.sqlite"));
    QString error;
    QVERIFY2(editing->backupActions()->backupTo(backup, &error), qPrintable(error));

    // A partnership added after the backup ...
    PartnershipRow row;
    row.placeA = placeId(QStringLiteral("gn:2633274"));
    row.placeB = placeId(QStringLiteral("gn:3833367"));
    row.kind = QStringLiteral("twin_town");
    SourceRow source;
    source.title = QStringLiteral("A letter");
    source.document = QStringLiteral("Letter of 3 March 2026");
    const ApplyResult added = editing->edits()->addPartnership(row, {source});
    QVERIFY2(added.ok, qPrintable(added.errorString()));
    const qint64 id = added.assignedIds.value(AtlasEdits::newRowId);
    selectPartnership(row.placeA, row.placeB);
    MapView *map = m_window->mapView();
    QVERIFY(map->network()->indexOfLink(id) >= 0);
    QVERIFY(m_window->cityList()->placeModel()->indexOfPlace(row.placeA).isValid());

    QString safety;
    QVERIFY2(editing->backupActions()->restoreFrom(backup, &safety, &error), qPrintable(error));
    QVERIFY(QFile::exists(safety));
    editing->networkUpdater()->waitForFinished();

    // ... is gone from the atlas and from every view, and so are the steps that led to it.
    QVERIFY(!AtlasReader(m_atlas.connection()).partnership(id));
    QCOMPARE(map->network()->indexOfLink(id), -1);
    QCOMPARE(m_window->selection()->partnershipId(), qint64(0));
    QCOMPARE(m_window->detailPane()->partnerModel()->rowCount(), 0);
    QVERIFY(!m_window->cityList()->placeModel()->indexOfPlace(row.placeA).isValid());
    QVERIFY(!editing->edits()->canUndo());
}

QTEST_MAIN(tst_EditWindow)
#include "tst_editwindow.moc"
