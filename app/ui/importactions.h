// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace twinatlas {

class AtlasDatabase;
class AtlasEdits;
class AtlasSelection;
class CandidateMarkerOverlay;
class ImportDialog;
class MapView;

/**
 * File → Import partnerships… and Edit → Paste list of twins…: both open the ImportDialog, on
 * its file or its paste tab. While the review shows a place of the atlas, the window selects
 * it and moves its map there, so that a candidate is seen where it is; the candidates of the
 * name looked at are marked on the map, numbered as the review lists them.
 */
class ImportActions : public QObject
{
    Q_OBJECT

public:
    ImportActions(AtlasDatabase &atlas, AtlasEdits *edits, AtlasSelection *selection, MapView *map,
                  QMainWindow *window);

    QAction *importAction() const { return m_import; }
    QAction *pasteAction() const { return m_paste; }
    void setReadOnly(bool readOnly);
    /** The map's marks for the review's candidates, made when first needed. */
    CandidateMarkerOverlay *candidateMarkers();

public slots:
    /** Opens the dialog (non-blocking) and returns it; paste opens it on its paste tab. */
    ImportDialog *openDialog(bool paste = false);

private:
    AtlasDatabase &m_atlas;
    AtlasEdits *m_edits;
    AtlasSelection *m_selection;
    MapView *m_map;
    QMainWindow *m_window;
    QAction *m_import;
    QAction *m_paste;
    QPointer<CandidateMarkerOverlay> m_candidateMarkers;
};

} // namespace twinatlas
