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
class ImportActions;
class MapView;
class WikidataDialog;

/**
 * File ▸ Get partnerships from Wikidata…: opens the WikidataDialog (the selected place is
 * offered as what to fetch); while its review shows a place, the window shows it, as the
 * import's review does. At start, if Preferences ask for a weekly check and a week has passed
 * since the last fetch, the dialog opens on the last fetch's scope and starts by itself.
 */
class WikidataActions : public QObject
{
    Q_OBJECT

public:
    WikidataActions(AtlasDatabase &atlas, AtlasEdits *edits, AtlasSelection *selection, MapView *map,
                    ImportActions *import, QMainWindow *window);

    /** objectName getFromWikidataAction. */
    QAction *getAction() const { return m_get; }
    void setReadOnly(bool readOnly);
    /** The weekly check, if it is on and due; returns the dialog it opened, or null. */
    WikidataDialog *checkAtStart();

public slots:
    /** Opens the dialog (non-blocking) and returns it. */
    WikidataDialog *openDialog();

private:
    AtlasDatabase &m_atlas;
    AtlasEdits *m_edits;
    AtlasSelection *m_selection;
    MapView *m_map;
    ImportActions *m_import;
    QMainWindow *m_window;
    QAction *m_get;
    QPointer<WikidataDialog> m_dialog;
};

} // namespace twinatlas
