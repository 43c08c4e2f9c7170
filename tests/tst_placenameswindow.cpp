// SPDX-License-Identifier: GPL-3.0-or-later
// The window names places in its language: Galway and Killarney in English, not GeoNames' Irish
// main names; Warschau, Venedig and Mailand in German. The city list, the map's labels and the
// detail pane say the same, and typing any of a place's names in the list finds it.
#include "atlasselection.h"
#include "citylistpane.h"
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "detailpane.h"
#include "mainwindow.h"
#include "mapview.h"
#include "render/maprenderer.h"
#include "render/mapnetwork.h"
#include "searchresultmodel.h"
#include "translators.h"

#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <map>
#include <memory>

using namespace twinatlas;

class tst_PlaceNamesWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void namesFollowTheLanguage_data();
    void namesFollowTheLanguage();
    void typingAnyNameFindsThePlace_data();
    void typingAnyNameFindsThePlace();

private:
    MainWindow *window(const QString &language);
    qint64 idOf(const QString &uid);

    QTemporaryDir m_dir;
    AtlasDatabase m_atlas;
    std::map<QString, std::unique_ptr<MainWindow>> m_windows;
};

void tst_PlaceNamesWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    const QString copy = m_dir.filePath(QStringLiteral("atlas.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TWINATLAS_BUNDLED_DB), copy));
    QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY2(m_atlas.open(copy), qPrintable(m_atlas.errorString()));
}

void tst_PlaceNamesWindow::cleanupTestCase()
{
    m_windows.clear();
}

// The window as the program starts it in a language: translators and default locale first.
MainWindow *tst_PlaceNamesWindow::window(const QString &language)
{
    auto &slot = m_windows[language];
    if (!slot) {
        Translators::install(QLocale(language));
        slot = std::make_unique<MainWindow>(m_atlas);
        slot->setNetwork(MapNetwork::fromAtlas(AtlasReader(m_atlas.connection())));
        slot->resize(1400, 900);
        slot->show();
        if (!QTest::qWaitForWindowExposed(slot.get()))
            return nullptr;
    }
    // Each window keeps the language it was made in; the locale follows the one in front.
    QLocale::setDefault(QLocale(language));
    return slot.get();
}

qint64 tst_PlaceNamesWindow::idOf(const QString &uid)
{
    const auto place = AtlasReader(m_atlas.connection()).placeByUid(uid);
    return place ? place->id : 0;
}

void tst_PlaceNamesWindow::namesFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("uid");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("twinned"); // in the list of twinned places and on the map
    QTest::newRow("Galway") << "en" << "gn:2964180" << "Galway" << true;
    QTest::newRow("Killarney") << "en" << "gn:2963370" << "Killarney" << true;
    QTest::newRow("Warsaw") << "en" << "gn:756135" << "Warsaw" << true;
    QTest::newRow("Warschau") << "de" << "gn:756135" << "Warschau" << true;
    QTest::newRow("Venedig") << "de" << "gn:3164603" << "Venedig" << true;
    // Milan has no partnership in the atlas: only the detail pane (and a search) shows it.
    QTest::newRow("Mailand") << "de" << "gn:3173435" << "Mailand" << false;
}

void tst_PlaceNamesWindow::namesFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, uid);
    QFETCH(QString, name);
    QFETCH(bool, twinned);
    MainWindow *w = window(language);
    QVERIFY(w);
    const qint64 id = idOf(uid);
    QVERIFY(id);
    w->selection()->selectPlace(id);

    // The detail pane's heading.
    QCOMPARE(w->detailPane()->placeName(), name);
    if (!twinned)
        return;
    // The city list: the current row is the place, under its name.
    QCOMPARE(w->cityList()->currentPlaceId(), id);
    QCOMPARE(w->cityList()->currentView()->currentIndex().siblingAtColumn(0).data().toString(),
             name);
    // The map: the selected place's label comes first, and the network names it alike.
    MapRenderState state;
    state.selectedPlace = id;
    const QVector<MapLabel> labels =
            w->mapView()->renderer()->labels(w->mapView()->viewport(), state);
    QVERIFY(!labels.isEmpty());
    QCOMPARE(labels.first().placeId, id);
    QCOMPARE(labels.first().text, name);
    const auto network = w->mapView()->network();
    QCOMPARE(network->places().at(network->indexOfPlace(id)).name, name);
}

void tst_PlaceNamesWindow::typingAnyNameFindsThePlace_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("uid");
    QTest::addColumn<QString>("name");
    QTest::newRow("en: Gaillimh") << "en" << "Gaillimh" << "gn:2964180" << "Galway";
    QTest::newRow("en: Cill Airne") << "en" << "Cill Airne" << "gn:2963370" << "Killarney";
    QTest::newRow("en: Warschau") << "en" << "Warschau" << "gn:756135" << "Warsaw";
    QTest::newRow("de: Warsaw") << "de" << "Warsaw" << "gn:756135" << "Warschau";
    QTest::newRow("de: Warszawa") << "de" << "Warszawa" << "gn:756135" << "Warschau";
    QTest::newRow("de: Venezia") << "de" << "Venezia" << "gn:3164603" << "Venedig";
    QTest::newRow("de: Milano") << "de" << "Milano" << "gn:3173435" << "Mailand";
}

void tst_PlaceNamesWindow::typingAnyNameFindsThePlace()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, uid);
    QFETCH(QString, name);
    MainWindow *w = window(language);
    QVERIFY(w);
    w->selection()->clear();
    CityListPane *list = w->cityList();
    list->searchField()->clear();
    QTest::keyClicks(list->searchField(), text);
    QCOMPARE(list->currentView()->model(), list->searchModel());
    const qint64 id = idOf(uid);
    const QModelIndex hit = list->searchModel()->indexOfPlace(id);
    QVERIFY2(hit.isValid(), "the place is among the hits");
    // The row is the place's shown name, and says by which name it matched ("Galway (also
    // called Gaillimh)").
    const QString shown = hit.siblingAtColumn(0).data().toString();
    QVERIFY2(shown == name || shown.startsWith(name + QStringLiteral(" (")), qPrintable(shown));
    if (shown != name)
        QVERIFY2(shown.contains(text), qPrintable(shown));
    list->searchField()->clear();
}

QTEST_MAIN(tst_PlaceNamesWindow)
#include "tst_placenameswindow.moc"
