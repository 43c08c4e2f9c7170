// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapexportactions.h"

#include "atlasselection.h"
#include "db/countrynames.h"
#include "export/attribution.h"
#include "export/mapexporter.h"
#include "exportchoices.h"
#include "exportdialog.h"
#include "mapprinter.h"
#include "mapview.h"

#include <QAction>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>

namespace twinatlas {

MapExportActions::MapExportActions(AtlasReader reader, MapView *view, AtlasSelection *selection,
                                   QWidget *window)
    : QObject(window),
      m_reader(std::move(reader)),
      m_view(view),
      m_selection(selection),
      m_window(window),
      m_exportAction(new QAction(tr("&Export map…"), this)),
      m_printAction(new QAction(tr("&Print…"), this))
{
    m_exportAction->setObjectName(QStringLiteral("exportMapAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Save the map as a PNG image, an SVG drawing or a PDF document"));
    m_printAction->setObjectName(QStringLiteral("printMapAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_exportAction, &QAction::triggered, this, &MapExportActions::exportMap);
    connect(m_printAction, &QAction::triggered, this, &MapExportActions::print);
}

ExportContext MapExportActions::context() const
{
    ExportContext c;
    c.baseMap = m_view->baseMap();
    c.network = m_view->network();
    c.renderer = m_view->renderer();
    c.view = m_view->viewport();
    c.screenTheme = m_view->theme();
    const qint64 placeId = m_selection->placeId();
    const std::optional<Place> place = placeId != 0 ? m_reader.place(placeId) : std::nullopt;
    if (place) {
        c.selectedPlace = place->id;
        c.selectedPosition = place->position;
        c.selectedName = place->name;
        c.partnershipSources = Attribution::partnershipSources(m_reader, place->id);
        c.description = tr("Partnerships of %1, %2").arg(place->name, CountryNames::localName(place->country));
    } else {
        c.description = tr("Twin towns and sister cities of the world");
    }
    return c;
}

void MapExportActions::takeShortcutFrom(QWidget *field)
{
    field->installEventFilter(this);
}

bool MapExportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (QKeySequence(key->keyCombination()) == m_exportAction->shortcut()) {
            // Not taken by the field: the shortcut goes to the action.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void MapExportActions::exportMap()
{
    auto *dialog = new ExportDialog(context(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MapExportActions::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(tr("Twinatlas map"));
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print map"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The export dialog's last size and theme, and its area and title for the same place: what
    // the user prepared for paper; another place is fitted and titled afresh.
    const ExportContext c = context();
    const std::shared_ptr<MapExporter> exporter = c.makeExporter();
    MapExportSettings settings = ExportChoices::load().forContext(c).settings(c);
    settings.transparentBackground = false;
    exporter->setSettings(settings);
    QString error;
    if (!MapPrinter::print(printer, *exporter, &error))
        QMessageBox::critical(m_window, tr("Print map"), error);
}

} // namespace twinatlas
