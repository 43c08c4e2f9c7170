// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutbox.h"
#include "atlasediting.h"
#include "atlasselection.h"
#include "atlasstatusbar.h"
#include "citylistpane.h"
#include "db/atlasdatabase.h"
#include "detailpane.h"
#include "detailstartpage.h"
#include "docklayout.h"
#include "mapexportactions.h"
#include "mapview.h"
#include "mapviewactions.h"
#include "mapviewsettings.h"
#include "mylocation.h"
#include "preferencesdialog.h"
#include "teamactions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>

namespace twinatlas {

namespace {

/** The window's size and place, and where its docks are, as the user last left them. */
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
/** Bump when the docks change so that an old saved layout is not applied to new ones. */
constexpr int stateVersion = 1;

} // namespace

MainWindow::MainWindow(AtlasDatabase &atlas, QWidget *parent)
    : QMainWindow(parent),
      m_dataVersion(atlas.meta(QStringLiteral("data_version"))),
      m_selection(new AtlasSelection(this)),
      m_mapView(new MapView(this)),
      m_cityList(new CityListPane(atlas.connection(), m_selection, this)),
      m_detailPane(new DetailPane(AtlasReader(atlas.connection()), m_selection, this)),
      m_statusBar(new AtlasStatusBar(this))
{
    setWindowTitle(tr("Twinatlas"));
    setCentralWidget(m_mapView);
    setStatusBar(m_statusBar);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    m_cityDock = addPane(m_cityList, tr("Places"), QStringLiteral("cityListDock"),
                         Qt::LeftDockWidgetArea);
    m_detailDock = addPane(m_detailPane, tr("Details"), QStringLiteral("detailDock"),
                           Qt::RightDockWidgetArea);
    m_myLocation = new MyLocation(AtlasReader(atlas.connection()), m_selection, m_mapView,
                                  m_statusBar, this);
    m_editing = new AtlasEditing(atlas, this, m_selection, m_mapView, m_cityList, m_detailPane);
    m_editing->addDocks(m_cityDock, m_detailDock);
    m_dockLayout = new DockLayout(this);
    m_mapSettings = new MapViewSettings(m_mapView, this);
    m_mapActions = new MapViewActions(m_mapView, this);
    m_exportActions = new MapExportActions(AtlasReader(atlas.connection()), m_mapView, m_selection, this);
    m_team = new TeamActions(atlas, this);
    createMenus();
    connect(m_team, &TeamActions::atlasChanged, m_editing, &AtlasEditing::atlasChangedElsewhere);

    connect(m_selection, &AtlasSelection::placeChanged, m_mapView, &MapView::selectPlace);
    connect(m_selection, &AtlasSelection::partnershipChanged, m_mapView, &MapView::selectPartnership);
    connect(m_mapView, &MapView::placeActivated, m_selection, &AtlasSelection::selectPlace);
    connect(m_mapView, &MapView::selectionCleared, m_selection, &AtlasSelection::clear);
    connect(m_mapView, &MapView::cursorPositionChanged, m_statusBar, &AtlasStatusBar::setCursorPosition);
    connect(m_mapView, &MapView::countsChanged, m_statusBar, &AtlasStatusBar::setCounts);
    connect(m_mapView, &MapView::message, m_statusBar,
            [this](const QString &text) { m_statusBar->showMessage(text, 10000); });
    // A place chosen in the list or among the partners is framed with its own partners.
    const auto frameSelected = [this](LonLat position) {
        m_mapView->framePlace(m_selection->placeId(), position);
    };
    connect(m_cityList, &CityListPane::centerRequested, m_mapView, frameSelected);
    connect(m_detailPane, &DetailPane::centerRequested, m_mapView, frameSelected);

    // Ctrl+F works wherever the focus is, and brings the list back if it was closed.
    addAction(m_cityList->findAction());
    connect(m_cityList->findAction(), &QAction::triggered, m_cityDock, [this] {
        m_cityDock->show();
        m_cityDock->raise();
    });
    m_detailPane->startPage()->setFindAction(m_cityList->findAction());
    // Choosing a place in the search and pressing Ctrl+E exports it.
    m_exportActions->takeShortcutFrom(m_cityList->searchField());
    // On a small screen the details are a tab beside the list: a chosen place brings them forward.
    connect(m_selection, &AtlasSelection::placeChanged, m_detailDock, [this](qint64 placeId) {
        if (placeId != 0 && tabifiedDockWidgets(m_detailDock).contains(m_cityDock))
            m_detailDock->raise();
    });

    readSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::setBaseMap(std::shared_ptr<const BaseMap> baseMap)
{
    m_mapView->setBaseMap(std::move(baseMap));
}

void MainWindow::setNetwork(std::shared_ptr<const MapNetwork> network)
{
    m_mapView->setNetwork(std::move(network));
}

void MainWindow::setReadOnlyReason(const QString &reason)
{
    m_statusBar->setReadOnlyReason(reason);
    m_editing->setReadOnlyReason(reason);
    m_team->setReadOnlyReason(reason);
}

void MainWindow::setDamage(const QString &message)
{
    m_statusBar->setDamage(message);
    m_editing->setReadOnlyReason(message, false);
}

QDockWidget *MainWindow::addPane(QWidget *pane, const QString &title, const QString &objectName,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable
                      | QDockWidget::DockWidgetFloatable);
    dock->setWidget(pane);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *preferences = file->addAction(tr("&Preferences…"), this,
                                           [this] { PreferencesDialog(this).exec(); });
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    m_editing->addFileActions(file);
    file->addSeparator();
    file->addAction(m_exportActions->exportAction());
    file->addAction(m_exportActions->printAction());
    file->addSeparator();
    m_team->addToMenu(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_editing->fillEditMenu(menuBar()->addMenu(tr("&Edit")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *places = m_cityDock->toggleViewAction();
    places->setText(tr("&Places"));
    view->addAction(places);
    QAction *details = m_detailDock->toggleViewAction();
    details->setText(tr("&Details"));
    view->addAction(details);
    m_editing->addViewActions(view);
    view->addSeparator();
    view->addAction(m_cityList->findAction());
    view->addSeparator();
    QAction *zoomIn = view->addAction(tr("Zoom &in"), m_mapView, &MapView::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = view->addAction(tr("Zoom &out"), m_mapView, &MapView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *world = view->addAction(tr("Show the whole &world"), m_mapView, &MapView::showWholeWorld);
    world->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    view->addMenu(m_mapActions->projectionMenu());
    view->addMenu(m_mapActions->themeMenu());

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_myLocation->action());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Twinatlas"), this,
                                     [this] { AboutBox::show(this, m_dataVersion); });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::readSettings()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(geometryKey).toByteArray();
    const QRect available = screen()->availableGeometry();
    // A saved size larger than the screen (another screen then, or a window something had
    // widened) is not restored: Qt moves such a window, but keeps its size.
    if (geometry.isEmpty() || !restoreGeometry(geometry) || !available.contains(this->geometry())) {
        resize(std::min(1800, available.width() * 19 / 20), std::min(1100, available.height() * 19 / 20));
        move(available.center() - rect().center());
        m_dockLayout->startWithPreferredWidths();
    }
    restoreState(settings.value(stateKey).toByteArray(), stateVersion);
    m_mapSettings->restore();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState(stateVersion));
    m_mapSettings->save();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shownBefore)
        return;
    m_shownBefore = true;
    // Getting partnerships from Wikidata is the File menu's; the empty detail pane offers it to
    // a newcomer too, when the window has it.
    if (auto *wikidata = findChild<QAction *>(QStringLiteral("getFromWikidataAction")))
        m_detailPane->startPage()->setWikidataAction(wikidata);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

} // namespace twinatlas
