// SPDX-License-Identifier: GPL-3.0-or-later
// What a newcomer's window says to do: with no place chosen, the detail pane offers to type a
// town's name (its button puts the cursor in the list's search field, bringing the list back if
// it was closed), to click a dot on the map, and to get the world's partnerships from Wikidata
// through the window's action of that name, when the window has one.
#include "atlasselection.h"
#include "citylistpane.h"
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "detailpane.h"
#include "detailstartpage.h"
#include "mainwindow.h"
#include "testatlas.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace twinatlas;

class tst_NewcomerWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyPaneSaysWhatToDo();
    void findButtonGoesToTheSearchField();
    void wikidataIsOfferedWhenTheWindowHasIt();
    void choosingAPlaceReplacesTheOffer();

private:
    std::unique_ptr<MainWindow> openWindow(QAction **wikidata = nullptr);

    QTemporaryDir m_dir;
    AtlasDatabase m_atlas;
};

void tst_NewcomerWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    const QString copy = testing::copyBundledAtlas(m_dir.path());
    QVERIFY(!copy.isEmpty());
    QVERIFY2(m_atlas.open(copy), qPrintable(m_atlas.errorString()));
}

std::unique_ptr<MainWindow> tst_NewcomerWindow::openWindow(QAction **wikidata)
{
    auto window = std::make_unique<MainWindow>(m_atlas);
    if (wikidata) {
        // As the File menu's action will be: found by its name when the window is first shown.
        *wikidata = new QAction(QStringLiteral("Get partnerships from Wikidata…"), window.get());
        (*wikidata)->setObjectName(QStringLiteral("getFromWikidataAction"));
    }
    window->resize(1400, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QCoreApplication::processEvents();
    return window;
}

void tst_NewcomerWindow::emptyPaneSaysWhatToDo()
{
    const auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->selection()->placeId(), qint64(0));
    DetailStartPage *start = window->detailPane()->startPage();
    QVERIFY(start->isVisible());
    QCOMPARE(window->detailPane()->placeName(), QString());
    QStringList shown;
    for (const QLabel *label : start->findChildren<QLabel *>()) {
        if (label->isVisible())
            shown << label->text();
    }
    const QString text = shown.join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("Type a town’s name")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("click a dot on the map")), qPrintable(text));
    QVERIFY(start->findButton()->isVisible() && start->findButton()->isEnabled());
    // The window's File ▸ Get partnerships from Wikidata… is offered beside them.
    const QAction *wikidata = window->findChild<QAction *>(QStringLiteral("getFromWikidataAction"));
    QVERIFY(wikidata);
    QVERIFY(start->wikidataButton()->isVisible() && start->wikidataButton()->isEnabled());
    QVERIFY2(text.contains(QLatin1String("Wikidata")), qPrintable(text));
}

void tst_NewcomerWindow::findButtonGoesToTheSearchField()
{
    const auto window = openWindow();
    QVERIFY(window);
    auto *places = window->findChild<QDockWidget *>(QStringLiteral("cityListDock"));
    QVERIFY(places);
    places->close();
    QVERIFY(!places->isVisible());
    QTest::mouseClick(window->detailPane()->startPage()->findButton(), Qt::LeftButton);
    QVERIFY(places->isVisible());
    QVERIFY(window->cityList()->searchField()->hasFocus());
}

void tst_NewcomerWindow::wikidataIsOfferedWhenTheWindowHasIt()
{
    QAction *wikidata = nullptr;
    const auto window = openWindow(&wikidata);
    QVERIFY(window && wikidata);
    QPushButton *button = window->detailPane()->startPage()->wikidataButton();
    QVERIFY(button->isVisible() && button->isEnabled());
    QSignalSpy triggered(wikidata, &QAction::triggered);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(triggered.count(), 1);
    // It follows the action: disabled (a read-only atlas), hidden.
    wikidata->setEnabled(false);
    QVERIFY(!button->isEnabled());
    wikidata->setEnabled(true);
    QVERIFY(button->isEnabled());
    wikidata->setVisible(false);
    QVERIFY(!button->isVisible());
    delete wikidata;
    QVERIFY(!button->isVisible());
}

void tst_NewcomerWindow::choosingAPlaceReplacesTheOffer()
{
    const auto window = openWindow();
    QVERIFY(window);
    const auto place = AtlasReader(m_atlas.connection()).placeByUid(QStringLiteral("gn:2934246"));
    QVERIFY(place);
    window->selection()->selectPlace(place->id);
    QVERIFY(!window->detailPane()->startPage()->isVisible());
    QCOMPARE(window->detailPane()->placeName(), QStringLiteral("Düsseldorf"));
    window->selection()->clear();
    QVERIFY(window->detailPane()->startPage()->isVisible());
}

QTEST_MAIN(tst_NewcomerWindow)
#include "tst_newcomerwindow.moc"
