// SPDX-License-Identifier: GPL-3.0-or-later
// The atlas window as a user meets it: clicking Düsseldorf on the map selects it in the list and
// the detail pane, choosing Reading there shows that partnership's history, searching finds a
// place, and clicking the empty sea clears the selection. Names, notes and titles in the detail
// pane are text, never markup: only the source links are links.
#include "atlasselection.h"
#include "atlasstatusbar.h"
#include "citylistpane.h"
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "db/partialdate.h"
#include "detailpane.h"
#include "hostiletext.h"
#include "mainwindow.h"
#include "mapview.h"
#include "partnerlistmodel.h"
#include "render/basemap.h"
#include "render/mapnetwork.h"
#include "searchresultmodel.h"
#include "sourcelinks.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTreeView>
#include <QtTest>

#include <memory>

using namespace twinatlas;

class tst_AtlasWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void clickingAPlaceSelectsItEverywhere();
    void choosingAPartnerShowsItsHistory();
    void clickingTheSeaClearsTheSelection();
    void doubleClickingTheSeaKeepsTheSelection();
    void searchingSelectsThePlace();
    void typingSpringfieldTellsNamesakesApart();
    void selectingElsewhereMovesTheListsCurrentRow();
    void hoveringAPlaceHighlightsIt();
    void onlyWebSourcesBecomeLinks_data();
    void onlyWebSourcesBecomeLinks();
    void userTextIsShownAsText_data();
    void userTextIsShownAsText();

private:
    QPoint screenPosOf(LonLat position) const;
    void zoomTo(LonLat position);
    QString currentListName() const;

    QTemporaryDir m_dir;
    AtlasDatabase m_atlas;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_duesseldorf = 0;
    LonLat m_duesseldorfPosition;
};

void tst_AtlasWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    // The window may write settings and SQLite's journal: never next to the bundled atlas.
    const QString copy = m_dir.filePath(QStringLiteral("atlas.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TWINATLAS_BUNDLED_DB), copy));
    QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY2(m_atlas.open(copy), qPrintable(m_atlas.errorString()));

    const auto place = AtlasReader(m_atlas.connection()).placeByUid(QStringLiteral("gn:2934246"));
    QVERIFY(place);
    m_duesseldorf = place->id;
    m_duesseldorfPosition = place->position;

    auto baseMap = std::make_shared<BaseMap>();
    QVERIFY2(baseMap->open(QStringLiteral(TWINATLAS_BASEMAP)), qPrintable(baseMap->errorString()));
    m_window = std::make_unique<MainWindow>(m_atlas);
    m_window->setBaseMap(baseMap);
    m_window->setNetwork(MapNetwork::fromAtlas(AtlasReader(m_atlas.connection())));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->mapView()->width() > 400);
}

void tst_AtlasWindow::cleanupTestCase()
{
    m_window.reset();
}

QPoint tst_AtlasWindow::screenPosOf(LonLat position) const
{
    const auto pos = m_window->mapView()->viewport().toScreen(position);
    return pos ? pos->toPoint() : QPoint(-1, -1);
}

void tst_AtlasWindow::zoomTo(LonLat position)
{
    // At world scale the Rhine-Ruhr dots touch; a few steps in, each has room of its own.
    MapView *map = m_window->mapView();
    map->showWholeWorld();
    map->centerOn(position);
    for (int i = 0; i < 5; ++i)
        map->zoomIn();
    map->centerOn(position);
}

QString tst_AtlasWindow::currentListName() const
{
    return m_window->cityList()->currentView()->currentIndex().siblingAtColumn(0).data().toString();
}

void tst_AtlasWindow::clickingAPlaceSelectsItEverywhere()
{
    zoomTo(m_duesseldorfPosition);
    MapView *map = m_window->mapView();
    const QPoint pos = screenPosOf(m_duesseldorfPosition);
    QVERIFY(map->rect().contains(pos));
    QSignalSpy activated(map, &MapView::placeActivated);

    QTest::mouseClick(map, Qt::LeftButton, {}, pos);

    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), m_duesseldorf);
    QCOMPARE(m_window->selection()->placeId(), m_duesseldorf);
    QCOMPARE(map->selectedPlace(), m_duesseldorf);
    QCOMPARE(m_window->cityList()->currentPlaceId(), m_duesseldorf);
    QCOMPARE(currentListName(), QStringLiteral("Düsseldorf"));
    QCOMPARE(m_window->detailPane()->placeName(), QStringLiteral("Düsseldorf"));

    QStringList partners;
    const PartnerListModel *model = m_window->detailPane()->partnerModel();
    for (int row = 0; row < model->rowCount(); ++row)
        partners << model->index(row, PartnerListModel::PartnerColumn).data().toString();
    for (const char *name : {"Haifa", "Chemnitz", "Reading"})
        QVERIFY2(partners.contains(QString::fromUtf8(name)), qPrintable(partners.join(", ")));
}

void tst_AtlasWindow::choosingAPartnerShowsItsHistory()
{
    m_window->selection()->selectPlace(m_duesseldorf);
    DetailPane *pane = m_window->detailPane();
    const PartnerListModel *partners = pane->partnerModel();
    QModelIndex reading;
    for (int row = 0; row < partners->rowCount(); ++row)
        if (partners->index(row, 0).data().toString() == QLatin1String("Reading"))
            reading = partners->index(row, 0);
    QVERIFY(reading.isValid());

    QListView *view = pane->partnerView();
    view->scrollTo(reading);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(reading).center());

    const qint64 partnership = reading.data(PartnerListModel::PartnershipIdRole).toLongLong();
    QCOMPARE(m_window->selection()->partnershipId(), partnership);
    const QVector<HistoryEvent> events = AtlasReader(m_atlas.connection()).eventsOf(partnership);
    QVERIFY(events.size() >= 3);

    const TimelineModel *timeline = pane->timelineModel();
    QCOMPARE(timeline->partnershipId(), partnership);
    QCOMPARE(timeline->rowCount(), events.size());
    QStringList dates;
    for (int row = 0; row < timeline->rowCount(); ++row) {
        const QModelIndex index = timeline->index(row);
        dates << index.data(TimelineModel::DateIsoRole).toString();
        QCOMPARE(index.data(TimelineModel::DescriptionRole).toString(), events.at(row).description);
        // What the user reads: the date at its own precision, and the description.
        const TimelineView *shown = pane->timelineView();
        QVERIFY2(shown->headingText(row).contains(PartialDate::fromIso(events.at(row).date).toDisplayString()),
                 qPrintable(shown->headingText(row)));
        QCOMPARE(shown->descriptionText(row), events.at(row).description);
    }
    QCOMPARE(dates, (QStringList{"1947", "1988", "2018-06-29"}));
    QVERIFY(pane->timelineView()->descriptionText(1).contains(QStringLiteral("sign")));
    QVERIFY(pane->timelineView()->descriptionText(0).contains(QStringLiteral("Phoebe Cusden")));

    // Another place: the history of the old partnership must not stay on screen.
    const qint64 other = partners->index(0, 0).data(PartnerListModel::PartnerIdRole).toLongLong();
    m_window->selection()->selectPlace(other);
    QCOMPARE(timeline->rowCount(), 0);
    QVERIFY(pane->placeName() != QLatin1String("Düsseldorf"));
}

void tst_AtlasWindow::clickingTheSeaClearsTheSelection()
{
    m_window->selection()->selectPlace(m_duesseldorf);
    MapView *map = m_window->mapView();
    map->showWholeWorld();
    const QPoint pacific = screenPosOf(LonLat{-140.0, 0.0});
    QVERIFY(map->rect().contains(pacific));
    QSignalSpy cleared(map, &MapView::selectionCleared);

    QTest::mouseClick(map, Qt::LeftButton, {}, pacific);

    // The click waits to see whether it becomes a double click (which zooms, keeping the
    // selection) before it clears.
    QTRY_COMPARE(cleared.count(), 1);
    QCOMPARE(m_window->selection()->placeId(), qint64(0));
    QCOMPARE(map->selectedPlace(), qint64(0));
    QCOMPARE(m_window->cityList()->currentPlaceId(), qint64(0));
    QVERIFY(m_window->detailPane()->placeName().isEmpty());
    QCOMPARE(m_window->detailPane()->partnerModel()->rowCount(), 0);
}

void tst_AtlasWindow::doubleClickingTheSeaKeepsTheSelection()
{
    m_window->selection()->selectPlace(m_duesseldorf);
    MapView *map = m_window->mapView();
    map->showWholeWorld();
    const double scale = map->viewport().scale();
    const QPoint pacific = screenPosOf(LonLat{-140.0, 0.0});
    QSignalSpy cleared(map, &MapView::selectionCleared);

    // What a double click delivers: press, release, double click, release.
    QTest::mouseClick(map, Qt::LeftButton, {}, pacific);
    QTest::mouseDClick(map, Qt::LeftButton, {}, pacific);
    QTest::mouseRelease(map, Qt::LeftButton, {}, pacific);
    QTest::qWait(QApplication::doubleClickInterval() * 2);

    QVERIFY(map->viewport().scale() > scale);
    QCOMPARE(cleared.count(), 0);
    QCOMPARE(m_window->selection()->placeId(), m_duesseldorf);
}

void tst_AtlasWindow::searchingSelectsThePlace()
{
    m_window->selection()->clear();
    CityListPane *list = m_window->cityList();
    list->findAction()->trigger();
    QLineEdit *field = list->searchField();
    QTest::keyClicks(field, QStringLiteral("dussel"));
    QVERIFY(list->searchModel()->rowCount() > 0);
    QCOMPARE(list->currentView()->model(), list->searchModel());

    QTest::keyClick(field, Qt::Key_Return);

    QCOMPARE(m_window->selection()->placeId(), m_duesseldorf);
    QCOMPARE(list->currentPlaceId(), m_duesseldorf);
    QCOMPARE(m_window->detailPane()->placeName(), QStringLiteral("Düsseldorf"));
    // The map went there.
    QVERIFY(m_window->mapView()->rect().contains(screenPosOf(m_duesseldorfPosition)));

    field->clear();
    QVERIFY(list->currentView()->model() != list->searchModel());
    QCOMPARE(list->currentPlaceId(), m_duesseldorf);
}

void tst_AtlasWindow::typingSpringfieldTellsNamesakesApart()
{
    m_window->selection()->clear();
    CityListPane *list = m_window->cityList();
    list->findAction()->trigger();
    QLineEdit *field = list->searchField();
    field->clear();
    QTest::keyClicks(field, QStringLiteral("Springfield"));
    const QAbstractItemModel *model = list->currentView()->model();
    QCOMPARE(model, list->searchModel());
    QCOMPARE(model->headerData(SearchResultModel::RegionColumn, Qt::Horizontal).toString(), QStringLiteral("Region"));
    auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
    // The one with partnerships first, then the namesakes by size, each with its state.
    QTRY_COMPARE(cell(0, SearchResultModel::NameColumn), QStringLiteral("Springfield")); // after a pause in typing
    QVERIFY(model->rowCount() >= 10);
    QCOMPARE(cell(0, SearchResultModel::RegionColumn), QStringLiteral("Illinois"));
    QCOMPARE(cell(0, SearchResultModel::CountryColumn), QStringLiteral("United States"));
    QVERIFY(cell(0, SearchResultModel::PartnersColumn).toInt() > 0);
    QCOMPARE(cell(1, SearchResultModel::RegionColumn), QStringLiteral("Missouri"));
    QCOMPARE(cell(2, SearchResultModel::RegionColumn), QStringLiteral("Massachusetts"));
    QVERIFY(!cell(1, SearchResultModel::PopulationColumn).isEmpty());
    QStringList regions;
    for (int row = 0; row < 6; ++row)
        regions << cell(row, SearchResultModel::RegionColumn);
    regions.removeDuplicates();
    QCOMPARE(regions.size(), 6); // told apart
    // A row found by another of its names says so.
    bool alsoCalled = false;
    for (int row = 0; row < model->rowCount(); ++row)
        alsoCalled = alsoCalled || cell(row, SearchResultModel::NameColumn).contains(QStringLiteral("also called Springfield"));
    QVERIFY(alsoCalled);

    // The README's picture of it, on request.
    const QString shots = qEnvironmentVariable("TWINATLAS_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        m_window->resize(1440, 820);
        // Wide enough for every column of the list.
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            if (dock->isAncestorOf(list))
                m_window->resizeDocks({dock}, {640}, Qt::Horizontal);
        QTest::keyClick(field, Qt::Key_Return);
        field->setText(QStringLiteral("Springfield"));
        list->currentView()->setCurrentIndex(model->index(0, 0));
        QTest::qWait(200);
        QWidget *pane = list;
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            if (dock->isAncestorOf(list))
                pane = dock;
        QVERIFY(pane->grab().save(shots + QStringLiteral("/search-springfield.png")));
    }
    field->clear();
}

void tst_AtlasWindow::selectingElsewhereMovesTheListsCurrentRow()
{
    m_window->selection()->clear();
    CityListPane *list = m_window->cityList();
    // A search that does not show the place chosen elsewhere gives way to the whole list.
    QTest::keyClicks(list->searchField(), QStringLiteral("haifa"));
    m_window->selection()->selectPlace(m_duesseldorf);
    QVERIFY(list->searchField()->text().isEmpty());
    QCOMPARE(list->currentPlaceId(), m_duesseldorf);
    QCOMPARE(currentListName(), QStringLiteral("Düsseldorf"));
}

void tst_AtlasWindow::hoveringAPlaceHighlightsIt()
{
    m_window->selection()->clear();
    zoomTo(m_duesseldorfPosition);
    MapView *map = m_window->mapView();
    QTest::mouseMove(map, screenPosOf(m_duesseldorfPosition));
    QCOMPARE(map->hoveredPlace(), m_duesseldorf);
    QVERIFY(!static_cast<AtlasStatusBar *>(m_window->statusBar())->positionText().isEmpty());
    QVERIFY(static_cast<AtlasStatusBar *>(m_window->statusBar())->countsText().contains(
            QString::number(map->network()->links().size())));
}

void tst_AtlasWindow::onlyWebSourcesBecomeLinks_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("document");
    QTest::addColumn<bool>("link");
    QTest::newRow("https") << "https://www.duesseldorf.de/partnerstaedte" << "" << true;
    QTest::newRow("http") << "http://example.org/a?b=c&d=e" << "" << true;
    QTest::newRow("document only") << "" << "seeds/000_4903a206d2b2b2e1.txt" << false;
    QTest::newRow("file scheme") << "file:///etc/passwd" << "" << false;
    QTest::newRow("javascript") << "javascript:alert(1)" << "" << false;
    QTest::newRow("no host") << "https:relative" << "" << false;
}

void tst_AtlasWindow::onlyWebSourcesBecomeLinks()
{
    QFETCH(QString, url);
    QFETCH(QString, document);
    QFETCH(bool, link);
    const SourceRecord source{1, QStringLiteral("s"), QStringLiteral("Title <b>&</b>"), url, document};
    QCOMPARE(SourceLinks::isWebLink(url), link);
    const QString html = SourceLinks::html(source);
    QCOMPARE(html.contains(QLatin1String("<a href=")), link);
    // Titles are text, never markup.
    QVERIFY(html.contains(QStringLiteral("Title &lt;b&gt;&amp;&lt;/b&gt;")));
    if (!document.isEmpty())
        QVERIFY(html.contains(document));
    if (!link)
        QVERIFY(!SourceLinks::open(url));
}

void tst_AtlasWindow::userTextIsShownAsText_data()
{
    QTest::addColumn<QString>("text");
    testing::addHostileTextRows();
}

void tst_AtlasWindow::userTextIsShownAsText()
{
    QFETCH(QString, text);
    // Haifa's name and note, the note of Düsseldorf–Haifa and the title of a source of it, as
    // a user could have typed them; restored afterwards for the other tests.
    const QString haifa = QStringLiteral("gn:294801");
    const auto place = AtlasReader(m_atlas.connection()).placeByUid(haifa);
    QVERIFY(place);
    qint64 partnership = 0;
    for (const PartnerEntry &entry : AtlasReader(m_atlas.connection()).partnersOf(place->id))
        if (entry.partner.id == m_duesseldorf)
            partnership = entry.partnership.id;
    QVERIFY(partnership > 0);
    const QString sourceId = [&] {
        QSqlQuery q(m_atlas.connection());
        q.exec(QStringLiteral("SELECT min(source_id) FROM partnership_sources WHERE partnership_id = %1").arg(partnership));
        return q.next() ? q.value(0).toString() : QString();
    }();
    QVERIFY(!sourceId.isEmpty());
    const QStringList updates{
            QStringLiteral("UPDATE places SET name = ?, note = ? WHERE uid = '%1'").arg(haifa),
            QStringLiteral("UPDATE partnerships SET note = ? WHERE id = %1").arg(partnership),
            QStringLiteral("UPDATE sources SET title = ? WHERE id = %1").arg(sourceId)};
    QSqlQuery saved(m_atlas.connection());
    QVERIFY(saved.exec(QStringLiteral("SELECT p.name, p.note, t.note, s.title FROM places p, partnerships t, sources s"
                                      " WHERE p.uid = '%1' AND t.id = %2 AND s.id = %3")
                               .arg(haifa)
                               .arg(partnership)
                               .arg(sourceId)));
    QVERIFY(saved.next());
    const QStringList originals{saved.value(0).toString(), saved.value(1).toString(), saved.value(2).toString(),
                                saved.value(3).toString()};
    auto set = [this, &updates](const QStringList &values) {
        for (int i = 0; i < updates.size(); ++i) {
            QSqlQuery q(m_atlas.connection());
            q.prepare(updates.at(i));
            for (const QString &v : values.mid(i == 0 ? 0 : i + 1, i == 0 ? 2 : 1))
                q.addBindValue(v);
            if (!q.exec())
                return false;
        }
        return true;
    };
    QVERIFY(set({text, text, text, text}));
    const auto restore = qScopeGuard([&] {
        set(originals);
        m_window->selection()->clear();
    });

    m_window->selection()->clear();
    m_window->selection()->selectPlace(place->id);
    m_window->selection()->selectPartnership(partnership);
    DetailPane *pane = m_window->detailPane();
    QCOMPARE(pane->placeName(), text);
    for (const char *name : {"detailName", "detailNote", "historyNote"}) {
        const auto *label = pane->findChild<QLabel *>(QLatin1String(name));
        QVERIFY2(label, name);
        QCOMPARE(label->text(), text);
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    // No label leaves it to Qt to guess whether its text is markup: the ones with links or
    // bold dates are rich text built with the user's text escaped, the others plain.
    for (const QLabel *label : pane->findChildren<QLabel *>())
        QVERIFY2(label->textFormat() != Qt::AutoText,
                 qPrintable(label->objectName() + QStringLiteral(": ") + label->text()));
    const auto *sources = pane->findChild<QLabel *>(QStringLiteral("partnershipSources"));
    QVERIFY(sources);
    QTextDocument shown;
    shown.setHtml(sources->text());
    QVERIFY2(shown.toPlainText().simplified().contains(text.simplified()), qPrintable(shown.toPlainText()));
}

QTEST_MAIN(tst_AtlasWindow)
#include "tst_atlaswindow.moc"
