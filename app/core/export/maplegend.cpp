// SPDX-License-Identifier: GPL-3.0-or-later
#include "maplegend.h"

#include "geo/projection.h"
#include "render/mapnetwork.h"
#include "render/maptheme.h"
#include "render/mapviewport.h"

#include <QSet>

namespace twinatlas {

namespace {

/** Whether any point of a link's path falls in the viewport: the renderer's test, simplified. */
bool crossesView(const MapLink &link, const MapViewport &viewport, const QRectF &visible)
{
    const Projection &projection = viewport.projection();
    for (const LonLat &p : link.path) {
        if (projection.isVisible(p) && visible.contains(projection.forward(p)))
            return true;
    }
    return false;
}

} // namespace

QStringList MapLegend::kindOrder()
{
    return { QStringLiteral("sister_city"), QStringLiteral("twin_town"),
             QStringLiteral("partner_town"), QStringLiteral("friendship_city"),
             QStringLiteral("cooperation") };
}

QString MapLegend::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("sister_city"))
        return tr("Sister city");
    if (kind == QLatin1String("twin_town"))
        return tr("Twin town");
    if (kind == QLatin1String("partner_town"))
        return tr("Partner town");
    if (kind == QLatin1String("friendship_city"))
        return tr("Friendship city");
    if (kind == QLatin1String("cooperation"))
        return tr("Cooperation");
    return tr("Other partnership");
}

QVector<LegendEntry> MapLegend::entries(const MapNetwork &network, qint64 selectedPlace,
                                        const MapViewport &viewport, const MapTheme &theme)
{
    QVector<int> shown;
    const int selected = network.indexOfPlace(selectedPlace);
    if (selected >= 0) {
        shown = network.linksOfPlace(selected);
    } else {
        // The whole world shows every line; a smaller view only those that reach into it.
        QRectF visible = viewport.visibleProjectedRect();
        const bool whole = visible.contains(viewport.projection().worldBounds());
        for (int i = 0; i < network.links().size(); ++i)
            if (whole || crossesView(network.links()[i], viewport, visible))
                shown.append(i);
    }

    QSet<QString> activeKinds;
    QSet<QString> proposedKinds;
    bool ended = false;
    bool suspended = false;
    const QStringList known = kindOrder();
    for (int i : qAsConst(shown)) {
        const MapLink &link = network.links()[i];
        const QString kind = known.contains(link.kind) ? link.kind : QString();
        if (link.status == QLatin1String("ended"))
            ended = true;
        else if (link.status == QLatin1String("suspended"))
            suspended = true;
        else if (link.status == QLatin1String("proposed"))
            proposedKinds.insert(kind);
        else
            activeKinds.insert(kind);
    }

    // Kinds in a fixed order, so that two maps of the same data list them alike. A kind seen
    // only as proposed still gets its colour: the proposed swatch is dashed in that colour.
    QVector<LegendEntry> entries;
    QStringList kinds = known;
    kinds << QString();
    for (const QString &kind : qAsConst(kinds)) {
        if (!activeKinds.contains(kind) && !proposedKinds.contains(kind))
            continue;
        QColor color = theme.lineColor(kind);
        color.setAlpha(255);
        entries.append({ kindLabel(kind), color, LegendEntry::Swatch::Line });
    }
    if (!proposedKinds.isEmpty()) {
        // Drawn dashed in the kind's own colour; with several kinds the neutral one stands in.
        QColor color = proposedKinds.size() == 1 ? theme.lineColor(*proposedKinds.begin())
                                                 : theme.otherKind;
        color.setAlpha(255);
        entries.append({ tr("Proposed"), color, LegendEntry::Swatch::DashedLine });
    }
    QColor inactive = theme.inactiveLine;
    inactive.setAlpha(255);
    if (ended && suspended)
        entries.append({ tr("Ended or suspended"), inactive, LegendEntry::Swatch::DashedLine });
    else if (ended)
        entries.append({ tr("Ended"), inactive, LegendEntry::Swatch::DashedLine });
    else if (suspended)
        entries.append({ tr("Suspended"), inactive, LegendEntry::Swatch::DashedLine });
    return entries;
}

} // namespace twinatlas
