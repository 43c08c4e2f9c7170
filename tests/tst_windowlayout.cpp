// SPDX-License-Identifier: GPL-3.0-or-later
// The map keeps the room on every common screen: a first window on a screen of 800 × 600,
// 1366 × 768, 1920 × 1080 or 2560 × 1440 at scale 2 gives the map at least half its width, and
// the whole world drawn in it fills the map's width (or height) and sits in its middle. The
// screens are the offscreen platform's, described in data/screens; the last has a device pixel
// ratio of 2, so its screenshots have twice the pixels. The window's docks stay usable: the
// list and the details are there, side by side or as tabs.
#include "atlasselection.h"
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "mainwindow.h"
#include "testatlas.h"
#include "mapview.h"
#include "render/basemap.h"
#include "render/mapnetwork.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace twinatlas;

namespace {

bool isWorld(QRgb pixel, const MapTheme &theme)
{
    const QRgb rgb = pixel & 0xffffff;
    return rgb == (theme.sea.rgb() & 0xffffff) || rgb == (theme.land.rgb() & 0xffffff);
}

/** Layouts settle in chains of posted events, as they would between a user's actions. */
void settle()
{
    for (int pass = 0; pass < 4; ++pass) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
    }
}

/** Shown and not a tab behind another. */
bool seen(const QWidget *dock)
{
    return dock->isVisible() && !dock->visibleRegion().isEmpty();
}

/** The first and last pixel along a line of the image that shows sea or land, or {-1, -1}. */
QPair<int, int> worldSpan(const QImage &image, QPoint from, QPoint step, int count, const MapTheme &theme)
{
    int first = -1, last = -1;
    for (int i = 0; i < count; ++i) {
        const QPoint p = from + step * i;
        if (isWorld(image.pixel(p), theme)) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    return { first, last };
}

} // namespace

class tst_WindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mapKeepsHalfTheWindow_data();
    void mapKeepsHalfTheWindow();
    void narrowingAndWideningTheWindow();

private:
    std::unique_ptr<MainWindow> openWindow(QScreen *screen, QSize size);
    QScreen *screenNamed(const QString &name) const;
    void screenshot(QWidget *widget, const QString &name) const;

    QTemporaryDir m_dir;
    AtlasDatabase m_atlas;
    std::shared_ptr<BaseMap> m_baseMap;
    std::shared_ptr<const MapNetwork> m_network;
};

void tst_WindowLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(QGuiApplication::screens().size(), 4);
    QVERIFY(m_dir.isValid());
    const QString copy = testing::copyBundledAtlas(m_dir.path());
    QVERIFY(!copy.isEmpty());
    QVERIFY2(m_atlas.open(copy), qPrintable(m_atlas.errorString()));
    m_baseMap = std::make_shared<BaseMap>();
    QVERIFY2(m_baseMap->open(QStringLiteral(TWINATLAS_BASEMAP)), qPrintable(m_baseMap->errorString()));
    m_network = MapNetwork::fromAtlas(AtlasReader(m_atlas.connection()));
}

std::unique_ptr<MainWindow> tst_WindowLayout::openWindow(QScreen *screen, QSize size)
{
    QSettings().clear();
    auto window = std::make_unique<MainWindow>(m_atlas);
    window->setBaseMap(m_baseMap);
    window->setNetwork(m_network);
    window->setScreen(screen);
    const QRect available = screen->availableGeometry();
    window->setGeometry(QRect(available.center() - QPoint(size.width() / 2, size.height() / 2), size));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || window->screen() != screen)
        return nullptr;
    settle();
    return window;
}

void tst_WindowLayout::screenshot(QWidget *widget, const QString &name) const
{
    const QString folder = qEnvironmentVariable("TWINATLAS_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
}

QScreen *tst_WindowLayout::screenNamed(const QString &name) const
{
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen->name() == name)
            return screen;
    }
    return nullptr;
}

void tst_WindowLayout::mapKeepsHalfTheWindow_data()
{
    QTest::addColumn<QString>("screenName");
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<qreal>("ratio");
    QTest::newRow("800×600") << "svga" << QSize(800, 600) << qreal(1);
    QTest::newRow("1366×768") << "laptop" << QSize(1366, 768) << qreal(1);
    QTest::newRow("1920×1080") << "fullhd" << QSize(1920, 1080) << qreal(1);
    QTest::newRow("2560×1440 at scale 2") << "qhd-scale2" << QSize(2560, 1440) << qreal(2);
}

void tst_WindowLayout::mapKeepsHalfTheWindow()
{
    QFETCH(QString, screenName);
    QFETCH(QSize, pixels);
    QFETCH(qreal, ratio);
    QScreen *screen = screenNamed(screenName);
    QVERIFY2(screen, qPrintable(screenName));
    QCOMPARE(screen->devicePixelRatio(), ratio);
    QCOMPARE(screen->geometry().size() * ratio, pixels);

    // A first start: nothing remembered. The window takes most of the screen, as MainWindow
    // sizes itself there.
    const QRect available = screen->availableGeometry();
    const auto window = openWindow(screen, QSize(std::min(1800, available.width() * 19 / 20),
                                                 std::min(1100, available.height() * 19 / 20)));
    QVERIFY(window);
    MapView *map = window->mapView();
    const auto *list = window->findChild<QDockWidget *>(QStringLiteral("cityListDock"));
    const auto *details = window->findChild<QDockWidget *>(QStringLiteral("detailDock"));
    QVERIFY(list && details);
    const QString widths = QStringLiteral("window %1, map %2, list %3 (%4), details %5 (%6)")
                                   .arg(window->width())
                                   .arg(map->width())
                                   .arg(list->width())
                                   .arg(seen(list) ? "shown" : "a tab behind")
                                   .arg(details->width())
                                   .arg(seen(details) ? "shown" : "a tab behind");
    qInfo().noquote() << widths;
    QVERIFY2(map->width() * 2 >= window->width(), qPrintable(widths));
    // Both panes are still there: open, docked, and at least as wide as they need.
    for (const QDockWidget *dock : { list, details }) {
        QVERIFY2(!dock->isFloating() && dock->toggleViewAction()->isChecked(), qPrintable(widths));
        QVERIFY2(window->dockWidgetArea(const_cast<QDockWidget *>(dock)) != Qt::NoDockWidgetArea,
                 qPrintable(widths));
    }
    QVERIFY2(seen(list) || seen(details), qPrintable(widths));
    if (!seen(list) || !seen(details))
        QVERIFY2(window->tabifiedDockWidgets(const_cast<QDockWidget *>(details)).contains(list),
                 qPrintable(widths));

    // The screenshot: the world drawn in the map.
    QSignalSpy painted(map, &MapView::baseMapPainted);
    map->update();
    QVERIFY(painted.count() > 0 || painted.wait(60000));
    const QImage shot = window->grab().toImage();
    screenshot(window.get(), QStringLiteral("layout-%1x%2.png").arg(pixels.width()).arg(pixels.height()));
    QCOMPARE(shot.devicePixelRatio(), ratio);
    QCOMPARE(shot.width(), qRound(window->width() * ratio));
    const QRect mapRect(QPoint(qRound(map->mapTo(window.get(), QPoint(0, 0)).x() * ratio),
                               qRound(map->mapTo(window.get(), QPoint(0, 0)).y() * ratio)),
                        map->size() * ratio);
    const MapTheme theme = map->theme();
    // Rows and columns through the middle of the world: the widest and tallest span of sea
    // and land they cross is the world's size (lines and labels hide the sea here and there).
    QPair<int, int> across { mapRect.width(), -1 }, down { mapRect.height(), -1 };
    for (int i = -4; i <= 4; ++i) {
        const int row = mapRect.center().y() + i * mapRect.height() / 40;
        const int column = mapRect.center().x() + i * mapRect.width() / 40;
        const auto h = worldSpan(shot, QPoint(mapRect.left(), row), QPoint(1, 0), mapRect.width(), theme);
        const auto v = worldSpan(shot, QPoint(column, mapRect.top()), QPoint(0, 1), mapRect.height(), theme);
        if (h.first >= 0)
            across = { std::min(across.first, h.first), std::max(across.second, h.second) };
        if (v.first >= 0)
            down = { std::min(down.first, v.first), std::max(down.second, v.second) };
    }
    const int worldWidth = across.second - across.first + 1;
    const int worldHeight = down.second - down.first + 1;
    const QString drawn = QStringLiteral("map %1 × %2 px, world %3 × %4 px, gaps left %5 right %6 top %7 bottom %8")
                                  .arg(mapRect.width()).arg(mapRect.height())
                                  .arg(worldWidth).arg(worldHeight)
                                  .arg(across.first).arg(mapRect.width() - 1 - across.second)
                                  .arg(down.first).arg(mapRect.height() - 1 - down.second);
    qInfo().noquote() << drawn;
    QVERIFY2(across.second >= 0 && down.second >= 0, qPrintable(drawn));
    // Not a stamp: the world fills the map's width or its height, less the margin around it.
    const double filled = std::max(double(worldWidth) / mapRect.width(), double(worldHeight) / mapRect.height());
    QVERIFY2(filled >= 0.9, qPrintable(drawn));
    QVERIFY2(worldWidth >= 0.4 * shot.width(), qPrintable(drawn));
    // And in the middle.
    const int tolerance = qRound(3 * ratio);
    QVERIFY2(std::abs(across.first - (mapRect.width() - 1 - across.second)) <= tolerance, qPrintable(drawn));
    QVERIFY2(std::abs(down.first - (mapRect.height() - 1 - down.second)) <= tolerance, qPrintable(drawn));
}

void tst_WindowLayout::narrowingAndWideningTheWindow()
{
    // A window made narrow by the user, then wide again: the details go to the list as a tab,
    // and come back to the right.
    QScreen *screen = screenNamed(QStringLiteral("fullhd"));
    QVERIFY(screen);
    const auto window = openWindow(screen, QSize(1800, 1000));
    QVERIFY(window);
    auto *list = window->findChild<QDockWidget *>(QStringLiteral("cityListDock"));
    auto *details = window->findChild<QDockWidget *>(QStringLiteral("detailDock"));
    QVERIFY(seen(list) && seen(details));
    QCOMPARE(window->dockWidgetArea(details), Qt::RightDockWidgetArea);

    window->resize(760, 570);
    settle();
    QVERIFY2(window->mapView()->width() * 2 >= window->width(),
             qPrintable(QStringLiteral("map %1 of %2").arg(window->mapView()->width()).arg(window->width())));
    QVERIFY(window->tabifiedDockWidgets(details).contains(list));
    // A place chosen brings its details to the front.
    window->selection()->selectPlace(m_network->places().first().id);
    QVERIFY(seen(details));

    window->resize(1800, 1000);
    settle();
    QCOMPARE(window->dockWidgetArea(details), Qt::RightDockWidgetArea);
    QCOMPARE(window->dockWidgetArea(list), Qt::LeftDockWidgetArea);
    QVERIFY(seen(list) && seen(details));
    QVERIFY(window->mapView()->width() * 2 >= window->width());
}

int main(int argc, char *argv[])
{
    // Four screens of the sizes people have, the last at scale 2, on the offscreen platform.
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" TWINATLAS_TEST_DATA "/screens/four-screens.json");
    QApplication app(argc, argv);
    tst_WindowLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowlayout.moc"
