// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "legendentry.h"

#include <QCoreApplication>
#include <QVector>

namespace twinatlas {

class MapNetwork;
class MapViewport;
struct MapTheme;

/**
 * Decides what an exported map's legend lists: the kinds and statuses of the lines actually
 * drawn, in the theme's colours and the renderer's line styles. With a place selected those
 * are its own lines (the others are drawn faded, as background); otherwise every line that
 * crosses the viewport.
 */
class MapLegend
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::MapLegend)

public:
    MapLegend() = delete;

    static QVector<LegendEntry> entries(const MapNetwork &network, qint64 selectedPlace,
                                        const MapViewport &viewport, const MapTheme &theme);
    /** "Sister city" for sister_city: the legend's and the window's word for a kind. */
    static QString kindLabel(const QString &kind);
    /** The kinds in the order the legend lists them. */
    static QStringList kindOrder();
};

} // namespace twinatlas
