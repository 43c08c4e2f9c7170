// SPDX-License-Identifier: GPL-3.0-or-later
#include "importactions.h"

#include "atlasselection.h"
#include "candidatemarkeroverlay.h"
#include "importdialog.h"
#include "importsourcepage.h"
#include "mapview.h"
#include "placefield.h"

#include <QAction>
#include <QMainWindow>
#include <QStatusBar>

namespace twinatlas {

ImportActions::ImportActions(AtlasDatabase &atlas, AtlasEdits *edits, AtlasSelection *selection, MapView *map,
                             QMainWindow *window)
    : QObject(window),
      m_atlas(atlas),
      m_edits(edits),
      m_selection(selection),
      m_map(map),
      m_window(window),
      m_import(new QAction(tr("&Import partnerships…"), this)),
      m_paste(new QAction(tr("Paste &list of twins…"), this))
{
    m_import->setObjectName(QStringLiteral("importAction"));
    m_import->setIcon(QIcon::fromTheme(QStringLiteral("document-import")));
    m_import->setStatusTip(tr("Add the partnerships of a CSV file, a Wikidata query result or a pasted list"));
    m_paste->setObjectName(QStringLiteral("pasteTwinsAction"));
    m_paste->setStatusTip(tr("Add a place’s twins from a list copied from a web page or a newsletter"));
    connect(m_import, &QAction::triggered, this, [this] { openDialog(false); });
    connect(m_paste, &QAction::triggered, this, [this] { openDialog(true); });
}

CandidateMarkerOverlay *ImportActions::candidateMarkers()
{
    if (!m_candidateMarkers)
        m_candidateMarkers = new CandidateMarkerOverlay(m_map);
    return m_candidateMarkers;
}

void ImportActions::setReadOnly(bool readOnly)
{
    m_import->setEnabled(!readOnly);
    m_paste->setEnabled(!readOnly);
}

ImportDialog *ImportActions::openDialog(bool paste)
{
    auto *dialog = new ImportDialog(m_atlas, m_edits, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (paste) {
        dialog->sourcePage()->showPaste();
        // The place looked at is most likely the one whose twins are pasted.
        if (m_selection->placeId() != 0)
            dialog->sourcePage()->homeField()->setPlaceId(m_selection->placeId());
    }
    connect(dialog, &ImportDialog::placeShown, this, [this](qint64 placeId, LonLat position) {
        m_selection->selectPlace(placeId);
        m_map->framePlace(placeId, position);
    });
    connect(dialog, &ImportDialog::candidatesShown, this,
            [this](const QVector<CandidateMarker> &markers, int current) {
                candidateMarkers()->setMarkers(markers, current);
            });
    connect(dialog, &QObject::destroyed, this, [this] {
        if (m_candidateMarkers)
            m_candidateMarkers->setMarkers({}, -1);
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_window->statusBar()->showMessage(dialog->resultText(), 10000);
    });
    dialog->open();
    return dialog;
}

} // namespace twinatlas
