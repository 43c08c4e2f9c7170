// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/atlasreader.h"
#include "exportcontext.h"

#include <QObject>

class QAction;
class QWidget;

namespace twinatlas {

class AtlasSelection;
class MapView;

/**
 * File → Export map… (Ctrl+E) and File → Print… (Ctrl+P): both draw with MapExporter, from
 * the view, theme and selection of the moment, so that the window only adds the actions.
 */
class MapExportActions : public QObject
{
    Q_OBJECT

public:
    MapExportActions(AtlasReader reader, MapView *view, AtlasSelection *selection, QWidget *window);

    QAction *exportAction() const { return m_exportAction; }
    QAction *printAction() const { return m_printAction; }

    /** What an export made now starts from. */
    ExportContext context() const;
    /**
     * Lets Ctrl+E export while the focus is in field: on X11 a line edit takes it for "end
     * of line", so that choosing a place in the list's search and pressing Ctrl+E did nothing.
     */
    void takeShortcutFrom(QWidget *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

public slots:
    /** Opens the export dialog (not blocking; it deletes itself when closed). */
    void exportMap();
    void print();

private:
    AtlasReader m_reader;
    MapView *m_view;
    AtlasSelection *m_selection;
    QWidget *m_window;
    QAction *m_exportAction;
    QAction *m_printAction;
};

} // namespace twinatlas
