// SPDX-License-Identifier: GPL-3.0-or-later
#include "wikidataactions.h"

#include "atlasselection.h"
#include "candidatemarkeroverlay.h"
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "importactions.h"
#include "mapview.h"
#include "wikidata/wikidatasettings.h"
#include "wikidatadialog.h"

#include <QAction>
#include <QMainWindow>
#include <QStatusBar>

namespace twinatlas {

WikidataActions::WikidataActions(AtlasDatabase &atlas, AtlasEdits *edits, AtlasSelection *selection, MapView *map,
                                 ImportActions *import, QMainWindow *window)
    : QObject(window),
      m_atlas(atlas),
      m_edits(edits),
      m_selection(selection),
      m_map(map),
      m_import(import),
      m_window(window),
      m_get(new QAction(tr("Get partnerships from &Wikidata…"), this))
{
    m_get->setObjectName(QStringLiteral("getFromWikidataAction"));
    m_get->setIcon(QIcon::fromTheme(QStringLiteral("download")));
    m_get->setStatusTip(tr("Add the twinnings Wikidata records for the world, a country or the selected place"));
    connect(m_get, &QAction::triggered, this, &WikidataActions::openDialog);
}

void WikidataActions::setReadOnly(bool readOnly)
{
    m_get->setEnabled(!readOnly);
}

WikidataDialog *WikidataActions::openDialog()
{
    if (m_dialog && m_dialog->isVisible()) {
        // One fetch at a time: the open one is brought forward.
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    const std::optional<Place> selected = m_selection->placeId() != 0
            ? AtlasReader(m_atlas.connection()).place(m_selection->placeId())
            : std::nullopt;
    if (m_dialog)
        m_dialog->deleteLater(); // closed, and not yet gone
    auto *dialog = new WikidataDialog(m_atlas, m_edits, selected, m_window);
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WikidataDialog::placeShown, this, [this](qint64 placeId, LonLat position) {
        m_selection->selectPlace(placeId);
        m_map->centerOn(position);
    });
    connect(dialog, &WikidataDialog::candidatesShown, this,
            [this](const QVector<CandidateMarker> &markers, int current) {
                m_import->candidateMarkers()->setMarkers(markers, current);
            });
    connect(dialog, &QObject::destroyed, this, [this] { m_import->candidateMarkers()->setMarkers({}, -1); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_window->statusBar()->showMessage(dialog->resultText(), 10000);
    });
    dialog->open();
    return dialog;
}

WikidataDialog *WikidataActions::checkAtStart()
{
    if (!m_get->isEnabled() || !WikidataSettings::checkDue())
        return nullptr;
    const std::optional<WikidataScope> scope = WikidataScope::fromKey(WikidataSettings::lastScope());
    if (!scope)
        return nullptr;
    WikidataDialog *dialog = openDialog();
    dialog->setScope(*scope);
    // The user turned this on in Preferences; the dialog shows what it does and can be cancelled.
    if (dialog->scope().key() == scope->key())
        dialog->start();
    return dialog;
}

} // namespace twinatlas
