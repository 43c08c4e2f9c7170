// SPDX-License-Identifier: GPL-3.0-or-later
// The map window as a user arranges it: the first window gives the map the room, a place
// chosen in the list is framed with its partners and no empty background beside the world, the
// View menu switches projections without losing the place in the middle, the azimuthal map
// follows the selection (or says why it cannot), the globe turns when dragged, and the
// projection, the view and the theme come back at the next start.
#include "atlasselection.h"
#include "citylistpane.h"
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "export/viewportsettings.h"
#include "geo/projection.h"
#include "geo/projectionregistry.h"
#include "mainwindow.h"
#include "mapview.h"
#include "render/basemap.h"
#include "render/mapnetwork.h"
#include "searchresultmodel.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace twinatlas;

namespace {

double angleDistance(LonLat a, LonLat b)
{
    return std::hypot((a.lon - b.lon) * std::cos(a.lat * M_PI / 180.0), a.lat - b.lat);
}

QPointF middleOf(const MapView *map)
{
    return QPointF(map->viewport().size().width() / 2.0, map->viewport().size().height() / 2.0);
}

LonLat middlePlace(const MapView *map)
{
    return map->viewport().toLonLat(middleOf(map)).value_or(LonLat { qQNaN(), qQNaN() });
}

QAction *menuAction(QWidget *window, const QString &menu, const QString &id)
{
    const auto *m = window->findChild<QMenu *>(menu);
    if (!m)
        return nullptr;
    for (QAction *action : m->actions()) {
        if (action->data().toString() == id)
            return action;
    }
    return nullptr;
}

QString checkedId(QWidget *window, const QString &menu)
{
    const auto *m = window->findChild<QMenu *>(menu);
    for (QAction *action : m->actions()) {
        if (action->isChecked())
            return action->data().toString();
    }
    return {};
}

/** A drag with the left button, as the mouse delivers it, in steps. */
void drag(QWidget *widget, QPointF from, QPointF to)
{
    const auto send = [widget](QEvent::Type type, QPointF pos, Qt::MouseButton button,
                               Qt::MouseButtons buttons) {
        QMouseEvent event(type, pos, widget->mapToGlobal(pos), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(widget, &event);
    };
    send(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    constexpr int steps = 10;
    for (int i = 1; i <= steps; ++i)
        send(QEvent::MouseMove, from + (to - from) * (double(i) / steps), Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

/** How many pixels from each side of the map to the first one of sea or land, along rows and
 * columns through its middle (lines and labels hide the sea here and there: the least of
 * several). */
QMargins emptyBorder(const QImage &image, const MapTheme &theme)
{
    const auto isWorld = [&theme](QRgb pixel) {
        const QRgb rgb = pixel & 0xffffff;
        return rgb == (theme.sea.rgb() & 0xffffff) || rgb == (theme.land.rgb() & 0xffffff);
    };
    QMargins border(image.width(), image.height(), image.width(), image.height());
    for (int i = -4; i <= 4; ++i) {
        const int y = image.height() / 2 + i * image.height() / 40;
        const int x = image.width() / 2 + i * image.width() / 40;
        for (int left = 0; left < image.width(); ++left) {
            if (isWorld(image.pixel(left, y))) {
                border.setLeft(std::min(border.left(), left));
                break;
            }
        }
        for (int right = 0; right < image.width(); ++right) {
            if (isWorld(image.pixel(image.width() - 1 - right, y))) {
                border.setRight(std::min(border.right(), right));
                break;
            }
        }
        for (int top = 0; top < image.height(); ++top) {
            if (isWorld(image.pixel(x, top))) {
                border.setTop(std::min(border.top(), top));
                break;
            }
        }
        for (int bottom = 0; bottom < image.height(); ++bottom) {
            if (isWorld(image.pixel(x, image.height() - 1 - bottom))) {
                border.setBottom(std::min(border.bottom(), bottom));
                break;
            }
        }
    }
    return border;
}

} // namespace

class tst_MapWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstWindowLeavesTheMapRoom();
    void menusListProjectionsAndThemes();
    void choosingAPlaceFramesIt_data();
    void choosingAPlaceFramesIt();
    void switchingKeepsThePlaceInTheMiddle();
    void azimuthalFollowsTheSelection();
    void azimuthalWithoutASelectionSaysSo();
    void globeTurnsWhenDragged();
    void viewAndThemeComeBack();

private:
    std::unique_ptr<MainWindow> openWindow();
    qint64 placeId(const QString &uid, LonLat *position);

    QTemporaryDir m_dir;
    AtlasDatabase m_atlas;
    std::shared_ptr<BaseMap> m_baseMap;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_duesseldorf = 0;
    LonLat m_duesseldorfPosition;
    qint64 m_haifa = 0;
    LonLat m_haifaPosition;
};

void tst_MapWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    const QString copy = m_dir.filePath(QStringLiteral("atlas.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TWINATLAS_BUNDLED_DB), copy));
    QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY2(m_atlas.open(copy), qPrintable(m_atlas.errorString()));
    m_duesseldorf = placeId(QStringLiteral("gn:2934246"), &m_duesseldorfPosition);
    m_haifa = placeId(QStringLiteral("gn:294801"), &m_haifaPosition);
    QVERIFY(m_duesseldorf != 0 && m_haifa != 0);
    m_baseMap = std::make_shared<BaseMap>();
    QVERIFY2(m_baseMap->open(QStringLiteral(TWINATLAS_BASEMAP)), qPrintable(m_baseMap->errorString()));
    m_window = openWindow();
}

void tst_MapWindow::cleanupTestCase()
{
    m_window.reset();
}

qint64 tst_MapWindow::placeId(const QString &uid, LonLat *position)
{
    const auto place = AtlasReader(m_atlas.connection()).placeByUid(uid);
    if (!place)
        return 0;
    *position = place->position;
    return place->id;
}

std::unique_ptr<MainWindow> tst_MapWindow::openWindow()
{
    auto window = std::make_unique<MainWindow>(m_atlas);
    window->setBaseMap(m_baseMap);
    window->setNetwork(MapNetwork::fromAtlas(AtlasReader(m_atlas.connection())));
    // The window of a 1600 × 1000 screen.
    window->resize(1520, 950);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QCoreApplication::processEvents();
    return window;
}

void tst_MapWindow::firstWindowLeavesTheMapRoom()
{
    QVERIFY(m_window);
    const auto *list = m_window->findChild<QDockWidget *>(QStringLiteral("cityListDock"));
    const auto *details = m_window->findChild<QDockWidget *>(QStringLiteral("detailDock"));
    QVERIFY(list && details);
    const QString widths = QStringLiteral("list %1, details %2, map %3")
                                   .arg(list->width())
                                   .arg(details->width())
                                   .arg(m_window->mapView()->width());
    QVERIFY2(list->width() >= 260 && list->width() <= 360, qPrintable(widths));
    QVERIFY2(details->width() >= 300 && details->width() <= 420, qPrintable(widths));
    QVERIFY2(m_window->mapView()->width() >= 750, qPrintable(widths));
    // The Place column shows a long name whole.
    const QTreeView *view = m_window->cityList()->currentView();
    QVERIFY(view->header()->sectionSize(0)
            >= view->fontMetrics().horizontalAdvance(QStringLiteral("Bad Freienwalde")));
}

void tst_MapWindow::menusListProjectionsAndThemes()
{
    for (const QString &id : ProjectionRegistry::ids())
        QVERIFY2(menuAction(m_window.get(), QStringLiteral("projectionMenu"), id), qPrintable(id));
    for (const QString &id : MapTheme::ids())
        QVERIFY2(menuAction(m_window.get(), QStringLiteral("themeMenu"), id), qPrintable(id));
    QCOMPARE(checkedId(m_window.get(), QStringLiteral("projectionMenu")), ProjectionRegistry::defaultId());
    QCOMPARE(m_window->mapView()->projectionId(), ProjectionRegistry::defaultId());
    QCOMPARE(checkedId(m_window.get(), QStringLiteral("themeMenu")), QStringLiteral("light"));
}

void tst_MapWindow::choosingAPlaceFramesIt_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("uid");
    QTest::addColumn<int>("row");
    // Toruń's partners reach from Philadelphia to Guilin; Springfield, Illinois's across the
    // Pacific to Ashikaga; Springfield, Missouri has none, and is shown with its region.
    QTest::newRow("Toruń") << "Torun" << "gn:3083271" << -1;
    QTest::newRow("Düsseldorf") << "Duesseldorf" << "gn:2934246" << -1;
    QTest::newRow("Springfield, Illinois") << "Springfield" << "gn:4250542" << 0;
    QTest::newRow("Springfield, Missouri") << "Springfield" << "gn:4409896" << 0;
}

void tst_MapWindow::choosingAPlaceFramesIt()
{
    QFETCH(QString, typed);
    QFETCH(QString, uid);
    QFETCH(int, row);
    LonLat position;
    const qint64 id = placeId(uid, &position);
    QVERIFY(id != 0);
    MapView *map = m_window->mapView();
    map->showWholeWorld();
    m_window->selection()->clear();

    // Typed in the list and chosen there, as a user does (Return takes the first match).
    CityListPane *list = m_window->cityList();
    list->findAction()->trigger();
    list->searchField()->clear();
    QSignalSpy searched(list->searchModel(), &QAbstractItemModel::modelReset);
    QTest::keyClicks(list->searchField(), typed);
    // On a busy machine the list searches after a pause in the typing: wait for its results.
    while (!list->searchModel()->indexOfPlace(id).isValid() && searched.wait(30000)) {
    }
    const QModelIndex hit = list->searchModel()->indexOfPlace(id);
    QVERIFY2(hit.isValid(), qPrintable(uid));
    QCOMPARE(list->currentView()->model(), list->searchModel());
    if (row == -1) {
        QCOMPARE(hit.row(), 0);
        QTest::keyClick(list->searchField(), Qt::Key_Return);
    } else {
        list->currentView()->setCurrentIndex(hit);
        QTest::keyClick(list->currentView(), Qt::Key_Return);
    }
    QCOMPARE(m_window->selection()->placeId(), id);

    // The place and every partner in view, inside the room left for their labels.
    const QRectF inner = QRectF(map->rect()).adjusted(20, 20, -20, -20);
    QStringList outside;
    const auto network = map->network();
    const int index = network->indexOfPlace(id);
    QVector<LonLat> shown { position };
    if (index >= 0) {
        for (const int link : network->linksOfPlace(index)) {
            const MapLink &l = network->links().at(link);
            shown << network->places().at(l.a == index ? l.b : l.a).position;
        }
    }
    for (const LonLat &p : shown) {
        const auto at = map->viewport().toScreen(p);
        if (!at || !inner.contains(*at))
            outside << QStringLiteral("(%1, %2)").arg(p.lon).arg(p.lat);
    }
    QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1String(", "))));
    // Zoomed in as far as the partners allow: the place alone gets its region, not the world.
    if (shown.size() == 1)
        QVERIFY(ViewportSettings::zoomOf(map->viewport()) > 8.0);

    // No empty background on one side where the world could be: where the world does not fill
    // the view, it sits in its middle.
    QSignalSpy painted(map, &MapView::baseMapPainted);
    map->update();
    QVERIFY(painted.count() > 0 || painted.wait(60000));
    const QImage shot = map->grab().toImage();
    const QMargins border = emptyBorder(shot, map->theme());
    const QString gaps = QStringLiteral("empty left %1, right %2, top %3, bottom %4 of %5 × %6")
                                 .arg(border.left()).arg(border.right()).arg(border.top())
                                 .arg(border.bottom()).arg(shot.width()).arg(shot.height());
    QVERIFY2(std::abs(border.left() - border.right()) <= 3, qPrintable(gaps));
    QVERIFY2(std::abs(border.top() - border.bottom()) <= 3, qPrintable(gaps));
    QVERIFY2(border.left() < shot.width() / 10, qPrintable(gaps));
}

void tst_MapWindow::switchingKeepsThePlaceInTheMiddle()
{
    MapView *map = m_window->mapView();
    map->centerOn(m_duesseldorfPosition);
    // Far enough in that Düsseldorf can be in the middle: nearer the whole world, the view keeps
    // to the world's edge instead.
    for (int i = 0; i < 7; ++i)
        map->zoomIn();
    map->centerOn(m_duesseldorfPosition);
    const double zoom = ViewportSettings::zoomOf(map->viewport());
    QVERIFY(angleDistance(middlePlace(map), m_duesseldorfPosition) < 1e-6);

    for (const QString id : { "natural-earth", "equirectangular", "orthographic", "equal-earth" }) {
        menuAction(m_window.get(), QStringLiteral("projectionMenu"), id)->trigger();
        QCOMPARE(map->projectionId(), id);
        QCOMPARE(checkedId(m_window.get(), QStringLiteral("projectionMenu")), id);
        QVERIFY2(angleDistance(middlePlace(map), m_duesseldorfPosition) < 1e-6, qPrintable(id));
        QVERIFY2(std::abs(ViewportSettings::zoomOf(map->viewport()) / zoom - 1.0) < 1e-6, qPrintable(id));
    }
}

void tst_MapWindow::azimuthalFollowsTheSelection()
{
    MapView *map = m_window->mapView();
    menuAction(m_window.get(), QStringLiteral("projectionMenu"), QStringLiteral("equal-earth"))->trigger();
    const LonLat paris { 2.3488, 48.8534 };
    map->centerOn(paris);
    m_window->selection()->selectPlace(m_duesseldorf);

    menuAction(m_window.get(), QStringLiteral("projectionMenu"), QStringLiteral("azimuthal-equidistant"))->trigger();

    QCOMPARE(map->projectionId(), QStringLiteral("azimuthal-equidistant"));
    QVERIFY(angleDistance(map->viewport().projection().center(), m_duesseldorfPosition) < 1e-9);
    // No jump: Paris is still in the middle.
    QVERIFY(angleDistance(middlePlace(map), paris) < 1e-6);

    // Choosing another place (here in the list or the detail pane) centres the map on it.
    m_window->selection()->selectPlace(m_haifa);
    QVERIFY(angleDistance(map->viewport().projection().center(), m_haifaPosition) < 1e-9);
    QVERIFY(angleDistance(middlePlace(map), m_haifaPosition) < 1e-6);
    // Clearing the selection leaves the map where it is.
    m_window->selection()->clear();
    QVERIFY(angleDistance(map->viewport().projection().center(), m_haifaPosition) < 1e-9);
}

void tst_MapWindow::azimuthalWithoutASelectionSaysSo()
{
    QSettings().clear();
    const std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    MapView *map = window->mapView();
    QCOMPARE(window->selection()->placeId(), qint64(0));
    QAction *azimuthal = menuAction(window.get(), QStringLiteral("projectionMenu"),
                                    QStringLiteral("azimuthal-equidistant"));
    azimuthal->trigger();
    QCOMPARE(map->projectionId(), QStringLiteral("azimuthal-equidistant"));
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("No place is selected")),
             qPrintable(window->statusBar()->currentMessage()));

    // With a place chosen before, the map goes back to it.
    window->selection()->selectPlace(m_haifa);
    window->selection()->clear();
    menuAction(window.get(), QStringLiteral("projectionMenu"), QStringLiteral("equal-earth"))->trigger();
    window->statusBar()->clearMessage();
    azimuthal->trigger();
    QVERIFY(angleDistance(map->viewport().projection().center(), m_haifaPosition) < 1e-9);
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("Haifa")),
             qPrintable(window->statusBar()->currentMessage()));
}

void tst_MapWindow::globeTurnsWhenDragged()
{
    MapView *map = m_window->mapView();
    map->showWholeWorld();
    menuAction(m_window.get(), QStringLiteral("projectionMenu"), QStringLiteral("orthographic"))->trigger();
    const LonLat before = map->viewport().projection().center();
    const QPointF middle = middleOf(map);

    drag(map, middle, middle + QPointF(80, 0));

    const LonLat after = map->viewport().projection().center();
    QVERIFY2(after.lon < before.lon - 1.0, qPrintable(QStringLiteral("%1 -> %2").arg(before.lon).arg(after.lon)));
    QVERIFY(std::abs(after.lat - before.lat) < 1e-9);
    // Turning is not moving: the globe stays where it is in the window.
    QCOMPARE(map->viewport().center(), QPointF(0, 0));

    drag(map, middle, middle + QPointF(0, 60));
    QVERIFY(map->viewport().projection().center().lat > after.lat + 1.0);
}

void tst_MapWindow::viewAndThemeComeBack()
{
    MapView *map = m_window->mapView();
    menuAction(m_window.get(), QStringLiteral("themeMenu"), QStringLiteral("dark"))->trigger();
    QCOMPARE(map->theme().id, QStringLiteral("dark"));
    menuAction(m_window.get(), QStringLiteral("projectionMenu"), QStringLiteral("orthographic"))->trigger();
    map->centerOn(m_haifaPosition);
    map->zoomIn();
    const LonLat globeCenter = map->viewport().projection().center();
    const LonLat middle = middlePlace(map);
    const double zoom = ViewportSettings::zoomOf(map->viewport());

    QVERIFY(m_window->close());
    m_window.reset();

    // What `twinatlas export --extent view` reads.
    QSettings settings;
    const auto saved = ViewportSettings::load(settings, QSizeF(1200, 800));
    QVERIFY(saved);
    QCOMPARE(saved->projection().id(), QStringLiteral("orthographic"));
    QVERIFY(angleDistance(saved->projection().center(), globeCenter) < 1e-9);

    // The next window shows the same, at its own size.
    m_window = openWindow();
    QVERIFY(m_window);
    map = m_window->mapView();
    QCOMPARE(map->projectionId(), QStringLiteral("orthographic"));
    QCOMPARE(checkedId(m_window.get(), QStringLiteral("projectionMenu")), QStringLiteral("orthographic"));
    QCOMPARE(map->theme().id, QStringLiteral("dark"));
    QCOMPARE(checkedId(m_window.get(), QStringLiteral("themeMenu")), QStringLiteral("dark"));
    QVERIFY(angleDistance(map->viewport().projection().center(), globeCenter) < 1e-9);
    QVERIFY(angleDistance(middlePlace(map), middle) < 1e-6);
    QVERIFY(std::abs(ViewportSettings::zoomOf(map->viewport()) / zoom - 1.0) < 1e-6);
}

QTEST_MAIN(tst_MapWindow)
#include "tst_mapwindow.moc"
