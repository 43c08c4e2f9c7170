// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QToolBar;
class QUndoView;

namespace twinatlas {

class AtlasDatabase;
class AtlasEdits;
class AtlasSelection;
class BackupActions;
class CardMarkerOverlay;
class ChecklistPane;
class CityListPane;
class DetailPane;
class EditActions;
class ImportActions;
class MapPickMode;
class MapView;
class NetworkUpdater;
class WikidataActions;

/**
 * Everything the window needs to change the atlas, built and connected in one place so that
 * MainWindow stays wiring only: the edits and their undo history, the Edit menu and toolbar,
 * the buttons in the detail pane and on the timeline, the postcard checklist, backups, and
 * read-only mode. After any change (an edit, an undo, a restore) it brings every view up to
 * date: the selection (a removed row is no longer selected), the lists, the detail pane, the
 * checklist and the map.
 */
class AtlasEditing : public QObject
{
    Q_OBJECT

public:
    AtlasEditing(AtlasDatabase &atlas, QMainWindow *window, AtlasSelection *selection, MapView *map,
                 CityListPane *cityList, DetailPane *detailPane);
    ~AtlasEditing() override;

    /** The undo history and checklist docks, placed beside the window's own. */
    void addDocks(QDockWidget *placesDock, QDockWidget *detailsDock);
    /** Import, Get from Wikidata, Back up and Restore, for the File menu. */
    void addFileActions(QMenu *file) const;
    /** Undo, Redo and the editing actions. */
    void fillEditMenu(QMenu *edit) const;
    /** The docks' toggles, for the View menu. */
    void addViewActions(QMenu *view) const;
    /**
     * The atlas was written by something other than these edits (a team sync): the views
     * follow, and the undo history, whose steps may no longer match the rows, is forgotten.
     */
    void atlasChangedElsewhere();
    /** Empty: writable. Otherwise editing is disabled and the user told why, once. */
    /** Edits off (or on, for an empty reason); tell: say so once in a message box. */
    void setReadOnlyReason(const QString &reason, bool tell = true);

    AtlasEdits *edits() const { return m_edits; }
    EditActions *actions() const { return m_actions; }
    BackupActions *backupActions() const { return m_backup; }
    ImportActions *importActions() const { return m_import; }
    WikidataActions *wikidataActions() const { return m_wikidata; }
    ChecklistPane *checklistPane() const { return m_checklist; }
    CardMarkerOverlay *cardMarkers() const { return m_cardMarkers; }
    MapPickMode *pickMode() const { return m_pickMode; }
    NetworkUpdater *networkUpdater() const { return m_networkUpdater; }
    QUndoView *undoView() const { return m_undoView; }
    QToolBar *toolBar() const { return m_toolBar; }

private:
    /** Reads everything the views show again. */
    void refresh();
    void updateCardMarkers();

    AtlasDatabase &m_atlas;
    QMainWindow *m_window;
    AtlasSelection *m_selection;
    MapView *m_map;
    CityListPane *m_cityList;
    DetailPane *m_detailPane;
    AtlasEdits *m_edits;
    MapPickMode *m_pickMode;
    EditActions *m_actions;
    BackupActions *m_backup;
    ImportActions *m_import;
    WikidataActions *m_wikidata;
    NetworkUpdater *m_networkUpdater;
    ChecklistPane *m_checklist;
    CardMarkerOverlay *m_cardMarkers;
    QUndoView *m_undoView;
    QDockWidget *m_undoDock = nullptr;
    QDockWidget *m_checklistDock = nullptr;
    QToolBar *m_toolBar;
    QAction *m_undo;
    QAction *m_redo;
    bool m_toldReadOnly = false;
};

} // namespace twinatlas
