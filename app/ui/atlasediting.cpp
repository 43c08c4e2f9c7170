// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasediting.h"

#include "atlasedits.h"
#include "atlasselection.h"
#include "backupactions.h"
#include "cardmarkeroverlay.h"
#include "checklistpane.h"
#include "citylistpane.h"
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "detailpane.h"
#include "editactions.h"
#include "importactions.h"
#include "wikidataactions.h"
#include "mappickmode.h"
#include "mapview.h"
#include "networkupdater.h"
#include "render/mapnetwork.h"
#include "timelineview.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoView>

namespace twinatlas {

AtlasEditing::AtlasEditing(AtlasDatabase &atlas, QMainWindow *window, AtlasSelection *selection,
                           MapView *map, CityListPane *cityList, DetailPane *detailPane)
    : QObject(window),
      m_atlas(atlas),
      m_window(window),
      m_selection(selection),
      m_map(map),
      m_cityList(cityList),
      m_detailPane(detailPane),
      m_edits(new AtlasEdits(atlas, this)),
      m_pickMode(new MapPickMode(map, atlas.connection(), window->statusBar(), this)),
      m_actions(new EditActions(m_edits, atlas.connection(), selection, m_pickMode, window)),
      m_backup(new BackupActions(atlas, m_edits, window)),
      m_import(new ImportActions(atlas, m_edits, selection, map, window)),
      m_wikidata(new WikidataActions(atlas, m_edits, selection, map, m_import, window)),
      m_networkUpdater(new NetworkUpdater(atlas.connection(), this)),
      m_checklist(new ChecklistPane(atlas.connection(), selection, m_edits, window)),
      m_cardMarkers(new CardMarkerOverlay(map)),
      m_undoView(new QUndoView(m_edits->history(), window)),
      m_toolBar(new QToolBar(tr("Editing"), window)),
      m_undo(m_edits->createUndoAction(this)),
      m_redo(m_edits->createRedoAction(this))
{
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    // Undo and redo work wherever the focus is, even with the menu bar hidden.
    window->addAction(m_undo);
    window->addAction(m_redo);
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_undoView->setEmptyLabel(tr("The atlas as opened"));
    m_checklist->setObjectName(QStringLiteral("checklistPane"));

    m_toolBar->setObjectName(QStringLiteral("editToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The two ways to add to the atlas, in words. Undo and Redo are in the Edit menu, on their
    // shortcuts and in the history dock: their text names the step and would crowd the bar.
    m_toolBar->addAction(m_actions->addPartnershipAction());
    m_toolBar->addAction(m_actions->addPlaceAction());
    window->addToolBar(Qt::TopToolBarArea, m_toolBar);

    // Where a new user looks first: beside the place, and above a partnership's history.
    detailPane->addPlaceButton(m_actions->addPartnershipAction(), tr("Add partnership…"));
    detailPane->addPlaceButton(m_actions->editPlaceAction(), tr("Correct…"));
    detailPane->addPartnershipButton(m_actions->addEventAction(), tr("Add event…"));
    detailPane->addPartnershipButton(m_actions->editPartnershipAction(), tr("Edit…"));
    detailPane->addPartnershipButton(m_actions->statusMenuAction(), tr("Status"));
    detailPane->addPartnershipButton(m_actions->removePartnershipAction(), tr("Remove"));
    TimelineView *timeline = detailPane->timelineView();
    timeline->setEditable(true);
    connect(timeline, &TimelineView::editRequested, m_actions, &EditActions::editEvent);
    connect(timeline, &TimelineView::removeRequested, m_actions, &EditActions::removeEvent);

    connect(m_edits, &AtlasEdits::atlasChanged, this, &AtlasEditing::refresh);
    connect(m_backup, &BackupActions::restored, this, &AtlasEditing::refresh);
    connect(m_edits, &AtlasEdits::stepFailed, window, [window](const QString &message) {
        QMessageBox::warning(window, tr("Cannot undo or redo"), message);
    });
    connect(m_networkUpdater, &NetworkUpdater::networkReady, this,
            [this](std::shared_ptr<const MapNetwork> network) {
                m_map->setNetwork(std::move(network));
                m_cardMarkers->update();
            });
    connect(m_checklist, &ChecklistPane::cardsChanged, m_cardMarkers,
            &CardMarkerOverlay::setPlaces);
    // A place just added is framed as one chosen in the list is.
    connect(m_actions, &EditActions::centerRequested, m_map,
            [this](LonLat position) { m_map->framePlace(m_selection->placeId(), position); });
}

AtlasEditing::~AtlasEditing() = default;

void AtlasEditing::addDocks(QDockWidget *placesDock, QDockWidget *detailsDock)
{
    const auto dock = [this](QWidget *pane, const QString &title, const QString &objectName) {
        auto *d = new QDockWidget(title, m_window);
        d->setObjectName(objectName);
        d->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
        d->setWidget(pane);
        return d;
    };
    m_checklistDock = dock(m_checklist, tr("Postcards"), QStringLiteral("checklistDock"));
    m_undoDock = dock(m_undoView, tr("Undo history"), QStringLiteral("undoDock"));
    // The checklist is about the selected place, like the details: a tab beside them. The
    // history is short and read at a glance: under the list of places.
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_checklistDock);
    m_window->tabifyDockWidget(detailsDock, m_checklistDock);
    detailsDock->raise();
    m_window->addDockWidget(Qt::LeftDockWidgetArea, m_undoDock);
    m_window->splitDockWidget(placesDock, m_undoDock, Qt::Vertical);
    m_window->resizeDocks({placesDock, m_undoDock}, {600, 150}, Qt::Vertical);
}

void AtlasEditing::addFileActions(QMenu *file) const
{
    file->addAction(m_import->importAction());
    file->addAction(m_wikidata->getAction());
    file->addSeparator();
    file->addAction(m_backup->backupAction());
    file->addAction(m_backup->restoreAction());
}

void AtlasEditing::fillEditMenu(QMenu *edit) const
{
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    m_actions->addToMenu(edit);
    edit->addSeparator();
    edit->addAction(m_import->pasteAction());
}

void AtlasEditing::addViewActions(QMenu *view) const
{
    if (m_checklistDock) {
        QAction *postcards = m_checklistDock->toggleViewAction();
        postcards->setText(tr("P&ostcards"));
        view->addAction(postcards);
    }
    if (m_undoDock) {
        QAction *history = m_undoDock->toggleViewAction();
        history->setText(tr("&Undo history"));
        view->addAction(history);
    }
}

void AtlasEditing::setReadOnlyReason(const QString &reason, bool tell)
{
    const bool readOnly = !reason.isEmpty();
    m_actions->setReadOnly(readOnly);
    m_backup->setReadOnly(readOnly);
    m_import->setReadOnly(readOnly);
    m_wikidata->setReadOnly(readOnly);
    m_checklist->setReadOnly(readOnly);
    m_detailPane->timelineView()->setEditable(!readOnly);
    m_undo->setVisible(!readOnly);
    m_redo->setVisible(!readOnly);
    if (!readOnly || m_toldReadOnly || !tell)
        return;
    m_toldReadOnly = true;
    // Once, and after the window is up: a message over nothing explains nothing.
    QTimer::singleShot(0, m_window, [this, reason] {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Read-only"),
                                    tr("This atlas can be read but not changed now."),
                                    QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("readOnlyNotice"));
        box->setInformativeText(reason);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void AtlasEditing::atlasChangedElsewhere()
{
    m_edits->clearHistory();
    emit m_edits->atlasChanged();
}

void AtlasEditing::refresh()
{
    // What was selected may be gone (removed, undone, restored away) or moved to other places.
    const AtlasReader reader(m_atlas.connection());
    const qint64 placeId = m_selection->placeId();
    if (placeId != 0 && !reader.place(placeId)) {
        m_selection->clear();
    } else if (const qint64 id = m_selection->partnershipId(); id != 0) {
        const auto p = reader.partnership(id);
        if (!p || (p->placeA != placeId && p->placeB != placeId))
            m_selection->selectPartnership(0);
    }
    m_cityList->reload();
    m_detailPane->reload();
    m_checklist->reload();
    m_networkUpdater->refresh(m_map->network());
    m_actions->updateActions();
}

} // namespace twinatlas
