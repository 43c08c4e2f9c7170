// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "legendentry.h"
#include "render/maptheme.h"

#include <QFont>
#include <QRectF>
#include <QString>
#include <QVector>

class QPainter;

namespace twinatlas {

/**
 * The page around an exported map: margins, an optional title and subtitle above the map, the
 * legend and the attribution below it. layOut() reserves one rectangle for each, in device
 * pixels, so that the exporter draws the map into mapRect() and tests can check that each
 * part stays inside its own.
 *
 * Sizes are typographic (points, millimetres) and turned into pixels with the dpi, so an A4
 * page at 300 dpi is laid out as at 150 dpi, only sharper; type grows a little with the sheet
 * so that an A3 poster does not look empty.
 */
class MapLayout
{
public:
    MapLayout() = default;

    void setTitle(const QString &title) { m_title = title.trimmed(); }
    QString title() const { return m_title; }
    void setSubtitle(const QString &subtitle) { m_subtitle = subtitle.trimmed(); }
    QString subtitle() const { return m_subtitle; }
    void setLegend(const QVector<LegendEntry> &entries) { m_legend = entries; }
    const QVector<LegendEntry> &legend() const { return m_legend; }
    void setAttribution(const QString &attribution) { m_attribution = attribution; }
    QString attribution() const { return m_attribution; }
    void setTheme(const MapTheme &theme) { m_theme = theme; }
    const MapTheme &theme() const { return m_theme; }
    /** A hairline around the map: for a cut-out of the world, not for the whole of it. */
    void setMapFramed(bool framed) { m_mapFramed = framed; }
    void setTransparentBackground(bool transparent) { m_transparent = transparent; }

    /** Computes every rectangle for a page (device pixels) at dpi. */
    void layOut(const QRectF &page, double dpi);

    QRectF pageRect() const { return m_page; }
    /** The page less its margins: nothing is drawn outside it. */
    QRectF contentRect() const { return m_content; }
    /** Title and subtitle; empty when there are neither. */
    QRectF titleRect() const { return m_titleRect; }
    QRectF mapRect() const { return m_mapRect; }
    /** Every legend item; empty when the legend has no entries. */
    QRectF legendRect() const { return m_legendRect; }
    QRectF attributionRect() const { return m_attributionRect; }
    double dpi() const { return m_dpi; }

    /** The page's colour: the theme's colour around the world, so the world sits on the page. */
    QColor pageColor() const;
    /** Fills the page, unless the background is transparent. */
    void paintBackground(QPainter &painter) const;
    /** Title, map frame, legend and attribution: everything but the map. */
    void paintDecorations(QPainter &painter) const;

private:
    struct LegendItem
    {
        int entry = 0;
        QRectF swatch;
        QRectF label;
    };

    double points(double pt) const { return pt * m_dpi / 72.0; }
    double millimetres(double mm) const { return mm * m_dpi / 25.4; }
    QFont font(double pointSize, QFont::Weight weight) const;
    QFont titleFont() const;
    QFont subtitleFont() const;
    QFont legendFont() const;
    QFont attributionFont() const;
    QColor textColor() const;
    QColor mutedColor() const;
    void layOutLegend(double width);
    void paintLegend(QPainter &painter) const;

    QString m_title;
    QString m_subtitle;
    QVector<LegendEntry> m_legend;
    QString m_attribution;
    MapTheme m_theme = MapTheme::light();
    bool m_mapFramed = false;
    bool m_transparent = false;

    double m_dpi = 96.0;
    double m_typeScale = 1.0;
    QRectF m_page;
    QRectF m_content;
    QRectF m_titleRect;
    QRectF m_subtitleRect;
    QRectF m_mapRect;
    QRectF m_legendRect;
    QRectF m_attributionRect;
    QVector<LegendItem> m_legendItems; ///< relative to m_legendRect's top left
};

} // namespace twinatlas
