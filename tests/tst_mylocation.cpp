// SPDX-License-Identifier: GPL-3.0-or-later
// Go ▸ My location in the atlas window on the small test atlas: a position moves the map there,
// selects the nearest place with partnerships and says how far it is; no position (no fix in
// the log, permission refused, no source at all) says why in a message box and changes nothing.
#include "atlasselection.h"
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "export/viewportsettings.h"
#include "location/positionsourcesetting.h"
#include "mainwindow.h"
#include "mapview.h"
#include "mylocation.h"
#include "render/mapnetwork.h"
#include "testatlas.h"

#include <QAction>
#include <QGeoPositionInfoSource>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace twinatlas;

namespace {

QString logPath(const char *name)
{
    return QStringLiteral(TWINATLAS_TEST_DATA "/nmea/") + QLatin1String(name);
}

/** A system position source whose user refused access, as GeoClue reports it. */
class RefusingSource : public QGeoPositionInfoSource
{
public:
    RefusingSource() : QGeoPositionInfoSource(nullptr) {}
    QGeoPositionInfo lastKnownPosition(bool) const override { return {}; }
    PositioningMethods supportedPositioningMethods() const override { return AllPositioningMethods; }
    int minimumUpdateInterval() const override { return 0; }
    Error error() const override { return AccessError; }
    void startUpdates() override {}
    void stopUpdates() override {}
    void requestUpdate(int) override { emit errorOccurred(AccessError); }
};

} // namespace

class tst_MyLocation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void goMenuHasMyLocation();
    void positionSelectsTheNearestPlace();
    void noPositionChangesNothing_data();
    void noPositionChangesNothing();

private:
    QAction *myLocationAction() const;
    qint64 placeId(const char *uid);
    QPointF mapCenter() const;
    QMessageBox *messageBox() const;

    QTemporaryDir m_dir;
    AtlasDatabase m_atlas;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MyLocation::initTestCase()
{
    // No system bus, so no GeoClue: the system's source is missing on every machine.
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/twinatlas-test-bus");
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    const QString path = twinatlas::testing::buildSmallAtlas(m_dir.path());
    QVERIFY(!path.isEmpty());
    QVERIFY2(m_atlas.open(path), qPrintable(m_atlas.errorString()));
    m_window = std::make_unique<MainWindow>(m_atlas);
    m_window->setNetwork(MapNetwork::fromAtlas(AtlasReader(m_atlas.connection())));
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MyLocation::init()
{
    // Start each case from Haifa, a few zoom steps in, so that a move is visible.
    MapView *map = m_window->mapView();
    map->showWholeWorld();
    for (int i = 0; i < 4; ++i)
        map->zoomIn();
    map->centerOn({34.9885, 32.81841});
    m_window->selection()->selectPlace(placeId("gn:294801"));
    m_window->statusBar()->clearMessage();
}

void tst_MyLocation::cleanup()
{
    PositionSourceSetting::setNmeaSource(QString());
    if (QMessageBox *box = messageBox())
        box->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void tst_MyLocation::cleanupTestCase()
{
    m_window.reset();
}

QAction *tst_MyLocation::myLocationAction() const
{
    return m_window->findChild<QAction *>(QStringLiteral("myLocationAction"));
}

qint64 tst_MyLocation::placeId(const char *uid)
{
    const auto place = AtlasReader(m_atlas.connection()).placeByUid(QLatin1String(uid));
    return place ? place->id : -1;
}

QPointF tst_MyLocation::mapCenter() const
{
    MapView *map = m_window->mapView();
    return map->viewport().center();
}

QMessageBox *tst_MyLocation::messageBox() const
{
    return m_window->findChild<QMessageBox *>(QStringLiteral("myLocationMessage"));
}

void tst_MyLocation::goMenuHasMyLocation()
{
    QAction *action = myLocationAction();
    QVERIFY(action);
    QMenu *go = nullptr;
    for (QAction *menu : m_window->menuBar()->actions())
        if (menu->text() == QLatin1String("&Go"))
            go = menu->menu();
    QVERIFY(go);
    QVERIFY(go->actions().contains(action));
    QVERIFY(action->isEnabled());
}

void tst_MyLocation::positionSelectsTheNearestPlace()
{
    PositionSourceSetting::setNmeaSource(logPath("valid.nmea"));
    QSignalSpy located(m_window->myLocation(), &MyLocation::located);
    QSignalSpy failed(m_window->myLocation(), &MyLocation::failed);

    myLocationAction()->trigger();

    QCOMPARE(failed.count(), 0);
    QCOMPARE(located.count(), 1);
    QCOMPARE(m_window->selection()->placeId(), placeId("gn:2934246"));
    QCOMPARE(m_window->mapView()->selectedPlace(), placeId("gn:2934246"));
    // The map is centred on the fix (Düsseldorf airport), not on the place.
    const auto fixOnScreen = m_window->mapView()->viewport().toScreen({6.7668, 51.2895});
    QVERIFY(fixOnScreen);
    const QPointF middle = QRectF(m_window->mapView()->rect()).center();
    QVERIFY2(QLineF(*fixOnScreen, middle).length() < 1.0,
             qPrintable(QStringLiteral("%1,%2").arg(fixOnScreen->x()).arg(fixOnScreen->y())));
    // Zoomed in from the whole world to the region around it, Düsseldorf in view.
    QVERIFY(ViewportSettings::zoomOf(m_window->mapView()->viewport()) > 8.0);
    const auto place = AtlasReader(m_atlas.connection()).placeByUid(QStringLiteral("gn:2934246"));
    QVERIFY(place);
    const auto placeOnScreen = m_window->mapView()->viewport().toScreen(place->position);
    QVERIFY(placeOnScreen && m_window->mapView()->rect().contains(placeOnScreen->toPoint()));
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QLatin1String("7.6 km")) && message.contains(QStringLiteral("Düsseldorf")),
             qPrintable(message));
    QVERIFY(!messageBox());
    QVERIFY(myLocationAction()->isEnabled());
}

void tst_MyLocation::noPositionChangesNothing_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<int>("source"); // 0: the setting, 1: a refusing system source
    QTest::addColumn<QString>("says");

    QTest::newRow("log without a fix") << logPath("nofix.nmea") << 0 << "no valid position fix";
    QTest::newRow("missing log") << logPath("missing.nmea") << 0 << "Cannot read";
    QTest::newRow("permission refused") << QString() << 1 << "refused";
    QTest::newRow("system without GeoClue") << QString() << 0 << "no position source";
}

void tst_MyLocation::noPositionChangesNothing()
{
    QFETCH(QString, setting);
    QFETCH(int, source);
    QFETCH(QString, says);

    PositionSourceSetting::setNmeaSource(setting);
    const qint64 selectedBefore = m_window->selection()->placeId();
    const QPointF centerBefore = mapCenter();
    QSignalSpy located(m_window->myLocation(), &MyLocation::located);

    if (source == 0)
        myLocationAction()->trigger();
    else
        m_window->myLocation()->locateWith(new RefusingSource);

    QCOMPARE(located.count(), 0);
    QMessageBox *box = messageBox();
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY2(box->text().contains(says), qPrintable(box->text()));
    QCOMPARE(m_window->selection()->placeId(), selectedBefore);
    QCOMPARE(mapCenter(), centerBefore);
    QCOMPARE(m_window->statusBar()->currentMessage(), QString());
    QVERIFY(myLocationAction()->isEnabled());
}

QTEST_MAIN(tst_MyLocation)
#include "tst_mylocation.moc"
