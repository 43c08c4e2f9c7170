// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QMenu;

namespace twinatlas {

class AtlasDatabase;
class AtlasEditing;
class AtlasSelection;
class AtlasStatusBar;
class BaseMap;
class CityListPane;
class DetailPane;
class DockLayout;
class MapExportActions;
class MapNetwork;
class MapView;
class MapViewActions;
class MapViewSettings;
class MyLocation;
class TeamActions;

/**
 * The atlas window: the map in the middle, the city list and the detail pane as docks, the
 * menus and the status bar. It only builds and connects them; each pane does its own work and
 * they agree through one AtlasSelection.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** atlas must stay open while the window lives. */
    explicit MainWindow(AtlasDatabase &atlas, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setBaseMap(std::shared_ptr<const BaseMap> baseMap);
    void setNetwork(std::shared_ptr<const MapNetwork> network);
    /** Says in the status bar that the atlas cannot be changed, and why; empty: it can. */
    void setReadOnlyReason(const QString &reason);
    /**
     * The atlas was found damaged (AtlasHealth, which says so itself): edits go off without a
     * second message, and the status bar keeps saying it.
     */
    void setDamage(const QString &message);

    AtlasSelection *selection() const { return m_selection; }
    MapView *mapView() const { return m_mapView; }
    CityListPane *cityList() const { return m_cityList; }
    DetailPane *detailPane() const { return m_detailPane; }
    MyLocation *myLocation() const { return m_myLocation; }
    AtlasEditing *editing() const { return m_editing; }
    TeamActions *team() const { return m_team; }

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QDockWidget *addPane(QWidget *pane, const QString &title, const QString &objectName,
                         Qt::DockWidgetArea area);
    void createMenus();
    void readSettings();
    void writeSettings() const;

    QString m_dataVersion;
    AtlasSelection *m_selection;
    MapView *m_mapView;
    CityListPane *m_cityList;
    DetailPane *m_detailPane;
    QDockWidget *m_cityDock;
    QDockWidget *m_detailDock;
    AtlasStatusBar *m_statusBar;
    MyLocation *m_myLocation = nullptr;
    AtlasEditing *m_editing = nullptr;
    MapViewSettings *m_mapSettings = nullptr;
    MapViewActions *m_mapActions = nullptr;
    MapExportActions *m_exportActions = nullptr;
    DockLayout *m_dockLayout = nullptr;
    bool m_shownBefore = false;
    TeamActions *m_team = nullptr;
};

} // namespace twinatlas
